"""The `tallybook` command as a user runs it, on the `settings` store: in-process with Typer's
runner, and as a real process for the kill -9 test."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner, Result

from tallybook.cli import app
from tallybook.errors import NotFound
from tallybook.ingest.archive import path_for
from tallybook.settings import Settings
from tallybook.store.db import open_store
from tallybook.store.schema import Document

from .pdfs import encrypt_pdf, make_pdf

TALLYBOOK = [sys.executable, "-c", "from tallybook.cli import main; main()"]


def run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin)


def _bad_and_good(root: Path) -> dict[str, str]:
    """Write good and bad inputs under `root`; returns bad file name -> expected reason."""
    root.mkdir()
    (root / "release.txt").write_text("At least 12 prisoners were executed in Halvar Central Prison.\n")
    (root / "cp1252.txt").write_bytes(
        "Café owner “detained” in Tarnow, family says; naïve claims.".encode("cp1252")
    )
    (root / "brief.pdf").write_bytes(make_pdf(["A briefing: eleven former detainees were interviewed."]))
    (root / "article.html").write_text(
        "<html><body><nav><a href='/'>Home</a></nav><article><p>The High Commissioner called for an"
        " independent inquiry into the killing of 31 protesters in Tarnow.</p></article></body></html>"
    )
    (root / "empty.txt").write_bytes(b"")
    (root / "garbage.bin").write_bytes(bytes(range(256)) * 8)
    (root / "latin-noise.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)
    (root / "truncated.pdf").write_bytes(make_pdf(["Cut short."])[:700])
    (root / "locked.pdf").write_bytes(encrypt_pdf(make_pdf(["Secret text."])))
    (root / "menu.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>"
    )
    (root / ".hidden").write_text("never read")
    return {
        "empty.txt": "empty file",
        "garbage.bin": "binary data",
        "latin-noise.txt": "cannot decode",
        "truncated.pdf": "truncated",
        "locked.pdf": "encrypted PDF",
        "menu.html": "no main text",
    }


@pytest.mark.postgres
def test_ingest_a_directory_of_good_and_bad_inputs(settings: Settings, tmp_path: Path) -> None:
    bad = _bad_and_good(tmp_path / "in")
    missing, ftp = str(tmp_path / "nope.txt"), "ftp://example.org/report.txt"
    result = run("ingest", str(tmp_path / "in"), missing, ftp)
    assert result.exit_code == 1
    assert result.stdout.strip().splitlines()[-1] == "4 stored, 0 duplicates, 8 failed"
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 8
    for name, reason in bad.items():
        assert any(line.startswith(f"tallybook: {tmp_path / 'in' / name}: {reason}") for line in errors), name
    assert f"tallybook: {missing}: no such file or directory" in errors
    assert any(line.startswith(f"tallybook: {ftp}: unsupported URL scheme 'ftp'") for line in errors)

    listed = json.loads(run("documents", "--json").stdout)
    assert sorted(Path(d["source"]).name for d in listed) == [
        "article.html",
        "brief.pdf",
        "cp1252.txt",
        "release.txt",
    ]
    found = json.loads(run("documents", "--json", "--contains", "HALVAR").stdout)
    assert [Path(d["source"]).name for d in found] == ["release.txt"]
    shown = json.loads(run("show", str(found[0]["id"]), "--json").stdout)
    assert shown["text"] == "At least 12 prisoners were executed in Halvar Central Prison.\n"
    table = run("documents").stdout
    assert "release.txt" in table and "brief.pdf" in table
    assert isinstance(run("show", "999").exception, NotFound)


def test_ingest_options_json_and_stdin(settings: Settings) -> None:
    result = run(
        "ingest",
        "-",
        "--json",
        "--publisher",
        "JWK",
        "--published",
        "2024-03",
        "--title",
        "Note",
        "--confidential",
        stdin=b"Two lawyers were arrested in Tarnow on Monday.",
    )
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["stored"], report["failed"]) == (1, 0)
    assert result.stderr.strip() == "1 stored, 0 duplicates, 0 failed"
    (doc,) = json.loads(run("documents", "--json", "--publisher", "jwk", "--since", "2024").stdout)
    assert (doc["title"], doc["published"], doc["confidential"]) == ("Note", "2024-03", True)
    assert json.loads(run("documents", "--json", "--since", "2024-04").stdout) == []
    bad = run("ingest", "-", "--published", "March 2024", stdin=b"x")
    assert bad.exit_code != 0 and "YYYY" in bad.stderr


@pytest.mark.postgres
def test_shared_inputs_twice_store_each_document_once_and_verify(
    settings: Settings, shared_dir: Path
) -> None:
    inputs = [str(shared_dir / "samples"), str(shared_dir / "eval" / "dev.jsonl")]
    first = run("ingest", *inputs)
    assert first.exit_code == 0, first.stderr
    stored = int(first.stdout.split()[0])
    assert stored >= 13
    second = run("ingest", *inputs)
    assert second.stdout.strip() == f"0 stored, {stored} duplicates, 0 failed"

    ok = run("verify")
    assert ok.exit_code == 0
    assert ok.stdout.strip() == f"all {stored} originals intact"

    store = open_store(settings)
    try:
        with store.session() as s:
            doc = s.scalars(select(Document).order_by(Document.id).limit(1)).one()
    finally:
        store.dispose()
    original = path_for(settings.archive_dir, doc.sha256)
    original.chmod(0o644)
    original.write_bytes(original.read_bytes() + b"\nAn added line.")
    broken = run("verify")
    assert broken.exit_code == 1
    assert f"document {doc.id}: original altered: {original}" in broken.stderr
    assert broken.stdout.strip() == f"1 of {stored} originals missing or altered"


@pytest.mark.slow
def test_kill_9_mid_run_then_rerun_leaves_a_consistent_store(settings: Settings, tmp_path: Path) -> None:
    inputs = tmp_path / "many"
    inputs.mkdir()
    count = 300
    for i in range(count):
        (inputs / f"r{i:04d}.txt").write_text(f"Report {i}: {i % 17 + 1} people were detained in Tarnow.\n")
    proc = subprocess.Popen(
        [*TALLYBOOK, "ingest", str(inputs)], env=os.environ.copy(), stdout=subprocess.DEVNULL
    )
    store = open_store(settings)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            with store.session() as s:
                if (s.scalar(select(func.count(Document.id))) or 0) >= 20:
                    break
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be killed; make the input larger"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with store.session() as s:
            partial = s.scalar(select(func.count(Document.id))) or 0
        assert 20 <= partial < count

        rerun = run("ingest", str(inputs))
        assert rerun.exit_code == 0, rerun.stderr
        assert rerun.stdout.strip() == f"{count - partial} stored, {partial} duplicates, 0 failed"
        with store.session() as s:
            docs = list(s.execute(select(Document.sha256, Document.size)))
        assert len(docs) == count
        assert all(path_for(settings.archive_dir, sha).stat().st_size == size for sha, size in docs)
        assert run("verify").exit_code == 0
    finally:
        store.dispose()
