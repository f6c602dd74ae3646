"""Which period a range phrase of years spans where the calendar reader of `dates` takes only its
first year: "between mid-2016 and 2022" (a part of one year to another year), "in 2020-21" (two
years, the second shortened to its last two digits). A period that crosses a year has no single
calendar unit: `enclosing` gives the smallest calendar unit holding a date or range ("2024-03" to
"2024-04" -> "2024"), and none for such a period."""

from __future__ import annotations

import re

from tallybook.model import PartialDate

# "between mid-2016 and 2022", "from early 2019 to late 2020"
_YEARS_BETWEEN = re.compile(
    r"^(?:between|from)\s+(?:(?:early|mid|late)[-\s]+)?((?:19|20)\d{2})\s+(?:and|to|until|through)\s+"
    r"(?:(?:early|mid|late)[-\s]+)?((?:19|20)\d{2})$",
    re.IGNORECASE,
)
# "in 2020-21", "2019/20": a span of two years written with the second one shortened
_SHORT_SECOND_YEAR = re.compile(r"^(?:in\s+|during\s+)?((?:19|20)\d{2})\s*[-–/]\s*(\d{2})$", re.IGNORECASE)


def year_range(text: str) -> PartialDate | None:
    """The years a range phrase spans, for the forms read here; else None."""
    t = " ".join(text.split())
    found = _YEARS_BETWEEN.match(t)
    if found is not None:
        lo, hi = found.group(1), found.group(2)
        return PartialDate(lo, hi if hi != lo else None) if lo <= hi else None
    found = _SHORT_SECOND_YEAR.match(t)
    if found is not None:
        lo = found.group(1)
        hi = lo[:2] + found.group(2)
        return PartialDate(lo, hi) if hi > lo else None
    return None


def enclosing(p: PartialDate | None) -> str | None:
    """The smallest calendar unit containing a date or range; None when a range crosses a year."""
    if p is None:
        return None
    if not p.end:
        return p.value
    lo, hi = p.value, p.end
    if lo[:4] != hi[:4]:
        return None
    if lo[:7] != hi[:7] or len(lo) < 7:
        return lo[:4]
    if lo != hi:
        return lo[:7]
    return lo
