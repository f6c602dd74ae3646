"""Which capitalised words a sentence offers as a place are no place at all.

The NER model and the "in X" pattern take capitalised words for places: a word of a Title Case
headline ("... Into Killings, Beatings"; "Farmer Dies in Police Custody"), a common noun written
with a capital ("the Kingdom", "this Centre"), a people's adjective before a noun ("Tibetan
herder", "the Baluch prisoner"), an organisation named after its kind ("the human rights center
Viasna", "the Haalvsh website") or as the source of a report ("according to Viasna"), a lower-case
word the model tagged ("in absentia").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import doc_cache, doc_text

# common nouns a writer capitalises for a country or a body, never a scene's name on their own
_COMMON_NOUNS = wordset(
    "Kingdom Centre Center Republic Emirate Sultanate Capital Country State Region Province City Town "
    "Village Office Commission Committee Court Ministry Prosecution Directorate Custody Detention"
)
# the kind of body a name after them belongs to: "the rights group X", "the news website X"
_ORG_KINDS = wordset(
    "center centre group organisation organization network movement monitor ngo website outlet "
    "agency newspaper channel initiative association union party committee coalition"
)
# nouns a place name may qualify: "the Sagaing region", "Kalibari village", "Tondo district"
_PLACE_HEADS = wordset(
    "region province state district county city town village township area neighbourhood "
    "neighborhood quarter suburb camp prison jail market square road highway border governorate "
    "division municipality department prefecture commune valley island river lake mountains hills "
    "court courthouse station centre center compound stadium university campus hospital"
)
_TITLE_WORD_RE = re.compile(r"[A-Za-z][\w'’-]{3,}")


def _heading_lines(doc: Doc) -> tuple[list[tuple[int, int]], str]:
    """(start, end) of the Title Case lines of the document, and the rest of its text."""
    cache = doc_cache(doc)
    if "heading_lines" not in cache:
        text = doc_text(doc)
        spans: list[tuple[int, int]] = []
        body: list[str] = []
        pos = 0
        for line in text.split("\n"):
            # a headline: short, no closing stop, nearly every longer word capitalised
            short = len(line.split()) <= 16 and not line.rstrip().endswith((".", "!", '"', "”"))
            words = _TITLE_WORD_RE.findall(line) if short else []  # (a paragraph is no headline)
            if short and len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
                spans.append((pos, pos + len(line)))
            else:
                body.append(line)
            pos += len(line) + 1
        cache["heading_lines"] = (spans, "\n".join(body))
    found: tuple[list[tuple[int, int]], str] = cache["heading_lines"]
    return found


def _in_heading(doc: Doc, start_char: int) -> bool:
    return any(s <= start_char < e for s, e in _heading_lines(doc)[0])


def no_place(span: Span, name: str) -> bool:
    """Whether `name`, found at `span`, is a word the text does not use as a place's name."""
    doc = span.doc
    words = re.sub(r"^[Tt]he\s+", "", name).split()
    if len(words) == 1 and (words[0] in _COMMON_NOUNS or words[0].islower()):
        return True  # (a lower-case word the model tagged: "sentenced in absentia")
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        span.start > 1
        and doc[span.start - 2].lower_ == "according"
        and before is not None
        and before.lower_ == "to"
    ):
        return True  # "according to Viasna": the source of a report, not its scene
    if before is not None and before.lower_ in {"this", "that", "these", "our"}:
        return True  # "told this Centre": the speaker's own body
    if before is not None and before.lower_ in _ORG_KINDS:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if (
        len(words) == 1
        and after is not None
        and after.is_alpha
        and after.is_lower
        and after.pos_ in {"NOUN", "PROPN"}
        and after.lower_ not in _PLACE_HEADS
        and (after.lower_ in _ORG_KINDS or span[0].head.i == after.i)
    ):
        return True  # "Tibetan herder", "the Haalvsh website": a word that qualifies a noun
    if _in_heading(doc, span.start_char):
        # a headline capitalises every word: a name counts when the body writes it so too
        return not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", _heading_lines(doc)[1])
    return False
