"""Dates as reports write them, resolved against the document's publication date.

`resolve_date("on 1 October", ref)` -> PartialDate("2018-10-01") when ref is 2018-10-24. Handles
absolute dates at day/month/year precision, "January this year", "last year", weekdays
("on Saturday" = the latest Saturday on or before the reference), "last July" (the latest July
before the reference's month), "the night before", "the previous day", "the following night",
"four days later" (against an anchor date), "over the past three days", and ranges ("between October 2018
and August", "12 to 14 August"). A date without a year that would fall after the reference
belongs to the year before (annual reports published in March about the previous year).
Plain regular expressions: dateparser is far too slow to run on every sentence.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from tallybook.extract.timing.anchored_dates import as_day, following, same_unit
from tallybook.extract.timing.anchored_dates import (
    shift_date as shift_date,  # used by event_dates, story readers
)
from tallybook.extract.timing.article_years import reference_year as reference_year  # used by incidents
from tallybook.extract.timing.counted_intervals import counted_interval, past_span
from tallybook.extract.timing.date_ranges import enclosing as enclosing  # used by the readers
from tallybook.extract.timing.month_names import MAY_MONTH, MONTH, MONTH_NAMES, PREVIOUS_DAY, WEEKDAY_NAMES
from tallybook.extract.timing.week_days import week_days
from tallybook.model import PartialDate

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH_RE = MONTH  # (every pattern using it ignores case)
_WEEKDAY_RE = rf"(?:{WEEKDAY_NAMES})"  # matched ignoring case

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})(?:,?\s+(\d{{4}}))?\b", re.I
)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})(?:\s+of)?\s+(\d{{4}})\b", re.I)
# ("August of last year": the month of that year, not the whole year)
_MONTH_REL = re.compile(rf"\b({_MONTH_RE})\s+(?:of\s+)?(this|last|next)\s+year\b", re.I)
# The year words after a day and month: "Feb. 3 last year", "on 3 March this year".
_YEAR_WORD = re.compile(r",?\s+(?:of\s+)?(this|last|next)\s+year\b", re.I)
_YEAR_SHIFT = {"this": 0, "last": -1, "next": 1}  # the year each of those words names, from the report's
_MONTH_ONLY = re.compile(rf"\b({_MONTH_RE})\b", re.I)
# "last July": the latest July before the report's month (in a February report, the year before).
LAST_MONTH = re.compile(rf"\blast\s+({MONTH_NAMES})\b", re.I)
_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d{2})(?![\d,]|'?s\b)")
# "the 1980s": a decade, which crosses years
_DECADE = re.compile(r"(?<![\d,.])((?:19|20)\d0)'?s\b")
# Seasons of a year named relative to the report: "last summer", "this spring".
_SEASON_REL = re.compile(r"\b(this|last|past|previous)\s+(?:spring|summer|autumn|fall)\b", re.I)
# "in recent days", "in recent weeks": a short stretch before the report.
_RECENT = re.compile(r"\brecent\s+(days|weeks)\b", re.I)
_WEEKDAY = re.compile(rf"\b({_WEEKDAY_RE})\b", re.I)
_RELATIVE_UNIT = re.compile(r"\b(this|last|past|previous|next)\s+(year|month|week)\b", re.I)
_DAY_BEFORE = re.compile(
    rf"\b(?:the\s+)?(night|day|evening)\s+before\b|\b{PREVIOUS_DAY}\b"
    r"|\byesterday\b|\blast\s+night\b",
    re.I,
)
# "the following night": the day after the anchor (a night may run past midnight; reports date it so).
_NEXT_DAY = re.compile(
    r"\b(?:the\s+(?:following|next)\s+(?:day|night|morning|evening)|the\s+day\s+after)\b", re.I
)
# (not the hyphen of "mid-March": a part of one month, not a range's dash)
_RANGE_SPLIT = re.compile(r"\s+(?:and|to|until|till|through)\s+|(?<!mid)\s*[–—-]\s*(?=\w)", re.I)
# A part of the year a text is about: "the first ten months of the year", "the second half of the year".
_PART_OF_YEAR = re.compile(
    r"\b(?:first|second|third|last|final|past)\s+(?:\w+\s+)?(?:months|weeks|half|quarter)\s+of\s+the\s+year\b",
    re.I,
)
_DAY_OF_MONTH = rf"(?:\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
_TWO_DAYS = re.compile(rf"(?:on\s+)?({_DAY_OF_MONTH})\s+and\s+(?:on\s+)?({_DAY_OF_MONTH})", re.I)
_TWO_YEARS = re.compile(r"^(?:in\s+)?((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})$", re.I)
_MAY_MONTH = re.compile(MAY_MONTH, re.I)
_MAY_VERB = re.compile(r"\bmay\s+(?:be|have|not|also|face|still)\b", re.I)


@dataclass(frozen=True)
class Reference:
    """What relative dates are resolved against: a day, or at least a year."""

    day: date | None
    year: int | None
    precision: str = "day"  # of the publication date: day-relative phrases cannot be finer

    @classmethod
    def from_partial(cls, published: str | None, fallback_year: int | None = None) -> Reference:
        if not published:
            return cls(None, fallback_year, "year")
        parts = [int(p) for p in published.split("-")]
        year = parts[0]
        if len(parts) == 3:
            return cls(date(parts[0], parts[1], parts[2]), year, "day")
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return cls(date(parts[0], parts[1], last), year, "month")
        return cls(date(year, 12, 31), year, "year")

    def relative(self, d: date, end: date | None = None) -> PartialDate:
        """A date computed from the reference day, no finer than the reference itself."""
        if self.precision == "day":
            return PartialDate(d.isoformat(), end.isoformat() if end and end != d else None)
        n = 7 if self.precision == "month" else 4
        lo, hi = d.isoformat()[:n], (end or d).isoformat()[:n]
        return PartialDate(lo, hi if hi != lo else None)


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _year_for(month: int, day: int | None, ref: Reference) -> int | None:
    """The year of a month/day written without one: the reference's, or the year before if later."""
    if ref.year is None:
        return None
    if ref.day is not None:
        probe = date(ref.year, month, min(day or 1, calendar.monthrange(ref.year, month)[1]))
        if probe > ref.day:
            return ref.year - 1
    return ref.year


