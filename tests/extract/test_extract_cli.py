"""`tallybook extract`: the --eval-jsonl mode, the store mode, and the whole dev set through the
official scorer."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from tallybook.cli import app
from tallybook.store.db import Store
from tallybook.store.schema import Document, Incident

REPORTS = [
    {
        "id": "r1",
        "published": "2022-11-20",
        "publisher": "Test Monitor",
        "text": "Police arrested 35 students in Mashhad on Thursday, the Student Union said. "
        "Three of them were beaten in custody.",
    },
    {"id": "r2", "published": None, "publisher": None, "text": ""},
]


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_eval_mode_prints_one_prediction_per_document(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", "--eval-jsonl", str(_write(tmp_path / "in.jsonl", REPORTS))])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["r1", "r2"]
    first = lines[0]["incidents"]
    assert [(i["type"], i["victims"]["count"], i["date"]) for i in first] == [
        ("arrest", 35, "2022-11-17"),
        ("torture", 3, "2022-11"),  # custody from the arrest on the 17th to the telling on the 20th
    ]
    assert first[0]["claimed_by"] == ["Student Union"]
    assert REPORTS[0]["text"][first[0]["evidence_start"] : first[0]["evidence_end"]].startswith(
        "Police arrested"
    )
    assert lines[1]["incidents"] == []


def test_bad_input_is_one_line_and_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "fine"}\nnot json\n', encoding="utf-8")
    command = [str(Path(sys.executable).parent / "tallybook"), "extract", "--eval-jsonl", str(bad)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert f"{bad}:2: not JSON" in result.stderr
    assert result.stdout == ""
    missing = CliRunner().invoke(app, ["extract", "--eval-jsonl", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code != 0


def test_store_mode_extracts_documents_not_yet_extracted(store: Store) -> None:
    text = str(REPORTS[0]["text"])
    with store.session() as s:
        s.add(
            Document(
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                source="test",
                content_type="text/plain",
                size=len(text),
                text=text,
                published="2022-11-20",
                publisher="Test Monitor",
            )
        )
    result = CliRunner().invoke(app, ["extract"])
    assert result.exit_code == 0, result.output
    assert "extracted 1 document(s)" in result.stdout
    with store.session() as s:
        doc = s.scalars(select(Document)).one()
        assert doc.extracted_at is not None
        types = sorted(i.type for i in s.scalars(select(Incident)))
    assert types == ["arrest", "torture"]
    again = CliRunner().invoke(app, ["extract"])
    assert "extracted 0 document(s)" in again.stdout


# Floors a little below what the extractor reaches on each gold set (docs/evaluation.md), so
# that a change which helps one set and hurts another fails here: (typed, strict, victims).
FLOORS = {
    "dev": (0.99, 0.91, 0.99),
    "heldout": (0.97, 0.97, 0.99),
    "final": (0.97, 0.91, 0.99),
    "blind": (0.96, 0.94, 0.99),
    "blind2": (0.98, 0.94, 0.99),
    "blind3": (0.97, 0.89, 0.99),
    "blind4": (0.96, 0.89, 0.99),
    "blind5": (0.98, 0.93, 0.99),
    "blind6": (0.97, 0.92, 0.99),
    "blind7": (0.96, 0.89, 0.99),
    "blind8": (0.90, 0.74, 0.99),
    "blind9": (0.89, 0.73, 0.97),
    "blind10": (0.93, 0.79, 0.99),
    "blind11": (0.90, 0.67, 0.95),
    "blind12": (0.90, 0.82, 0.99),
    "blind13": (0.88, 0.69, 0.99),
    "blind14": (0.89, 0.68, 0.99),
    "blind15": (0.90, 0.60, 0.99),
    "blind16": (0.91, 0.72, 0.96),
    "blind17": (0.89, 0.71, 0.99),
    "blind18": (0.89, 0.70, 0.99),
    "blind19": (0.86, 0.72, 0.99),
    "blind20": (0.89, 0.67, 0.97),
    "blind21": (0.85, 0.58, 0.99),
    "blind22": (0.86, 0.62, 0.99),
    "blind23": (0.94, 0.77, 0.99),
    "blind24": (0.91, 0.59, 0.97),
    "blind25": (0.90, 0.66, 0.99),
    "blind26": (0.91, 0.66, 0.99),
    "blind27": (0.94, 0.69, 0.96),
    "blind28": (0.92, 0.66, 0.99),
    "blind29": (0.86, 0.68, 0.95),
    "blind30": (0.87, 0.68, 0.93),
    "blind31": (0.87, 0.72, 0.94),
    "blind32": (0.84, 0.58, 0.97),
    "blind33": (0.91, 0.72, 0.97),
    "blind34": (0.88, 0.70, 0.90),
    "blind35": (0.79, 0.53, 0.77),
    "blind36": (0.81, 0.52, 0.82),
    "blind37": (0.82, 0.48, 0.86),
    "blind38": (0.75, 0.51, 0.63),
}


def _gold_path(name: str, shared_dir: Path) -> Path:
    if name == "dev":
        return shared_dir / "eval" / "dev.jsonl"
    return Path(__file__).resolve().parents[1] / "data" / f"{name}.jsonl"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_set_floors_through_the_official_scorer(name: str, shared_dir: Path, tmp_path: Path) -> None:
    gold = _gold_path(name, shared_dir)
    result = CliRunner().invoke(app, ["extract", "--eval-jsonl", str(gold)])
    assert result.exit_code == 0, result.output
    pred = tmp_path / "pred.jsonl"
    pred.write_text(result.stdout, encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), str(gold), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(scored.stdout)
    typed, strict, victims = FLOORS[name]
    assert summary["incident_typed"]["f1"] >= typed
    assert summary["incident_strict"]["f1"] >= strict
    assert summary["victims"]["f1"] >= victims
    assert summary["documents"]["missing_predictions"] == 0
