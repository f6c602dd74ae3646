"""Which days does a phrase naming a week or a day counted back from today mean?

"the week of 10 June" is the seven days from that day (a period: the month holding it, or the
year when the week runs into the next month); "Friday last week" is the Friday of the calendar
week before the report's; "the day before yesterday" is two days back. Each answer is a pair of
days (first, last), the caller widens it to the report's own precision.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from tallybook.model import PartialDate

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = "|".join(_WEEKDAYS)

# "the week of 10 June", "in the week of June 10, 2024" (not "the week of protests")
_WEEK_OF = re.compile(r"\bweek\s+of\s+(?=\d|[A-Z][a-z]+\.?\s+\d)", re.I)
# "on Friday last week", "Tuesday of this week", "last week on Friday"
_DAY_OF_WEEK = re.compile(
    rf"\b({_WEEKDAY_RE})\s+(?:of\s+)?(last|this)\s+week\b|\b(last|this)\s+week\s+on\s+({_WEEKDAY_RE})\b",
    re.I,
)
_TWO_DAYS_BACK = re.compile(r"\bthe\s+day\s+before\s+yesterday\b", re.I)


def week_days(
    text: str, today: date | None, day_of: Callable[[str], PartialDate | None]
) -> tuple[date, date] | None:
    """The first and last day a week phrase names; `day_of` reads the day after "week of"."""
    m = _WEEK_OF.search(text)
    if m:
        read = day_of(text[m.end() :])
        if read is None or read.precision != "day":
            return None
        first = date.fromisoformat(read.value)
        last = first + timedelta(days=6)
        return (first, min(last, today) if today and first <= today else last)
    if today is None:
        return None
    if _TWO_DAYS_BACK.search(text):
        back = today - timedelta(days=2)
        return (back, back)
    m = _DAY_OF_WEEK.search(text)
    if m:
        name = (m.group(1) or m.group(4)).lower()
        which = (m.group(2) or m.group(3)).lower()
        monday = today - timedelta(days=today.weekday()) - timedelta(weeks=which == "last")
        day = monday + timedelta(days=_WEEKDAYS.index(name))
        return (day, day) if day <= today else None
    return None
