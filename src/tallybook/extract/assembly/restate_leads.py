"""Which person an unnamed victim of a wire story's dateline lead is.

"CITY, Country, Feb 7 (Wire) - Country on Wednesday hanged a man who ...", then "X, 31, was
executed at dawn in ...": a lead tells the event with one unnamed victim and the next sentence
names him. They are one incident; the body sentence, which names the victim, is its evidence
(the lead keeps its date and place for it).
"""

from __future__ import annotations

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import FURTHER_EVENT_WORDS
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.layout import in_dateline_lead

# A next sentence that tells a further event: "another prisoner", "also hanged".
_FURTHER = FURTHER_EVENT_WORDS | wordset("other")


def _lone_unnamed(m: Mention) -> bool:
    return m.figure.count == 1 and not m.names and not m.pronoun and not m.summary


def name_lead_victim(mentions: list[Mention]) -> None:
    """Give a dateline lead's one unnamed victim the name the next sentence gives the victim of
    an act of the same type, and let the body sentence tell the incident (`mentions` in reading
    order). A next sentence with its own, different date tells another event."""
    for i, m in enumerate(mentions):
        if not _lone_unnamed(m) or not in_dateline_lead(m.sent):
            continue
        nxt = next((x for x in mentions[i + 1 :] if x.sent.start >= m.sent.end), None)
        if nxt is None or nxt.sent.start != m.sent.end or nxt.type != m.type or len(nxt.names) != 1:
            continue
        if any(t.lower_ in _FURTHER for t in nxt.sent):
            continue
        own = nxt.date if nxt.date is not None and not nxt.date_from_claim else None
        if (
            own is not None
            and m.date is not None
            and not (own.value.startswith(m.date.value) or m.date.value.startswith(own.value))
        ):
            continue
        m.names = list(nxt.names)
        m.summary = True  # the lead restates what the body sentence tells with the name
