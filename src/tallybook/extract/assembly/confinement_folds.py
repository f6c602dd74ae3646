"""Which punitive-confinement triggers ("moved to solitary confinement", "placed in a punishment
cell") belong to another violation their text tells, and which execution words only name the end
a move into solitary confinement prepares?

- "was moved to a punishment cell in X prison on 8 August and died there": the cell is part of
  the death told in its sentence, not an incident of its own;
- "At least five prisoners were executed on Sunday. ... the prisoners were transferred to solitary
  confinement on Saturday in preparation for their executions": a step of the executions told
  before, when the people moved are only referred back to ("the prisoners", "they");
- "were transferred to solitary confinement in preparation for execution", "moved to solitary
  confinement ahead of his execution": the execution is still to come; the move is the event.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Span

from tallybook.extract.assembly.incident_evidence import trigger_sentence
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import NOMINAL
from tallybook.extract.detection.triggers import Trigger

_CONFINED = wordset("solitary punitive punishment disciplinary penalty")
_MOVED = wordset("transferred moved taken sent put returned")
_DEATHS = wordset("death_in_custody killing")
# Words that set an execution ahead of the move: "in preparation for", "ahead of", "prior to".
_AHEAD = wordset("preparation ahead prior before precedes precede preceding")
# How a move refers back to people told before: "the prisoners", "they", "all five".
_BACK = wordset("the they these those all both")
_WINDOW = 3  # sentences back an execution told may be the one the move prepared


def _confinement(t: Trigger) -> bool:
    return t.type == "other" and any(w.lower_ in _CONFINED for w in t.span)


def _move(t: Trigger) -> bool:
    return _confinement(t) and t.span[0].lower_ in _MOVED


def fold_confinements(triggers: list[Trigger], sents: dict[int, Span]) -> list[Trigger]:
    """`triggers` without the confinements another violation of theirs tells and without the
    executions a move into solitary confinement only prepares."""
    start_of = {id(t): trigger_sentence(t.span, sents).start for t in triggers}
    deaths = {start_of[id(t)] for t in triggers if t.type in _DEATHS}
    moves = {start_of[id(t)] for t in triggers if _move(t)}
    executed = [t for t in triggers if t.type == "execution" and not _ahead(t)]
    out: list[Trigger] = []
    for t in triggers:
        sent = start_of[id(t)]
        if _confinement(t) and sent in deaths:
            continue  # "moved to a punishment cell ... and died there"
        if _move(t) and _executed_before(t, executed, sents):
            continue  # "the prisoners were transferred to solitary confinement" the day before
        if t.type == "execution" and sent in moves and _ahead(t):
            continue  # "in preparation for execution": not yet carried out
        out.append(t)
    return out


def _ahead(t: Trigger) -> bool:
    """ "in preparation for their executions", "ahead of his execution": an execution noun a
    phrase of anticipation governs."""
    return t.kind == NOMINAL and any(a.lower_ in _AHEAD for a in islice(t.root.ancestors, 3))


def _referred_back(t: Trigger) -> bool:
    """The people moved are named only by a pronoun or a definite noun, with no name of their own."""
    verb = t.span[0]
    subj = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subj is None:
        return False
    words = list(subj.subtree)
    if any(w.ent_type_ == "PERSON" for w in words):
        return False
    return words[0].lower_ in _BACK


def _executed_before(t: Trigger, executed: list[Trigger], sents: dict[int, Span]) -> bool:
    doc = t.span.doc
    here = trigger_sentence(t.span, sents).start
    for e in executed:
        there = trigger_sentence(e.span, sents).start
        if there == here and e.kind != NOMINAL:
            return True  # "executed on Monday, a week after he was moved to solitary confinement"
        if there >= here:
            continue  # (a noun of its own sentence: "which usually means the execution is near")
        between = doc[there:here]
        if _referred_back(t) and sum(1 for w in between if w.is_sent_start) <= _WINDOW:
            return True
    return False
