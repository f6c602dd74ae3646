"""The day the person an article is about died dates the deadly act the article tells of them.

A biography gives the day of death once, in its infobox ("Death Date: 2016-05-11", "Died April 6,
1979 (aged 22)") or in the life dates after the name ("(August 1, 1989, Minsk – November 12, 2020,
Minsk)"), and tells the death elsewhere with a coarser date or none ("He was convicted of murder and
hanged in 1979", "X died after reportedly being beaten"): that act happened on the day of death.
"""

from __future__ import annotations

import re

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.timing.dates import Reference, resolve_date
from tallybook.model import PartialDate
from tallybook.model.vocab import FATAL_TYPES

_HEAD = 2500  # the infobox and the lead: where a biography states the day of death
# "Death Date: 2016-05-11", "Died April 6, 1979(1979-04-06) (aged 22)", "- Died: 3 May 2001"
_DEATH_FIELD = re.compile(r"(?im)^[-•*\s]*(?:death\s+date|died)\b\s*:?\s*(?P<value>[^\n(]{6,40})")
# The infobox line of the cause: "- Death Cause: Execution by hanging"
_DEATH_LINE = re.compile(r"[-•*\s]*(?:death\s+cause|cause\s+of\s+death)\b", re.IGNORECASE)
# Life dates, places allowed after each ("(August 1, 1989, Minsk – November 12, 2020, Minsk)")
_LIFE = re.compile(r"\([^()\n]*?\d{4}[^()\n]*?\s[–—-]\s(?P<death>[^()\n]*?\d{4})[^()\n\d]*\)")


def death_day(text: str, ref: Reference) -> PartialDate | None:
    """The day the article's subject died, if the infobox or the lead's life dates give it."""
    head = text[:_HEAD]
    found = _DEATH_FIELD.search(head) or _LIFE.search(head)
    if found is None:
        return None
    value = resolve_date(found.group(found.lastgroup or 0), ref)
    return value if value is not None and value.precision == "day" and value.end is None else None


def date_subject_deaths(mentions: list[Mention], text: str, subject: str | None, ref: Reference) -> None:
    """Dates each deadly act told of the subject alone, undated or dated within the day of death."""
    if subject is None:
        return
    # (an unnamed "he" or "she" of a biography, not yet resolved, is its subject too)
    told = [
        m
        for m in mentions
        if m.type in FATAL_TYPES
        and (m.names == [subject] or (not m.names and m.pronoun and m.figure.count == 1))
    ]
    # the infobox's "Death Cause: Execution by hanging" (names come to it later, from the subject)
    lines = [m for m in mentions if m.type in FATAL_TYPES and not m.names and _death_line(m, text)]
    day = death_day(text, ref) if told or lines else None
    if day is None or any(m.date == day for m in told):
        return  # the death is told with its day already ("X (1 May 1990 – 8 June 2022) was executed")
    for m in told + lines:
        if m.date is None or _within(m.date, day):
            m.date = day


def _death_line(m: Mention, text: str) -> bool:
    """The trigger stands on the infobox's cause-of-death line (wherever its sentence starts)."""
    at = m.trigger.span.start_char
    return _DEATH_LINE.match(text, text.rfind("\n", 0, at) + 1) is not None


def _within(coarse: PartialDate, day: PartialDate) -> bool:
    """The day falls in the coarser date: its month or year, or a period ("in the early 1970s")."""
    if coarse.end is None:
        return day.value.startswith(coarse.value)
    return coarse.value[:4] <= day.value[:4] <= coarse.end[:4]
