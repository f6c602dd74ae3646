"""Which year a date written without one takes from the sentences around it: a year opening its own
sentence ("Last year, two men were detained in May"), or the year the sentence before stated
("In September 2021, police detained him. He died in custody on 4 October": 2021, not the year
before the report), or a year of its own that opens the sentence before ("In 2021, the army
stepped up raids. In March, soldiers detained 12 men": March 2021). Also the first event date of
the sentence before, and the sentence before itself when it is in the same paragraph."""

from __future__ import annotations

import re

from spacy.tokens import Span

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import doc_text, sentence_bounds, span_text
from tallybook.extract.timing.date_phrases import REL_PHRASE, date_phrases
from tallybook.extract.timing.dates import Reference, resolve_date
from tallybook.extract.timing.month_names import MONTH_STEM
from tallybook.extract.timing.narrative_years import narrative_ref
from tallybook.extract.timing.telling_dates import claim_verb_of
from tallybook.model import PartialDate

# A person's life dates: "(24 February 2000 – 8 December 2022)".
LIFE_DATES = re.compile(r"\(([^()]*\d{4})\s*[–—-]\s*([^()]*\d{4})\)")
# What may stand before a date phrase that opens its sentence ("In 2019,", "Last year,").
_OPENING_PREPS = wordset("in during throughout")
_MONTH_NAME = re.compile(rf"\b{MONTH_STEM}\b", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"\d{4}")


def previous_sentence(sent: Span) -> Span | None:
    """The sentence before, when it is in the same paragraph."""
    doc = sent.doc
    # (the doc's sentence starts, read once: `has_annotation` and `Token.sent` scan token by token)
    bounds = sentence_bounds(doc, sent.start - 1) if sent.start > 0 else None
    if bounds is None:
        return None
    prev = doc[bounds[0] : bounds[1]]
    seg = doc_text(doc)[prev.start_char : sent.start_char]
    body = seg.rstrip()
    # a line break inside the sentence before, or between the two (the parser may keep the
    # paragraph break at the end of the previous sentence): another paragraph or a list line
    return None if "\n" in body.strip() or "\n" in seg[len(body) :] else prev


def previous_sentence_date(prev: Span, ref: Reference) -> PartialDate | None:
    """The first event date (not a reporting date) of the sentence before."""
    ref = narrative_ref(prev, ref)  # an encyclopedia article's: the year it tells of
    for e in date_phrases(prev):
        if prev.doc.has_annotation("DEP") and claim_verb_of(e.root) is not None:
            continue
        if LIFE_DATES.search(span_text(prev)):
            return None
        value = resolve_date(span_text(e), ref)
        if value is not None and not value.end:
            return value
    return None


def _yearless_months(ents: list[Span]) -> list[Span]:
    return [e for e in ents if _MONTH_NAME.search(span_text(e)) and not _YEAR_DIGITS.search(span_text(e))]


def _opens_with(prev: Span, e: Span) -> bool:
    """Whether date phrase `e` opens sentence `prev` ("In 2021, ...", "Throughout 2022 ...")."""
    lead = prev.doc[prev.start : e.start]
    return all(t.is_punct or t.is_space or t.lower_ in _OPENING_PREPS for t in lead)


def sentence_year(ents: list[Span], ref: Reference) -> Reference | None:
    """ "Last year, two men were detained in May": a sentence that opens with a year ("In 2019",
    "Last year") sets the year of the months it names after it."""
    if not ents:
        return None
    lead = ents[0].doc[ents[0].sent.start : ents[0].start]
    if any(not (t.is_punct or t.is_space or t.lower_ in _OPENING_PREPS) for t in lead):
        return None
    first = resolve_date(span_text(ents[0]), ref)
    if first is None or first.end or first.precision != "year" or REL_PHRASE.search(span_text(ents[0])):
        return None
    return Reference(None, int(first.value), "year") if _yearless_months(ents[1:]) else None


def story_year(sent: Span, ents: list[Span], ref: Reference) -> Reference | None:
    """A sentence whose dates name a month but no year, after a sentence of the same paragraph
    dated to a month of another year than the report's: the story goes on in that year when its
    month does not come before the one just told ("detained in September 2021 ... died on 4
    October"). A month before it is left to the report's date (the story may have moved on)."""
    months = _yearless_months(ents)
    counted = [e for e in ents if REL_PHRASE.search(span_text(e))]  # "the next day": from another event
    if not months or len(months) + len(counted) < len(ents) or ref.year is None:
        return None  # a weekday or "last week" beside the month: told from the report's date
    prev = previous_sentence(sent)
    if prev is None:
        return None
    told = previous_sentence_date(prev, ref)
    if told is None or int(told.value[:4]) == ref.year:
        return None
    if told.precision == "year":
        # a bare year sets the story's year only as the frame the sentence before opens with
        opening = [e for e in date_phrases(prev)[:1] if _opens_with(prev, e)]
        if not opening or resolve_date(span_text(opening[0]), ref) != told or int(told.value) > ref.year:
            return None
    year = int(told.value[:4])
    for e in months:
        value = resolve_date(span_text(e), Reference(None, year, "year"))
        if value is None or value.precision == "year" or value.value[:7] < told.value[:7]:
            return None
    return Reference(None, year, "year")
