"""Does a refusal keep secret where a person is held, whoever asked?

"police arrested X and for six weeks refused to confirm where he was held", "Despite repeated
requests, authorities refused to disclose his location until April 28": the refusal itself keeps
the person's place from everyone, so it tells an enforced disappearance even when the text does
not say the family asked (trigger_vanishings.refused_where asks for the family or lawyers, as a
plain "did not say where they were held" is only a gap in the news).

Not a person's place: "refused to disclose the location of the weapons", "refused to say where
the money was kept"; not a refusal: "confirmed where he was held", "declined to comment".
factual_readings.withheld_event reads these as enforced disappearances.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_vanishings import REFUSE, WHERE_HELD
from tallybook.extract.entities.kin_words import NEAR_KIN

_DISCLOSE = wordset(
    "confirm confirms confirmed disclose discloses disclosed reveal reveals revealed say says said "
    "acknowledge acknowledges acknowledged specify specified"
)
_PLACE = wordset("location whereabouts")
_PRONOUNS = wordset("he she they him her them")
_POSSESSIVE = wordset("his her their")


def refused_place(refused: Token) -> bool:
    """ "refused to confirm where he was held", "refused to disclose his location"."""
    if refused.lower_ not in REFUSE:
        return False
    for verb in refused.children:
        if verb.dep_ != "xcomp" or verb.lower_ not in _DISCLOSE:
            continue
        for c in verb.children:
            if c.dep_ == "dobj" and c.lower_ in _PLACE and persons_place(c, _POSSESSIVE):
                return True
            if c.dep_ == "ccomp" and _where_held(c):
                return True
    return False


# "the whereabouts of her son / the detainees / the 12 men": people, not things
_PEOPLE = NEAR_KIN | wordset(
    "child children relative parent man men woman women boy girl person people detainee prisoner "
    "activist student journalist lawyer victim protester protestor worker member defender villager "
    "resident leader"
)


def persons_place(noun: Token, owners: frozenset[str] | None = None) -> bool:
    """ "her whereabouts", "the location of the detainees": a person's place, not an object's;
    `owners` keeps only those possessive words ("his location", not "the company's")."""
    if any(c.dep_ == "poss" and (owners is None or c.lower_ in owners) for c in noun.children):
        return True
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return any(
                c.pos_ in {"PROPN", "PRON"}
                or c.ent_type_ == "PERSON"
                or c.lower_.removesuffix("s") in _PEOPLE
                for c in prep.children
            )
    return False


def _where_held(held: Token) -> bool:
    """ "where he was (being) held": a person the clause holds somewhere."""
    if held.lower_ not in WHERE_HELD:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in held.children):
        return False
    return any(
        c.dep_ in {"nsubjpass", "nsubj"} and (c.lower_ in _PRONOUNS or c.ent_type_ == "PERSON")
        for c in held.children
    )
