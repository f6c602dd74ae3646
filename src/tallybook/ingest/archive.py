"""The evidence archive: every original, byte for byte, stored once under its SHA-256.

    archive/ab/cd/abcd...  (read-only, 0o444)

A file is written to a temporary name in its final directory, flushed to disk, renamed into
place and the directory flushed too, so a crash leaves either no file or the whole file. A
file already present with the right content is reused; one without a database row (a run was
killed between the two) is harmless and adopted by the next run.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import select

from tallybook.store.db import Store
from tallybook.store.schema import Document

_CHUNK = 1 << 20
TEMP_SUFFIX = ".partial"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def path_for(archive_dir: Path, sha256: str) -> Path:
    return archive_dir / sha256[:2] / sha256[2:4] / sha256


def hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _make_dirs(archive_dir: Path, target_dir: Path) -> None:
    """Create `target_dir` below `archive_dir`, flushing each new entry to its parent."""
    archive_dir.mkdir(parents=True, exist_ok=True)
    for d in (target_dir.parent, target_dir):
        if not d.is_dir():
            d.mkdir(exist_ok=True)
            _fsync_dir(d.parent)


def store_original(archive_dir: Path, data: bytes, sha256: str | None = None) -> Path:
    """Put `data` in the archive (idempotent) and return its path."""
    sha256 = sha256 or sha256_hex(data)
    final = path_for(archive_dir, sha256)
    if final.is_file() and final.stat().st_size == len(data) and hash_file(final) == sha256:
        return final
    _make_dirs(archive_dir, final.parent)
    temp = final.parent / f".{sha256}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        with temp.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, 0o444)
        # A wrong file in the way (an altered orphan) is replaced: rename overwrites it.
        os.replace(temp, final)
    finally:
        temp.unlink(missing_ok=True)
    _fsync_dir(final.parent)
    return final


def read_original(archive_dir: Path, sha256: str) -> bytes:
    return path_for(archive_dir, sha256).read_bytes()


@dataclass(frozen=True)
class Problem:
    """An archived original that is not as it was stored."""

    document_id: int
    sha256: str
    path: Path
    kind: Literal["missing", "altered"]
    detail: str

    def __str__(self) -> str:
        return f"document {self.document_id}: original {self.kind}: {self.path} ({self.detail})"


def _check(archive_dir: Path, doc_id: int, sha256: str, size: int) -> Problem | None:
    path = path_for(archive_dir, sha256)
    if not path.is_file():
        return Problem(doc_id, sha256, path, "missing", "no file")
    try:
        actual = hash_file(path)
    except OSError as e:
        return Problem(doc_id, sha256, path, "missing", f"unreadable: {e.strerror}")
    if actual != sha256:
        return Problem(doc_id, sha256, path, "altered", f"SHA-256 is now {actual}")
    if path.stat().st_size != size:
        return Problem(doc_id, sha256, path, "altered", f"size {path.stat().st_size}, expected {size}")
    return None


def verify(
    store: Store,
    progress: Callable[[Iterable[tuple[int, str, int]], int], Iterable[tuple[int, str, int]]] | None = None,
) -> list[Problem]:
    """Re-hash every document's original; the missing and altered ones, in document order.

    `progress(rows, total)` may wrap the iteration (e.g. to draw a progress bar)."""
    with store.session() as s:
        rows = [
            (r.id, r.sha256, r.size)
            for r in s.execute(select(Document.id, Document.sha256, Document.size).order_by(Document.id))
        ]
    iterable: Iterable[tuple[int, str, int]] = progress(rows, len(rows)) if progress else rows
    problems = []
    for doc_id, sha256, size in iterable:
        problem = _check(store.archive_dir, doc_id, sha256, size)
        if problem is not None:
            problems.append(problem)
    return problems
