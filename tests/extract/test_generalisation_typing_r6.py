"""Typing of seizures and perpetrators' arrests (round 6): a person taken by agents who say which
force they are is arrested, unless the sentence or the next leaves the fate untold (then it is an
enforced disappearance); people who "vanished after being detained" and "the disappearance of
seven farmworkers" are disappearances; the arrest of the alleged perpetrators of a violation
("the constable was arrested and charged with murder") is no incident, nor is a violation named
only as the charge. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types, incidents_of
from spacy.language import Language

# Taken by a named force, the fate not left untold: an arrest.
SEIZED_BY_POLICE = [
    "Imran Khosa was picked up from his house in Gulberg on Friday evening by a police party, "
    "his uncle said.",
    "The teacher Wasim Baig was taken from his home in Sukkur by police early on Thursday, "
    "his wife told reporters.",
    "Men in civilian clothes who said they were from the intelligence bureau took his son from their flat "
    "in Quetta on Monday, the father said.",
    "Men who identified themselves as Counter Terrorism Department officers picked up the lawyer Asif Rana "
    "at a petrol station in Lahore on 3 March.",
]

# The same seizures, the fate untold in that sentence or the next: a disappearance.
SEIZED_AND_GONE = [
    "The teacher Wasim Baig was taken from his home in Sukkur by police early on Thursday. His family has "
    "heard nothing from him since.",
    "Men who identified themselves as Counter Terrorism Department officers picked up the lawyer Asif Rana "
    "at a petrol station in Lahore on 3 March. Police denied holding him.",
    "Imran Khosa was picked up from his house in Gulberg on Friday evening by a police party; his "
    "whereabouts remain unknown.",
    # takers who do not say who they are
    "The teacher Wasim Baig was taken from his home in Sukkur by men in plain clothes on Thursday, "
    "his wife said.",
]


@pytest.mark.parametrize("text", SEIZED_BY_POLICE)
def test_a_person_taken_by_a_named_force_is_arrested(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == ["arrest"]


@pytest.mark.parametrize("text", SEIZED_AND_GONE)
def test_a_seizure_with_the_fate_untold_stays_a_disappearance(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == ["enforced_disappearance"]


VANISHED = [
    "Relatives of 14 young men who vanished after being detained by state police in the town of Rio Frio "
    "marched to the prosecutor's office on Saturday.",
    "Prosecutors said they had arrested nine municipal police officers in connection with the disappearance "
    "of six fruit pickers who were stopped at a checkpoint in May.",
]


@pytest.mark.parametrize("text", VANISHED)
def test_people_gone_since_the_state_took_them(nlp: Language, text: str) -> None:
    assert "enforced_disappearance" in extracted_types(nlp, text)


def test_things_that_vanish_are_no_disappearance(nlp: Language) -> None:
    text = (
        "The case files vanished after the raid on the lawyers' office in Multan, the bar association said."
    )
    assert "enforced_disappearance" not in extracted_types(nlp, text)


PERPETRATORS_HELD = [
    "The constable was arrested and charged with murder, and a court later sentenced him to eight years.",
    "Two prison guards were detained over the death of the inmate, the ministry said.",
    "Prosecutors said they had detained three state police officers on charges of enforced disappearance.",
    "Federal prosecutors said they had arrested nine municipal police officers in connection with the "
    "disappearance of the students.",
]


@pytest.mark.parametrize("text", PERPETRATORS_HELD)
def test_arrests_of_alleged_perpetrators_are_no_incident(nlp: Language, text: str) -> None:
    found = extracted_types(nlp, text)
    assert "arrest" not in found
    assert found.count("enforced_disappearance") <= (1 if "disappearance of the students" in text else 0)


VICTIMS_HELD = [
    "Police arrested 45 people in connection with the protests in Dura on Sunday.",
    "The activist Sara Qadri was arrested in Dura on Sunday and charged with 'spreading false news'.",
    "Soldiers detained the journalist Omar Faiz over a report on the killing of a farmer, his editor said.",
]


@pytest.mark.parametrize("text", VICTIMS_HELD)
def test_arrests_of_protesters_and_critics_stay(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "arrest")
