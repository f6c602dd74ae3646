"""Round 17 missed incidents of liberty and confinement: a move into solitary confinement ("a step that
usually precedes execution") and a spell in a punishment cell are incidents of type other, unless
the death or the execution their text tells takes them in (moved to a punishment cell "and died
there"; "the prisoners were transferred to solitary confinement" the day before the executions
told); an execution a move into solitary confinement is "in preparation for" is still to come and no
incident; "stripped 50 more people of their nationality" is an incident of type other with the
people between the verb and "of"; a present passive with a frequency adverb tells a practice even in
a reported clause and in a named country ("warned that prisoners in X are routinely placed in
punishment cells"); a counted group said to be held now ("N people are currently held in X",
"Thousands of X remain in detention") is a stock of people held, an arrest aggregate, but not a part
of a group told before ("of whom 120 remain in detention") nor people held on death row; a
disappearance "by armed men" whose sentence says the men wore plain clothes or drove unmarked vans
is by unnamed abductors, as state abductions are reported, not a non-state crime; an arrest whose
sentence says only part of the group went missing ("the whereabouts of at least 37 of them remain
unknown", the part named after the trigger word) stays an arrest beside the disappearance; a family
kept from knowing where a person is held is a disappearance even when officials in the same sentence
deny holding him (the denial is part of the disappearance, not a dispute that drops it)."""

from __future__ import annotations

import pytest
from extraction_helpers import evidence, incidents_of
from spacy.language import Language

# --- punitive confinement -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Last month, some 15 inmates in Vakilabad Prison were moved to solitary confinement, which "
        "usually means their execution is near.",
        "On Monday, the prisoner Karim Azadi was transferred to solitary confinement in Tabriz Prison, "
        "a step that usually precedes execution.",
        "The teacher Olga Petrova was held in a punishment cell for 15 days in November.",
        "His wife said he had been placed in a punishment cell nine times since his conviction.",
        "He spent more than 80 days in a punishment cell last year, his lawyer said.",
    ],
)
def test_punitive_confinement_is_other(nlp: Language, text: str) -> None:
    incidents_of(nlp, text, "other", required=True)


def test_execution_a_move_prepares_is_no_incident(nlp: Language) -> None:
    text = (
        "The group said that around 40 inmates in Qezel Prison were transferred to solitary confinement "
        "in preparation for execution."
    )
    found = incidents_of(nlp, text)
    assert [i.type for i in found] == ["other"]
    assert found[0].figure.count == 40


@pytest.mark.parametrize(
    "text",
    [
        # the cell is part of the death told in its sentence
        "Retired teacher Omar Diaz was moved to a punishment cell in El Chipote on 4 May and died there "
        "ten days later.",
        # the move is a step of the executions told just before
        "At least four prisoners were hanged in Vakilabad Prison on Monday. According to the group, the "
        "prisoners were transferred to solitary confinement on Sunday in preparation for their executions.",
        "Prisoner Ali Karimi was executed at dawn on Monday, a week after he was moved to solitary "
        "confinement.",
        # a practice, not an event
        "The experts have previously warned that political prisoners in Moldova are routinely placed in "
        "punishment cells, a practice that may amount to ill-treatment.",
    ],
)
def test_confinement_taken_in_by_another_event(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "other") == []


def test_solitary_and_beaten_stays_torture(nlp: Language) -> None:
    text = "He was held in solitary confinement for 40 days and beaten until he confessed."
    assert [i.type for i in incidents_of(nlp, text)] == ["torture"]


# --- nationality stripped -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 3 April, the Government stripped 50 more people of their nationality.",
        "The court also stripped 12 of the defendants of their Bahraini citizenship.",
    ],
)
def test_people_stripped_of_nationality(nlp: Language, text: str) -> None:
    incidents_of(nlp, text, "other", required=True)


def test_stripped_of_something_else(nlp: Language) -> None:
    text = "The council stripped the mayor of his powers and his citizenship was questioned."
    assert incidents_of(nlp, text, "other") == []


# --- stocks of people held ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "More than 800 people are currently held on politically motivated charges in Belarus, "
            "according to Viasna.",
            800,
        ),
        (
            "At least 150 people are currently held in Tunisia for their peaceful activism, the group said.",
            150,
        ),
        (
            "According to the group, more than 9,000 people remain in detention since the army seized power.",
            9000,
        ),
        ("The parents of at least 12 conscripts who fled are held in Keren, the group said.", 12),
        (
            "Thousands of Eritreans remain in detention without charge or trial, the Special "
            "Rapporteur said.",
            None,
        ),
    ],
)
def test_held_stock_is_arrest(nlp: Language, text: str, count: int | None) -> None:
    found = incidents_of(nlp, text, "arrest", required=True)
    assert found[0].figure.count == count


@pytest.mark.parametrize(
    "text",
    [
        "More than 900 prisoners are currently held on death row.",
        "The talks are held in Geneva every year.",
        "The 12 men were held in a police station for three days.",
        "Detainees are held in overcrowded cells.",
        "Two dozen of them remain in custody, the lawyer said.",
    ],
)
def test_no_held_stock(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "arrest") == []


def test_part_of_arrest_told_is_no_second_stock(nlp: Language) -> None:
    text = "Police arrested 300 people in May, of whom some 120 remain in detention."
    found = incidents_of(nlp, text, "arrest")
    assert [i.figure.count for i in found] == [300]
    assert evidence(text, found[0]).startswith("Police arrested")


# --- abductors described by their clothes or vans ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At least 14 opposition supporters were abducted by armed men in plain clothes.",
        "Since March, the group has documented the abduction of at least 23 party activists by armed men "
        "driving unmarked vans.",
    ],
)
def test_armed_men_in_disguise_are_unnamed_abductors(nlp: Language, text: str) -> None:
    incidents_of(nlp, text, "enforced_disappearance", required=True)


def test_armed_men_alone_stay_non_state(nlp: Language) -> None:
    text = "At least 14 villagers were abducted by armed men last week."
    assert incidents_of(nlp, text, "enforced_disappearance") == []


# --- a part of the arrested group goes missing -----------------------------------------------------


def test_part_of_arrested_group_missing_keeps_the_arrest(nlp: Language) -> None:
    text = (
        "Soldiers have detained hundreds of young men in the region since March, and the whereabouts "
        "of at least 37 of them remain unknown, the group said."
    )
    found = incidents_of(nlp, text)
    assert sorted(i.type for i in found) == ["arrest", "enforced_disappearance"]
    assert [i.figure.count for i in found if i.type == "enforced_disappearance"] == [37]


def test_whole_group_missing_stays_one_disappearance(nlp: Language) -> None:
    text = "Police detained the activist Ana Ruiz on 3 March and her whereabouts remain unknown."
    assert [i.type for i in incidents_of(nlp, text)] == ["enforced_disappearance"]


# --- a custody denied is part of the disappearance -------------------------------------------------


def test_custody_denied_is_part_of_disappearance(nlp: Language) -> None:
    text = (
        "Omar Salem was detained at an army checkpoint in Mosul in July 2016. For four months his family "
        "did not know where he was being held; officials at several prisons denied that he was in their "
        "custody."
    )
    found = incidents_of(nlp, text)
    assert sorted(i.type for i in found) == ["arrest", "enforced_disappearance"]


def test_arrest_denied_is_no_second_arrest(nlp: Language) -> None:
    text = "Omar Salem was detained in July 2016. The army denied that it had ever detained him."
    assert [i.type for i in incidents_of(nlp, text)] == ["arrest"]
