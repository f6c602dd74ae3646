"""`tallybook export / import / datasette-metadata` from the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from report_truth import Truth
from sqlalchemy import select
from typer.testing import CliRunner

from tallybook.cli import app
from tallybook.report import ReportError
from tallybook.report.datasette import metadata
from tallybook.report.files import write_output
from tallybook.store.db import Store
from tallybook.store.schema import AuditEvent, Base


def test_csv_export_one_row_per_incident(store: Store, known: Truth) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = {int(r["event_id"]): r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert sorted(rows) == sorted(known.incidents[k] for k in ("i1", "i4", "i7", "i8", "i9", "i10"))
    a = rows[known.incidents["i1"]]
    assert (a["low"], a["best"], a["high"], a["sources"], a["documents"]) == ("3", "5", "5", "3", "3")
    assert a["claimants"] == "Amnesty Example;Iran Human Rights;Rights Watch Iran"
    assert a["disputed_by"] == "Judiciary" and a["open_ended"] == "1" and a["date_precision"] == "month"
    assert "Amnesty Example: about 5" in a["figures_by_claimant"]
    result = CliRunner().invoke(app, ["export", "--format", "csv", "--type", "killing"])
    assert [r["event_id"] for r in csv.DictReader(io.StringIO(result.stdout))] == [str(known.incidents["i7"])]


def test_json_export_to_a_file_and_back_through_the_cli(
    store: Store, known: Truth, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    out = tmp_path / "all.json"
    result = runner.invoke(app, ["export", "--format", "json", "-o", str(out), "--include-confidential"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert len(data["documents"]) == 5
    with store.session() as s:  # the flag is on the record
        assert [
            e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.action.like("%confidential")))
        ] == ["export_confidential"]
    monkeypatch.setenv("TALLYBOOK_DATABASE_URL", f"sqlite:///{tmp_path / 'other.db'}")
    result = runner.invoke(app, ["import", "--format", "json", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 documents" in result.stdout and "12 incidents" in result.stdout


def test_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.mkdir()  # a directory where the file should go: the rename fails
    (target / "keep").write_text("x")
    with pytest.raises(ReportError, match=r"report\.html: cannot write"):
        write_output(target, b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_bad_input_leaves_the_existing_file(store: Store, known: Truth, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    out.write_text("old")
    result = CliRunner().invoke(app, ["report", "--period", "2019", "--type", "massacre", "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text() == "old"


def test_datasette_metadata_describes_every_table_and_column(tmp_path: Path) -> None:
    out = tmp_path / "metadata.json"
    result = CliRunner().invoke(app, ["datasette-metadata", "-o", str(out), "--database", "mydb"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data == metadata("mydb")
    tables = data["databases"]["mydb"]["tables"]
    for table in Base.metadata.sorted_tables:
        meta = tables[table.name]
        if meta.get("hidden"):
            continue
        assert meta["title"] and meta["description"]
        assert set(meta["columns"]) == {c.name for c in table.columns}, table.name
    assert tables["users"]["hidden"] and tables["api_tokens"]["hidden"]


def test_canned_query_runs_on_the_sqlite_file(store: Store, known: Truth) -> None:
    if store.dialect != "sqlite":
        pytest.skip("Datasette reads SQLite")
    sql = metadata()["databases"]["tallybook"]["queries"]["claims_with_evidence"]["sql"]
    from sqlalchemy import text

    with store.engine.connect() as conn:
        rows = conn.execute(text(sql)).mappings().all()
    evidence = {r["claim"]: r["evidence"] for r in rows}
    assert evidence[known.claims["amn_5"]] == "about 5 men"
    assert known.claims["wit_7"] not in evidence  # confidential document