# (compiled once: `re.search` with a pattern string looks it up in re's cache on every call)
_START_OF_MONTH = re.compile(r"\b(?:start|beginning) of (?:the|this) month\b", re.I)
_START_OF_YEAR = re.compile(r"\b(?:start|beginning) of (?:the|this) year\b", re.I)
_THE_YEAR = re.compile(r"\b(during|in|over|throughout) the year\b", re.I)
_TWO_WEEKDAYS = re.compile(rf"\b({_WEEKDAY_RE})\s+and\s+({_WEEKDAY_RE})\b", re.I)
# "this morning", as "today": the day of publication
_TODAY = re.compile(r"\b(today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)
_SAME_DAY = re.compile(r"\b(the same day|that day)\b", re.I)
_PART_OF_MONTH = re.compile(
    rf"\b(?:first|second|third|fourth|last|final)\s+(?:week|days|fortnight)\s+of\s+({_MONTH_RE})\b", re.I
)
_TWO_DAYS_MONTH_FIRST = re.compile(
    rf"\b({_MONTH_RE})\s+(\d{{1,2}})\s*(?:and|to|-|–)\s*(\d{{1,2}})\b(?:,?\s+(\d{{4}}))?", re.I
)
_TWO_DAYS_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\s+and\s+(\d{{1,2}}\s+{_MONTH_RE}\b(?:,?\s+\d{{4}})?)", re.I)
_WEEKEND = re.compile(r"\b(?:the|last|this|past)\s+weekend\b", re.I)
_TWO_MONTHS = re.compile(
    rf"(?:in\s+|during\s+)?({_MONTH_RE})\s+(?:and|or|to|through|-|–)\s+({_MONTH_RE})"
    r"(,?\s+\d{4}|\s+(?:of\s+)?(?:this|last|next)\s+year)?",
    re.I,
)
_RANGE_OPENER = re.compile(r"^(?:between|from)\s+", re.I)
_RANGE_WORD = re.compile(r"[–—-]|\bto\b|\buntil\b")
_BARE_DAY = re.compile(r"\s*\d{1,2}\s*")


def _point(text: str, ref: Reference) -> PartialDate | None:
    """One date expression (not a range)."""
    t = text.strip()
    m = _ISO.search(t)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        return PartialDate(_fmt(y, mo, d)) if _valid(y, mo, d) else None
    for rx, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        m = rx.search(t)
        if m and not (order == "mdy" and m.group(1).lower() == "may" and _MAY_VERB.search(t)):
            day_s, mon_s = (m.group(1), m.group(2)) if order == "dmy" else (m.group(2), m.group(1))
            mon = _MONTHS[mon_s.lower().rstrip(".")]
            day = int(day_s)
            year = int(m.group(3)) if m.group(3) else _year_for(mon, day, ref)
            told = _YEAR_WORD.match(t, m.end())
            if told and not m.group(3) and ref.year is not None:
                # "on Feb. 3 last year": the year the words name, not the latest Feb. 3 before the report
                year = ref.year + _YEAR_SHIFT[told.group(1).lower()]
            if year is not None and _valid(year, mon, day):
                return PartialDate(_fmt(year, mon, day))
            if year is not None:
                return PartialDate(_fmt(year, mon))
    m = _MONTH_YEAR.search(t)
    if m:
        return PartialDate(_fmt(int(m.group(2)), _MONTHS[m.group(1).lower().rstrip(".")]))
    m = _MONTH_REL.search(t)
    if m and ref.year is not None:
        shift = _YEAR_SHIFT[m.group(2).lower()]
        return PartialDate(_fmt(ref.year + shift, _MONTHS[m.group(1).lower().rstrip(".")]))
    m = LAST_MONTH.search(t)
    if m and ref.day is not None and ref.year is not None and not _YEAR.search(t):
        mon = _MONTHS[m.group(1).lower()]
        return PartialDate(_fmt(ref.year - (mon >= ref.day.month), mon))
    m = _YEAR.search(t)
    if m:
        return PartialDate(m.group(1))
    m = _DECADE.search(t)
    if m:
        return PartialDate(m.group(1), f"{int(m.group(1)) + 9:04d}")
    m = _SEASON_REL.search(t)
    if m and ref.year is not None:  # winter is left out: it crosses the turn of the year
        return PartialDate(_fmt(ref.year - (m.group(1).lower() != "this")))
    m = _RECENT.search(t)
    if m and ref.day is not None:
        span = 7 if m.group(1).lower() == "days" else 21
        return ref.relative(ref.day - timedelta(days=span), ref.day)
    if _START_OF_MONTH.search(t) and ref.day is not None:
        return PartialDate(ref.day.isoformat()[:7])  # "since the start of the month"
    if _START_OF_YEAR.search(t) and ref.year is not None:
        return PartialDate(_fmt(ref.year, 1))  # "since the start of the year": from January
    if _PART_OF_YEAR.search(t) and ref.year is not None:
        return PartialDate(_fmt(ref.year))  # "in the first ten months of the year": that year
    if _THE_YEAR.search(t) and ref.year is not None:
        return PartialDate(_fmt(ref.year))
    m = _RELATIVE_UNIT.search(t)
    if m and ref.year is not None:
        which, unit = m.group(1).lower(), m.group(2).lower()
        shift = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1}[which]
        if unit == "year" and which == "past" and ref.day is not None and ref.precision == "day":
            # "in the past year": the twelve months up to the report, not the calendar year before
            return ref.relative(shift_date(ref.day, -12, "months") + timedelta(days=1), ref.day)
        if unit == "year":
            return PartialDate(_fmt(ref.year + shift))
        if unit == "week" and ref.day is not None and ref.precision != "day":
            return ref.relative(ref.day)
        if unit == "week" and ref.day is not None:
            monday = ref.day - timedelta(days=ref.day.weekday()) + timedelta(weeks=shift)
            return ref.relative(monday, min(monday + timedelta(days=6), ref.day))
        if unit == "month" and ref.day is not None:
            first = ref.day.replace(day=1)
            target = (
                first
                if shift == 0
                else (first - timedelta(days=1) if shift < 0 else first + timedelta(days=32))
            )
            return PartialDate(_fmt(target.year, target.month))
        return None
    two = _TWO_WEEKDAYS.search(t)
    if two and ref.day is not None:  # "last Thursday and Friday": two days
        days = []
        for name in two.groups():
            back = (ref.day.weekday() - _WEEKDAYS[name.lower()]) % 7
            days.append(ref.day - timedelta(days=back))
        return ref.relative(min(days), max(days))
    m = _WEEKDAY.search(t)
    if m and ref.day is not None:
        back = (ref.day.weekday() - _WEEKDAYS[m.group(1).lower()]) % 7
        if back == 0 and re.search(rf"\blast\s+{m.group(1)}\b", t, re.I) and ref.precision == "day":
            back = 7  # "last Friday" in a Friday's report: the Friday before, not today
        return ref.relative(ref.day - timedelta(days=back))
    if _TODAY.search(t) and ref.day is not None:
        return ref.relative(ref.day)
    m = _MONTH_ONLY.search(t)
    if m and (m.group(1).lower() != "may" or _MAY_MONTH.match(t)):
        mon = _MONTHS[m.group(1).lower().rstrip(".")]
        year = _year_for(mon, None, ref)
        if year is not None:
            return PartialDate(_fmt(year, mon))
    return None


