"""A document far longer than one spaCy pass takes goes through the chunked path with its spans
right: every record points at its own words in the whole document's text."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from tallybook.extract.pipeline import CHUNK_CHARS, SourceText, _chunks, build_pipeline, extract_texts
from tallybook.model import DocumentExtraction, Span

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "extract_large_document.py"


def _report_text() -> Callable[[int], str]:
    spec = importlib.util.spec_from_file_location("extract_large_document", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fn: Callable[[int], str] = module.report_text
    return fn


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


@pytest.fixture(scope="module")
def large(nlp: Language) -> tuple[str, DocumentExtraction]:
    text = _report_text()(int(CHUNK_CHARS * 2.4))
    extraction = next(extract_texts([SourceText(text, "2023-12-31", "Monitor")], nlp))
    return text, extraction


def _all_spans(ex: DocumentExtraction) -> list[tuple[str, Span]]:
    out: list[tuple[str, Span]] = []
    for inc in ex.incidents:
        out.append(("incident", inc.span))
        out += [("claim", c.span) for c in inc.claims if c.span is not None]
        out += [("mention", Span(s, e)) for s, e in inc.attrs.get("mentions", [])]
    for q in ex.quotes:
        out.append(("quote", q.span))
        if q.speaker_span is not None:
            out.append(("speaker", q.speaker_span))
    out += [("person", s) for p in ex.people for s in p.spans]
    out += [("organization", s) for o in ex.organizations for s in o.spans]
    return out


def test_the_text_is_cut_in_pieces_at_line_breaks() -> None:
    text = _report_text()(int(CHUNK_CHARS * 2.4))
    pieces = _chunks(text)
    assert len(pieces) >= 3
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece
        assert len(piece) <= CHUNK_CHARS
        assert offset == 0 or text[offset - 1] == "\n"


def test_records_come_from_every_piece_with_spans_inside_the_text(
    large: tuple[str, DocumentExtraction],
) -> None:
    text, ex = large
    spans = _all_spans(ex)
    for kind, span in spans:
        assert 0 <= span.start < span.end <= len(text), (kind, span)
        assert text[span.start : span.end].strip(), (kind, span)
    starts = [span.start for kind, span in spans if kind == "incident"]
    for offset, piece in _chunks(text):
        assert any(offset <= s < offset + len(piece) for s in starts), f"no incident in the piece at {offset}"


def test_quotes_and_names_point_at_their_own_words(large: tuple[str, DocumentExtraction]) -> None:
    text, ex = large
    assert ex.quotes and ex.people
    for q in ex.quotes:
        assert " ".join(text[q.span.start : q.span.end].split()) == " ".join(q.text.split())
    for person in ex.people:
        words = {w for name in (person.name, *person.aliases) for w in name.split()}
        for s in person.spans:
            assert set(text[s.start : s.end].split()) & words, (person.name, text[s.start : s.end])


def test_a_later_piece_gives_what_it_gives_alone_shifted_to_its_place(
    large: tuple[str, DocumentExtraction], nlp: Language
) -> None:
    text, ex = large
    offset, piece = _chunks(text)[-1]
    alone = next(extract_texts([SourceText(piece, "2023-12-31", "Monitor")], nlp))
    expected = [(i.type, i.span.start + offset, i.span.end + offset) for i in alone.incidents]
    found = [(i.type, i.span.start, i.span.end) for i in ex.incidents if i.span.start >= offset]
    assert expected and found == expected
    quotes = [(q.span.start + offset, q.speaker) for q in alone.quotes]
    assert [(q.span.start, q.speaker) for q in ex.quotes if q.span.start >= offset] == quotes
