"""Whether a verb of placing or sending puts people where the state holds them: "was placed in
pre-trial detention", "put in a police cell", "hundreds of Uyghurs were sent to re-education
camps" (an arrest). Not "sent to prison for ten years" (a term), "placed in a punishment cell" or
"in solitary confinement" (punitive confinement of someone already held), nor things placed.
`trigger_outcomes` asks `placed_held` of `PLACED_WORDS`.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_context import QUANTITY_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_seizures import ALREADY_HELD, is_person, pobjs
from tallybook.extract.detection.trigger_senses import held_place

_PLACED = wordset("placed put")
_SENT = wordset("sent")
PLACED_WORDS = _PLACED | _SENT
_CAMPS = wordset("camp camps")
# Kinds of camp the state holds people in ("re-education" is split at the hyphen: "education").
_CAMP_KINDS = wordset("detention internment education labour labor concentration military filtration")
# A cell that punishes someone already held (trigger_harms), not a first detention.
_PUNITIVE = wordset("punishment solitary isolation disciplinary")


def placed_held(verb: Token) -> bool:
    """ "was placed in pre-trial detention", "sent to re-education camps": see the docstring."""
    if not verb.doc.has_annotation("DEP"):
        return False
    whom = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if whom is None or whom.lower_ in ALREADY_HELD:
        return False
    if not is_person(whom) and not _crowd_of_names(whom):
        return False
    if pobjs(verb, {"for"}) and verb.lower_ in _SENT:
        return False  # "sent to prison for five years": a prison term
    low = verb.lower_
    for place in pobjs(verb, {"to"} if low in _SENT else {"in", "into"}):
        kinds = {c.lower_ for c in place.children if c.dep_ in {"amod", "compound"}}
        if kinds & _PUNITIVE:
            return False
        if place.lower_ in _CAMPS and kinds & _CAMP_KINDS:
            return True
        if low in _PLACED and held_place(place):
            return True
    return False


def _crowd_of_names(tok: Token) -> bool:
    """ "hundreds of Uyghurs": a crowd of a people the model left untagged (not "of books")."""
    if tok.lower_ not in QUANTITY_NOUNS:
        return False
    return any(g.pos_ == "PROPN" for g in pobjs(tok, {"of"}))
