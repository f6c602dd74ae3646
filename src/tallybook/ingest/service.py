"""Ingesting inputs: read each one, archive its original, record it as a Document.

Every document is stored in its own transaction: the original goes into the archive first
(atomic, idempotent), then the row is committed. A run killed at any point leaves either a
complete document or nothing but a harmless archive file, and re-running finishes the job.
A document whose SHA-256 is already stored is reported as a duplicate and nothing changes.
One bad input is reported and the others go on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from tallybook.errors import IngestError
from tallybook.ingest import archive
from tallybook.ingest.readers import Reading
from tallybook.ingest.readers.url import FetchLimits, check_scheme, fetch, is_url
from tallybook.ingest.sniff import Kind, sniff
from tallybook.store.db import Store
from tallybook.store.schema import Document, Page

Status = Literal["stored", "duplicate", "failed"]
MAX_EXTERNAL_ID = 200


@dataclass(frozen=True)
class Overrides:
    """What the user says about every document of a run; wins over what the readers found."""

    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    confidential: bool = False


@dataclass
class IngestResult:
    input: str  # as the user named it (a path, URL, "stdin", or "FILE:LINE" in a batch)
    status: Status
    document_id: int | None = None
    reason: str | None = None
    sha256: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "status": self.status,
            "document_id": self.document_id,
            "reason": self.reason,
            "sha256": self.sha256,
            "title": self.title,
        }


@dataclass
class IngestReport:
    results: list[IngestResult] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failures(self) -> list[IngestResult]:
        return [r for r in self.results if r.status == "failed"]

    def summary(self) -> str:
        return (
            f"{self.count('stored')} stored, {self.count('duplicate')} duplicates, "
            f"{self.count('failed')} failed"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "stored": self.count("stored"),
            "duplicates": self.count("duplicate"),
            "failed": self.count("failed"),
            "results": [r.to_dict() for r in self.results],
        }


@dataclass(frozen=True)
class Source:
    """One thing to read: a file, a URL or standard input (`problem` if it cannot be)."""

    name: str
    kind: Literal["file", "url", "stdin"]
    problem: str | None = None


@dataclass
class _Candidate:
    """A document ready to store: the original bytes and what was read from them."""

    input: str
    source: str
    original: bytes
    reading: Reading
    retrieved_at: datetime
    attrs: dict[str, Any]


def _walk(root: Path) -> Iterator[Path]:
    """Files under `root`, sorted, skipping hidden files and directories."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def collect(inputs: Iterable[str]) -> list[Source]:
    """Expand the user's inputs: directories into their files; URLs and "-" as they are."""
    sources: list[Source] = []
    for item in inputs:
        if item == "-":
            sources.append(Source("stdin", "stdin"))
        elif is_url(item):
            sources.append(Source(item, "url"))
        elif Path(item).is_dir():
            files = [Source(str(p), "file") for p in _walk(Path(item))]
            sources.extend(
                files or [Source(item, "file", "directory has no files (hidden ones are skipped)")]
            )
        else:
            sources.append(Source(item, "file"))
    return sources


