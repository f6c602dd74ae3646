"""The reference an encyclopedia article's dates are read against: its revision date is no
telling, so a yearless "on the night of 16 August" is in the year its paragraph (else the article)
tells of, and "overnight" or "the previous day" count from no day of the telling."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from tallybook.extract.text.boilerplate import doc_cache, doc_text
from tallybook.extract.timing.article_years import article_year, paragraph_year
from tallybook.extract.timing.dates import Reference


def article_year_of(doc: Doc) -> int | None:
    """The year an encyclopedia article tells of: its yearless dates are in that year, not in the
    year of its revision date."""
    cache = doc_cache(doc)
    if "article_year" not in cache:  # the document's, asked for each mention
        from tallybook.extract.text.layout import document_text  # layout reads the mentions this module fills

        cache["article_year"] = article_year(document_text(doc_text(doc)))
    year: int | None = cache["article_year"]
    return year


def narrative_ref(sent: Span, ref: Reference) -> Reference:
    """`ref` for a dated text; for an encyclopedia article, the year of the sentence's paragraph
    (else the article's year), with no day to count from."""
    if ref.day is None:
        return ref
    year = article_year_of(sent.doc)
    if year is None:
        return ref
    return Reference(None, paragraph_year(doc_text(sent.doc), sent.start_char) or year, "year")
