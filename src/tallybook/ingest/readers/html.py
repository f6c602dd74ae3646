"""HTML pages: the main text (trafilatura) without navigation, menus or footers, and the
page's own metadata (title, author, site name as publisher, date, language)."""

from __future__ import annotations

from collections import Counter

import lxml.html
import trafilatura
from lxml.etree import ParserError

from tallybook.errors import IngestError
from tallybook.ingest.readers import Reading, clean
from tallybook.ingest.readers.text import normalise_newlines
from tallybook.model.partial_dates import partial_date

# Parts of a page that are never the report itself.
_BOILERPLATE = [
    "//nav",
    "//footer",
    "//aside",
    "//*[@role='navigation']",
    "//*[@role='contentinfo']",
    "//*[@role='banner']//ul",
]
# Fewer words than this outside links means the page had no main text, only menus.
MIN_OWN_WORDS = 5


def _parse(data: bytes, source: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(data)
    except (ParserError, ValueError) as e:
        raise IngestError(source, f"not readable HTML: {e}") from e


def _own_words(text: str, tree: lxml.html.HtmlElement) -> int:
    """How many words of `text` are not the text of some link."""
    words = Counter(text.split())
    for anchor in tree.iter("a"):
        words.subtract(anchor.text_content().split())
    return sum(n for n in words.values() if n > 0)


def read_html(data: bytes, source: str, url: str | None = None) -> Reading:
    tree = _parse(data, source)
    result = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        prune_xpath=_BOILERPLATE,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(result, "text", None) or ""
    text = normalise_newlines(text).strip()
    if not text or _own_words(text, tree) < MIN_OWN_WORDS:
        raise IngestError(source, "no main text in the HTML page (only navigation, links or boilerplate)")
    language = clean(tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang"))
    return Reading(
        text=text,
        content_type="text/html",
        title=clean(getattr(result, "title", None)),
        author=clean(getattr(result, "author", None)),
        publisher=clean(getattr(result, "sitename", None)),
        published=partial_date(getattr(result, "date", None)),
        language=(language or clean(getattr(result, "language", None)) or "")[:12] or None,
        attrs={"url": url} if url else {},
    )