_ONWARDS = re.compile(r"\s+onwards?$", re.IGNORECASE)
_AS_OF = re.compile(r"as of\s+", re.IGNORECASE)


# A pure function of frozen values, asked again for each mention of a sentence: remembered.
@lru_cache(maxsize=4096)
def resolve_date(text: str, ref: Reference, anchor: PartialDate | None = None) -> PartialDate | None:
    """Resolve a date expression; `anchor` is the event a relative phrase counts from."""
    t = " ".join(text.split())
    if not t:
        return None
    as_of = _AS_OF.match(t)
    if as_of is not None:  # "15 killings as of August": a tally of that year up to then
        upto = resolve_date(t[as_of.end() :], ref, anchor)  # ("as of Monday": a stock on that day)
        return PartialDate(upto.value[:4]) if upto is not None and len(upto.value) == 7 else upto
    onwards = _ONWARDS.search(t)
    if onwards is not None:  # "from March onwards": open to the end of its year, so the year
        start = resolve_date(t[: onwards.start()], ref, anchor)
        if start is None:
            return None
        if len(start.value) == 4 and ref.year is not None and ref.year > int(start.value):
            return PartialDate(start.value, str(ref.year))  # "from 2015 onwards": up to the telling
        return PartialDate(start.value[:4])
    anchor_day = as_day(anchor) if anchor else None
    if anchor is not None:
        same = same_unit(t, anchor, anchor_day)
        if same is not None:
            return same
    if anchor_day is not None and _SAME_DAY.search(t):
        return PartialDate(anchor_day.isoformat())
    if anchor_day is not None and _NEXT_DAY.search(t):
        return PartialDate((anchor_day + timedelta(days=1)).isoformat())
    if anchor is not None:
        after = following(t, anchor, anchor_day)
        if after is not None:
            return after
    m = _PART_OF_MONTH.search(t)
    if m:  # "in the last week of May": a part of that month, not a week counted from today
        month = _point(t[m.start(1) :], ref)
        return PartialDate(month.value[:7]) if month is not None else None
    later = counted_interval(t, ref, anchor, anchor_day)
    if later is not None:
        return later
    week = week_days(t, ref.day, lambda rest: _point(rest, ref))
    if week is not None:  # "the week of 10 June", "Friday last week", "the day before yesterday"
        return ref.relative(*week)
    if _DAY_BEFORE.search(t):
        if anchor_day:
            return PartialDate((anchor_day - timedelta(days=1)).isoformat())
        return ref.relative(ref.day - timedelta(days=1)) if ref.day else None
    past = past_span(t, ref)
    if past is not None:
        return past
    if _ISO.search(t):
        return _point(t, ref)
    m = _TWO_YEARS.search(t)
    if m:  # "arrested in 2009 and 2010": over both years
        return PartialDate(m.group(1), m.group(2)) if m.group(1) < m.group(2) else PartialDate(m.group(1))
    m = _TWO_DAYS_MONTH_FIRST.search(t)
    if m:  # "August 6 and 7": two days of one month
        lo = _point(f"{m.group(2)} {m.group(1)}" + (f" {m.group(4)}" if m.group(4) else ""), ref)
        if lo is not None and lo.precision == "day" and 1 <= int(m.group(3)) <= 31:
            hi = f"{lo.value[:8]}{int(m.group(3)):02d}"
            return PartialDate(lo.value, hi) if hi > lo.value else lo
    m = _TWO_DAYS_DAY_FIRST.search(t)
    if m:  # "6 and 7 November": the same two days, day first
        return _range(m.group(1), m.group(2), ref)
    m = _TWO_DAYS.fullmatch(t)
    if m:  # "31 December 2022 and 1 January 2023": two days, each with its month
        return _range(m.group(1), m.group(2), ref)
    if _WEEKEND.search(t) and ref.day:
        saturday = ref.day - timedelta(days=(ref.day.weekday() - 5) % 7)
        return ref.relative(saturday, min(saturday + timedelta(days=1), ref.day))
    m = _TWO_MONTHS.fullmatch(t)
    if m:  # "January and February 2024", "January and February this year": over both months
        return _range(m.group(1), m.group(2) + (m.group(3) or ""), ref)
    body = _RANGE_OPENER.sub("", t)
    parts = _RANGE_SPLIT.split(body, maxsplit=1)
    if len(parts) == 2 and (body is not t or _RANGE_WORD.search(t)):
        return _range(parts[0], parts[1], ref)
    return _point(t, ref)


