"""Round 15 official versions: a state's own account of a death the text has told is no incident of
its own. Beyond the armed exchange read before: "killed in self-defense" (either spelling), a
"department" as the state body, "the army presented the dead as ... killed in combat", and a
version with no victim phrase, only a pronoun, or a bare figure for an event told with none; a
rebuttal in the version's own sentence ("but footage showed he was shot") tells that event again."""

from __future__ import annotations

import pytest
from extraction_helpers import LEDGER, incidents_of
from spacy.language import Language


def _killings(nlp: Language, text: str) -> list[tuple[int | None, list[tuple[str, str]]]]:
    found = incidents_of(nlp, text, "killing", publisher=LEDGER)
    return [(i.figure.count, [(c.claimant, c.stance.value) for c in i.claims]) for i in found]


@pytest.mark.parametrize(
    ("text", "disputer"),
    [
        (
            "A 17-year-old student was shot dead by plainclothes officers in an alley in Kestrel on "
            "8 June. Police said the boy had fired at officers with a pistol and was killed in self-defense.",
            "Police",
        ),
        (
            "Marco Levi, 19, was shot dead by plainclothes officers in an alley in Kestrel on 8 June, "
            "witnesses said. The police department said Levi had fired at officers and was killed in "
            "self-defence, but video footage showed he was unarmed when he was shot.",
            "The police department",
        ),
        (
            "Soldiers shot dead five farmers near the village of Dalmor on 2 May, a rights group said. "
            "The army initially presented the dead as members of an armed group killed in combat.",
            None,
        ),
        (
            "Among those taken was Samuel Ade, a teacher, who was detained at his home on 14 March. The "
            "group also raised the case of Daniel Oyelaran, 23, whose bullet-riddled body was found near "
            "Kestrel on 2 May, a month after he was taken from a bus by men in uniform. The Interior "
            "Department said he had been killed in an exchange of fire with its officers.",
            "Interior Department",
        ),
        (
            "The Dalmor massacre was the killing of farmers in the village of Dalmor by an army patrol "
            'on 9 September 1990. The army\'s report at the time stated that eight "rebels" had been '
            "killed in combat.",
            "The army",
        ),
    ],
)
def test_official_version_folds_into_told_killing(nlp: Language, text: str, disputer: str | None) -> None:
    found = _killings(nlp, text)
    assert len(found) == 1
    if disputer is not None:
        assert (disputer, "disputes") in found[0][1]
        assert (disputer, "asserts") not in found[0][1]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a portrayal by no state body
        (
            "Soldiers shot dead five farmers near the village of Dalmor on 2 May, a rights group said. "
            "The rebels presented the dead as members of an armed group killed in combat.",
            2,
        ),
        # a version naming another person and another town
        (
            "Soldiers shot dead four villagers in Dalmor on 2 May, witnesses said. Police said Ivan "
            "Petrov, a trader, was killed in self-defense in Brenn after he attacked officers.",
            2,
        ),
        # a version with a day and a town of its own
        (
            "Soldiers shot dead four villagers in Dalmor on 2 May, witnesses said. On 9 June, police "
            "said two men were killed in self-defence in the town of Brenn.",
            2,
        ),
        # the state's account alone is the only telling
        ("Police said three robbers were killed in self-defence during a raid in Brenn on 5 May.", 1),
        # a rebuttal with a figure of its own is not the event told again
        (
            "A student was shot dead by officers in Kestrel on 8 June. Police said the boy was killed "
            "in a shootout, but residents said six people were shot in the raid.",
            2,
        ),
    ],
)
def test_official_version_near_misses(nlp: Language, text: str, count: int) -> None:
    assert len(_killings(nlp, text)) == count