def _read_file(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except FileNotFoundError as e:
        raise IngestError(name, "no such file or directory") from e
    except IsADirectoryError as e:
        raise IngestError(name, "is a directory") from e
    except PermissionError as e:
        raise IngestError(name, "permission denied") from e
    except OSError as e:
        raise IngestError(name, f"cannot read: {e.strerror}") from e


def _read_one(kind: Kind, data: bytes, name: str, url: str | None) -> Reading:
    # Imported here: the PDF and HTML libraries are slow to load and most commands never read.
    from tallybook.ingest.readers.html import read_html
    from tallybook.ingest.readers.pdf import read_pdf
    from tallybook.ingest.readers.text import read_text

    if kind == "pdf":
        return read_pdf(data, name)
    if kind == "html":
        return read_html(data, name, url=url)
    return read_text(data, name)


def _candidates(
    source: Source, stdin: Callable[[], bytes], limits: FetchLimits
) -> Iterator[_Candidate | IngestError]:
    """The documents in one source, or the errors that stopped them."""
    if source.problem:
        yield IngestError(source.name, source.problem)
        return
    now = datetime.now(UTC)
    attrs: dict[str, Any] = {}
    content_type: str | None = None
    url: str | None = None
    if source.kind == "url":
        check_scheme(source.name)
        fetched = fetch(source.name, limits)
        data, now, content_type, url = (
            fetched.data,
            fetched.retrieved_at,
            fetched.content_type,
            fetched.final_url,
        )
        attrs = {"url": fetched.final_url, "requested_url": fetched.url, "http_status": fetched.status}
        doc_source, sniff_name = source.name, urlsplit(fetched.final_url).path
    elif source.kind == "stdin":
        data, doc_source, sniff_name = stdin(), "stdin", ""
    else:
        data = _read_file(source.name)
        doc_source, sniff_name = str(Path(source.name).resolve()), source.name
        attrs = {"filename": Path(source.name).name}
    kind = sniff(data, sniff_name, content_type)
    attrs["reader"] = kind
    if kind == "jsonl":
        from tallybook.ingest.readers.jsonl import read_jsonl

        for item in read_jsonl(data, source.name, doc_source):
            if isinstance(item, IngestError):
                yield item
                continue
            line_attrs = {**attrs, "line": item.line, **item.reading.attrs}
            yield _Candidate(
                f"{source.name}:{item.line}", item.source, item.original, item.reading, now, line_attrs
            )
        return
    reading = _read_one(kind, data, source.name, url)
    yield _Candidate(source.name, doc_source, data, reading, now, {**attrs, **reading.attrs})


def _no_nul(value: str | None) -> str | None:
    # PostgreSQL text cannot hold NUL; the same-length stand-in keeps offsets unchanged.
    return value.replace("\0", "\ufffd") if value is not None else None


def _store(store: Store, c: _Candidate, overrides: Overrides) -> IngestResult:
    sha = archive.sha256_hex(c.original)
    r = c.reading
    if r.external_id is not None and len(r.external_id) > MAX_EXTERNAL_ID:
        return IngestResult(c.input, "failed", reason=f"id longer than {MAX_EXTERNAL_ID} characters")
    try:
        with store.session() as s:
            existing = s.execute(
                select(Document.id, Document.confidential).where(Document.sha256 == sha)
            ).first()
            if existing is not None:
                return _duplicate(c.input, sha, existing.id, existing.confidential, overrides)
            archive.store_original(store.archive_dir, c.original, sha)
            doc = Document(
                sha256=sha,
                source=c.source,
                external_id=r.external_id,
                retrieved_at=c.retrieved_at,
                content_type=r.content_type,
                size=len(c.original),
                title=_no_nul(overrides.title or r.title),
                author=_no_nul(r.author),
                publisher=_no_nul(overrides.publisher or r.publisher),
                published=overrides.published or r.published,
                language=(r.language or "")[:12] or None,
                text=_no_nul(r.text) or "",
                confidential=overrides.confidential,
                attrs=c.attrs,
            )
            doc.pages = [Page(number=i, start=a, end=b) for i, (a, b) in enumerate(r.pages, start=1)]
            s.add(doc)
            s.flush()
            return IngestResult(c.input, "stored", doc.id, sha256=sha, title=doc.title)
    except IntegrityError:
        # Another run stored the same original between our check and our commit.
        with store.session() as s:
            row = s.execute(select(Document.id, Document.confidential).where(Document.sha256 == sha)).first()
        if row is None:
            raise
        return _duplicate(c.input, sha, row.id, row.confidential, overrides)


def _duplicate(name: str, sha: str, doc_id: int, confidential: bool, overrides: Overrides) -> IngestResult:
    reason = f"already stored as document {doc_id}"
    if overrides.confidential and not confidential:
        reason += " (NOT marked confidential: the earlier copy is visible)"
    return IngestResult(name, "duplicate", doc_id, reason=reason, sha256=sha)


def ingest_source(
    store: Store,
    source: Source,
    overrides: Overrides | None = None,
    *,
    limits: FetchLimits | None = None,
    stdin: Callable[[], bytes] | None = None,
) -> list[IngestResult]:
    """Ingest one source (a batch file yields one result per line)."""
    overrides = overrides or Overrides()
    read_stdin = stdin or sys.stdin.buffer.read
    results: list[IngestResult] = []
    items = _candidates(source, read_stdin, limits or FetchLimits())
    while True:
        try:
            item = next(items)
        except StopIteration:
            break
        except IngestError as e:
            results.append(IngestResult(e.source, "failed", reason=e.reason))
            break
        except Exception as e:  # a reader choking on odd input must not stop the run
            results.append(
                IngestResult(source.name, "failed", reason=f"unreadable ({type(e).__name__}: {e})")
            )
            break
        if isinstance(item, IngestError):
            results.append(IngestResult(item.source, "failed", reason=item.reason))
        else:
            results.append(_store(store, item, overrides))
    return results


def ingest_paths(
    store: Store,
    inputs: Iterable[str],
    overrides: Overrides | None = None,
    *,
    limits: FetchLimits | None = None,
    stdin: Callable[[], bytes] | None = None,
    progress: Callable[[list[Source]], Iterable[Source]] | None = None,
    on_result: Callable[[IngestResult], None] | None = None,
) -> IngestReport:
    """Ingest files, directories (recursively), http(s) URLs and "-" (standard input).

    `progress` may wrap the list of sources (to draw a bar); `on_result` sees each result as
    it happens (to print failures at once)."""
    sources = collect(inputs)
    report = IngestReport()
    for source in progress(sources) if progress else sources:
        for result in ingest_source(store, source, overrides, limits=limits, stdin=stdin):
            report.results.append(result)
            if on_result is not None:
                on_result(result)
    return report
