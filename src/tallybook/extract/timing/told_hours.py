"""Which days a time of day counted from the telling names: "overnight" and "last night" are the
night before the day of the report (that day and the one before it: `dates.enclosing` reads the
month, or the year when the night crosses into a new month); "this morning", "earlier today" and
"this afternoon" are the day of the report itself. A report dated only by month or year gives
none of them a day."""

from __future__ import annotations

import re
from datetime import timedelta

from tallybook.extract.timing.dates import Reference
from tallybook.model import PartialDate

# The phrases, as `date_phrases` finds them in a sentence.
TOLD_HOURS = re.compile(
    r"\b(?:overnight|last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today)\b", re.IGNORECASE
)
_NIGHT = re.compile(r"^(?:(?:on|during|in)\s+)?(?:the\s+)?(?:overnight|last\s+night)$", re.IGNORECASE)
_TODAY = re.compile(r"^(?:this\s+(?:morning|afternoon|evening)|earlier\s+today)$", re.IGNORECASE)


def told_hours(text: str, ref: Reference) -> PartialDate | None:
    """The day or days a time of day counted from the telling names; else None."""
    if ref.day is None or ref.precision != "day":
        return None
    t = " ".join(text.split())
    if _NIGHT.match(t):
        return PartialDate((ref.day - timedelta(days=1)).isoformat(), ref.day.isoformat())
    if _TODAY.match(t):
        return PartialDate(ref.day.isoformat())
    return None
