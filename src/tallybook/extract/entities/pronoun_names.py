"""A name run the model left untagged or tagged as a body or a place, which the text goes on to
speak of as a person: "Thandiwe Mokoena lost her son in the shooting. “...,” she said." The
run opens its sentence as the subject of a verb, and the quotation right after its sentence is
closed by a personal pronoun's speech verb ("she said", "he told reporters"), which only a
person fits (a body is "it said"). Without this the pronoun has no one to point to."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.entities.person_names import is_nameish
from tallybook.extract.text.boilerplate import doc_ents

# the run's own sentence goes on with a lowercase verb ("lost", "runs", "was detained")
_VERB_AFTER_RE = re.compile(r"[ \t]+(?:has[ \t]+|had[ \t]+|was[ \t]+|is[ \t]+)?[a-z]+(?:ed|s|t|d|n)?\b")
# the rest of that sentence, then a quotation closed by "she said" / "he added"
_QUOTE_AFTER = r"[^.!?“”\"\n]{0,200}[.!?][ \t]+[“\"][^”\"\n]{8,400}[,.!?][”\"][ \t]+"
_CUE = r"[ \t]+(?:said|says|added|told|recalled|explained|wrote)\b"
_PRONOUN_CUE_RE = re.compile(rf"{_QUOTE_AFTER}(?:she|he){_CUE}")
# a sentence opens after a stop, a line break or at the start of the text
_OPENS_RE = re.compile(r"(?:^|[.!?][”\"]?[ \t]+|\n[ \t]*)$")


def pronoun_named(doc: Doc, text: str, start: int, end: int, name: str) -> bool:
    """Whether the run `name` at `start`-`end` opens its sentence and the quotation after that
    sentence is told by "she said" / "he said" (a person, whatever the model tagged as a body or
    left untagged; a place label is kept: "New York hosted the talks" may precede anyone's words)."""
    if len(name.split()) < 2 or not is_nameish(name):
        return False
    if any(
        e.label_ in ("GPE", "LOC", "FAC") and e.start_char < end and start < e.end_char for e in doc_ents(doc)
    ):
        return False
    if _OPENS_RE.search(text, max(0, start - 4), start) is None:
        return False
    if _VERB_AFTER_RE.match(text, end) is None:
        return False
    if _PRONOUN_CUE_RE.match(text, end) is not None:
        return True
    # "“...,” Mokoena said": the surname alone, as only a person is named
    surname = re.escape(name.split()[-1])
    return re.compile(rf"{_QUOTE_AFTER}{surname}{_CUE}").match(text, end) is not None
