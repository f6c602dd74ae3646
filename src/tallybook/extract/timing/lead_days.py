"""The day an encyclopedia article's one event takes in the sentences that tell it again.

An article about one event dates it to the day in its infobox ("Date: 14 February 2020"), its
lead ("The X killings took place on 6 May 2018, when ..."), or else the one day the first opening
paragraph that names a day names ("The X massacre was the killing of 176 villagers ... on 14 March
1982"); an undated page about one past event ("On this day") is read the same way. Its toll
sentence ("According to OCHA, at least 13 civilians were killed"), "Among the dead was X" and
the lead's own mention that only names the event by its title's year ("The 2018 X killings took
place on 6 May 2018") tell that event again: they take its day, not the month the article's
other undated events get (`layout.main_event_date`). Only a mention of the kind the title and
infobox announce, whose sentence gives no other date, outside a background or aftermath section.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span

from tallybook.extract.assembly.incident_clusters import same_kind
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_text, span_ents, span_text
from tallybook.extract.text.layout import document_text, encyclopedia_doc
from tallybook.extract.timing.dates import Reference, resolve_date
from tallybook.extract.timing.month_names import DAYS_OR_WEEKS, MONTH_NAMES
from tallybook.model import PartialDate

# (the month names are matched ignoring case)
_DAY = rf"(?:\d{{1,2}}\s+(?:{MONTH_NAMES})\s+\d{{4}}|(?:{MONTH_NAMES})\s+\d{{1,2}},?\s+\d{{4}})"
_FIELD_RE = re.compile(r"(?im)^[-•*\s]*dates?\s*:?\s*(?P<value>\d[^\n]{3,60})$")
_FIELD_DAY_RE = re.compile(rf"(?i)^(?P<day>{_DAY})\s*(?:\(.*\))?\s*$")
_LEAD_DAY_RE = re.compile(
    rf"\b(?:took place|occurred|happened|was carried out)\s+on\s+(?P<day>{_DAY})\b", re.I
)
# a date the sentence gives: a year, a day of a month, a month; not "the same day"
_CALENDAR_RE = re.compile(rf"\b\d{{4}}\b|\b(?:{MONTH_NAMES})\b", re.I)
# sections about other times than the event's: its background, its aftermath
_OTHER_TIMES_RE = re.compile(
    r"^[=#\s]*(?:background|history|context|prelude|aftermath|legacy|trials?|prosecutions?|"
    r"investigations?|previous|earlier|subsequent)\b[^\n]*$",
    re.I | re.M,
)
# (a heading whose marks a converter spaced out, "= = Background = =", is one too)
_HEADING_RE = re.compile(r"(?m)^(?:=(?: ?=)+[^\n]*=(?: ?=)+|#+[^\n]*)\s*$")

# "Three days after the shooting": counted from the event the title names
_AFTER_EVENT_RE = re.compile(
    rf"\b(?P<count>{DAYS_OR_WEEKS})\s+"
    r"after\s+the\s+(?P<noun>[a-z]+)\b",
    re.I,
)


def _counted_from_event(m: Mention, day: str, title: set[str]) -> PartialDate | None:
    """ "Three days after the shooting, soldiers rounded up 17 young men": the article's day
    counted on, when the noun is the one its title names the event by."""
    text = doc_text(m.sent.doc)
    said = text[m.sent.start_char : m.trigger.span.start_char]
    found = _AFTER_EVENT_RE.search(said)
    if found is None or found.group("noun").lower() not in title:
        return None
    if re.search(r"[.;]\s|\]", said[found.end() :]):
        return None  # the phrase belongs to a sentence before, run together by a citation mark
    return resolve_date(found.group("count") + " after", Reference(None, None), PartialDate(day))


def _main_day(text: str) -> str | None:
    """The one day the article's event took place: a single day in the infobox's date field, else
    a lead sentence that says the event "took place on" a day."""
    head = text[:4000]
    field = _FIELD_RE.search(head)
    # "Date: 9–16 June 2023": an event of several days has no one day
    found = _FIELD_DAY_RE.match(field.group("value").strip()) if field else _LEAD_DAY_RE.search(head)
    if found is None and field is None:
        found = _lead_paragraph_day(head)
    if found is None:
        return None
    try:
        value = resolve_date(found.group("day"), Reference(None, None, "year"))
    except ValueError:
        return None
    return value.value if value is not None and value.precision == "day" and not value.end else None


_FULL_DAY_RE = re.compile(rf"(?P<day>{_DAY})", re.I)


def _lead_paragraph_day(head: str) -> re.Match[str] | None:
    """ "The X massacre was the killing of 176 villagers ... on 14 March 1982": the one day the
    first of the two opening paragraphs that names any day gives (none when it names two)."""
    paragraphs = [p for p in head.split("\n") if len(p) >= 100][:2]
    for para in paragraphs:
        days = list(_FULL_DAY_RE.finditer(para))
        if days:
            return days[0] if len({d.group(0) for d in days}) == 1 else None
    return None


def _holds(outer: str, day: str) -> bool:
    return day.startswith(outer)


def _calendar_dates(sent: Span, day: str) -> list[PartialDate | None]:
    """The dates the sentence's calendar phrases name, read in the event's year (None: unread)."""
    values: list[PartialDate | None] = []
    for ent in span_ents(sent):
        if ent.label_ != "DATE" or not _CALENDAR_RE.search(span_text(ent)):
            continue
        try:
            values.append(resolve_date(span_text(ent), Reference(None, int(day[:4]), "year")))
        except ValueError:
            values.append(None)
    return values


def _other_date(sent: Span, day: str) -> bool:
    """Whether the sentence gives a date that is not the event's day (or its month or year)."""
    return any(v is None or v.end or not _holds(v.value, day) for v in _calendar_dates(sent, day))


