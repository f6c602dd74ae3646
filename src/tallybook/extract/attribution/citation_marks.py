"""Footnote markers ("...in March.[4]"): an encyclopedia-style text cites a source for each
sentence, so a sentence that closes on a footnote of its own is the text's own account of what
that footnote's source says, not a carrying-on of the source the sentence before named ("The
ministry acknowledged six deaths.[4] Among the dead was X.[5]" is the article's, not the
ministry's)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from tallybook.extract.text.boilerplate import doc_text

_MARKS = re.compile(r"\[(\d{1,3})\]")
_TRAILING = re.compile(r"(?:\s*\[\d{1,3}\])+")
_WORD = re.compile(r"\w")


def _own_text(sent: Span) -> tuple[int, int]:
    """Where `sent`'s own words lie: from its first word (not the markers of the sentence before
    that the parser may have put at its start) through the markers that close it."""
    text = doc_text(sent.doc)
    lead = _TRAILING.match(text, sent.start_char)
    start = lead.end() if lead is not None else sent.start_char
    word = _WORD.search(text, start, sent.end_char)
    start = word.start() if word is not None else start
    tail = _TRAILING.match(text, sent.end_char)
    return start, tail.end() if tail is not None else sent.end_char


def cites_apart(prev: Span, sent: Span) -> bool:
    """Whether `sent` and the sentence before it each cite footnotes, and none in common."""
    text = doc_text(sent.doc)
    lo, hi = _own_text(sent)
    own = frozenset(_MARKS.findall(text, lo, hi))
    before = frozenset(_MARKS.findall(text, _own_text(prev)[0], lo))
    return bool(own) and bool(before) and not (own & before)
