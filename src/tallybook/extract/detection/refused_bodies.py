"""Does a clause tell a body kept from the family by what it refuses or leaves undone, rather than
by a plain negation?

- A refusal to give the body back: "the authorities have so far refused to hand over his body"
  (the refusal is the violation, whatever the clause before it negates: "His family was not
  allowed a last visit, and the authorities refused ...").
- Access to the body refused or denied: "she was refused access to the body for eleven days",
  "officials denied the family access to his body".
- The second half of "neither ... nor": "authorities neither confirmed the death nor returned his
  body" (the "nor" negates the return).

Not a refusal of a body: "refused to hand over the documents", "denied access to his lawyer",
"returned his body to the family" (no negation), "refused to comment on his body of work".
factual_readings.withheld_event reads these as the "other" type (CONVENTIONS.md: confiscation
of bodies).
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import BODY_NOUNS

_REFUSED = wordset("refused refuse refuses refusing declined decline declines declining")
_DENIED = wordset("denied deny denies denying")
_GIVE_BACK = wordset(
    "return returns returned returning release releases released hand hands handed give gives gave "
    "surrender surrenders surrendered"
)
_ACCESS = wordset("access")


def refused_body(verb: Token) -> bool:
    """ "refused to hand over his body", "was refused access to the body", "denied the family
    access to his body": the body is kept from the family."""
    low = verb.lower_
    if low in _REFUSED:
        for c in verb.children:
            if c.dep_ == "xcomp" and c.lower_ in _GIVE_BACK and _body_object(c) is not None:
                return True
    if low in _REFUSED or low in _DENIED:
        return any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _ACCESS and _access_to_body(c)
            for c in verb.children
        )
    return False


def nor_negated(verb: Token) -> bool:
    """ "neither confirmed the death nor returned his body": a verb joined by "nor" is negated."""
    if verb.dep_ != "conj":
        return False
    head = verb.head
    return any(c.dep_ == "cc" and c.lower_ == "nor" and head.i < c.i < verb.i for c in head.children)


def _body_object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in BODY_NOUNS), None)


def _access_to_body(noun: Token) -> bool:
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            return any(g.dep_ == "pobj" and g.lower_ in BODY_NOUNS for g in prep.children)
    return False
