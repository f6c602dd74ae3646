"""Which relative of a named person speaks when a source phrase names the person only as whose
relative it is: "Sara Rahimi's lawyer", "the family of Sara Rahimi", "relatives of jailed former
councilwoman X" (kept as written), "his family" (the family of the person the text last named,
CONVENTIONS.md), "his lawyer" whom the next sentences name ("The lawyer, X, said": X). Moved out
of `source_context`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tallybook.extract.attribution.source_pronouns import last_named, whose_antecedent
from tallybook.extract.entities.people import resolve_person
from tallybook.extract.text.boilerplate import doc_ents, doc_text

__all__ = ["relative_of_named"]


def relative_of_named(head: Token) -> str | None:
    """ "Sara Rahimi's lawyer", "the family of Sara Rahimi" -> "Sara Rahimi's lawyer|family": the
    relative speaks, not the person the text names (None for "his lawyer", and for "X's wife, Y":
    the relative the text names speaks)."""
    doc = head.doc
    titled = _titled_relative(head)
    if titled is not None:
        return titled  # "relatives of jailed councilwoman X", as written
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        return None
    for e in doc_ents(doc):
        if e.label_ != "PERSON":
            continue
        root = e.root
        owns = (root.head.i == head.i and root.dep_ == "poss") or (
            root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == head.i
        )
        if owns:
            name = e.text.removesuffix("'s").removesuffix("’s")
            name = resolve_person(doc, name) or name
            if root.dep_ == "pobj" and head.tag_ == "NNS" and not any(c.dep_ == "det" for c in head.children):
                return f"{head.text} of {name}"  # "relatives of X" (no article) as written
            return f"{name}'s {head.text}"
    owner = whose_antecedent(head)
    if owner is not None:
        return f"{owner}'s {head.text}"
    named = any(c.dep_ == "appos" for c in head.children)  # "his lawyer, X": X speaks
    if not named and any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in head.children):
        later = named_later(head)
        if later is not None:
            return later  # "..., his lawyer said. The lawyer, X, said ...": X speaks
        # "His family said ...": the person the text last named ("X's family", CONVENTIONS.md)
        last = last_named(doc, head.idx)
        if last is not None:
            return f"{last}'s {head.text}"
    return None


def _titled_relative(head: Token) -> str | None:
    """ "Relatives of jailed former councilwoman X": kin with no article, of a person the text
    names after a title, kept as written (the parser hangs the name on the title, on "of" or on
    the kin noun itself)."""
    if head.tag_ != "NNS" or any(c.dep_ == "det" for c in head.children):
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    doc = head.doc
    if of is None or of.i + 2 >= len(doc) or not doc[of.i + 1].is_lower or doc[of.i + 1].pos_ == "DET":
        return None
    end = max([of.right_edge.i, *(c.right_edge.i for c in head.children if c.dep_ == "appos")])
    for e in doc_ents(doc):
        if of.i + 2 <= e.start and e.end - 1 == end and (e.label_ == "PERSON" or resolve_person(doc, e.text)):
            return doc[head.i : e.end].text
    return None


_NAME = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+"


def named_later(head: Token) -> str | None:
    """ "..., his lawyer said. The lawyer, Ana Ruiz, said ...": the person the next sentences name
    in apposition to the same kin noun ("The lawyer, X," or "X, his lawyer,"), within 600
    characters; the relative the text names speaks, not "Y's lawyer"."""
    doc = head.doc
    text = doc_text(doc)
    kin = re.escape(head.lower_)
    pattern = rf"\b[Tt]he[ \t]+{kin},[ \t]+({_NAME}),|({_NAME}),[ \t]+(?:his|her)[ \t]+{kin},"
    m = re.search(pattern, text[head.idx + len(head.text) : head.idx + 600])
    if m is None:
        return None
    return resolve_person(doc, m.group(1) or m.group(2))
