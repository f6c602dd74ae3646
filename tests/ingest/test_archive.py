"""The evidence archive: content-addressed, written once, read-only, verifiable."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from tallybook.ingest import ingest_paths, verify
from tallybook.ingest.archive import path_for, store_original
from tallybook.store.db import Store


def test_original_is_stored_under_its_hash_read_only(tmp_path: Path) -> None:
    data = b"At least 12 prisoners were executed.\n"
    sha = hashlib.sha256(data).hexdigest()
    path = store_original(tmp_path, data)
    assert path == tmp_path / sha[:2] / sha[2:4] / sha
    assert path.read_bytes() == data
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert [p.name for p in path.parent.iterdir()] == [sha]  # no temporary file left behind


def test_storing_twice_keeps_the_first_file(tmp_path: Path) -> None:
    data = b"same bytes"
    first = store_original(tmp_path, data)
    inode = first.stat().st_ino
    assert store_original(tmp_path, data) == first
    assert first.stat().st_ino == inode


def test_an_altered_orphan_is_replaced_by_the_true_original(tmp_path: Path) -> None:
    data = b"the real original"
    path = path_for(tmp_path, hashlib.sha256(data).hexdigest())
    path.parent.mkdir(parents=True)
    path.write_bytes(b"tampered")
    assert store_original(tmp_path, data).read_bytes() == data


@pytest.mark.postgres
def test_verify_names_missing_and_altered_originals(store: Store, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    for i in range(3):
        (reports / f"r{i}.txt").write_text(f"Report number {i}: two people were detained.\n")
    report = ingest_paths(store, [str(reports)])
    assert report.count("stored") == 3
    assert verify(store) == []

    ids = [r.document_id for r in report.results]
    shas = [r.sha256 for r in report.results]
    assert all(ids) and all(shas)
    altered = path_for(store.archive_dir, str(shas[0]))
    os.chmod(altered, 0o644)
    altered.write_bytes(b"Report number 0: NO people were detained.\n")
    path_for(store.archive_dir, str(shas[2])).unlink()

    problems = verify(store)
    assert [(p.document_id, p.kind) for p in problems] == [(ids[0], "altered"), (ids[2], "missing")]
    assert str(altered) in str(problems[0])
