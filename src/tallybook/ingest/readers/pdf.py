"""PDF files: the text of each page, joined by PAGE_BREAK, with each page's offsets kept so a
span can name its page. Truncated, encrypted and textless (scanned) PDFs are refused."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PdfStreamError

from tallybook.errors import IngestError
from tallybook.ingest.readers import Reading, clean
from tallybook.ingest.readers.text import normalise_newlines

PAGE_BREAK = "\n\f\n"
# A complete PDF ends with %%EOF; writers may add a little junk after it.
_EOF_WINDOW = 2048

# pypdf logs recoverable oddities as warnings; our errors say what matters.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _open(data: bytes, source: str) -> PdfReader:
    if not data.startswith(b"%PDF-"):
        raise IngestError(source, "not a PDF (no %PDF- header)")
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise IngestError(source, "truncated or damaged PDF (no %%EOF marker at the end)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except (PdfReadError, PdfStreamError, ValueError, KeyError, OSError) as e:
        raise IngestError(source, f"damaged PDF: {e}") from e
    if reader.is_encrypted:
        # An empty user password is how "protected" PDFs that open without asking work.
        try:
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError, PdfReadError) as e:
            raise IngestError(source, f"encrypted PDF that cannot be opened: {e}") from e
        if not opened:
            raise IngestError(source, "encrypted PDF (needs a password); decrypt it first")
    return reader


def read_pdf(data: bytes, source: str) -> Reading:
    reader = _open(data, source)
    parts: list[str] = []
    pages: list[tuple[int, int]] = []
    offset = 0
    try:
        for page in reader.pages:
            text = normalise_newlines(page.extract_text() or "")
            if parts:
                offset += len(PAGE_BREAK)
            pages.append((offset, offset + len(text)))
            parts.append(text)
            offset += len(text)
        meta = reader.metadata
    except FileNotDecryptedError as e:
        raise IngestError(source, "encrypted PDF (needs a password); decrypt it first") from e
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError) as e:
        raise IngestError(source, f"damaged PDF: {e}") from e
    if not pages:
        raise IngestError(source, "PDF has no pages")
    text = PAGE_BREAK.join(parts)
    if not text.strip():
        raise IngestError(
            source, f"PDF has no extractable text ({len(pages)} page(s); scanned? run OCR first)"
        )
    attrs: dict[str, object] = {"page_count": len(pages)}
    if meta is not None and meta.get("/CreationDate"):
        # The file's creation date is not the publication date; kept for the record only.
        attrs["pdf_created"] = str(meta.get("/CreationDate"))
    return Reading(
        text=text,
        content_type="application/pdf",
        title=clean(meta.title) if meta is not None else None,
        author=clean(meta.author) if meta is not None else None,
        pages=pages,
        attrs=attrs,
    )
