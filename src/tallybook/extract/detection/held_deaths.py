"""Whether the words around "died" set the death where the state held the person, beyond a place
phrase of the verb's own (which `parsed_triggers.died_held` reads):

- a held participle on the subject: "an activist jailed over his posts died in hospital", "X, a
  teacher detained in the raids, died on Monday" (not one "released" or "freed" since);
- a place behind the cause of death: "died of heart failure in X Prison";
- a sentence being served: "died while serving a sentence in Penal Colony No. 9";
- care withheld: "died at the X site in October after being denied medical care";
- a place of detention the conjoined clause before names: "was moved to a punishment cell in X
  prison and died there two weeks later".

`died_held` asks `held_death` of every death verb its own readings leave open.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from tallybook.extract.detection.trigger_patterns import wordset

_HELD_PARTICIPLES = wordset("held detained imprisoned jailed arrested incarcerated")
_FREED = wordset("released freed acquitted pardoned")
_CAUSE_PREPS = wordset("of from")
_SERVING = wordset("serving")
_TERMS = wordset("sentence sentences term")
_DENIED = wordset("denied refused deprived")
_CARE = wordset("medical medicine medicines treatment")
_MOVED = wordset("moved transferred taken sent put placed held kept locked")


def held_death(tok: Token, held_object: Callable[[Token], bool]) -> bool:
    """`tok` ("died") is told of a person the state held then; `held_object(prep)` says a
    preposition's object is a place of detention."""
    for c in tok.children:
        dep = c.dep_
        if dep in {"nsubj", "nsubjpass"} and _held_subject(c):
            return True
        if dep == "prep" and c.lower_ in _CAUSE_PREPS and _cause_held(c, held_object):
            return True
        if dep == "advcl" and c.lower_ in _SERVING and _serving_term(c):
            return True
        if dep == "prep" and c.lower_ == "after" and _care_denied(c):
            return True
    return _died_there(tok, held_object)


def _held_subject(subj: Token) -> bool:
    """ "an activist jailed over Facebook posts", "X, a farmer detained in the sweep": a participle
    of holding on the subject or on its apposition."""
    nouns = [subj, *(g for g in subj.children if g.dep_ == "appos")]
    held = any(
        a.dep_ == "acl" and a.tag_ == "VBN" and a.lower_ in _HELD_PARTICIPLES
        for noun in nouns
        for a in noun.children
    )
    # "jailed in 2010 and released in 2015" (the parser may hang "released" on the name)
    return held and not any(w.lower_ in _FREED for w in subj.subtree)


def _cause_held(prep: Token, held_object: Callable[[Token], bool]) -> bool:
    """ "of heart failure in Saydnaya Prison": the parser hangs the place on the cause."""
    for obj in (g for g in prep.children if g.dep_ == "pobj"):
        if any(p.dep_ == "prep" and p.lower_ in {"in", "at"} and held_object(p) for p in obj.children):
            return True
    return False


def _serving_term(verb: Token) -> bool:
    """ "while serving a sentence", "while serving his prison term"."""
    if not any(m.dep_ == "mark" and m.lower_ == "while" for m in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _TERMS for c in verb.children)


def _care_denied(prep: Token) -> bool:
    """ "died at the X site after being denied medical care": care that only a holder can deny."""
    words = {w.lower_ for w in prep.subtree}
    return bool(words & _DENIED) and bool(words & _CARE)


def _died_there(tok: Token, held_object: Callable[[Token], bool]) -> bool:
    """ "was moved to a punishment cell in X prison on 8 August and died there": "there" is the
    place of detention the clause "died" is conjoined to names."""
    if tok.dep_ != "conj" or not any(c.dep_ == "advmod" and c.lower_ == "there" for c in tok.children):
        return False
    verb = tok.head
    if verb.lower_ not in _MOVED:
        return False
    preps = (p for p in verb.children if p.dep_ == "prep" and p.lower_ in {"to", "in", "into", "at"})
    return any(held_object(p) for p in preps)
