"""The subject of a passive violation verb that the parser hung on an opening place phrase.

"In Sistan and Baluchestan Province, a young fuel porter named X, 19, was shot dead" and "In the
prison of Y, X, a 24-year-old labourer, was subjected to 80 lashes": the model reads the person
as an apposition to the place and leaves the verb without a subject, so the victim slot finds no
one. The person is the phrase that runs up to the verb's auxiliary. Also a participle put first
with its subject after the auxiliary ("Arrested in Kazan on 5 May were A and B"), and names joined
to the opening place as conjuncts ("In Isfahan, A, B and C were executed").
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
    inverted = inverted_subject(root)
    if inverted is not None:
        return inverted
    aux = [c for c in children if c.dep_ == "auxpass" and c.i < root.i]
    if not aux or any(c.dep_ in _SUBJECTS for c in children):
        return None
    first = next((t.i for t in root.sent if not t.is_space), root.sent.start)
    opening = next((c for c in children if c.dep_ == "prep" and c.i == first), None)
    if opening is None:
        return None
    doc = root.doc
    joined = None
    for tok in opening.subtree:
        if tok.dep_ == "conj" and tok.ent_type_ == "PERSON" and tok.head.ent_type_ in _NOT_PEOPLE:
            # "In Isfahan, A, B and C were executed": the names joined to the place as conjuncts
            # (an apposition found after them is the person meant: "In Y, X, a shepherd, was")
            if joined is None and all(t.is_punct for t in doc[tok.right_edge.i + 1 : aux[0].i]):
                joined = tok
            continue
        if tok.dep_ != "appos" or tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in _NOT_PEOPLE:
            continue
        end = tok.right_edge.i
        while end > tok.i and doc[end].is_punct:
            end -= 1  # "X, 19," with the closing comma hung on the name
        between = doc[end + 1 : aux[0].i]
        # set off by commas on both sides, or by the comma that closes the opening phrase before
        # it when the name runs straight into the verb ("In one case we documented, X was taken")
        before = doc[tok.left_edge.i - 1] if tok.left_edge.i > first else None
        opened = before is not None and before.text == "," and tok.ent_type_ == "PERSON"
        if all(t.is_punct for t in between) and (opened or any(t.text == "," for t in between)):
            return tok
    return joined


def inverted_subject(root: Token) -> Token | None:
    """ "Arrested in Kazan on 5 May were A and B", "Killed in the attack were two children": a
    passive participle put first, its subject after the auxiliary (parsed as the auxiliary's or
    the verb's "attr")."""
    if root.tag_ != "VBN" or root.dep_ != "ROOT" or any(c.dep_ in _SUBJECTS for c in root.children):
        return None
    first = next((t.i for t in root.sent if not t.is_space), root.sent.start)
    if root.i != first:
        return None
    aux = next((c for c in root.children if c.dep_ == "auxpass" and c.i > root.i), None)
    if aux is None or aux.lower_ not in {"were", "was", "are", "is"}:
        return None
    for holder in (aux, root):
        found = next((c for c in holder.children if c.dep_ in {"attr", "nsubj"} and c.i > aux.i), None)
        if found is not None and found.pos_ in {"NOUN", "PROPN", "NUM"}:
            return found
    return None
