"""Dates an incident mention takes from its context rather than from its own sentence.

Annual reports date events without a year in the year they cover; a sentence that goes on
about the event just told ("during the shooting", "they detained ...") takes the previous
sentence's date; infobox and summary lines take the date of the event the article is about.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from tallybook.extract.boilerplate import doc_text, span_ents
from tallybook.extract.dates import Reference, shift_date
from tallybook.extract.event_dates import previous_sentence_date
from tallybook.extract.figures import parse_number
from tallybook.extract.layout import main_event_date
from tallybook.extract.mentions import Mention
from tallybook.model import ExtractedIncident, PartialDate

_YEAR_RE = re.compile(r"\b(19\d{2}|20\d{2})\b")
# "during the shooting": the sentence continues the event the previous sentence dated.
_EVENT_ANAPHOR = re.compile(
    r"\b(?:during|in|after|at)\s+the\s+(?:shooting|incident|attack|raid|crackdown|protests?|clash(?:es)?|"
    r"assault|operation|demonstrations?)\b",
    re.IGNORECASE,
)


# Section headings of the annual country reports (CONVENTIONS.md: State Department, Amnesty).
_ANNUAL_HEADING = re.compile(
    r"^\s*(?:Section\s+\d\.\s+)?Respect for the Integrity of the Person\b|Country Reports on Human Rights"
    r"|Amnesty International Report\b",
    re.MULTILINE,
)


def annual_report_reference(published: str | None, text: str) -> Reference | None:
    """Annual reports (published early in year Y about year Y-1) date events without a year in
    Y-1 (CONVENTIONS.md). Signal: the text names Y-1 and never Y."""
    if not published:
        return None
    year = int(published[:4])
    years = _YEAR_RE.findall(text)
    spring = len(published) >= 7 and int(published[5:7]) <= 6
    if spring and str(year) not in years and _ANNUAL_HEADING.search(text):
        return Reference.from_partial(str(year - 1))  # a country report's section heading
    if (
        str(year) not in years  # a spring country report about last year ("during the year")
        and re.search(r"\bduring the year\b", text, re.I)
        and len(published) >= 7
        and int(published[5:7]) <= 6
    ):
        return Reference.from_partial(str(year - 1))  # a country report released in spring
    if (
        str(year - 1) in years
        and str(year) not in years
        and years.count(str(year - 1)) >= max(2, len(years) // 2)
    ):
        return Reference.from_partial(str(year - 1))
    return None


def inherit_context_dates(
    mentions: list[Mention],
    doc: Doc,
    ref: Reference,
    covered_year: int | None = None,
    article_date: PartialDate | None = None,
) -> None:
    """A mention with no date of its own takes the date of the sentence before it in the same
    paragraph ("On the night of 20 October ... At least 12 were killed during the shooting"),
    stretched over a duration it states ("He was held incommunicado for 41 days"); else the year
    of the claim ("In late August, X voiced concern over executions"); else, in an annual report,
    the year the report covers; else, in an undated article about one event, that event's month."""
    for m in mentions:
        if m.date_found or m.date is not None or m.summary:
            continue
        since_then = _SINCE_THEN.search(m.sent.text) is not None
        carries = since_then or _EVENT_ANAPHOR.search(m.sent.text) or _pronoun_actor(m)
        prev = _previous_sentence(m.sent) if carries else None
        if prev is not None:
            value = previous_sentence_date(prev, ref)
            if value is not None and since_then and ref.day is not None and not value.end:
                # "Since then, the authorities have refused to disclose her fate": up to now
                end = ref.day.isoformat()[: len(value.value)]
                m.date = PartialDate(value.value, end if end > value.value else None)
                continue
            if value is not None:
                held = m.type in {"enforced_disappearance", "arrest", "other"}
                m.date = _weeks_after(_lasting(value, m.sent.text) if held else value, m.sent.text)
                continue
        if m.claim_date is not None:
            m.date = PartialDate(m.claim_date.value[:4])
            m.date_from_claim = True
        elif covered_year is not None:
            m.date = PartialDate(str(covered_year))
            m.date_from_claim = True
        elif article_date is not None and not m.anaphoric:
            m.date = PartialDate(article_date.value)
            m.date_from_claim = True


_SINCE_THEN = re.compile(r"\bsince then\b", re.I)
_DURATION = re.compile(r"\bfor\s+(?:up\s+to\s+|about\s+|nearly\s+)?(\w+)\s+(days|weeks|months)\b", re.I)


_WEEKS_AFTER = re.compile(r"\b(?:in|during|over) the (weeks|months) (?:after|following)\b", re.I)


def _weeks_after(start: PartialDate, text: str) -> PartialDate:
    """ "in the weeks after his arrest" (March): a period running on from that date."""
    m = _WEEKS_AFTER.search(text)
    if m is None or start.end or start.precision == "year":
        return start
    first = date.fromisoformat(start.value if start.precision == "day" else start.value + "-01")
    if start.precision == "month":
        first = shift_date(first, 1, "months") - timedelta(days=1)  # the end of that month
    end = shift_date(first, 3, m.group(1).lower())  # "weeks" or "months": a few of them
    return PartialDate(start.value, end.isoformat()[: len(start.value)])


def _lasting(start: PartialDate, text: str) -> PartialDate:
    """ "held incommunicado for 41 days" after an arrest on 2 June: a period from that day."""
    m = _DURATION.search(text)
    if m is None or start.precision != "day" or start.end:
        return start
    n = parse_number(m.group(1))
    if n is None:
        return start
    end = shift_date(date.fromisoformat(start.value), n, m.group(2).lower())
    return PartialDate(start.value, end.isoformat()) if end.isoformat() > start.value else start


def summary_dates(
    mentions: list[Mention], incidents: list[ExtractedIncident], doc: Doc, ref: Reference
) -> None:
    """An incident told only by infobox or summary lines ("Deaths: 12", "4,800+ arrested") has no
    date of its own: it takes the date of the event the article is about."""
    summary_starts = {m.start for m in mentions if m.summary and not m.date_found}
    undated = [i for i in incidents if i.date is None and i.span.start in summary_starts]
    if not undated:
        return
    main = main_event_date(doc_text(doc), ref)
    if main is None:
        return
    for inc in undated:
        inc.date = PartialDate(main.value)


# A date phrase that places an event in time, not a duration ("for three days", "several minutes").
_CALENDAR_POINT = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|day\b|\b\d{4}\b|yesterday|today|"
    r"\b(?:last|this|next|previous)\b|\bago\b",
    re.IGNORECASE,
)


def _pronoun_actor(m: Mention) -> bool:
    """ "they detained about 20 villagers", "officers kicked him in the van": the sentence goes on
    about the event or the person just told."""
    root = m.trigger.root
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"they", "he", "she"} for c in root.children):
        return True
    undated = not any(
        e.label_ in {"DATE", "TIME"} and _CALENDAR_POINT.search(e.text) for e in span_ents(m.sent)
    )
    return undated and any(c.dep_ == "dobj" and c.lower_ in {"him", "her"} for c in root.children)


def _previous_sentence(sent: Span) -> Span | None:
    doc = sent.doc
    if sent.start == 0 or not doc.has_annotation("SENT_START"):
        return None
    prev = doc[sent.start - 1].sent
    if (
        "\n\n" in doc_text(doc)[prev.end_char - 1 : sent.start_char + 1]
        or "\n" in doc_text(doc)[prev.start_char : prev.end_char].strip()
    ):
        return None
    gap = doc_text(doc)[prev.end_char : sent.start_char]
    return None if "\n" in gap else prev
