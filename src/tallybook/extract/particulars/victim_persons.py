"""Is a lone proper name one person?

"Guards beat Lasutsin in March", "Mejía, 42, a leader of the cooperative, was shot dead": the
model may tag a surname GPE or ORG, so the victim phrase names no one; when the name is a word of
a person the text names in full ("Ihar Lasutsin"), the phrase counts one person (CONVENTIONS.md:
a named person is one victim). "the arrest of X, a lawyer who had represented several
protesters, at her office": a name set beside "a"/"an" and a singular noun is one person, however
vague the words of the clause about it.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.entities.person_lookup import resolve_person
from tallybook.extract.text.parse_tree import first_child

_NOT_PERSON_LABELS = frozenset({"GPE", "ORG", "LOC", "FAC", "NORP"})


def _one(noun: Token) -> bool:
    """ "a lawyer", "an activist": a singular noun with "a"/"an" (not a body: "a rights group")."""
    det = first_child(noun, "det")
    return det is not None and det.lower_ in {"a", "an"} and noun.lower_ in PERSON_NOUNS


def lone_surname(head: Token) -> bool:
    """`head` is one proper name: set beside "a"/"an" and a singular noun, or tagged a place or
    body but part of a person's full name."""
    if head.tag_ != "NNP" or head.conjuncts or first_child(head, "nummod", "det") is not None:
        return False  # "Iran and Iraq", "the Tehran court": not a lone name
    if any(c.dep_ == "appos" and c.tag_ == "NN" and _one(c) for c in head.children):
        return True  # "X, a lawyer"
    if head.ent_type_ not in _NOT_PERSON_LABELS or first_child(head, "compound") is not None:
        return False
    full = resolve_person(head.doc, head.text)
    return full is not None and len(full.split()) > 1 and head.text in full.split()
