"""Who speaks in "a source close to X's family": the unnamed source, not X or X's family.

A speaker phrase whose head is an unnamed source and whose only name sits in what the source is
"close to" ("a source close to Reza Karimi's family", "two people close to the Interior
Ministry") is recorded as the text writes it (a "his"/"her" in it by its owner's name), as
CONVENTIONS.md records unnamed speakers; the person or body named in it did not speak.
Asked by `quote_speakers.named_speaker` before it reads the names inside a phrase.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from tallybook.extract.quotation.speaker_descriptors import ASIDE_RE, owners_named
from tallybook.extract.text.boilerplate import flat_text
from tallybook.model import Span

if TYPE_CHECKING:
    from tallybook.extract.quotation.speakers import Mention, Speaker

_CLOSE_TO_RE = re.compile(
    r"^(?:(?:an?|one|another|two|three|several|some)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:sources?|persons?|people|someone|insiders?)\s+close\s+to\s+\S",
    re.IGNORECASE,
)


def close_source(doc: Doc, mentions: list[Mention], start: int, end: int) -> Speaker:
    """The unnamed source text[start:end] describes as "close to" someone named, as written;
    (None, None) when the phrase is no such source or names nobody after "close to"."""
    text = flat_text(doc)
    raw = text[start:end]
    phrase = ASIDE_RE.sub("", raw.strip(" ,.–—-")).strip(" ,.–—-")
    if not phrase or _CLOSE_TO_RE.match(phrase) is None:
        return None, None
    at = start + raw.find(phrase)
    stop = at + len(phrase)
    named = ("person", "org", "government")
    if not any(at <= s and e <= stop and kind in named for s, e, kind, _ in mentions):
        return None, None  # nobody named: the descriptor path records it as it does any source
    return owners_named(doc, mentions, phrase, at), Span(at, stop)
