"""A document far longer than one spaCy pass takes goes through the chunked path with its spans
right: every record points at its own words in the whole document's text."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from tallybook.extract.pieces import CHUNK_CHARS, cut_into_pieces
from tallybook.extract.pipeline import SourceText, extract_texts
from tallybook.extract.text.layout import DocumentContext, PieceText, is_summary_line, main_event_date
from tallybook.extract.timing.dates import Reference
from tallybook.model import DocumentExtraction, PartialDate, Span

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "extract_large_document.py"


def _report_text() -> Callable[[int], str]:
    spec = importlib.util.spec_from_file_location("extract_large_document", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fn: Callable[[int], str] = module.report_text
    return fn


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
    pieces = cut_into_pieces(text)
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
    for offset, piece in cut_into_pieces(text):
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
    offset, piece = cut_into_pieces(text)[-1]
    alone = next(extract_texts([SourceText(piece, "2023-12-31", "Monitor")], nlp))
    expected = [(i.type, i.span.start + offset, i.span.end + offset) for i in alone.incidents]
    found = [(i.type, i.span.start, i.span.end) for i in ex.incidents if i.span.start >= offset]
    assert expected and found == expected
    quotes = [(q.span.start + offset, q.speaker) for q in alone.quotes]
    assert [(q.span.start, q.speaker) for q in ex.quotes if q.span.start >= offset] == quotes


# A headline, a dated lead, then paragraphs; cut so that a paragraph which would pass for a
# headline (a short line with no full stop) starts a later piece.
_HEADLINE = "Crackdown on student protests in the northern provinces\n\n"
_LEAD = (
    "On 3 March 2022, security forces killed 12 protesters at a rally in Tabriz, "
    "the Northern Rights Centre said in a statement released on Friday.\n\n"
)
_UNFINISHED = (
    "Guards beat prisoners in Urmia Central Prison, a relative said, calling the beatings "
    "“a warning to all the others”\n\n"
)
_BODY = [
    "Police arrested 30 students outside the university in Ardabil, the Student Union said.\n\n",
    _UNFINISHED,
    "Interrogators tortured a detained journalist in Sanandaj, his lawyer said.\n\n",
    "Two labour activists went missing in Qazvin after being summoned by intelligence agents.\n\n",
    "A revolutionary court in Zanjan sentenced a teacher to death for taking part in the protests.\n\n",
]
_DOCUMENT = _HEADLINE + _LEAD + "".join(_BODY)


def _records(ex: DocumentExtraction) -> list[tuple[object, ...]]:
    return [
        (
            i.type,
            i.span.start,
            i.span.end,
            i.date.value if i.date else None,
            i.figure.count if i.figure else None,
            sorted(c.claimant for c in i.claims),
        )
        for i in ex.incidents
    ]


@pytest.mark.parametrize("published", ["2022-03-10", None])
def test_a_piece_keeps_the_documents_context(nlp: Language, published: str | None) -> None:
    cut_at = _DOCUMENT.index(_UNFINISHED)
    size = cut_at + 1  # the last line break before it ends the first piece
    pieces = cut_into_pieces(_DOCUMENT, size)
    assert len(pieces) >= 3 and cut_at in [offset for offset, _ in pieces]
    source = SourceText(_DOCUMENT, published, "Monitor")
    whole = next(extract_texts([source], nlp, chunk_chars=len(_DOCUMENT)))
    in_pieces = next(extract_texts([source], nlp, chunk_chars=size))
    assert _records(in_pieces) == _records(whole)
    if published:
        # The paragraph opening a piece is an account of its own, not a headline folded away.
        assert any(i.type == "torture" and i.span.start == cut_at for i in in_pieces.incidents)
    else:
        # Undated accounts take the month of the event the document is about, from its lead,
        # in every piece.
        assert len(in_pieces.incidents) >= 4
        assert {i.date.value[:7] if i.date else None for i in in_pieces.incidents} == {"2022-03"}


def test_only_the_documents_first_line_is_a_headline() -> None:
    document = _DOCUMENT
    cut_at = document.index(_UNFINISHED)
    context = DocumentContext(document)
    first = PieceText(document[:cut_at], context, 0)
    later = PieceText(document[cut_at:], context, cut_at)
    line_end = len(_UNFINISHED.rstrip())
    assert is_summary_line(first, 0, 10)  # the headline
    assert is_summary_line(_UNFINISHED, 0, line_end)  # alone, the paragraph looks like one
    assert not is_summary_line(later, 0, line_end)  # as a later piece, it is body text
    assert not is_summary_line(document, cut_at, cut_at + line_end)
    ref = Reference.from_partial(None)
    assert main_event_date(later, ref) == main_event_date(document, ref) == PartialDate("2022-03")
    assert main_event_date(str(later), ref) is None
