"""Trigger hits that only frame another incident of the same sentence.

- "held incommunicado for three weeks, during which they were beaten": the incommunicado period
  frames the ill-treatment; it is not told as a disappearance of its own. So does "held
  incommunicado for 24 days and subjected to beatings" (one subject, two predicates).
- "subjected to beatings and mock executions": a mock execution is a method of torture.

Moved out of `incident_folds`.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.text.boilerplate import sentence_bounds

__all__ = ["drop_framed"]

_MOCK = wordset("mock simulated fake staged sham")
_FRAME_PREPS = wordset("during in throughout")
_FRAME_MARKS = wordset("while when where")


def _sentence_start(t: Trigger) -> int:
    bounds = sentence_bounds(t.span.doc, t.span.start)
    return bounds[0] if bounds is not None else -1


def _is_mock(t: Trigger) -> bool:
    """ "mock executions", "a simulated execution": the word before or a modifier of the noun."""
    if t.type != "execution":
        return False
    root, doc = t.root, t.span.doc
    before = doc[t.span.start - 1].lower_ if t.span.start > 0 else ""
    return before in _MOCK or any(c.lower_ in _MOCK for c in root.children if c.dep_ in {"amod", "compound"})


def _frames(held: Token, inner: Token) -> bool:
    """`inner` lies in a clause that `held` introduces as its time span: "held ..., during
    which they were beaten"; or `held` is the "while held incommunicado" of `inner`'s verb."""
    tok = inner
    while tok.i != held.i and tok.head.i != tok.i:  # Token objects are not reused: compare indices
        if tok.dep_ in {"advcl", "relcl"}:
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _FRAME_PREPS]
            if any(g.lower_ in {"which", "that"} for p in preps for g in p.children):
                return tok.head.i == held.i or held in tok.head.ancestors or tok.head in held.subtree
        tok = tok.head
    if _coordinated(held, inner):
        return True
    if held.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _FRAME_MARKS for c in held.children):
        return held.head.i == inner.i or held.head in inner.ancestors or inner in held.head.subtree
    return False


_AFTERWARDS = wordset("later then afterwards subsequently eventually after")


def _coordinated(held: Token, inner: Token) -> bool:
    """ "he was held incommunicado for 24 days and subjected to beatings": the ill-treatment is a
    second passive predicate of the same subject, told as what happened during the spell."""
    verb = held if held.pos_ in {"VERB", "AUX"} else held.head
    tok = inner
    while tok.head.i != tok.i:
        if tok.dep_ == "conj" and tok.head.i == verb.i:
            # a subject or object of its own ("and beat him") tells the beating as an act apart
            own = {"nsubj", "nsubjpass", "dobj"}
            return not any(c.dep_ in own or c.lower_ in _AFTERWARDS for c in tok.children)
        if tok.i == verb.i:
            return False
        tok = tok.head
    return False


def drop_framed(triggers: list[Trigger]) -> list[Trigger]:
    """Drop mock executions and incommunicado spells that only frame ill-treatment."""
    if not triggers or not triggers[0].span.doc.has_annotation("DEP"):
        return [t for t in triggers if not _is_mock(t)]
    torture = [t for t in triggers if t.type == "torture"]
    out: list[Trigger] = []
    for t in triggers:
        if _is_mock(t):
            continue
        if t.type == "enforced_disappearance" and any(w.lower_ == "incommunicado" for w in t.span):
            same = [x for x in torture if _sentence_start(x) == _sentence_start(t)]
            bounds = sentence_bounds(t.span.doc, t.span.start) or (t.span.start, t.span.end)
            words = {w.lower_ for w in t.span.doc[bounds[0] : bounds[1]]}
            # "..., during which his family's enquiries went unanswered": the family kept in the
            # dark makes the spell a disappearance of its own, beside the ill-treatment
            kept = bool(words & {"family", "relatives", "families"}) and bool(
                words & {"unanswered", "vain", "nothing"}
            )
            if not kept and any(_frames(t.root, x.root) for x in same):
                continue
        out.append(t)
    return out
