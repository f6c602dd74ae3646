"""FollowTheMoney: the export validates with the library; a watchlist import queues matches."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from followthemoney import model
from report_truth import Truth
from sqlalchemy import select
from typer.testing import CliRunner

from tallybook.cli import app
from tallybook.report import ReportError
from tallybook.report.export_ftm import event_id, export_ftm
from tallybook.report.import_ftm import import_ftm
from tallybook.store.db import Store
from tallybook.store.schema import Entity, LinkCandidate


@pytest.mark.postgres
def test_ftm_export_validates_and_links(store: Store, known: Truth) -> None:
    rows = export_ftm(store)
    for row in rows:
        proxy = model.get_proxy(row)  # raises on an unknown schema or property
        proxy.schema.validate(row)  # raises InvalidData on a bad value or a missing required one
        for prop in proxy.schema.required:
            assert proxy.get(prop), (row["id"], prop)
    by_schema = Counter(r["schema"] for r in rows)
    assert by_schema["PlainText"] == 4 and by_schema["Event"] == 6
    ids = {r["id"] for r in rows}
    for r in rows:  # every link points at an entity in the same export
        for prop in ("document", "entity", "subject", "object"):
            for target in r["properties"].get(prop, []):
                assert target in ids, (r["id"], prop, target)
    event = next(r for r in rows if r["id"] == event_id(known.incidents["i1"]))
    assert event["properties"]["date"] == ["2019-11"]
    assert "victims 3 to 5+, best 5; 3 independent source(s)" in event["properties"]["summary"][0]
    claims = [r for r in rows if r["schema"] == "Documentation" and r["properties"]["role"] == ["claim"]]
    assert any(c["properties"].get("description") == ["about 5 men"] for c in claims)
    text = json.dumps(rows)
    assert known.sha["d4"] not in text and "Hidden Person" not in text


def _write_watchlist(path: Path) -> None:
    people = [
        {"id": "os-1", "schema": "Person", "properties": {"name": ["Sara Examplé"], "topics": ["sanction"],
                                                           "position": ["Prison official"]}},
        {"id": "os-2", "schema": "Person", "properties": {"name": ["Mohammad Reza Hosseini"],
                                                           "alias": ["M. R. Hosseini"]}},
        {"id": "os-3", "schema": "Company", "properties": {"name": ["Example Trading"]}},
        {"id": "os-4", "schema": "Person", "properties": {"name": ["Someone Unrelated"]}},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(p) + "\n" for p in people))


@pytest.mark.postgres
def test_watchlist_import_queues_matches(store: Store, known: Truth, tmp_path: Path) -> None:
    with store.session() as s:
        s.add(Entity(kind="person", name="Mohammadreza Husseini"))
    path = tmp_path / "watchlist.ftm.json"
    _write_watchlist(path)
    result = import_ftm(store, path)
    assert (result.imported, result.updated, result.skipped, result.candidates) == (3, 0, 1, 2)
    with store.session() as s:
        watch = {
            e.attrs["watchlist"]["ftm_id"]: e for e in s.scalars(select(Entity)) if "watchlist" in e.attrs
        }
        assert set(watch) == {"os-1", "os-2", "os-4"}
        assert watch["os-1"].attrs["watchlist"]["topics"] == ["sanction"]
        pairs = {
            (s.get(Entity, c.left_id).name, c.attrs["ftm_id"])  # type: ignore[union-attr]
            for c in s.scalars(select(LinkCandidate).where(LinkCandidate.subject == "watchlist"))
        }
    assert pairs == {("Sara Example", "os-1"), ("Mohammadreza Husseini", "os-2")}
    again = import_ftm(store, path)
    assert (again.imported, again.updated, again.candidates) == (0, 3, 0)


def test_watchlist_stays_out_of_the_ftm_export(store: Store, known: Truth, tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    _write_watchlist(path)
    import_ftm(store, path)
    names = {n for r in export_ftm(store) for n in r["properties"].get("name", [])}
    assert "Sara Example" in names and "Sara Examplé" not in names


def test_bad_ftm_file_is_named(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"id": "x", "schema": "Person", "properties": {"name": ["A"]}}\nnot json\n')
    with pytest.raises(ReportError, match=r"bad.json:2: not a JSON object"):
        import_ftm(store, path)
    with store.session() as s:  # nothing half-written
        assert not any("watchlist" in e.attrs for e in s.scalars(select(Entity)))
    path.write_text('{"id": "x", "schema": "Spaceship", "properties": {}}\n')
    with pytest.raises(ReportError, match="entity 1: not a FollowTheMoney entity"):
        import_ftm(store, path)


def test_cli_export_ftm_and_import(store: Store, known: Truth, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "out.ftm.json"
    result = runner.invoke(app, ["export", "--format", "ftm", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == len(export_ftm(store))
    assert not list(tmp_path.glob(".*.part"))  # the temporary file was renamed into place
    path = tmp_path / "w.json"
    _write_watchlist(path)
    result = runner.invoke(app, ["import", "--format", "ftm", str(path)])
    assert result.exit_code == 0, result.output
    assert "3 new" in result.stdout and "1 possible match(es)" in result.stdout
