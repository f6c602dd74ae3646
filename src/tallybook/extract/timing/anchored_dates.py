"""Dates counted from an earlier event: "the same month", "later that week", "over the
following week" after an event on 7 July (the days after it), "the following year"; a month or
day named in "that year" ("in May of that year", "on 3 May that year") in the earlier event's year.

`resolve_date` asks these first when a phrase has an anchor; they also hold the calendar
arithmetic (moving a day by days, weeks or months) the other date readers share.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from tallybook.extract.timing.month_names import MONTH_NAMES
from tallybook.model import PartialDate


def shift_date(d: date, n: int, unit: str) -> date:
    """`d` moved by `n` days, weeks or months."""
    if unit.startswith("day"):
        return d + timedelta(days=n)
    if unit.startswith("week"):
        return d + timedelta(weeks=n)
    month = d.month - 1 + n
    y, m = d.year + month // 12, month % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def to_month(value: PartialDate) -> PartialDate:
    """A day (or a range of days) widened to its month(s): for events that last days."""
    if value.precision != "day":
        return value
    end = (value.end or value.value)[:7]
    return PartialDate(value.value[:7], end if end != value.value[:7] else None)


def as_day(p: PartialDate) -> date | None:
    """The day a date names, if it is one."""
    return date.fromisoformat(p.value) if p.precision == "day" else None


_SAME_UNIT = re.compile(
    r"\b(?:(?:in|during|on)\s+)?(?:the\s+same|(?:later|earlier)\s+that|that)\s+"
    r"(day|week|month|year|morning|afternoon|evening|night)\b",
    re.I,
)
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
# "the month" a report's paragraph speaks of without naming it ("during the month", "earlier in
# the month", "in the second half of the month"): the month of the event told before it.
TOLD_MONTH = re.compile(
    r"^(?:(?:earlier|later|early|late)\s+in\s+|during\s+|in\s+|over\s+|throughout\s+)?"
    r"(?:the\s+(?:first|second|last|final)\s+(?:half|week|fortnight|days|weeks)\s+of\s+)?the\s+month$",
    re.I,
)
# A season named from the event told before ("that spring", "the same summer"): that event's year
# (winter crosses the turn of the year, and "that fall" is rarely the season).
TOLD_SEASON = re.compile(r"\b(?:that|the\s+same)\s+(?:spring|summer|autumn)\b", re.I)
# The month (and day) a "that year" phrase names: "in May of that year", "on 3 May that year".
_NAMED_MONTH = re.compile(rf"\b(?:(\d{{1,2}})\s+)?({MONTH_NAMES})\b(?:\s+(\d{{1,2}})\b)?", re.I)
_MONTH_NUMBER = {name.lower(): k for k, name in enumerate(MONTH_NAMES.split("|"), 1)}


def _month_of_year(t: str, year: int) -> PartialDate | None:
    """The month or day a phrase names inside a year already known."""
    m = _NAMED_MONTH.search(t)
    if m is None:
        return None
    month = _MONTH_NUMBER[m.group(2).lower()]
    day_s = m.group(1) or m.group(3)
    day = int(day_s) if day_s else 0
    if 1 <= day <= calendar.monthrange(year, month)[1]:
        return PartialDate(f"{year:04d}-{month:02d}-{day:02d}")
    return PartialDate(f"{year:04d}-{month:02d}")


def same_unit(t: str, anchor: PartialDate, anchor_day: date | None) -> PartialDate | None:
    """ "the same month", "later that week": the earlier event's date at the phrase's unit."""
    if anchor.end:
        return None
    if TOLD_MONTH.match(t) or TOLD_SEASON.search(t):
        return PartialDate(anchor.value[:4] if TOLD_SEASON.search(t) else anchor.value[:7])
    m = _SAME_UNIT.search(t)
    if m is None:
        return None
    unit = m.group(1).lower()
    if unit in _DAY_PARTS:  # "hanged the same morning", "later that night": that day
        return PartialDate(anchor.value) if anchor.precision != "year" else None
    if unit == "year":
        return _month_of_year(t, int(anchor.value[:4])) or PartialDate(anchor.value[:4])
    if unit == "month":
        return PartialDate(anchor.value[:7]) if len(anchor.value) >= 7 else PartialDate(anchor.value)
    if unit == "week" and anchor_day is not None:
        # The rest of that week (to Sunday) when "later"; the week from Monday when "earlier".
        if t.lower().find("earlier") >= 0:
            lo = anchor_day - timedelta(days=anchor_day.weekday())
            return PartialDate(lo.isoformat(), anchor_day.isoformat()) if lo < anchor_day else anchor
        hi = anchor_day + timedelta(days=6 - anchor_day.weekday())
        return PartialDate(anchor_day.isoformat(), hi.isoformat()) if hi > anchor_day else anchor
    if unit == "day" and anchor_day is None:
        return PartialDate(anchor.value)  # the same day of an event known only to the month
    return None


_FOLLOWING = re.compile(
    r"\b(?:the\s+)?(?:following|next|subsequent|ensuing)\s+(week|fortnight|month|year|days|weeks|months)\b",
    re.I,
)
_FOLLOWING_SPAN = {"week": 7, "fortnight": 14, "days": 7, "weeks": 28}


def following(t: str, anchor: PartialDate, anchor_day: date | None) -> PartialDate | None:
    """ "over the following week" after an event on 7 July: the days after it (8-14 July);
    "the following month"/"year": the next calendar month or year."""
    m = _FOLLOWING.search(t)
    if m is None or anchor.end:
        return None
    unit = m.group(1).lower()
    if unit == "year":
        return PartialDate(f"{int(anchor.value[:4]) + 1:04d}")
    base = anchor_day or (date.fromisoformat(anchor.value + "-01") if anchor.precision == "month" else None)
    if base is None:
        return None
    if unit == "month":
        nxt = shift_date(base.replace(day=1), 1, "months")
        return PartialDate(nxt.isoformat()[:7])
    if unit == "months" or anchor_day is None:
        return None  # "in the following months": open-ended
    first = anchor_day + timedelta(days=1)
    return PartialDate(first.isoformat(), (anchor_day + timedelta(days=_FOLLOWING_SPAN[unit])).isoformat())
