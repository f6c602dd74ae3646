"""Dates a sentence takes from the story it continues: the hours of the day just told ("At about
9 a.m. ... troops detained 20 villagers"), the lead that told the same event with its date, and
"X was also hanged" after the executions told before."""

from __future__ import annotations

import re

from spacy.tokens import Span

from tallybook.extract.boilerplate import doc_text, span_ents
from tallybook.extract.layout import in_dateline_lead
from tallybook.extract.mentions import Mention
from tallybook.model import PartialDate


def previous_sentence(sent: Span) -> Span | None:
    """The sentence before, when it is in the same paragraph."""
    doc = sent.doc
    if sent.start == 0 or not doc.has_annotation("SENT_START"):
        return None
    prev = doc[sent.start - 1].sent
    seg = doc_text(doc)[prev.start_char : sent.start_char]
    body = seg.rstrip()
    # a line break inside the sentence before, or between the two (the parser may keep the
    # paragraph break at the end of the previous sentence): another paragraph or a list line
    return None if "\n" in body.strip() or "\n" in seg[len(body) :] else prev


# A time of day with no date: the narration goes on within the day of the event told before.
_TIME_OF_DAY = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b(?:noon|midday|midnight|dawn|daybreak|dusk|nightfall)\b"
    r"|\bin the (?:early |late )?(?:morning|afternoon|evening|hours)\b|\bat night\b",
    re.IGNORECASE,
)


def _dated(sent: Span) -> bool:
    """A sentence with a date of its own ("In the early hours of 20 August")."""
    return any(e.label_ == "DATE" and _CALENDAR.search(e.text) for e in span_ents(sent))


_CALENDAR = re.compile(
    r"\b\d{4}\b|\b\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|day\b|week|month|year",
    re.IGNORECASE,
)


def same_day_scene(m: Mention, earlier: list[Mention]) -> PartialDate | None:
    """ "At about 9 a.m., helicopters opened fire ... troops detained 20 villagers", "troops arrived
    shortly after noon ... Soldiers then detained 60": hours told without a date are those of the
    last event dated to the day."""
    prev = previous_sentence(m.sent)
    # the hour set before the act ("At about 9 a.m., ..."), not a later one ("released them in the evening")
    lead_in = m.sent.doc[m.sent.start : m.trigger.span.start]
    if not any(s is not None and _TIME_OF_DAY.search(s.text) and not _dated(s) for s in (lead_in, prev)):
        return None
    days = [x.date for x in earlier if x.date and x.date.precision == "day" and not x.date.end]
    return days[-1] if days and not any(x.date_from_claim for x in earlier[-1:]) else None


def _stem(word: str) -> str:
    """ "beat"/"beaten", "hanged"/"hangs": the pipeline runs no lemmatizer."""
    for suffix in ("ing", "ed", "en", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def restates_lead(m: Mention, earlier: list[Mention]) -> PartialDate | None:
    """A news lead tells the story with its date ("said Friday that police beat a man to death last
    week"); the body tells it again with the names ("X was beaten to death by officers who ...")."""
    if in_dateline_lead(m.sent):
        return None
    root = m.trigger.root
    if root.pos_ != "VERB" or not (m.names or m.figure.count is not None):
        return None  # "He was tortured": a pronoun may be anyone of the story
    for x in earlier:
        lead = x.date is not None and not x.date_from_claim and in_dateline_lead(x.sent)
        same = x.trigger.root.pos_ == "VERB" and _stem(x.trigger.root.lower_) == _stem(root.lower_)
        if lead and same and (m.names or x.figure.count == m.figure.count):
            return x.date
    return None
