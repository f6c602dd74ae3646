"""Whether a person "shot" is one put to death under a death sentence the sentence tells: "X,
sentenced to death in 2021, was shot in secret last year", "sentenced to death in May and shot in
secret" (an execution, where the state executes by shooting), not a wound ("shot in both legs") nor
a shooting by named doers ("shot dead by guards during a riot").
Used by trigger_retypes.py; needs the dependency parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_patterns import LIMBS, wordset

_SHOT = wordset("shot")
_SENTENCED = wordset("sentenced condemned")


def condemned_shot(verb: Token) -> bool:
    """ "Viktar Skrahin, sentenced to death in 2021, was shot in secret": the shot person's own
    death sentence (a participle or relative clause on the subject, an opening participle, or a
    conjoined "was sentenced to death ... and shot") makes the shooting its execution."""
    if verb.lower_ not in _SHOT or verb.dep_ in {"amod", "compound"}:
        return False
    for c in verb.children:
        if c.dep_ == "agent":
            return False  # "shot dead by guards": a shooting by named doers
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in LIMBS for g in c.subtree):
            return False  # "shot in both legs": a wound
    if verb.dep_ == "conj" and verb.head.lower_ in _SENTENCED and _to_death(verb.head):
        return True  # "was sentenced to death in 2021 and shot in secret"
    base = verb.head if verb.dep_ == "conj" else verb
    subjects = [c for c in base.children if c.dep_ in {"nsubjpass", "nsubj"}]
    clauses = [c for s in subjects for c in s.children if c.dep_ in {"acl", "relcl", "appos"}]
    # an opening participle: "Sentenced to death in 2020, X was shot"
    clauses += [c for c in base.children if c.dep_ == "advcl" and c.i < base.i]
    return any(t.lower_ in _SENTENCED and _to_death(t) for c in clauses for t in c.subtree)


def _to_death(verb: Token) -> bool:
    """ "sentenced to death" (not "to ten years")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
        for c in verb.children
    )
