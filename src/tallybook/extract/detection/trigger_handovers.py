"""Is a hand-over a vanishing? "stopped three students ... and handed them over to unidentified
armed men", "were stopped by local police ... and later handed over to members of a criminal
gang": people the state passed to hands that answer to no one are disappeared. Not "handed him
over to his family", "handed over to prosecutors" (a known authority).
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.detection.trigger_seizures import is_person

HANDED_WORDS = wordset("handed handing turned")
# Receivers that answer to no one: a gang, a militia, men no one names.
_UNACCOUNTABLE = wordset("gang gangs cartel cartels militia militias gunmen")
_UNNAMED = wordset("unidentified unknown armed masked hooded criminal")
_OBJECT_DEPS = wordset("dobj nsubjpass")


def handed_to_unknown(verb: Token) -> bool:
    """ "handed them over to unidentified armed men": a person passed on to unaccountable hands."""
    if not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        return False
    if not any(_unaccountable(g) for g in _receivers(verb)):
        return False
    whom = next((c for c in verb.children if c.dep_ in _OBJECT_DEPS), None)
    if whom is None and verb.dep_ == "conj":  # "were stopped ... and later handed over to"
        whom = next((c for c in verb.head.children if c.dep_ in _OBJECT_DEPS), None)
    return whom is not None and is_person(whom)


def _receivers(verb: Token) -> list[Token]:
    """The objects of the verb's "to" phrase, and what "members of" there stands for."""
    out: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            out.append(obj)
            for of in (p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"):
                out.extend(g for g in of.children if g.dep_ == "pobj")  # "members of a gang"
    return out


def _unaccountable(tok: Token) -> bool:
    if tok.lower_ in _UNACCOUNTABLE:
        return True
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in _UNNAMED for c in tok.children)
