"""An error inside a component costs only the text that met it: the other texts of the batch are
extracted, the failed one is reported by name, a store leaves it to be extracted again, and the
command ends with a non-zero status. A publication date that is not a date is ignored with a warning."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from sqlalchemy import select
from typer.testing import CliRunner

from tallybook.cli import app
from tallybook.extract import pipeline
from tallybook.extract.pipeline import SourceText, build_pipeline, extract_texts
from tallybook.settings import Settings
from tallybook.store.db import Store
from tallybook.store.schema import Document

FINE = "Police arrested 12 students in Tabriz on Monday, the Student Union said."
ODD = "Police arrested 30 farmers near the dam. TRIPWIRE"


@Language.component("tallybook_test_tripwire")
def _tripwire(doc: Doc) -> Doc:
    if "TRIPWIRE" in doc.text:
        raise RuntimeError("a component met something it did not expect")
    return doc


@pytest.fixture(scope="module")
def tripping() -> Language:
    nlp = build_pipeline()
    nlp.add_pipe("tallybook_test_tripwire", last=True)
    return nlp


@pytest.fixture
def as_shared_pipeline(tripping: Language, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The commands use the process's shared pipeline: make it the tripping one."""
    monkeypatch.setitem(pipeline._LOADED, Settings.from_env().spacy_model, tripping)
    yield


def test_a_failing_text_does_not_stop_its_batch(tripping: Language) -> None:
    items = [SourceText(FINE, "2023-05-10"), SourceText(ODD, "2023-05-10"), SourceText(FINE, "2023-05-10")]
    out = list(extract_texts(items, tripping, batch_size=8))
    assert [x.failed is not None for x in out] == [False, True, False]
    assert out[1].failed is not None and "RuntimeError" in out[1].failed
    assert out[1].incidents == []
    assert [i.type for i in out[0].incidents] == [i.type for i in out[2].incidents] == ["arrest"]


def test_a_long_text_fails_whole_when_one_piece_fails(tripping: Language) -> None:
    text = " ".join([FINE] * 20 + [ODD])
    (out,) = extract_texts([SourceText(text, "2023-05-10")], tripping, chunk_chars=300)
    assert out.failed is not None
    assert out.incidents == [] and out.people == []


def test_eval_mode_reports_the_text_and_exits_non_zero(tmp_path: Path, as_shared_pipeline: None) -> None:
    gold = tmp_path / "in.jsonl"
    rows = [{"id": "fine", "text": FINE}, {"id": "odd", "text": ODD}]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--eval-jsonl", str(gold)])
    assert result.exit_code == 1
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["fine", "odd"]  # one line per text, still aligned
    assert len(lines[0]["incidents"]) == 1 and lines[1]["incidents"] == []
    assert f"{gold}: odd: extraction failed: RuntimeError" in result.stderr


def test_store_mode_leaves_the_failed_document_for_later(store: Store, as_shared_pipeline: None) -> None:
    with store.session() as s:
        for text in (FINE, ODD):
            s.add(
                Document(
                    sha256=hashlib.sha256(text.encode()).hexdigest(),
                    source="test",
                    content_type="text/plain",
                    size=len(text),
                    text=text,
                )
            )
    result = CliRunner().invoke(app, ["extract"])
    assert result.exit_code == 1
    assert "extracted 1 document(s)" in result.stdout
    assert "extraction failed: RuntimeError" in result.stderr
    with store.session() as s:
        done = {d.text: d.extracted_at is not None for d in s.scalars(select(Document))}
    assert done == {FINE: True, ODD: False}


@pytest.mark.parametrize(
    "published", ["2020-99-xx", "not-a-date", "2020-13-45", "2020-13", "0000", "2020-0x", "15/03/2020"]
)
def test_a_publication_date_that_is_not_a_date_is_ignored(tripping: Language, published: str) -> None:
    (out,) = extract_texts(
        [SourceText("Police arrested 12 students in Tabriz in March 2021.", published)], tripping
    )
    assert out.failed is None
    assert [(i.type, i.date.value if i.date else None) for i in out.incidents] == [("arrest", "2021-03")]
    assert out.warnings == [f"published date {published!r} is not YYYY, YYYY-MM or YYYY-MM-DD: ignored"]
