"""When did what happened "in the first weeks of his detention", "in the weeks after the massacre"
or "in the weeks before his death" happen: in a period counted from the date the story gives that
event (the person's arrest or death, or the event the noun names), a few weeks long. Its smallest
calendar unit (CONVENTIONS.md) is the year once the period crosses a month."""

from __future__ import annotations

import calendar
import re
from datetime import date

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.timing.anchored_dates import to_month
from tallybook.extract.timing.date_phrases import date_phrases
from tallybook.extract.timing.dates import Reference, resolve_date, shift_date
from tallybook.model import PartialDate
from tallybook.model.vocab import FATAL_TYPES, TAKING_TYPES

_PERIOD = re.compile(
    r"\b(?:in|during|over|within|throughout)\s+(?:the\s+|(?:his|her|their)\s+)?"
    r"(?:(?P<part>first|early|initial|opening|last|final|closing)\s+)?(?:few\s+)?(?P<unit>hours|days|weeks|months)\s+"
    r"(?:(?P<rel>after|following|before|preceding|of|in)\s+(?:(?:the|this|that|his|her|their)\s+)?(?P<noun>\w+)"
    r"|that\s+followed\b)",
    re.IGNORECASE,
)
# Nouns naming the event a period is counted from ("the weeks after his arrest"), by the incident
# types they stand for (TAKING_TYPES, FATAL_TYPES).
_TAKING_NOUNS = frozenset(
    {
        "arrest",
        "detention",
        "abduction",
        "disappearance",
        "custody",
        "capture",
        "imprisonment",
        "incarceration",
    }
)
_DEATH_NOUNS = frozenset({"death", "execution", "killing", "murder", "life"})
# How long "weeks" or "months" run when the text does not count them: a few (about a month of weeks).
_SPAN = {"hours": (1, "days"), "days": (7, "days"), "weeks": (4, "weeks"), "months": (3, "months")}
# Nouns naming one violent event that killed ("in the days after the shooting"): the latest killing
# told before that is dated to a point, not a period ("five were shot dead between February and April").
_KILLING_NOUNS = frozenset({"shooting", "massacre", "killings", "attack", "airstrike", "bombing"})


def _own_date(x: Mention) -> PartialDate | None:
    return x.date if x.date is not None and not x.date_from_claim and not x.summary else None


def _anchor(m: Mention, noun: str, earlier: list[Mention]) -> PartialDate | None:
    """The date of the event the period counts from: the person's taking or death told before,
    else the incident the noun itself names ("the massacre"), in this sentence or before."""
    if noun in _TAKING_NOUNS or noun in _DEATH_NOUNS:
        kinds = TAKING_TYPES if noun in _TAKING_NOUNS else FATAL_TYPES
        for x in reversed(earlier):
            if (
                x.type in kinds
                and _own_date(x)
                and not (m.names and x.names and not set(m.names) & set(x.names))
            ):
                return x.date
        return None
    if not noun:  # "in the weeks that followed": the event told last
        return next((x.date for x in reversed(earlier) if _own_date(x)), None)
    for x in reversed(earlier):
        words = {t.lower_ for t in x.trigger.span}
        if noun in words and x.date is not None and not x.date_from_claim:
            return x.date
    if noun in _KILLING_NOUNS:
        for x in reversed(earlier):
            own = _own_date(x)
            if x.type in FATAL_TYPES and own is not None and own.end is None and own.precision == "day":
                return own
    return None


def _days(p: PartialDate) -> tuple[date, date] | None:
    """First and last day a date or range covers (None for a year: too coarse to count weeks from)."""

    def bounds(value: str) -> tuple[date, date] | None:
        parts = [int(v) for v in value.split("-")]
        if len(parts) == 3:
            return date(*parts), date(*parts)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
        return None

    lo, hi = bounds(p.value), bounds(p.end or p.value)
    return (lo[0], hi[1]) if lo and hi else None


# "detained during and after the protest": from the gathering on, some days past it.
_DURING_AND_AFTER = re.compile(
    r"\bduring\s+and\s+(?:immediately\s+|shortly\s+)?after\s+(?:the|this|that|these)\s+"
    r"(?:\w+\s+)?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|gatherings?)\b",
    re.IGNORECASE,
)
# The words that tell the gathering in the sentence that dates it ("opened fire on protesters").
_GATHERING = re.compile(
    r"\b(?:protest\w*|demonstrat\w+|rall(?:y|ies)|march(?:es|ers)?|gathering|crowd)\b", re.I
)


def _gathering_month(m: Mention, earlier: list[Mention], ref: Reference | None) -> PartialDate | None:
    """ "At least 40 people were detained during and after the protest": the month of the day the
    story told the gathering on: an incident of a crowd (not a named person's) in a sentence that
    names the gathering, else the day such a sentence before gives."""
    if _DURING_AND_AFTER.search(span_text(m.sent)) is None:
        return None
    for x in reversed(earlier):
        own = _own_date(x)
        if own is None or own.end or own.precision != "day" or x.names:
            continue
        if _GATHERING.search(span_text(x.sent)):
            return to_month(own)
    if ref is None:
        return None
    for sent in m.sent.doc.sents:  # no incident told there ("must investigate the killing ... on 15 June")
        if sent.start >= m.sent.start:
            break
        if not _GATHERING.search(span_text(sent)):
            continue
        for e in date_phrases(sent):
            value = resolve_date(span_text(e), ref)
            if value is not None and value.precision == "day" and not value.end:
                return to_month(value)
    return None


def period_around_event(
    m: Mention, earlier: list[Mention], ref: Reference | None = None
) -> PartialDate | None:
    """ "repeatedly beaten in the first weeks of his detention" after an arrest on 8 August: from
    that day for some weeks; "beaten in the weeks before his death" on 9 December: the weeks up to it."""
    found = _PERIOD.search(span_text(m.sent))
    if found is None:
        return _gathering_month(m, earlier, ref)
    rel, part, noun = (
        (found.group("rel") or "after").lower(),  # "that followed"
        (found.group("part") or "").lower(),
        (found.group("noun") or "").lower(),
    )
    if not noun and found.group("unit").lower() in {"weeks", "months"}:
        return None  # "in the weeks that followed" an event told only as a lead: it may be the same wave
    back = rel in {"before", "preceding"} or (rel in {"of", "in"} and part in {"last", "final", "closing"})
    if rel in {"of", "in"} and back and noun not in _DEATH_NOUNS:
        return None  # "the last weeks of his detention": its end is not told
    anchor = _anchor(m, noun, earlier)
    days = _days(anchor) if anchor is not None else None
    if days is None:
        return None
    n, unit = _SPAN[found.group("unit").lower()]
    if back:
        start, end = shift_date(days[0], -n, unit), days[1]
    else:
        start, end = days[0], shift_date(days[1], n, unit)
    return PartialDate(start.isoformat(), end.isoformat())
