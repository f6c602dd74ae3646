"""Whether a person "was shot" in a story of deaths is one of those deaths: "Police said seven
people had died. ... In Kano, a 16-year-old boy, X, was shot in the head on Friday" — a passive
"shot" of people, with a place, a time or a wound to the head or trunk, within three sentences
after a sentence that counts or tells deaths, and with no word of a wound survived in its own
sentence ("was shot in the leg", "were shot and wounded", "survived").

`triggers._fatal_sentence` asks `told_among_deaths` when the shooting's own sentence says nothing
of a death.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.text.boilerplate import lower_forms, sentence_bounds

_DEATH_WORDS = wordset("killed dead died deaths killings killing bodies toll")
# words of a wound the person lived through, in the shooting's own sentence
_SURVIVED = wordset(
    "wounded injured injuring wounding injuries injury survived survive survives hurt recovering "
    "hospitalised hospitalized treated leg legs arm arms foot feet hand hands thigh knee knees "
    "pellets rubber"
)
_PREPS = wordset("in outside at near after inside on while as during")
_BACK = 3  # sentences before the shooting that may tell the deaths


def told_among_deaths(tok: Token) -> bool:
    """`tok` ("shot") is a passive shooting of people the sentences just before count among
    deaths."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    if any(c.dep_ == "nsubjpass" and c.pos_ not in {"PROPN", "NOUN"} for c in tok.children):
        # "he", "all three": people told before, maybe among the wounded or in a death told already
        return False
    if not any(c.dep_ in {"prep", "advcl", "npadvmod"} and c.lower_ in _PREPS for c in tok.children):
        return False
    doc = tok.doc
    bounds = sentence_bounds(doc, tok.i)
    if bounds is None or bounds[0] == 0:
        return False
    forms = lower_forms(doc)
    if any(w in _SURVIVED for w in forms[bounds[0] : bounds[1]]):
        return False
    start = bounds[0]
    for _ in range(_BACK):
        if start == 0:
            break
        before = sentence_bounds(doc, start - 1)
        if before is None:
            break
        if any(w in _DEATH_WORDS for w in forms[before[0] : before[1]]):
            return True
        start = before[0]
    return False
