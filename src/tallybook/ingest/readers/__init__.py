"""Readers turn the bytes of one original into a `Reading`: its text plus what it says about
itself (title, author, publisher, date, language, pages).

Each format has its own module (`text`, `html`, `pdf`, `jsonl`); `url` fetches the bytes a
reader then reads. Readers raise `tallybook.errors.IngestError` naming the input and a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass
class Reading:
    """The text of one original and the metadata found in it."""

    text: str
    content_type: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None  # YYYY | YYYY-MM | YYYY-MM-DD
    language: str | None = None
    pages: list[tuple[int, int]] = field(default_factory=list)  # PDF pages as (start, end) offsets
    external_id: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)  # reader details kept in Document.attrs


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


def clean(value: object) -> str | None:
    """A metadata value as a stripped string, or None when empty."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
