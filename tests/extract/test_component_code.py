"""Rules for the extraction components' source code that a reviewer could miss in a diff."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import tallybook.extract
from tallybook.extract.pipeline import SourceText, extract_texts
from tallybook.extract.text import boilerplate

_EXTRACT = Path(tallybook.extract.__file__).parent
# `Doc.text` joins every token's text on each access; on a long document a loop that reads it
# turns linear work quadratic. Components read `boilerplate.doc_text(doc)`, cached per doc.
_DOC_TEXT_RE = re.compile(r"\bdoc\.text\b(?!`)")
# spaCy makes a new Token object on every access, so `a is b` is False for the same token.
_TOKEN_IDENTITY_RE = re.compile(r"(?<!`)\b(\w+)\.head\s+is\s+(?:not\s+)?\1\b|\bis\s+(?:not\s+)?root\b")


def _code_lines(path: Path) -> list[tuple[int, str]]:
    return [
        (n, line)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if not line.lstrip().startswith("#")
    ]


def test_components_read_the_cached_document_text() -> None:
    offenders = [
        f"{path.name}:{n}"
        for path in sorted(_EXTRACT.rglob("*.py"))
        if path.name != "boilerplate.py"
        for n, line in _code_lines(path)
        if _DOC_TEXT_RE.search(line)
    ]
    assert offenders == []


def test_tokens_are_compared_by_position_not_identity() -> None:
    offenders = [
        f"{path.name}:{n}"
        for path in sorted(_EXTRACT.rglob("*.py"))
        for n, line in _code_lines(path)
        if _TOKEN_IDENTITY_RE.search(line)
    ]
    assert offenders == []


def test_extracted_documents_are_freed() -> None:
    # The per-doc cache is keyed weakly by the Doc: a Span or Token stored in it refers back to
    # the Doc and keeps it (and all it holds) alive for good, so memory grows with the corpus.
    text = (
        "On Tuesday, 3 March 2020, the authorities hanged two men in Shiraz Prison, according to "
        'Amnesty International. "This must stop," said Jane Roe, its director. Last year at least '
        "40 people were arrested in January."
    )
    items = [SourceText(text=text, published="2020-03-05", publisher="Test Desk")] * 3
    assert len(list(extract_texts(items))) == 3
    gc.collect()
    assert len(boilerplate._CACHES) == 0
