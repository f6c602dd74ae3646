"""Batches of reports, one JSON object per line: {"id", "text", "url", "published",
"publisher", "title"} (the format of the evaluation set). Each line is its own document; its
stored original is the line's canonical JSON (sorted keys, no spaces, UTF-8), so the same
record ingested twice is recognised whatever its spacing. The text is kept exactly as given:
annotations elsewhere point into it by offset."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tallybook.errors import IngestError
from tallybook.ingest.readers import Reading, clean
from tallybook.model.partial_dates import partial_date


@dataclass
class Record:
    """One line of a batch: its canonical bytes, what was read from it, and its name."""

    original: bytes
    reading: Reading
    line: int
    source: str


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _optional_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return clean(value)
    raise IngestError(where, f'"{key}" must be a string or null, not {type(value).__name__}')


def _record(raw: bytes, name: str, lineno: int, source_name: str) -> Record:
    where = f"{name}:{lineno}"
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise IngestError(where, f"not UTF-8: {e.reason} at byte {e.start}") from e
    except json.JSONDecodeError as e:
        raise IngestError(where, f"not JSON: {e.msg} (column {e.colno})") from e
    if not isinstance(obj, dict):
        raise IngestError(where, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(where, 'no "text" (a non-empty string is required)')
    ident = obj.get("id")
    if ident is not None and not isinstance(ident, str | int):
        raise IngestError(where, '"id" must be a string or a number')
    published_raw = _optional_str(obj, "published", where)
    published = partial_date(published_raw)
    if published_raw and published is None:
        raise IngestError(where, f'"published" must be YYYY, YYYY-MM or YYYY-MM-DD, not {published_raw!r}')
    url = _optional_str(obj, "url", where)
    reading = Reading(
        text=text,
        content_type="application/json",
        title=_optional_str(obj, "title", where),
        publisher=_optional_str(obj, "publisher", where),
        published=published,
        language=_optional_str(obj, "language", where),
        external_id=str(ident) if ident is not None else None,
        attrs={"url": url} if url else {},
    )
    label = f"#{ident}" if ident is not None else f"#line{lineno}"
    return Record(canonical(obj), reading, lineno, f"jsonl:{source_name}{label}")


def read_jsonl(data: bytes, name: str, source_name: str | None = None) -> Iterator[Record | IngestError]:
    """Each non-blank line as a Record, or as the IngestError ("FILE:LINE: reason") it raised.

    `name` is the file as the user gave it (for messages), `source_name` as recorded."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = data.split(b"\n")
    if not any(line.strip() for line in lines):
        yield IngestError(name, "empty file")
        return
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            yield _record(raw, name, lineno, source_name or name)
        except IngestError as e:
            yield e
