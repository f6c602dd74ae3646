"""Whether a sentence restates, in an article's section of reactions ("== Reactions ==",
"## International reaction"), the event the article told above: the people quoted there react to it,
and words that count, date and own nothing ("Unarmed villagers were rounded up and shot") make them
no source of it; a reaction that tells a new event ("three of my nephews were arrested last night")
keeps its speaker."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import doc_cache, doc_text, span_ents

__all__ = ["restated_reaction"]

# A marked heading line of an encyclopedia article ("== Reactions ==", "## Reactions"); the
# heading of a reactions section names reactions or responses and nothing else.
_HEADING_RE = re.compile(
    r"^[ \t]*(?:(=+)[ \t]*(?P<a>[^=\n]{1,60}?)[ \t]*\1|#{1,4}[ \t]+(?P<b>[^\n]{1,60}?))[ \t]*$", re.M
)
# Words by which a speaker tells an event of their own, not the article's.
_OWN_WORDS = wordset("i me my we us our")
_NEW_FACTS = frozenset({"CARDINAL", "DATE", "TIME", "QUANTITY"})
_REACTIONS_RE = re.compile(r"(?:(?:international|official|domestic)\s+)?(?:reactions?|responses?)", re.I)


def _sections(doc: Doc) -> tuple[list[int], list[bool]]:
    """The offsets where the doc's sections start, and whether each one is a reactions section."""
    cache = doc_cache(doc)
    held: tuple[list[int], list[bool]] | None = cache.get("reaction_sections")
    if held is None:
        text = doc_text(doc)
        starts: list[int] = []
        kinds: list[bool] = []
        if "=" in text or "#" in text:  # (no heading marks, no sections: most texts)
            for m in _HEADING_RE.finditer(text):
                starts.append(m.end())
                kinds.append(bool(_REACTIONS_RE.fullmatch((m.group("a") or m.group("b") or "").strip())))
        held = cache["reaction_sections"] = (starts, kinds)
    return held


def restated_reaction(sent: Span) -> bool:
    """Whether `sent` lies under a heading that names reactions ("== Reactions ==") and tells no
    event of its own: no count, date or time, and no first person ("my son", "we were")."""
    starts, kinds = _sections(sent.doc)
    k = bisect_right(starts, sent.start_char) - 1
    if k < 0 or not kinds[k]:
        return False
    if any(e.label_ in _NEW_FACTS for e in span_ents(sent)):
        return False
    return not any(t.lower_ in _OWN_WORDS for t in sent)
