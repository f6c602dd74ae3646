"""Violations named only as what a withheld record would be about: "The regime did not publish
information on investigations into allegations of torture", "Authorities did not provide a list of
persons detained in connection with the elections", "figures on executions have not been released".
The negation is of the publishing, so factuality.py's look at the few heads above the trigger does
not reach it, yet the sentence tells no event: it says what the authorities keep back. (A withheld
whereabouts or fate, "refused to disclose his whereabouts", IS the violation:
factual_readings.withheld_event keeps it before this check is asked.) Used by nonevent_frames.py;
needs the dependency parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_record import negated

_DISCLOSE = wordset(
    "publish publishes published publishing provide provides provided providing release releases "
    "released releasing disclose discloses disclosed disclosing give gives gave given giving share "
    "shares shared reveal reveals revealed"
)
# What is kept back: a record of events, not a person.
_RECORDS = wordset(
    "information list lists figure figures data statistics details number numbers record records "
    "breakdown tally"
)
_FATE = wordset("whereabouts fate location")
_TOPIC_PREPS = wordset("on about into of concerning regarding")
_REFUSE = wordset("refuse refuses refused refusing decline declines declined declining fail fails failed")
_HEADS_UP = 8


def withheld_record(root: Token) -> bool:
    """True when the trigger hangs, through nouns and prepositions only, from a record ("figures",
    "a list", "information") that a negated verb of publishing keeps back, or from that verb's
    "on"/"into" phrase beside such a record."""
    tok = root
    for _ in range(_HEADS_UP):
        if tok.lower_ in _FATE:
            return False
        head = tok.head
        if head.i == tok.i:
            return False
        if head.lower_ in _DISCLOSE and head.pos_ in {"VERB", "AUX"}:
            return _kept_back(head) and _record_of(head, tok)
        if head.pos_ in {"VERB", "AUX"}:
            return False  # a clause of its own: "did not publish figures, but said five were hanged"
        tok = head
    return False


def _record_of(verb: Token, below: Token) -> bool:
    """The trigger reaches the verb through its record object, or through a topic phrase of the
    verb ("did not publish information on X", parsed with "on X" on the verb) beside one."""
    records = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _RECORDS]
    if not records:
        return False
    if below.i in {r.i for r in records}:
        return True
    return below.dep_ == "prep" and below.lower_ in _TOPIC_PREPS


def _kept_back(verb: Token) -> bool:
    """ "did not publish", "has never released", "refused to disclose"."""
    if negated(verb):
        return True
    return verb.dep_ == "xcomp" and verb.head.lower_ in _REFUSE
