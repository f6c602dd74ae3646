"""JSON export -> import into an empty store -> the same records; confidential stays out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from report_truth import TEXTS, Truth
from sqlalchemy import func, select

from tallybook.report import ReportError
from tallybook.report.export_json import dumps, export_json
from tallybook.report.import_json import import_json
from tallybook.report.snapshot import REFERENCES, SUBJECT_TABLES, TABLES
from tallybook.settings import Settings
from tallybook.store.db import Store, open_store
from tallybook.store.schema import Claim, Document


def _empty_store(tmp_path: Path, name: str) -> Store:
    home = tmp_path / name
    return open_store(Settings(home=home, database_url=f"sqlite:///{home / 't.db'}", spacy_model="none"))


def _renumbered(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The records with ids replaced by their rank in the table (ids differ between stores,
    order and references must not)."""
    rank = {name: {r["id"]: n for n, r in enumerate(data[name])} for name, _ in TABLES if name != "pages"}
    out: dict[str, list[dict[str, Any]]] = {}
    for name, _ in TABLES:
        rows = []
        for row in data[name]:
            r = dict(row)
            if "id" in r:
                r["id"] = rank[name][r["id"]]
            for (t, column), target in REFERENCES.items():
                if t == name and r.get(column) is not None:
                    r[column] = rank[target][r[column]]
            if name in ("judgements", "link_candidates"):
                table = SUBJECT_TABLES[r["subject"]]
                for key in ("subject_id", "other_id", "left_id", "right_id"):
                    if r.get(key) is not None:
                        r[key] = rank[table][r[key]]
                if isinstance(r.get("payload", {}).get("claim_id"), int):
                    r["payload"] = {**r["payload"], "claim_id": rank["claims"][r["payload"]["claim_id"]]}
            if name == "audit_log" and r["record_id"] is not None:
                r["record_id"] = rank[r["table_name"]][r["record_id"]]
            rows.append(r)
        out[name] = rows
    return out


@pytest.mark.postgres
@pytest.mark.parametrize("include_confidential", [False, True])
def test_round_trip_into_an_empty_store(
    store: Store, known: Truth, tmp_path: Path, include_confidential: bool
) -> None:
    first = export_json(store, include_confidential=include_confidential)
    path = tmp_path / "export.json"
    path.write_bytes(dumps(first))
    other = _empty_store(tmp_path, "other")
    try:
        counts = import_json(other, path)
        again = export_json(other, include_confidential=True)
    finally:
        other.dispose()
    assert counts["documents"] == (5 if include_confidential else 4)
    assert _renumbered(again) == _renumbered(first)
    assert bool(again["audit_log"]) is include_confidential
    derived = ("id", "member_ids", "document_ids", "figure_claim_ids")  # ids differ between stores

    def figures(d: dict[str, Any]) -> list[dict[str, Any]]:
        return [{k: v for k, v in c.items() if k not in derived} for c in d["counted_incidents"]]

    assert figures(again) == figures(first)


@pytest.mark.postgres
def test_public_export_leaves_confidential_records_out(store: Store, known: Truth) -> None:
    data = export_json(store)
    text = json.dumps(data)
    assert known.sha["d4"] not in text
    assert "Hidden Person" not in text and "Witness network" not in text
    assert "Do not publish" not in text
    assert data["audit_log"] == []
    i9 = next(r for r in data["incidents"] if r["id"] == known.incidents["i9"])
    assert i9["merged_into"] is None  # its canonical incident is confidential
    full = json.dumps(export_json(store, include_confidential=True))
    assert known.sha["d4"] in full and "Hidden Person" in full


def test_claims_carry_their_evidence(store: Store, known: Truth) -> None:
    data = export_json(store)
    claim = next(c for c in data["claims"] if c["id"] == known.claims["amn_5"])
    assert claim["evidence"] == {
        "document_sha256": known.sha["d3"],
        "start": claim["start"],
        "end": claim["end"],
        "text": "about 5 men",
    }
    assert TEXTS["d3"][claim["start"] : claim["end"]] == "about 5 men"


def test_import_refuses_documents_already_present(store: Store, known: Truth, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(dumps(export_json(store)))
    with store.session() as s:
        before = s.scalar(select(func.count()).select_from(Claim))
    with pytest.raises(ReportError, match="already in the store"):
        import_json(store, path)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Claim)) == before
        assert s.scalar(select(func.count()).select_from(Document)) == 5


def test_import_rejects_a_file_that_is_not_an_export(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"hello": 1}')
    with pytest.raises(ReportError, match="not a tallybook JSON export"):
        import_json(store, path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "tallybook-export", "claims": [{"id": 1, "incident_id": 99}]}')
    with pytest.raises(ReportError, match=r"claims\[0\]"):
        import_json(store, bad)
