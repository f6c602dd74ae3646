"""What date a counted interval gives: "four days later", "three years ago", "sentenced ten
months later" (counted from the anchor event, or back from the report), and "over the past three
days" (the stretch up to the report). `resolve_date` asks these in its own order.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from tallybook.extract.particulars.figures import UNIT_WORDS
from tallybook.extract.timing.anchored_dates import shift_date
from tallybook.model import PartialDate

if TYPE_CHECKING:
    from tallybook.extract.timing.dates import Reference

# Small counts in relative dates ("two days later", "several weeks"): the number words the
# figure reader knows, up to twelve, plus the loose ones that only make sense here.
_NUMBER_WORDS = {**{w: n for w, n in UNIT_WORDS.items() if 1 <= n <= 12}, "a": 1, "several": 3}
_PAST_N = re.compile(r"\b(?:past|last|previous)\s+(\w+)\s+(days|weeks|months|hours)\b", re.I)
_N_LATER = re.compile(
    r"\b(\w+)\s+(days?|weeks?|fortnights?|months?|years?)\s+(later|after|earlier|before|ago)\b", re.I
)
# "over the past month": the month up to the report ("last month" is the calendar month before).
_PAST_MONTH = re.compile(r"\b(?:the\s+)?past\s+month\b", re.I)
# "earlier in the week", "later in the week": the report's own week.
_IN_THE_WEEK = re.compile(r"^(?:earlier|later)\s+in\s+the\s+week$", re.I)

# From this many weeks on, a count of weeks is a round figure ("two weeks" is still read as 14 days,
# as the tests of test_generalisation_events and test_incidents expect).
ROUND_WEEKS = 3


def _count(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _NUMBER_WORDS.get(w)


def rough_count(day: date, n: int, unit: str) -> PartialDate:
    """A day counted back or on by `n` units: "three weeks after" is a round figure, so the count
    gives only the month it lands in; days and one or two weeks are counted exactly."""
    if unit.lower() == "weeks" and n >= ROUND_WEEKS:
        return PartialDate(day.isoformat()[:7])
    return PartialDate(day.isoformat())


def counted_interval(
    t: str, ref: Reference, anchor: PartialDate | None, anchor_day: date | None
) -> PartialDate | None:
    """ "four days later" (from `anchor`), "three years ago" (from the report): the date it names."""
    m = _N_LATER.search(t)
    if m:
        n = _count(m.group(1))
        unit, way = m.group(2).lower(), m.group(3).lower()
        if n is not None and unit.startswith("fortnight"):
            n, unit = 2 * n, "weeks"  # a fortnight is two weeks
        sign = 1 if way in {"later", "after"} else -1  # counted forward or back
        if n is not None and anchor is not None and unit.startswith("year") and not anchor.end:
            # "three years later" after an event dated only to its year: that year moved
            return PartialDate(f"{int(anchor.value[:4]) + sign * n:04d}")
        monthly = unit.startswith("month") and way != "ago"
        by_month = anchor is not None and anchor.precision == "month" and not anchor.end
        if n is not None and anchor is not None and monthly and by_month:
            # "arrested in January 2023 and sentenced ten months later": that month moved
            moved = shift_date(date.fromisoformat(anchor.value + "-01"), sign * n, "months")
            return PartialDate(moved.isoformat()[:7])
        base = anchor_day or (ref.day if way in {"ago", "earlier"} else None)
        if n is not None and base is not None:
            if unit.startswith("year"):
                return PartialDate(f"{base.year + sign * n:04d}")  # "three years ago": the year only
            shifted = shift_date(base, sign * n, unit)
            if unit.startswith("month"):
                return PartialDate(shifted.isoformat()[:7])
            return rough_count(shifted, n, unit) if anchor_day else ref.relative(shifted)
    return None


def past_span(t: str, ref: Reference) -> PartialDate | None:
    """ "over the past three days": the stretch up to the report."""
    if ref.day is None:
        return None
    m = _PAST_N.search(t)
    if m:
        n = _count(m.group(1))
        if n is not None and m.group(2).lower() == "hours":
            # "in the past 24 hours": from the day the first hour fell on to the report's day
            return ref.relative(ref.day - timedelta(days=-(-n // 24)), ref.day)
        if n is not None:
            start = shift_date(ref.day, -n, m.group(2).lower())
            return ref.relative(start, ref.day)
    if _PAST_MONTH.search(t):
        return ref.relative(shift_date(ref.day, -1, "months") + timedelta(days=1), ref.day)
    if _IN_THE_WEEK.match(t.strip()):
        monday = ref.day - timedelta(days=ref.day.weekday())
        return ref.relative(monday, ref.day)
    return None
