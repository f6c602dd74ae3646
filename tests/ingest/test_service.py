"""Ingesting into a real store (SQLite and PostgreSQL): stored, duplicate, failed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tallybook.ingest import Overrides, collect, ingest_paths, verify
from tallybook.ingest.archive import path_for
from tallybook.ingest.readers.jsonl import canonical
from tallybook.store.db import Store
from tallybook.store.schema import Document, Page

from .pdfs import make_pdf

pytestmark = pytest.mark.postgres


def _documents(store: Store) -> list[Document]:
    with store.session() as s:
        return list(s.scalars(select(Document).order_by(Document.id)))


def test_a_text_file_becomes_a_document_with_its_original_archived(store: Store, tmp_path: Path) -> None:
    raw = "Halvar, 12 March.\r\nAt least 12 prisoners were executed.\r\n".encode("utf-16")
    (tmp_path / "release.txt").write_bytes(raw)
    report = ingest_paths(store, [str(tmp_path / "release.txt")])
    assert report.summary() == "1 stored, 0 duplicates, 0 failed"
    (doc,) = _documents(store)
    assert doc.text == "Halvar, 12 March.\nAt least 12 prisoners were executed.\n"
    assert doc.size == len(raw)
    assert doc.source == str((tmp_path / "release.txt").resolve())
    assert doc.content_type == "text/plain"
    assert path_for(store.archive_dir, doc.sha256).read_bytes() == raw
    assert report.results[0].document_id == doc.id


def test_same_bytes_twice_is_a_duplicate_and_changes_nothing(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Two journalists were arrested in Tarnow.")
    (tmp_path / "copy-of-a.txt").write_text("Two journalists were arrested in Tarnow.")
    first = ingest_paths(store, [str(tmp_path / "a.txt")], Overrides(publisher="JWK"))
    second = ingest_paths(
        store, [str(tmp_path / "copy-of-a.txt")], Overrides(publisher="Other", confidential=True)
    )
    (doc,) = _documents(store)
    assert [r.status for r in second.results] == ["duplicate"]
    assert second.results[0].document_id == first.results[0].document_id == doc.id
    assert "NOT marked confidential" in str(second.results[0].reason)
    assert doc.publisher == "JWK"
    assert doc.confidential is False


def test_overrides_win_over_what_the_reader_found(store: Store, tmp_path: Path) -> None:
    page = (
        "<html><head><title>Site title</title><meta property='og:site_name' content='Site'></head><body>"
        "<article><p>Security forces killed at least 31 protesters in Tarnow, witnesses said.</p>"
        "<p>The government said seven people died.</p></article></body></html>"
    )
    (tmp_path / "p.html").write_text(page)
    overrides = Overrides(title="Tarnow killings", publisher="Ledger", published="2024-03", confidential=True)
    ingest_paths(store, [str(tmp_path / "p.html")], overrides)
    (doc,) = _documents(store)
    assert (doc.title, doc.publisher, doc.published, doc.confidential) == (
        "Tarnow killings",
        "Ledger",
        "2024-03",
        True,
    )
    assert "at least 31 protesters" in doc.text


def test_pdf_pages_are_recorded(store: Store, tmp_path: Path) -> None:
    (tmp_path / "b.pdf").write_bytes(make_pdf(["Page one text.", "Page two text."]))
    ingest_paths(store, [str(tmp_path / "b.pdf")])
    (doc,) = _documents(store)
    with store.session() as s:
        pages = list(s.scalars(select(Page).where(Page.document_id == doc.id).order_by(Page.number)))
    assert [(p.number, doc.text[p.start : p.end].strip()) for p in pages] == [
        (1, "Page one text."),
        (2, "Page two text."),
    ]


def test_one_bad_input_does_not_stop_the_others(store: Store, tmp_path: Path) -> None:
    tmp_path = tmp_path / "reports"
    tmp_path.mkdir()
    (tmp_path / "1-good.txt").write_text("A good report about an arrest.")
    (tmp_path / "2-empty.txt").write_bytes(b"")
    (tmp_path / "3-good.txt").write_text("Another good report about a detention.")
    (tmp_path / ".hidden.txt").write_text("Never read: hidden.")
    report = ingest_paths(store, [str(tmp_path), str(tmp_path / "missing.txt")])
    assert [(Path(r.input).name, r.status) for r in report.results] == [
        ("1-good.txt", "stored"),
        ("2-empty.txt", "failed"),
        ("3-good.txt", "stored"),
        ("missing.txt", "failed"),
    ]
    assert [r.reason for r in report.failures] == ["empty file", "no such file or directory"]
    assert len(_documents(store)) == 2


def test_jsonl_batch_stores_each_line_once(store: Store, tmp_path: Path) -> None:
    rows = [
        {"id": "r1", "text": "Three people were executed.", "publisher": "JWK", "published": "2024-01-05"},
        {"id": "r2", "text": "Ten people were detained.", "url": "https://example.org/r2", "title": "Ten"},
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n")
    first = ingest_paths(store, [str(batch)])
    assert first.summary() == "2 stored, 0 duplicates, 1 failed"
    assert first.failures[0].input == f"{batch}:3"
    # The same records spaced differently are the same originals.
    batch.write_text("\n".join(json.dumps(r, indent=None, separators=(", ", ":  ")) for r in rows))
    assert ingest_paths(store, [str(batch)]).summary() == "0 stored, 2 duplicates, 0 failed"
    docs = _documents(store)
    assert [(d.external_id, d.publisher, d.published, d.title) for d in docs] == [
        ("r1", "JWK", "2024-01-05", None),
        ("r2", None, None, "Ten"),
    ]
    assert docs[1].attrs["url"] == "https://example.org/r2"
    assert docs[0].source == f"jsonl:{batch.resolve()}#r1"
    assert path_for(store.archive_dir, docs[0].sha256).read_bytes() == canonical(rows[0])


def test_stdin_is_read_and_sniffed(store: Store) -> None:
    report = ingest_paths(store, ["-"], stdin=io.BytesIO(b"Sent on standard input: one arrest.").read)
    (doc,) = _documents(store)
    assert report.results[0].status == "stored"
    assert (doc.source, doc.text) == ("stdin", "Sent on standard input: one arrest.")


def test_an_orphan_archive_file_is_adopted(store: Store, tmp_path: Path) -> None:
    """A run killed after archiving but before committing left a file and no row."""
    (tmp_path / "r.txt").write_text("Orphaned once, stored now.")
    ingest_paths(store, [str(tmp_path / "r.txt")])
    (doc,) = _documents(store)
    with store.session() as s:
        s.delete(s.get(Document, doc.id))
    assert path_for(store.archive_dir, doc.sha256).exists()
    assert ingest_paths(store, [str(tmp_path / "r.txt")]).summary() == "1 stored, 0 duplicates, 0 failed"
    assert verify(store) == []
    with store.session() as s:
        assert s.scalar(select(func.count(Document.id))) == 1


def test_shared_samples_and_dev_set_are_stored_once(store: Store, shared_dir: Path) -> None:
    inputs = [str(shared_dir / "samples"), str(shared_dir / "eval" / "dev.jsonl")]
    lines = [line for line in Path(inputs[1]).read_text(encoding="utf-8").splitlines() if line.strip()]
    expected = len(collect([inputs[0]])) + len(lines)
    first = ingest_paths(store, inputs)
    assert first.summary() == f"{expected} stored, 0 duplicates, 0 failed"
    assert ingest_paths(store, inputs).summary() == f"0 stored, {expected} duplicates, 0 failed"
    gold = {json.loads(line)["id"]: json.loads(line)["text"] for line in lines}
    with store.session() as s:
        query = select(Document.external_id, Document.text).where(Document.external_id.is_not(None))
        stored = {external_id: text for external_id, text in s.execute(query)}
    assert stored == gold  # texts kept verbatim: gold offsets point into them
