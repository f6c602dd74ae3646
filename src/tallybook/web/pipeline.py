"""Running ingest and extraction for one upload, from the web app.

The spaCy pipeline is loaded once per app, lazily (the first upload pays for it), and used
under a lock because one loaded pipeline is not meant to be shared across threads at once.
"""

from __future__ import annotations

import gc
import importlib
import os
import re
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tallybook.errors import ExtractionError, IngestError
from tallybook.settings import Settings
from tallybook.store.db import Store
from tallybook.store.schema import Document

MAX_UPLOAD = 50 * 1024 * 1024
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class UploadOutcome:
    document_id: int | None
    status: str  # stored | duplicate | failed
    reason: str | None
    extracted: dict[str, int] | None = None
    extraction_error: str | None = None


def ingest_upload(
    store: Store,
    *,
    filename: str | None,
    data: bytes | None,
    url: str | None,
    confidential: bool,
    uploaded_by: str = "web",
) -> UploadOutcome:
    """Ingest one uploaded file or one URL; the original is archived by the ingest stage."""
    from tallybook.ingest import FetchLimits, Overrides, ingest_paths

    overrides = Overrides(confidential=confidential)
    if url:
        if not re.match(r"^https?://", url, re.IGNORECASE):
            raise IngestError(url[:200], "only http(s) URLs can be fetched")
        # An upload form must not become a way into the machine's neighbourhood: the fetch
        # refuses private and local addresses at connect time, redirects included.
        # TALLYBOOK_ALLOW_PRIVATE_URLS=1 lifts this for an installation on a closed network.
        limits = FetchLimits(allow_private=os.environ.get("TALLYBOOK_ALLOW_PRIVATE_URLS") == "1")
        report = ingest_paths(store, [url], overrides, limits=limits)
    else:
        if not data:
            raise IngestError(filename or "upload", "empty file")
        name = _SAFE_NAME.sub("_", Path(filename or "upload").name)[-120:].lstrip(".") or "upload"
        with tempfile.TemporaryDirectory(prefix="tallybook-upload-") as tmp:
            path = Path(tmp) / name
            path.write_bytes(data)
            report = ingest_paths(store, [str(path)], overrides)
    result = report.results[0] if report.results else None
    if result is None:
        return UploadOutcome(None, "failed", "nothing was read")
    if result.status == "stored" and result.document_id is not None:
        original = Path(filename).name[:200] if filename and not url else None
        _note_upload(store, result.document_id, original, uploaded_by)
    return UploadOutcome(result.document_id, result.status, result.reason)


def _note_upload(store: Store, document_id: int, filename: str | None, uploaded_by: str) -> None:
    """Keep who uploaded it and the file's own name; the temporary path means nothing later."""
    with store.session() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            return
        attrs = dict(doc.attrs or {})
        attrs["uploaded_by"] = uploaded_by
        if filename:
            attrs["uploaded_as"] = filename
            doc.source = f"upload:{filename}"
            if not doc.title:
                doc.title = Path(filename).stem.replace("_", " ").strip() or filename
        doc.attrs = attrs


class Extractor:
    """Finds the extractor's entry point and runs it for one stored document."""

    def __init__(self, spacy_model: str | None = None) -> None:
        self.spacy_model = spacy_model or Settings.from_env().spacy_model
        self._lock = threading.Lock()
        self._run: Callable[[Document], Any] | None = None
        self._version = "unknown"

    def _load(self) -> Callable[[Document], Any]:
        if self._run is None:
            self._run, self._version = _discover(self.spacy_model)
        return self._run

    def extract(self, store: Store, document_id: int) -> dict[str, int]:
        """Extract one document and save the result (reviewed rows are kept by persist)."""
        from tallybook.extract.persist import save_extraction

        with self._lock:
            run = self._load()
            with store.session() as s:
                doc = s.get(Document, document_id)
                if doc is None:
                    raise ExtractionError(f"document {document_id} not found")
                extraction = run(doc)
                if extraction.failed:  # nothing is saved: the document stays to be extracted
                    raise ExtractionError(f"document {document_id}: extraction failed: {extraction.failed}")
                return save_extraction(s, doc, extraction, self._version)


def _discover(model: str) -> tuple[Callable[[Document], Any], str]:
    """Load the spaCy pipeline once and return a function extracting one stored document."""
    try:
        extract = importlib.import_module("tallybook.extract")
        pipeline = importlib.import_module("tallybook.extract.pipeline")
    except ImportError as e:
        raise ExtractionError(f"the extractor is not installed: {e}") from e
    version = getattr(pipeline, "EXTRACTOR_VERSION", None) or _package_version()
    nlp = extract.build_pipeline(model)
    gc.freeze()  # the model's long-lived objects stay out of every later garbage collection

    def run(doc: Document) -> Any:
        item = extract.SourceText(doc.text, published=doc.published, publisher=doc.publisher)
        return next(iter(extract.extract_texts([item], nlp)))

    return run, str(version)


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"tallybook-{version('tallybook')}"
    except PackageNotFoundError:
        return "tallybook"
