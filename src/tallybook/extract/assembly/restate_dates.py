"""Which date a part of an event told before takes from that event.

- "soldiers detained 40 villagers, and the whereabouts of six of them remain unknown": the
  disappearance of some of those detained dates from the detention.
- "Among those executed was X" with no date of its own: one of the people of the event just
  told, on its date.
"""

from __future__ import annotations

import re

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_text

_PARTITIVE_RE = re.compile(r"\b(?:of\s+them|of\s+those|the\s+others|the\s+rest)\b", re.I)


def date_by_detention(mentions: list[Mention]) -> None:
    """ "soldiers detained 40 villagers, and the whereabouts of six of them remain unknown": the
    disappearance of some of those detained dates from the detention."""
    text = doc_text(mentions[0].sent.doc) if mentions else ""
    for m in mentions:
        if m.type != "enforced_disappearance":
            continue
        held = [
            x
            for x in mentions
            if x.type == "arrest"
            and x.sent.start == m.sent.start
            and x.date is not None
            and x.trigger.span.start < m.trigger.span.start
        ]
        if held and _PARTITIVE_RE.search(text[held[-1].trigger.span.end_char : m.end]):
            m.date = held[-1].date


def date_among_those(mentions: list[Mention]) -> None:
    """ "Among those executed was X": one of the people of the event just told, on its date."""
    for i, m in enumerate(mentions):
        root = m.trigger.root
        if m.date is not None or root.dep_ != "acl" or root.head.lower_ != "those":
            continue
        if root.head.head.lower_ != "among" or any(
            x.sent.start == m.sent.start and x.date is not None for x in mentions if x.type == m.type
        ):
            continue  # "Among those executed was X, who was hanged on 21 May": the sentence dates it
        prev = next(
            (x for x in reversed(mentions[:i]) if x.type == m.type and not x.summary and not x.anaphoric),
            None,
        )
        if prev is not None and prev.date is not None and prev.figure.count and prev.figure.count > 1:
            m.date = prev.date
