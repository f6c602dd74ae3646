"""Which named person a kin source stands for: "his wife said" in a text that names her elsewhere
("His wife, Maria Lopez, told reporters ...", "said the father, Juan Lopez") is that person; a kin
noun the text never names, or names more than one person for, stays the relative as written."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.entities.kin_words import NEAR_KIN
from tallybook.extract.entities.person_lookup import resolve_person
from tallybook.extract.text.boilerplate import doc_cache, doc_ents

__all__ = ["named_kin"]

# One person each: "his family" or "her lawyers" name a group, and a lawyer is no kin.
_KIN = NEAR_KIN | wordset("widow widower")


def _kin_names(doc: Doc) -> dict[str, set[str]]:
    """Each kin noun with the people the text sets beside it in apposition ("his wife, X", "the
    father, Y", "X's brother, Z", "X, the boy's father"), read once per doc."""
    cache = doc_cache(doc)
    found: dict[str, set[str]] | None = cache.get("kin_names")
    if found is not None:
        return found
    found = {}
    for e in doc_ents(doc):
        if e.label_ != "PERSON" or e.start < 2:
            continue
        # "the father, X": the name set right after the kin noun and a comma (the parser may
        # read a name like "Were" as a verb, so the words' order decides, not the parse)
        kin = doc[e.start - 2]
        before = kin if doc[e.start - 1].text == "," and kin.lower_ in _KIN and kin.text.islower() else None
        if before is None:
            before = _kin_after(doc, e.end)  # "said X, the boy's father"
        if before is None:
            continue  # (the tagger may call "father" a name: the lower case says it is none)
        found.setdefault(before.lower_, set()).add(resolve_person(doc, e.text) or e.text)
    cache["kin_names"] = found
    return found


def _kin_after(doc: Doc, end: int) -> Token | None:
    """The kin noun of an apposition after a name that says whose relative the person is: "X,
    the boy's father", "X, his mother" (not "X, a father of two": no owner)."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    for i in range(end + 1, min(end + 5, len(doc))):
        tok = doc[i]
        if tok.lower_ in _KIN and tok.text.islower():
            owner = doc[i - 1]
            return tok if owner.tag_ in {"POS", "PRP$"} else None
        if tok.tag_ not in {"DT", "PRP$", "POS", "NN", "JJ"}:
            return None
    return None


def named_kin(head: Token) -> str | None:
    """The one person the text names as the kin `head` is ("his wife" -> her name), if any."""
    if head.lower_ not in _KIN or not head.text.islower():
        return None
    names = _kin_names(head.doc).get(head.lower_, set())
    return next(iter(names)) if len(names) == 1 else None
