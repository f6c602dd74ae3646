"""Readers turn the bytes of one original into a `Reading`: its text plus what it says about
itself (title, author, publisher, date, language, pages).

Each format has its own module (`text`, `html`, `pdf`, `jsonl`); `url` fetches the bytes a
reader then reads. Readers raise `tallybook.errors.IngestError` naming the input and a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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


def clean(value: object) -> str | None:
    """A metadata value as a stripped string, or None when empty."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