def _range(left: str, right: str, ref: Reference) -> PartialDate | None:
    end = _point(right, ref)
    if end is None:
        return _point(left, ref)
    # "12 to 14 August": the left side borrows month and year from the right side.
    if _BARE_DAY.fullmatch(left):
        left = f"{left.strip()} {end.value}" if end.precision == "year" else left
        if end.precision == "day":
            y, mo, _ = end.value.split("-")
            start_d = int(left)
            return (
                PartialDate(f"{y}-{mo}-{start_d:02d}", end.value) if _valid(int(y), int(mo), start_d) else end
            )
    end_ref = Reference(as_day(end) or ref.day, int(end.value[:4]))
    start = _point(left, end_ref if not _YEAR.search(left) else ref)
    if start is None:
        return end
    lo, hi = start.value, end.value
    if len(lo) != len(hi):
        n = min(len(lo), len(hi))
        lo, hi = lo[:n], hi[:n]
    if lo > hi:
        return None
    return PartialDate(lo, hi if hi != lo else None)


def open_range_since(start: PartialDate, ref: Reference) -> PartialDate:
    """ "since 1999": from the start to the reference date."""
    if start.precision == "day":
        # "since March 20", told in June: the months up to the telling; a reference of no
        # known day (an annual report's release month) leaves the month it began
        month = start.value[:7]
        told = ref.day.isoformat()[:7] if ref.day and ref.precision == "day" else month
        if ref.day and ref.precision == "month" and ref.day.year == int(month[:4]):
            told = max(month, ref.day.isoformat()[:7])  # "since 1 January", told in May: Jan-May
        return PartialDate(month, told if told > month else None)
    end = ref.day.isoformat() if ref.day else (str(ref.year) if ref.year else start.value)
    end = end[: len(start.value)]
    return PartialDate(start.value, end if end != start.value and end > start.value else None)
