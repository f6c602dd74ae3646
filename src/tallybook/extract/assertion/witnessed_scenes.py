"""Whether a past-tense act between two bare plurals ("police beat protesters") is one event and
not talk of a practice: it is told by people who saw it ("Eyewitnesses told the monitors that
officers beat participants with batons", "residents said soldiers beat villagers"), or set at one
definite scene ("beat demonstrators during the raid", "outside the courthouse"). Not "rights
groups reported that police tortured detainees", nor "rights groups say police beat detainees
during interrogations" (no scene of its own).
Read by `generic_talk.generic_plural`."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_patterns import WITNESS_NOUNS, wordset

# People who tell what they saw or lived through
_WITNESSES = WITNESS_NOUNS | wordset("eyewitnesses eyewitness survivors survivor participants")
_TELLING = wordset("told tell tells said say says described describe recounted recalled")
_SCENE_PREPS = wordset("during at outside inside near")
_DEFINITE = wordset("the this that")


def witnessed_scene(verb: Token) -> bool:
    """`verb` (a past-tense act) is told by witnesses or set at one definite scene."""
    head = verb.head
    told = verb.dep_ == "ccomp" and head.lower_ in _TELLING
    if told and any(c.dep_ == "nsubj" and c.lower_ in _WITNESSES for c in head.children):
        return True
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _SCENE_PREPS):
        for obj in (g for g in prep.children if g.dep_ == "pobj" and g.tag_ in {"NN", "NNP"}):
            if any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in obj.children):
                return True
    return False
