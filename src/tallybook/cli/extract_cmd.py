"""`tallybook extract`: run the extractor over stored documents, or over a gold-format JSONL file.

tallybook extract                      # documents not yet extracted
tallybook extract --all                # re-extract everything (reviewed records are kept)
tallybook extract --eval-jsonl FILE    # no store: one prediction JSON per line on stdout
"""

from __future__ import annotations

import gc
import json
import sys
from collections import deque
from collections.abc import Iterator
from contextlib import closing
from itertools import islice
from pathlib import Path
from typing import Any

import typer

from tallybook.errors import TallybookError


class ExtractInputError(TallybookError):
    """An --eval-jsonl file that cannot be read."""


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise ExtractInputError(f"{path}: no such file")
    rows: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ExtractInputError(f"{path}: cannot read: {e}") from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise ExtractInputError(f"{path}:{n}: not JSON: {e.msg}") from e
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise ExtractInputError(f'{path}:{n}: each line must be an object with a "text" string')
        row.setdefault("id", str(n))
        rows.append(row)
    return rows


def _load_model(n_process: int) -> None:
    """Load the model in this process when it extracts here, then freeze what is alive: the
    model's millions of long-lived objects would otherwise be walked by every full garbage
    collection the extraction's short-lived records set off (worker processes freeze their own)."""
    from tallybook.extract.pipeline import shared_pipeline

    if n_process <= 1:
        shared_pipeline()
    gc.freeze()


def _fail(failures: list[str], what: str, reason: str) -> None:
    """Record and report at once a text whose extraction failed (the run goes on)."""
    failures.append(f"{what}: extraction failed: {reason}")
    print(f"tallybook: {failures[-1]}", file=sys.stderr)


def run_eval(path: Path, batch_size: int, n_process: int, failures: list[str]) -> Iterator[str]:
    """Prediction lines for a gold-format JSONL file; a text whose extraction failed gets an empty
    prediction (the line numbers stay aligned) and its reason in `failures`."""
    from tallybook.extract.eval_format import prediction_json
    from tallybook.extract.pipeline import SourceText, extract_texts

    rows = _read_jsonl(path)
    _load_model(n_process)
    items = [SourceText(r["text"], r.get("published"), r.get("publisher")) for r in rows]
    for row, extraction in zip(
        rows, extract_texts(items, batch_size=batch_size, n_process=n_process), strict=True
    ):
        for warning in extraction.warnings:
            print(f"tallybook: {row['id']}: {warning}", file=sys.stderr)
        if extraction.failed:
            _fail(failures, f"{path}: {row['id']}", extraction.failed)
        yield json.dumps(prediction_json(str(row["id"]), row["text"], extraction), ensure_ascii=False)


def run_store(redo_all: bool, batch_size: int, n_process: int, failures: list[str]) -> tuple[int, int]:
    """Extract stored documents; returns (documents done, incidents found). A document whose
    extraction failed is left as it was, its reason in `failures`.

    One stream through `extract_texts` for the whole run (with `-j N`, one set of worker processes
    that each load the model once). Documents are read a step at a time, and their records are
    written a step at a time, each step in one transaction: an interruption (Ctrl-C, a worker that
    dies) leaves every document either fully re-extracted or as it was."""
    from sqlalchemy import select

    from tallybook.cli.output import progress
    from tallybook.extract.persist import save_extraction
    from tallybook.extract.pipeline import SourceText, extract_texts, extractor_version
    from tallybook.settings import Settings
    from tallybook.store.db import open_store
    from tallybook.store.schema import Document

    version = extractor_version(Settings.from_env().spacy_model)
    store = open_store()
    with store.session() as s:
        query = select(Document.id)
        if not redo_all:
            query = query.where(Document.extracted_at.is_(None))
        ids = list(s.scalars(query.order_by(Document.id)))
    step = max(1, batch_size * 4)
    _load_model(n_process)
    sent: deque[int] = deque()  # ids of the texts handed to the extractor, in order

    def sources() -> Iterator[SourceText]:
        for first in range(0, len(ids), step):
            # Read a step's texts and end the read transaction before handing them on.
            with store.session() as s:
                docs = [s.get(Document, i) for i in ids[first : first + step]]
                rows = [(d.id, SourceText(d.text, d.published, d.publisher)) for d in docs if d is not None]
            for doc_id, source in rows:
                sent.append(doc_id)
                yield source

    done = found = 0
    with closing(extract_texts(sources(), batch_size=batch_size, n_process=n_process)) as results:
        pairs = progress(((sent.popleft(), ex) for ex in results), len(ids), "extracting")
        while group := list(islice(pairs, step)):
            saved = incidents = 0
            with store.session() as s:
                for doc_id, extraction in group:
                    document = s.get(Document, doc_id)
                    if document is None:
                        continue  # deleted while the run was going
                    for warning in extraction.warnings:
                        print(f"tallybook: document {doc_id}: {warning}", file=sys.stderr)
                    if extraction.failed:  # left unextracted: the next run tries it again
                        _fail(failures, f"document {doc_id}", extraction.failed)
                        continue
                    save_extraction(s, document, extraction, version)
                    saved += 1
                    incidents += len(extraction.incidents)
            done += saved
            found += incidents
    return done, found


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract(
        eval_jsonl: Path | None = typer.Option(
            None,
            "--eval-jsonl",
            help="Gold-format JSONL to extract from (no store); predictions go to stdout.",
        ),
        redo_all: bool = typer.Option(False, "--all", help="Re-extract documents already extracted."),
        batch_size: int = typer.Option(16, "--batch-size", min=1, help="Texts per spaCy batch."),
        n_process: int = typer.Option(1, "--processes", "-j", min=1, help="Worker processes."),
    ) -> None:
        """Find incidents, claims, quotes, people and organisations in documents."""
        failures: list[str] = []
        if eval_jsonl is not None:
            out = sys.stdout
            for line in run_eval(eval_jsonl, batch_size, n_process, failures):
                out.write(line + "\n")
            out.flush()
        else:
            done, found = run_store(redo_all, batch_size, n_process, failures)
            typer.echo(f"extracted {done} document(s), {found} incident(s)")
        if failures:
            # every other text was extracted; the exit status tells scripts that some were not
            print(f"tallybook: extraction failed on {len(failures)} text(s)", file=sys.stderr)
            raise typer.Exit(1)
