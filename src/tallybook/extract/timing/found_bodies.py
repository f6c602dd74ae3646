"""When a killing told only by the finding of the body happened.

"On 23 June, the body of X was found in a canal, one week after men in uniform forced him into a
car": the killing falls somewhere between the taking and the finding, so it takes the smallest
calendar unit holding both (CONVENTIONS.md: a period gets the smallest unit that contains it),
not the day of the finding. The taking is counted back from the finding ("five days after"),
told in the same sentence ("detained in May; their bodies were found in August"), or told in the
sentences just before ("On the night of 17 August, officers took X ... His body was found the
next morning"; "The men were rounded up on 11 August ... the body of one of the men was found").
A body found with no taking told keeps the day it was found.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tallybook.extract.particulars.figures import parse_number
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.timing.anchored_dates import as_day
from tallybook.extract.timing.dates import Reference, enclosing
from tallybook.extract.timing.dating_years import previous_sentence, previous_sentence_date
from tallybook.model import PartialDate

_FIND = re.compile(
    r"\b(?:bod(?:y|ies)|remains|corpses?)\b[^.;]{0,120}?\b(?:was|were|had been|have been|has been)\s+"
    r"(?:later\s+|eventually\s+)?(?:found|discovered|pulled|recovered|dumped|retrieved|dug up|fished)\b"
    r"|\bfound\s+(?:shot\s+|stabbed\s+|beaten\s+|hanged\s+)?dead\b",
    re.IGNORECASE,
)
_TAKING = (
    r"(?:led|taken|took|take|detained|detain|arrested|arrest|abducted|seized|forced|picked|rounded|"
    r"bundled|dragged|snatched|disappeared|stopped|held)"
)
_TAKING_RE = re.compile(rf"\b{_TAKING}\b", re.I)
_COUNTED_BACK = re.compile(
    r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six)\s+(?P<unit>days?|weeks?)\s+after\b"
    rf"[^.;]{{0,80}}?\b{_TAKING}\b",
    re.IGNORECASE,
)
_NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+(?:morning|day)|hours\s+later)\b", re.IGNORECASE)
_PART_OF_GROUP = re.compile(r"\b(?:one|two|three|four|five|some|several)\s+of\s+(?:the|them|those)\b", re.I)
_SEIZURES = frozenset({"arrest", "enforced_disappearance"})


def _day(p: PartialDate | None) -> date | None:
    """The day a date names, if it is one day (not a range)."""
    return None if p is None or p.end is not None else as_day(p)


def _between(taken: str, found: str) -> PartialDate | None:
    """The smallest calendar unit holding the taking and the finding (None across a year)."""
    if taken > found[: len(taken)]:
        return None
    unit = enclosing(PartialDate(taken, found if found != taken else None))
    return PartialDate(unit) if unit else None


def _counted_back(m: Mention, text: str) -> PartialDate | None:
    """ "found on 23 June, one week after men forced him into a car": 16-23 June."""
    found = None if m.date_from_claim else _day(m.date)
    hit = _COUNTED_BACK.search(text)
    if found is None or hit is None:
        return None
    n = parse_number(hit.group("n").lower())
    if n is None:
        n = 1  # "a week after": the article (the only words parse_number leaves)
    days = n * (7 if hit.group("unit").lower().startswith("week") else 1)
    return _between((found - timedelta(days=days)).isoformat(), found.isoformat())


def _found_next_day(m: Mention, text: str) -> bool:
    """ "His body was found the next morning": a finding dated only by the day after the taking
    (or by that phrase counted from the event before), not by a date of its own."""
    if not _NEXT_DAY.search(text):
        return False
    return (
        m.date is None or m.date_from_claim or (m.relative is not None and bool(_NEXT_DAY.search(m.relative)))
    )


def _next_day_after_prev(m: Mention, text: str, ref: Reference) -> PartialDate | None:
    """ "On the night of 17 August, officers took X from his home. His body was found the next
    morning": the taking the sentence before tells on its day (told as no mention of its own)."""
    if not _found_next_day(m, text):
        return None
    prev = previous_sentence(m.sent)
    if prev is None or not _TAKING_RE.search(span_text(prev)):
        return None
    start = _day(previous_sentence_date(prev, ref))
    if start is None:
        return None
    return _between(start.isoformat(), (start + timedelta(days=1)).isoformat())


def _taken_before(m: Mention, earlier: list[Mention], text: str, ref: Reference) -> PartialDate | None:
    """The taking told in the same sentence, or in the two sentences before of the same person
    ("His body was found the next morning") or group ("the body of one of the men")."""
    same = [x for x in earlier if x.sent.start == m.sent.start and x.type in _SEIZURES and x.date]
    if same and m.date is not None and m.date.end is None and not m.date_from_claim:
        taken = same[-1].date
        assert taken is not None
        if taken.end is None and taken.value < m.date.value[: len(taken.value)]:
            return _between(taken.value, m.date.value)
        return None
    close = [
        x
        for x in earlier
        if x.type in _SEIZURES
        and x.sent.start < m.sent.start
        and m.sent.start - x.sent.end < 120
        and x.date is not None
        and x.date.end is None
    ]
    if not close:
        return _next_day_after_prev(m, text, ref)
    taken = close[-1].date
    assert taken is not None
    start = _day(taken)
    if _found_next_day(m, text) and start is not None:
        return _between(taken.value, (start + timedelta(days=1)).isoformat())
    group = _PART_OF_GROUP.search(text) and (close[-1].figure.count or 0) >= 2
    if (
        group
        and m.date is not None
        and not m.date_from_claim
        and m.date.end is None
        and taken.value < m.date.value[: len(taken.value)]
    ):
        return _between(taken.value, m.date.value)
    return None


def date_found_bodies(mentions: list[Mention], ref: Reference) -> None:
    """Date a killing told by the finding of the body to the time between taking and finding."""
    for i, m in enumerate(mentions):
        if m.type != "killing" or m.summary:
            continue
        text = span_text(m.sent)
        if not _FIND.search(text):
            continue
        value = _counted_back(m, text) or _taken_before(m, mentions[:i], text, ref)
        if value is not None:
            m.date, m.date_found, m.date_from_claim = value, True, False
