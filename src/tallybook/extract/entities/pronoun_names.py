"""A name run the model left untagged or tagged as a body or a place, which the text goes on to
speak of as a person: "Thandiwe Mokoena lost her son in the shooting. “...,” she said." The
run opens its sentence as the subject of a verb, and the quotation right after its sentence is
closed by a personal pronoun's speech verb ("she said", "he told reporters"), which only a
person fits (a body is "it said"). Without this the pronoun has no one to point to. The run may
also stand set off beside an opening role ("The Forum's coordinator, X, called for ... “...,”
she said"), carry an apposition before its verb ("X, the party's mobiliser, was detained"), and
a sentence opened by "She"/"He" may come between it and the quotation, across a paragraph break
("... was detained. She told the paper ... / “...,” she said")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.entities.person_names import is_nameish
from tallybook.extract.text.boilerplate import doc_ents

# the run's own sentence goes on with a lowercase verb ("lost", "runs", "was detained")
_VERB_AFTER_RE = re.compile(r"[ \t]+(?:has[ \t]+|had[ \t]+|was[ \t]+|is[ \t]+)?[a-z]+(?:ed|s|t|d|n)?\b")
# the rest of that sentence, then a quotation closed by "she said" / "he added"
_QUOTE_AFTER = (
    r"[^.!?“”\"\n]{0,200}[.!?](?:\s+(?:She|He)[ \t][^.!?\n]{0,300}[.!?])?"
    r"\s+[“\"][^”\"\n]{8,400}[,.!?][”\"][ \t]+"
)
_CUE = r"[ \t]+(?:said|says|added|told|recalled|explained|wrote)\b"
_PRONOUN_CUE_RE = re.compile(rf"{_QUOTE_AFTER}(?:she|he){_CUE}")
# a sentence opens after a stop, a line break or at the start of the text
_OPENS_RE = re.compile(r"(?:^|[.!?][”\"]?[ \t]+|\n[ \t]*)$")
# or it stands set off beside a short opening phrase of a role: "The Forum's coordinator, X,"
_BESIDE_ROLE_RE = re.compile(
    r"(?:^|[.!?][”\"]?[ \t]+|\n[ \t]*)(?:The|His|Her|Its|Their|[A-Z][\w’'-]*['’]s)"
    r"(?:[ \t]+[\w’'-]+){0,3}[ \t]+[a-z][\w’'-]*,[ \t]+$"
)
# an apposition between the run and its verb: "X, the party's district mobiliser,"
_APPOS_RE = re.compile(r",[ \t]+(?:the|a|an|his|her|its|their)[ \t][^.!?,;“”\"\n]{2,60},")


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
        if _BESIDE_ROLE_RE.search(text, max(0, start - 80), start) is None or text[end : end + 1] != ",":
            return False
        end += 1  # "The Forum's coordinator, X, called": the verb follows the comma
    else:
        appos = _APPOS_RE.match(text, end)
        end = appos.end() if appos else end
    if _VERB_AFTER_RE.match(text, end) is None:
        return False
    if _PRONOUN_CUE_RE.match(text, end) is not None:
        return True
    # "“...,” Mokoena said": the surname alone, as only a person is named
    surname = re.escape(name.split()[-1])
    return re.compile(rf"{_QUOTE_AFTER}{surname}{_CUE}").match(text, end) is not None
