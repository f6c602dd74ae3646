"""Which named person a kin source stands for: "his wife said" in a text that names her elsewhere
("His wife, Maria Lopez, told reporters ...", "said the father, Juan Lopez") is that person; a kin
noun the text never names, or names more than one person for, stays the relative as written."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tallybook.extract.boilerplate import doc_cache, doc_ents
from tallybook.extract.person_lookup import resolve_person
from tallybook.extract.trigger_lexicon import wordset

__all__ = ["named_kin"]

# One person each: "his family" or "her lawyers" name a group, and a lawyer is no kin.
_KIN = wordset("mother father wife husband sister brother son daughter widow widower")


def _kin_names(doc: Doc) -> dict[str, set[str]]:
    """Each kin noun with the people the text sets beside it in apposition ("his wife, X", "the
    father, Y", "X's brother, Z"), read once per doc."""
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
        if doc[e.start - 1].text != "," or kin.lower_ not in _KIN or not kin.text.islower():
            continue  # (the tagger may call "father" a name: the lower case says it is none)
        found.setdefault(kin.lower_, set()).add(resolve_person(doc, e.text) or e.text)
    cache["kin_names"] = found
    return found


def named_kin(head: Token) -> str | None:
    """The one person the text names as the kin `head` is ("his wife" -> her name), if any."""
    if head.lower_ not in _KIN or not head.text.islower():
        return None
    names = _kin_names(head.doc).get(head.lower_, set())
    return next(iter(names)) if len(names) == 1 else None
