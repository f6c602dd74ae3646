"""Events told place by place, and running totals set beside an event's own figure.

- "In A, a woman was shot dead ... In B, a civilian was shot dead in his chest": a sentence that
  opens on a place of its own ("In B,") moves the story to another scene, so its one unnamed
  victim is not the one victim of the sentences before just because both counts are one.
- "At least 38 more protesters were killed on Sunday ... at least 126 people have been killed so
  far": a figure told as the total to date is an aggregate of its own (gold keeps both), not a
  rival count of the day's event.
"""

from __future__ import annotations

import re

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.particulars.places import is_country
from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.timing.month_names import MONTH_NAMES, WEEKDAY_NAMES

__all__ = ["moves_scene", "running_total"]

_OPENER = re.compile(r"In ((?:[A-Z][\w'’-]+\s?){1,3}),")
_NOT_PLACE = re.compile(rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b")
_RUNNING_TOTAL = re.compile(r"\b(?:so\s+far|to\s+date|up\s+to\s+now|until\s+now)\b", re.IGNORECASE)


def _opening_scene(m: Mention) -> str | None:
    """The place the mention's sentence opens on ("In Hpakant, ..."), if it opens on one: the
    place the mention took, or a capitalised name the model left untagged (not a month or day)."""
    opened = _OPENER.match(span_text(m.sent).lstrip())
    if opened is None or _NOT_PLACE.match(opened.group(1)):
        return None
    scene = opened.group(1)
    if m.place and m.place != scene:
        return None
    return None if is_country(scene) else scene


def moves_scene(told: list[Mention], m: Mention) -> bool:
    """Whether `m` sets its lone unnamed victim at a scene none of the mentions told names."""
    if m.names or m.victims_definite or m.figure.count != 1:
        return False
    scene = _opening_scene(m)
    if scene is None:
        return False
    if any(x.sent.start == m.sent.start or x.names for x in told):
        return False
    return all(scene not in {x.place, _opening_scene(x)} for x in told)


def running_total(m: Mention) -> bool:
    """Whether the mention's sentence tells its figure as the total to date ("so far")."""
    return m.figure.count is not None and _RUNNING_TOTAL.search(span_text(m.sent)) is not None
