"""Round 27, missed incidents: a person named by a trade, kin or role noun the core list lacks
("the shopkeeper", "two mechanics") who is picked up by police is arrested, as "the student" is;
the dead hidden in a mass, unmarked or clandestine grave by someone, or bodies said to be hidden
there, is the concealment of bodies (other, CONVENTIONS). Guards: things picked up, a burial that
closes an execution with no doer of its own, remains exhumed or bodies found in a grave, a family
grave."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language

_TRADES_PICKED_UP = [
    "The 45-year-old shopkeeper was picked up by police from his shop on 3 May.",
    "A fisherman was picked up by police at the harbour on Tuesday.",
    "Two mechanics were picked up by soldiers from their garage in May.",
    "The nurse was picked up by police on her way home on 2 March.",
]


@pytest.mark.parametrize("text", _TRADES_PICKED_UP)
def test_probe_trades_picked_up_by_police_are_arrests(nlp: Language, text: str) -> None:
    assert "arrest" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The parcel was picked up by the courier from his shop.",
        "The shopkeeper picked up the pieces of the broken window.",
        "The story was picked up by the press on Monday.",
    ],
)
def test_probe_things_picked_up_are_none(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []


_HIDDEN_IN_GRAVES = [
    "The bodies of many of those who died were reportedly hidden in mass graves after the raid.",
    "He was buried by security forces in an unmarked grave, and his family was not told where.",
    "Soldiers dumped the bodies of 30 villagers in a mass grave near the river.",
    "The remains of the victims were concealed in clandestine graves by the army.",
]


@pytest.mark.parametrize("text", _HIDDEN_IN_GRAVES)
def test_probe_dead_hidden_in_graves_are_other(nlp: Language, text: str) -> None:
    assert "other" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Forensic teams exhumed the remains of 40 people from a mass grave near the village.",
        "Her son was buried in the family grave on Sunday.",
        "A mass grave was discovered near the village last year.",
    ],
)
def test_probe_graves_without_hiding_are_none(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []


def test_probe_burial_after_execution_is_no_other(nlp: Language) -> None:
    text = "The prisoner Omid Farzan was hanged in May and buried in an unmarked grave."
    assert "other" not in extracted_types(nlp, text)
