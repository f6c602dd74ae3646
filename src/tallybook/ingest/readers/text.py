"""Plain text in any encoding.

Order: a byte-order mark decides; else UTF-8; else UTF-16 when the NUL pattern says so; else
charset-normalizer's best guess. Binary data (NUL bytes, mostly control characters) and empty
files are refused. Newlines become "\\n"; nothing else changes, so offsets stay stable.
"""

from __future__ import annotations

import codecs
import contextlib
import unicodedata

from charset_normalizer import from_bytes

from tallybook.errors import IngestError
from tallybook.ingest.readers import Reading

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Controls that belong in text; any other control character counts against it.
_TEXT_CONTROLS = frozenset("\n\r\t\f\v")
# More unprintable characters than this share of the text means it is not text.
MAX_UNPRINTABLE = 0.02


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _unprintable_share(text: str) -> float:
    bad = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch)[0] == "C" and ch not in _TEXT_CONTROLS)
    )
    return bad / max(len(text), 1)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte (for Latin scripts)."""
    if len(data) % 2 or len(data) < 4:
        return None
    even_nuls = data[0::2].count(0) / (len(data) / 2)
    odd_nuls = data[1::2].count(0) / (len(data) / 2)
    encoding = (
        "utf-16-be" if even_nuls > 0.4 > odd_nuls else "utf-16-le" if odd_nuls > 0.4 > even_nuls else None
    )
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode `data` to text; returns (text, encoding). Raises IngestError for non-text."""
    if not data.strip():
        raise IngestError(source, "empty file" if not data else "empty file (only whitespace)")
    text: str | None = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(name), name
            except UnicodeDecodeError as e:
                raise IngestError(
                    source, f"starts with a {name} byte-order mark but is not {name}: {e.reason}"
                ) from e
            break
    # NUL bytes are valid UTF-8, so UTF-16 without a BOM must be recognised first.
    if text is None and b"\0" in data:
        text, encoding = _utf16_without_bom(data), "utf-16"
        if text is None:
            raise IngestError(source, "binary data, not text (contains NUL bytes)")
    if text is None:
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data.decode("utf-8"), "utf-8"
    if text is None:
        best = from_bytes(data).best()
        if best is None:
            raise IngestError(source, "cannot decode: not UTF-8, UTF-16 or any known text encoding")
        text, encoding = str(best), best.encoding
    if "\0" in text:
        raise IngestError(source, "binary data, not text (contains NUL characters)")
    share = _unprintable_share(text)
    if share > MAX_UNPRINTABLE:
        raise IngestError(
            source, f"binary data or undecodable text ({share:.0%} unprintable characters as {encoding})"
        )
    text = normalise_newlines(text)
    if not text.strip():
        raise IngestError(source, "empty file (only whitespace)")
    return text, encoding


def read_text(data: bytes, source: str) -> Reading:
    text, encoding = decode(data, source)
    return Reading(text=text, content_type="text/plain", attrs={"encoding": encoding})
