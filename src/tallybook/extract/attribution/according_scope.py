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
    # "... picked up by men who, according to witnesses, said they were police": the relative
    # clause's own source, not the source of the arrest
    if clause.pos_ not in {"VERB", "AUX"} or clause.dep_ not in {"conj", "relcl", "acl"}:
        return False
    if clause.dep_ == "conj" and according.i > clause.i and _ends_sentence(according):
        # "Soldiers detained 150 men and held them in a school, according to X.": a closing
        # source the parser hung on the last conjunct tells the whole coordination
        return trigger.i not in {t.i for t in clause.head.subtree}
    return trigger.i not in {t.i for t in clause.subtree}


def _ends_sentence(according: Token) -> bool:
    """Whether only punctuation and citation marks follow the "according to" phrase."""
    sent = according.sent
    end = max(t.i for t in according.subtree) + 1
    return all(t.is_punct or t.like_num for t in sent.doc[end : sent.end])