def _states_day(sent: Span, day: str) -> bool:
    """Whether the sentence itself gives the event's day (the lead: "took place on 6 May 2018")."""
    return any(v is not None and v.value == day and not v.end for v in _calendar_dates(sent, day))


class _Sections:
    """The article's section headings, read once: which section a mention falls in."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = list(_HEADING_RE.finditer(text))
        self.starts = [h.start() for h in found]
        self.other = [_OTHER_TIMES_RE.match(h.group()) is not None for h in found]

    def in_other_times(self, start: int) -> bool:
        """Whether the latest section heading before `start` is a background or aftermath section."""
        # A heading is one whole line; the line `start` falls in counts only up to `start`.
        line = self.text.rfind("\n", 0, start) + 1
        part = _HEADING_RE.match(self.text[line:start])
        if part is not None:
            return _OTHER_TIMES_RE.match(part.group()) is not None
        k = bisect_left(self.starts, line)
        return k > 0 and self.other[k - 1]


def date_lead_retellings(mentions: list[Mention]) -> None:
    """Give the article's day to the undated (or coarsely dated) retellings of its one event."""
    if not mentions:
        return
    doc = mentions[0].sent.doc
    undated = doc.has_extension("tb_published") and doc._.tb_published is None
    if not (encyclopedia_doc(doc) or undated):
        return  # (an undated page about one past event, "On this day": read as an article)
    text = document_text(doc_text(doc))
    day = _main_day(text)
    kinds = {x.type for x in mentions if x.summary}
    if day is None or not kinds:
        return
    sections = _Sections(doc_text(doc))
    title = {w.lower() for w in re.findall(r"[A-Za-z]+", text.lstrip().split("\n", 1)[0])}
    for m in mentions:
        if m.summary or m.anaphoric or m.relative is not None or m.date_from_claim:
            continue
        if m.date is None:
            counted = _counted_from_event(m, day, title)
            if counted is not None:
                m.date = counted
                continue
        if not any(same_kind(m.type, k) for k in kinds):
            continue
        if m.date is not None and (m.date.end or m.date.precision == "day" or not _holds(m.date.value, day)):
            continue
        if _other_date(m.sent, day) or sections.in_other_times(m.start):
            continue
        if not (m.figure.count is not None or m.names or _states_day(m.sent, day)) and any(
            x.names and x.sent.start == m.sent.start for x in mentions
        ):
            continue  # "Police reported that X fired at them and was killed": the named person's case
        m.date = PartialDate(day)
