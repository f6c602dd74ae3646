"""Long texts parsed in pieces: where to cut, and how the pieces' records become the document's.

spaCy's memory grows with the length of a text, so a text longer than `CHUNK_CHARS` is cut at a
paragraph or line break, each piece is parsed on its own, and every span of a piece's records is
moved back to document offsets before the pieces are merged into one set of records.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from tallybook.model import (
    DocumentExtraction,
    ExtractedIncident,
    ExtractedOrganization,
    ExtractedPerson,
    ExtractedQuote,
    Figure,
    Span,
)

CHUNK_CHARS = 100_000  # parse long texts in pieces of about this size

_Named = TypeVar("_Named", ExtractedPerson, ExtractedOrganization)


def cut_into_pieces(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most about `size` characters, cut at paragraph or line breaks."""
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = max(text.rfind("\n\n", pos, end), text.rfind("\n", pos, end))
            if cut <= pos:
                cut = text.rfind(" ", pos, end)
            end = cut + 1 if cut > pos else end
        out.append((pos, text[pos:end]))
        pos = end
    return out


def _shift_span(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.start + offset, span.end + offset)


def _shift_figure(figure: Figure | None, offset: int) -> Figure | None:
    if figure is None or figure.span is None:
        return figure
    return replace(figure, span=_shift_span(figure.span, offset))


def _shift_incident(inc: ExtractedIncident, offset: int) -> ExtractedIncident:
    claims = [
        replace(c, span=_shift_span(c.span, offset), figure=_shift_figure(c.figure, offset))
        for c in inc.claims
    ]
    attrs = inc.attrs
    if isinstance(attrs.get("mentions"), list):  # [[start, end], ...] of the mentions folded in
        attrs = {**attrs, "mentions": [[s + offset, e + offset] for s, e in attrs["mentions"]]}
    figure = _shift_figure(inc.figure, offset)
    return replace(
        inc,
        span=Span(inc.span.start + offset, inc.span.end + offset),
        figure=inc.figure if figure is None else figure,
        claims=claims,
        attrs=attrs,
    )


def shift_to_document(extraction: DocumentExtraction, offset: int) -> DocumentExtraction:
    """The records of a piece starting at `offset`, with every span moved to document offsets."""
    if offset == 0:
        return extraction
    incidents = [_shift_incident(inc, offset) for inc in extraction.incidents]
    quotes: list[ExtractedQuote] = [
        replace(
            q,
            span=Span(q.span.start + offset, q.span.end + offset),
            speaker_span=_shift_span(q.speaker_span, offset),
        )
        for q in extraction.quotes
    ]
    people: list[ExtractedPerson] = [
        replace(p, spans=[Span(s.start + offset, s.end + offset) for s in p.spans]) for p in extraction.people
    ]
    orgs = [
        replace(o, spans=[Span(s.start + offset, s.end + offset) for s in o.spans])
        for o in extraction.organizations
    ]
    return DocumentExtraction(incidents, quotes, people, orgs, extraction.language, list(extraction.warnings))


def merge_pieces(parts: list[DocumentExtraction]) -> DocumentExtraction:
    """One document's records from its pieces (already at document offsets, in text order)."""
    if len(parts) == 1:
        return parts[0]
    failed = next((p.failed for p in parts if p.failed), None)
    if failed:  # a document is extracted whole or not at all
        return DocumentExtraction(language=parts[0].language, failed=failed)
    out = DocumentExtraction(language=parts[0].language)
    for p in parts:
        out.incidents += p.incidents
        base = len(out.quotes)  # repeat_of indexes the document's quotes, not the piece's
        out.quotes += [
            q if q.repeat_of is None else replace(q, repeat_of=q.repeat_of + base) for q in p.quotes
        ]
        out.warnings += [w for w in p.warnings if w not in out.warnings]
    out.people = _merge_named([person for p in parts for person in p.people])
    out.organizations = _merge_named([org for p in parts for org in p.organizations])
    return out


def _merge_named(records: list[_Named]) -> list[_Named]:
    """One record per name: a name found in several pieces keeps all its spans and aliases."""
    by_name: dict[str, _Named] = {}
    for record in records:
        known = by_name.get(record.name)
        if known is None:
            by_name[record.name] = replace(record, spans=list(record.spans), aliases=list(record.aliases))
        else:
            known.spans += record.spans
            known.aliases += [a for a in record.aliases if a not in known.aliases]
    return list(by_name.values())
