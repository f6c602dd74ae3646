"""Whether a word names homes that someone burned down: "soldiers burned more than 600 homes",
"troops also set fire to 40 houses", "dozens of huts were torched by the militia" (the
destruction of homes: type other). Not a fire with no one who set it ("a blaze destroyed 40
homes"), nor homes only described ("walked past burned houses").

`triggers.TriggerMatcher` asks `burned_home` of every word of `HOME_WORDS`; the trigger is the
verb of burning.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_patterns import wordset

HOME_WORDS = wordset("homes houses huts dwellings")
_BURN_VERBS = wordset("burned burnt burn burns burning torched torch torching razed raze razing")
_SET = wordset("set sets setting")
_FIRE_WORDS = wordset("fire fires blaze blazes flames flame")


def burned_home(tok: Token) -> Token | None:
    """The verb of burning `tok` (homes) is the object of, when someone did it, else None."""
    if tok.dep_ == "dobj" and tok.head.lower_ in _BURN_VERBS and tok.head.pos_ == "VERB":
        verb = tok.head
    elif tok.dep_ == "nsubjpass" and tok.head.lower_ in _BURN_VERBS:
        verb = tok.head  # "more than 40 houses were torched by soldiers"
        if not any(c.dep_ == "agent" for c in verb.children):
            return None
    elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ in _SET:
        verb = tok.head.head  # "set fire to more than 40 homes"
        if not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children):
            return None
    else:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in _FIRE_WORDS:
        return None  # "a blaze burned 40 homes": no one set it
    if subj is not None or any(c.dep_ == "agent" for c in verb.children):
        return verb
    # "killed five villagers and burned 40 homes": the subject of the verb it is joined to (a
    # real coordination, with its "and": not "walks past burned houses" misread as one)
    head = verb.head
    joined = verb.dep_ == "conj" and any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
    return verb if joined and any(c.dep_ == "nsubj" for c in head.children) else None
