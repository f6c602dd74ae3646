"""How a source phrase is named: the person or organisation it holds, or the phrase itself,
without non-restrictive clauses and appositions, but with the modifiers that say which people are
meant ("lawyers representing the students", "witnesses who spoke to the paper")."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.boilerplate import doc_ents
from tallybook.extract.source_context import (
    coordinated_sources,
    descriptor_clause,
    relative_of_named,
    shared_modifiers,
    trailing_phrases,
)
from tallybook.extract.source_names import RELATION_NOUNS
from tallybook.extract.trigger_lexicon import wordset

__all__ = ["named_apposite", "phrase_candidates", "source_phrase"]

# Generic heads that a following proper name spells out ("the human rights center Viasna").
GENERIC_ORG_HEADS = wordset(
    "group groups alliance organisation organization center centre network monitor ngo coalition "
    "opposition party agency"
)


def phrase_candidates(head: Token) -> list[str]:
    """Ways to name the source headed by `head`: the person it names, its organisation, the phrase."""
    doc = head.doc
    sub = {
        t.i
        for t in head.subtree
        if not any(a.dep_ == "relcl" for a in t.ancestors if a.i in {x.i for x in head.subtree})
    }
    out: list[str] = []
    if head.lower_ in RELATION_NOUNS and head.pos_ == "NOUN":
        relative = relative_of_named(head)  # "Sara Rahimi's lawyer", not Sara Rahimi
        if relative is not None:
            return [relative]
        sub = {t.i for t in head.children if t.dep_ == "appos" for t in t.subtree}  # "his lawyer, X"
    for e in doc_ents(doc):
        if e.label_ == "PERSON" and e.root.i in sub:
            out.append(e.text)
            break
    for e in doc_ents(doc):
        if e.start <= head.i < e.end and e.label_ == "ORG":
            out.append(e.text)
    out.append(source_phrase(head))
    # "the UN Office of the High Commissioner ... (OHCHR)": the acronym the text gives it
    out += [c.text for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.is_upper]
    if head.pos_ == "PROPN":
        for e in doc_ents(doc):
            if e.label_ == "ORG" and e.root.i in sub and e.text not in out:
                out.append(e.text)
    return out


def named_apposite(head: Token) -> Token | None:
    """ "the human rights center Viasna", "the alliance X": the name that spells out a generic head."""
    if head.lower_ not in GENERIC_ORG_HEADS or head.text.istitle():
        return None  # "Coalition Against Torture": a capitalised head is part of the name
    for c in head.children:
        if c.i > head.i and c.pos_ == "PROPN" and c.dep_ in {"appos", "compound", "npadvmod", "nmod"}:
            return c
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN":
        return nxt
    return None


def source_phrase(head: Token) -> str:
    """The source phrase headed by `head`, without relative clauses or appositions."""
    doc = head.doc
    cut = {"relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "preconj"}
    if not coordinated_sources(head):  # "relatives and activists": one source
        cut -= {"cc", "conj"}
    described = descriptor_clause(head)  # "lawyers representing the students": part of the name
    kept_clause = described.i if described is not None else -1
    dropped = trailing_phrases(described) if described is not None else set()
    conj = next((c.i for c in head.children if c.dep_ == "conj" and "conj" in cut), len(doc))
    keep: list[Token] = []
    stack = [head, *shared_modifiers(head)]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(
            c
            for c in tok.children
            if (c.dep_ not in cut or c.i == kept_clause)
            and (tok.i != head.i or c.i < conj)
            and c.i not in dropped
        )
    keep.sort(key=lambda t: t.i)
    # The phrase is contiguous from its first kept token to the head's right edge of kept tokens.
    lo, hi = keep[0].i, keep[-1].i + 1
    text = doc[lo:hi].text
    for ent in doc_ents(doc):
        if lo <= ent.start and ent.end <= hi and ent.label_ in {"PERSON", "ORG"} and len(keep) > 6:
            return ent.text
    return text
