"""Round 20, incident detection from breadth probes: agents of the kind the text has just told
acting (soldiers who beat a man to death, police who shot protesters) who are then arrested are
held to account, not victims ("The army announced that two soldiers had been arrested"); a person
"shot" whose own death sentence the sentence tells ("X, sentenced to death in 2021, was shot in
secret") is executed, not killed. Guards: arrests of people by agents, agents arrested for their
own act ("who refused to fire"), agents arrested with no act of theirs told, shootings of people
sentenced to prison terms, wounds, and plain shootings."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language

_AGENT_ARRESTS = [
    "On 4 May soldiers at a checkpoint in Gulu beat to death a taxi driver, Samuel Opio. "
    "The army announced that two soldiers had been arrested.",
    "Police officers shot dead three protesters in Kisumu on Friday. "
    "The police inspector general said four officers had been detained.",
    "Prison guards beat Tomas Ruiz to death in his cell on 2 March. Two guards "
    "were later arrested, the ministry said.",
    "Troops killed at least 20 villagers in Mandi in April. The army said on "
    "Monday that five soldiers had been detained.",
    "Police officers tortured the detainee for three days. Three policemen were arrested last week.",
]


@pytest.mark.parametrize("text", _AGENT_ARRESTS)
def test_probe_agents_arrested_after_their_act_are_no_arrest(nlp: Language, text: str) -> None:
    kinds = extracted_types(nlp, text)
    assert kinds and "arrest" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers arrested 40 protesters in Bamako on Friday.",
        "Mendoza and six other officers were arrested in Maracay on 2 August 2022 "
        "and accused of plotting a rebellion.",
        "The government said on Tuesday that 12 army officers had been "
        "arrested for allegedly plotting a coup.",
        "Police arrested the journalist Omar Said in Cairo on Monday.",
        "Human rights groups said that security forces detained 30 students. The students were beaten.",
        "Police dispersed the march in Kampala on Monday. Two police officers who "
        "joined the march were also detained.",
        "Soldiers shot three protesters in Bamako. Four soldiers who refused to "
        "fire on the crowd were arrested.",
    ],
)
def test_probe_other_arrests_stay(nlp: Language, text: str) -> None:
    assert "arrest" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Viktar Skrahin, sentenced to death in 2021, was shot in secret last year, his relatives were told.",
        "The two brothers, sentenced to death by a military court in May, were shot at dawn on Tuesday.",
        "Sentenced to death in 2020, Dzmitry Kanavalau was shot in March, his mother learned from a letter.",
        "Aslan Khamzin, who had been sentenced to death for terrorism in 2019, "
        "was shot in secret in January.",
        "Ruslan Petrov was sentenced to death in 2021 and shot in secret the following year.",
        "The prisoners, who were sentenced to death last year, were shot on 3 "
        "April, the court told their families.",
    ],
)
def test_probe_condemned_shot_is_execution(nlp: Language, text: str) -> None:
    kinds = extracted_types(nlp, text)
    assert "execution" in kinds and "killing" not in kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Oleg Markov, sentenced to ten years in prison in 2021, was shot dead "
            "by guards during a riot in March.",
            "killing",
        ),
        ("Ivan Sokol was shot dead by police in Minsk on Friday.", "killing"),
        (
            "A protester sentenced to death in absentia was shot in the leg by police on Monday.",
            "death_sentence",
        ),
    ],
)
def test_probe_other_shootings_are_no_execution(nlp: Language, text: str, kind: str) -> None:
    kinds = extracted_types(nlp, text)
    assert kind in kinds and "execution" not in kinds
