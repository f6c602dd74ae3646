"""Which clause an "according to X" phrase covers.

A source set inside a coordinated or relative clause tells that clause only ("He was arrested and,
according to his family, was held ..."), but one that closes the sentence after its last conjunct
tells the whole coordination ("Soldiers detained 150 men and held them in a school, according to
X."): the parser hangs the closing phrase on the nearest verb, and the first conjunct would
otherwise fall back to the publisher.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["outside_scope"]


def outside_scope(according: Token, trigger: Token) -> bool:
    """ "He was arrested in March and, according to his family, was held ...": the source
    covers the clause it modifies, not a coordinated or relative clause the trigger is outside."""
    clause = according.head
    while clause.dep_ in {"prep", "pobj"} and clause.head.i != clause.i:
        clause = clause.head
    if _contrasted(according, clause, trigger) or _opens_relative_after(according, trigger):
        return True
    # "... picked up by men who, according to witnesses, said they were police": the relative
    # clause's own source, not the source of the arrest
    if clause.pos_ not in {"VERB", "AUX"} or clause.dep_ not in {"conj", "relcl", "acl"}:
        return False
    if clause.dep_ == "conj" and according.i > clause.i and _ends_sentence(according):
        # "Soldiers detained 150 men and held them in a school, according to X.": a closing
        # source the parser hung on the last conjunct tells the whole coordination
        return trigger.i not in {t.i for t in clause.head.subtree}
    return trigger.i not in {t.i for t in clause.subtree}


def _contrasted(according: Token, clause: Token, trigger: Token) -> bool:
    """ "According to X, A should have happened, but the court upheld B": a clause set against
    the sourced one by "but", with its subject of its own, is the writer's, not X's."""
    if clause.pos_ not in {"VERB", "AUX"} or according.i > clause.i:
        return False
    buts = [c.i for c in clause.children if c.dep_ == "cc" and c.lower_ in {"but", "yet"}]
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.pos_ not in {"VERB", "AUX"} or not any(b < conj.i for b in buts):
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children) and trigger.i in {
            t.i for t in conj.subtree
        }:
            return True
    return False


_RELATIVES = frozenset({"who", "which", "that"})
_AUXILIARIES = frozenset({"was", "were", "is", "are", "had", "have", "has"})


def _opens_relative_after(according: Token, trigger: Token) -> bool:
    """ "... a video of officers who were, according to him, beating a vendor": a source set
    right after the relative pronoun of a clause that follows the trigger tells that clause, even
    where the parser hangs it on the main verb."""
    doc, i = according.doc, according.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and doc[i].lower_ in _AUXILIARIES:
        i -= 1
    return i > trigger.i and doc[i].lower_ in _RELATIVES


def _ends_sentence(according: Token) -> bool:
    """Whether only punctuation and citation marks follow the "according to" phrase."""
    sent = according.sent
    end = max(t.i for t in according.subtree) + 1
    return all(t.is_punct or t.like_num for t in sent.doc[end : sent.end])
