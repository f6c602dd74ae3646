"""The subject of a passive violation verb that the parser hung on an opening place phrase.

"In Sistan and Baluchestan Province, a young fuel porter named X, 19, was shot dead" and "In the
prison of Y, X, a 24-year-old labourer, was subjected to 80 lashes": the model reads the person
as an apposition to the place and leaves the verb without a subject, so the victim slot finds no
one. The person is the phrase that runs up to the verb's auxiliary.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "QUANTITY"})


def opening_subject(root: Token) -> Token | None:
    """The apposition inside an opening "In ..." phrase of a subjectless passive verb `root`
    (or the verb a violation noun hangs on: "was subjected to 80 lashes") that ends just before
    the verb's auxiliary ("..., X, was shot dead")."""
    if root.pos_ != "VERB" and root.dep_ == "pobj" and root.head.head.pos_ == "VERB":
        root = root.head.head
    children = list(root.children)
    aux = [c for c in children if c.dep_ == "auxpass" and c.i < root.i]
    if not aux or any(c.dep_ in _SUBJECTS for c in children):
        return None
    first = next((t.i for t in root.sent if not t.is_space), root.sent.start)
    opening = next((c for c in children if c.dep_ == "prep" and c.i == first), None)
    if opening is None:
        return None
    doc = root.doc
    for tok in opening.subtree:
        if tok.dep_ != "appos" or tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in _NOT_PEOPLE:
            continue
        end = tok.right_edge.i
        while end > tok.i and doc[end].is_punct:
            end -= 1  # "X, 19," with the closing comma hung on the name
        between = doc[end + 1 : aux[0].i]
        if all(t.is_punct for t in between) and any(t.text == "," for t in between):
            return tok
    return None
