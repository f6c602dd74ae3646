"""What a body reacts to: "X expressed alarm at the execution of 14 men", "X voiced deep concern
at the arrests", "X was alarmed at the killings". The incident named after "at" is what X tells
of (the reacting body is its claimant), as "over" and "about" already are; "at" is taken only
after a word of reaction, not "said at a news conference"."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset

__all__ = ["reacted_at"]

# Nouns a body voices or expresses about an event ("expressed alarm at", "voiced dismay at").
_REACTION_NOUNS = wordset(
    "alarm concern concerns dismay shock outrage horror regret indignation consternation distress"
)
# Adjectives and participles that are the reaction themselves ("was alarmed at", "is appalled at").
_REACTION_STATES = wordset("alarmed concerned dismayed shocked outraged horrified appalled disturbed")


def reacted_at(verb: Token, child: Token) -> bool:
    """Whether `child` is the "at" phrase naming what `verb`'s subject reacted to: the verb takes
    a reaction noun as its object ("expressed alarm at X"), holds it ("voiced alarm at X" with
    "at" on the noun), or is the reaction itself ("alarmed at X")."""
    if child.dep_ != "prep" or child.lower_ != "at" or child.i < verb.i:
        return False
    if verb.lower_ in _REACTION_STATES:
        return True
    if verb.lower_ in _REACTION_NOUNS and verb.dep_ == "dobj":
        return True  # "at" hung on the noun: "expressed [alarm [at X]]"
    return any(c.dep_ == "dobj" and c.lower_ in _REACTION_NOUNS for c in verb.children)
