"""Finding quotations in raw text: pairing quotation marks paragraph by paragraph.

Kept apart from speaker attribution (`quotes.py`) because it needs no spaCy at all. Rules:
a mark opens when it starts a word and closes when it ends one, whatever its glyph (writers and
scrapers mix “ ” and "); a paragraph whose quotation has no closing mark ends the quotation at
the paragraph end (multi-paragraph speech); a second opener while one is open drops the first,
so a bad mark costs one quotation at most. Single marks count only as ‘speech’ when they wrap a
phrase and are not apostrophes (don’t, Iran’s, protesters’).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = '"“”„«»'
_OPEN_GLYPHS = "“„«"
_CLOSE_GLYPHS = "”»"
_OPEN_BEFORE = " \t([{—–-/:'‘"
_CLOSE_AFTER = " \t.,;:!?)]}—–-'’"
_PARA_RE = re.compile(r"[^\n]+")
_SINGLE_RE = re.compile(r"(?:^|(?<=[\s(“\"—–]))‘(?=\w)(?P<body>[^‘\n]{3,400}?[^\s‘])’(?![\w])", re.MULTILINE)


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted words [start, end) and where the marks sit; `closed` is False at a paragraph end."""

    start: int
    end: int
    open_mark: int
    close_end: int  # index just after the closing mark (== end when unclosed)
    para_start: int
    para_end: int
    closed: bool
    single: bool = False


def _role(line: str, i: int, is_open: bool) -> str:
    prev = line[i - 1] if i > 0 else " "
    nxt = line[i + 1] if i + 1 < len(line) else " "
    opens = not nxt.isspace() and (prev in _OPEN_BEFORE or prev in _DOUBLE or prev.isspace())
    closes = not prev.isspace() and (nxt in _CLOSE_AFTER or nxt in _DOUBLE or nxt.isspace())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    glyph = line[i]
    if glyph in _OPEN_GLYPHS:
        return "open"
    if glyph in _CLOSE_GLYPHS:
        return "close"
    return "close" if is_open else "open"


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every double-quoted stretch of `text`, then single-quoted ones outside them."""
    found: list[QuoteSpan] = []
    for para in _PARA_RE.finditer(text):
        line, base = para.group(), para.start()
        open_at: int | None = None
        for i, ch in enumerate(line):
            if ch not in _DOUBLE:
                continue
            role = _role(line, i, open_at is not None)
            if role == "open":
                open_at = i  # an earlier unclosed opener is dropped
            elif open_at is not None:
                found.append(
                    QuoteSpan(
                        base + open_at + 1, base + i, base + open_at, base + i + 1, base, para.end(), True
                    )
                )
                open_at = None
        if open_at is not None:
            lead = line[:open_at].strip()
            if not lead or lead.endswith(":"):
                end = base + len(line.rstrip())
                found.append(QuoteSpan(base + open_at + 1, end, base + open_at, end, base, para.end(), False))
    doubles = [(q.open_mark, q.close_end) for q in found]
    for m in _SINGLE_RE.finditer(text):
        if any(s <= m.start() < e for s, e in doubles):
            continue
        start = m.start("body")
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", start)
        para_end = len(text) if para_end < 0 else para_end
        found.append(
            QuoteSpan(start, m.end("body"), m.start(), m.end(), para_start, para_end, True, single=True)
        )
    found.sort(key=lambda q: q.start)
    return found
