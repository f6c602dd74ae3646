"""Dates a sentence counts from another date it gives: "X died last Friday, four days after he
was detained", "On 14 September, X, detained six days earlier, died", "arrested in 2003 and
sentenced the following year", "the largest execution since 2019, when 17 men were hanged", and
"A week later, on 24 January": a relative phrase the day after it restates; and "Two weeks
later, the judge sentenced X to death" after a sentence that dates only a hearing ("The final
hearing was on 6 June"): counted from that sentence's day.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.figures import parse_number
from tallybook.extract.text.boilerplate import doc_text, sentence_bounds, span_text
from tallybook.extract.timing.counted_intervals import rough_count
from tallybook.extract.timing.date_phrases import ABS_DATE, REL_PHRASE
from tallybook.extract.timing.dates import Reference, resolve_date, shift_date
from tallybook.extract.timing.dating_years import previous_sentence, previous_sentence_date
from tallybook.model import PartialDate

if TYPE_CHECKING:
    from tallybook.extract.particulars.mentions import Mention

_N_AFTER = re.compile(r"\b(\w+)\s+(days?|weeks?)\s+after\b", re.IGNORECASE)


def days_before(m: Mention, ents: list[Span], ref: Reference) -> PartialDate | None:
    """ "X died last Friday, four days after he was detained": the detention is four days
    before the date the sentence gives the main event."""
    found = _N_AFTER.search(span_text(m.sent))
    if found is None:
        return None
    after = m.sent.start_char + found.end()
    if not after <= m.trigger.span.start_char <= after + 40:
        return None
    n = parse_number(found.group(1))
    cut = m.sent.start_char + found.start()
    text = doc_text(m.sent.doc)
    days = [
        v
        for e in ents
        if e.start_char < cut  # "on 9 May, two weeks after": the model may join both phrases
        and (v := resolve_date(text[e.start_char : min(e.end_char, cut)], ref)) is not None
        and v.precision == "day"
        and not v.end
    ]
    if n is None or not days:
        return None
    start = shift_date(date.fromisoformat(days[-1].value), -n, found.group(2).lower())
    return rough_count(start, n, found.group(2))


def sentence_day(ents: list[Span], rel: Span, ref: Reference) -> PartialDate | None:
    """The day another date phrase of the sentence names, for "six days earlier" to count from."""
    for e in ents:
        if e is rel or REL_PHRASE.search(span_text(e)):
            continue
        value = resolve_date(span_text(e), ref)
        if value is not None and value.precision == "day" and not value.end and ABS_DATE.search(span_text(e)):
            return value
    return None


def when_clause_date(root: Token, ents: list[Span], ref: Reference) -> PartialDate | None:
    """ "the largest execution since 2019, when 17 men were hanged": a clause opened by "when" after
    a date tells what happened at that date (the point itself, not a period since it)."""
    if root.dep_ not in {"relcl", "advcl"} or not any(
        c.dep_ == "advmod" and c.lower_ == "when" and c.i < root.i for c in root.children
    ):
        return None
    head = root.head
    for e in ents:
        if e.start <= head.i < e.end:
            return resolve_date(re.sub(r"^(?:since|from|until)\s+", "", span_text(e), flags=re.I), ref)
    return None


# A phrase counting years or months on from an earlier event: "the following year", "two years later".
YEARS_ON = re.compile(
    r"\b(?:the\s+(?:following|next|subsequent)\s+(?:year|month)|\w+\s+(?:years?|months?)\s+(?:later|after))\b",
    re.IGNORECASE,
)


def earlier_point(ents: list[Span], rel: Span, ref: Reference) -> PartialDate | None:
    """The date the nearest date phrase before `rel` in its sentence names, at any precision."""
    for e in reversed([x for x in ents if x.end <= rel.start]):
        if REL_PHRASE.search(span_text(e)) or YEARS_ON.search(span_text(e)):
            continue
        value = resolve_date(span_text(e), ref)
        if value is not None and not value.end:
            return value
    return None


# The day a telling named, which "that morning" in the told clause refers back to.
TOLD_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)

# Words between a relative phrase and the day that restates it ("A week later, on the morning of 24 May").
_RESTATING = wordset("on in at the morning afternoon evening night early late of")


def restated_day(e: Span, ents: list[Span]) -> bool:
    """ "A week later, on 24 January, two men were hanged": the day that follows the relative
    phrase states the date; the phrase only tells how it relates to the event before."""
    for other in ents:
        if e.end <= other.start <= e.end + 6 and ABS_DATE.search(span_text(other)):
            gap = e.doc[e.end : other.start]
            if all(t.is_punct or t.lower_ in _RESTATING for t in gap):
                return True
    return False


# A count of days or weeks on that opens its sentence: "Two weeks later,", "Eleven days later".
_OPENING_COUNT = re.compile(r"^\W*(?:about\s+|some\s+)?\w+\s+(?:days?|weeks?)\s+later\b", re.IGNORECASE)


def opening_count_day(m: Mention, earlier: list[Mention], ref: Reference) -> PartialDate | None:
    """ "The final hearing was held on 6 June. Two weeks later, the judge sentenced X to death":
    a count that opens the sentence runs from the day the sentence before gives, when that
    sentence tells no incident of its own (a hearing, a trial, a visit): 20 June."""
    if m.relative is None or not _OPENING_COUNT.match(m.relative):
        return None
    if not _OPENING_COUNT.match(span_text(m.sent)):
        return None
    prev = previous_sentence(m.sent) or _last_of_paragraph_before(m.sent)
    if prev is None or any(x.sent.start == prev.start for x in earlier):
        return None
    day = previous_sentence_date(prev, ref)
    if day is None or day.precision != "day" or day.end:
        return None
    return resolve_date(m.relative, Reference(None, None), day)


def _last_of_paragraph_before(sent: Span) -> Span | None:
    """The last sentence of the paragraph before, when that is a whole line of prose, not a
    heading or a list line: "... on 6 June, the defence was given twenty minutes.\n\nTwo weeks later"."""
    bounds = sentence_bounds(sent.doc, sent.start - 1) if sent.start > 0 else None
    if bounds is None:
        return None
    prev = sent.doc[bounds[0] : bounds[1]]
    body = span_text(prev).strip()
    if "\n" in body or not body.endswith((".", "\u201d", '"')) or len(prev) < 6:
        return None
    return prev
