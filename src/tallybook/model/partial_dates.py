"""Publication dates as the store and the extractor keep them: YYYY, YYYY-MM or YYYY-MM-DD."""

from __future__ import annotations

import re
from datetime import date

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def partial_date(value: str | None) -> str | None:
    """`value` as YYYY, YYYY-MM or YYYY-MM-DD if it starts with a valid date of that shape
    (a trailing time is dropped), else None."""
    if not value:
        return None
    m = _PARTIAL_DATE.match(value.strip())
    if not m:
        return None
    rest = value.strip()[m.end() :]
    if rest and rest[0] not in "T ":
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return m.group(0)
