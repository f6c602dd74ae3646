"""Recall, types and counts probed by construction (round 5): beheadings, remands in custody, a
death penalty imposed on people, a death sentence handed to a named person, one person told by a
singular definite noun, lives lost when troops fired, lives claimed by shelling, people left dead
by a participle of the forces' clause, "half a dozen", executions by soldiers in the field (killings
without trial); and look-alikes that must not change ("lashed out at", "executed the order", an
earthquake that claimed lives, a storm that left people dead, a death penalty a state retains).
Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import incident_figure, incidents_of
from spacy.language import Language


def test_a_beheading_is_an_execution(nlp: Language) -> None:
    text = "Two brothers were beheaded in the southern city of Qarim on Friday, the monitor said."
    assert incident_figure(nlp, text, "execution") == (2, "exact")


def test_a_remand_in_custody_is_an_arrest(nlp: Language) -> None:
    passive = "The human rights defender Lio Brandt was remanded in custody for another 30 days."
    assert incidents_of(nlp, passive, "arrest")
    active = "On Monday a judge in Tarn remanded the blogger in custody."
    assert incident_figure(nlp, active, "arrest") == (1, "exact")


def test_a_case_remanded_to_a_court_is_no_arrest(nlp: Language) -> None:
    text = "The case was remanded to the lower court in Tarn for a new hearing."
    assert incidents_of(nlp, text) == []


def test_a_death_penalty_imposed_on_people_is_a_death_sentence(nlp: Language) -> None:
    text = "On 2 May a court in Velka imposed the death penalty on three defendants accused of espionage."
    assert incident_figure(nlp, text, "death_sentence") == (3, "exact")


def test_a_death_penalty_a_state_imposes_for_a_crime_is_no_sentence(nlp: Language) -> None:
    text = "The republic imposes the death penalty for murder and treason, the ministry said."
    assert incidents_of(nlp, text, "death_sentence") == []


def test_a_death_sentence_handed_to_a_named_person_counts_one(nlp: Language) -> None:
    text = "Omid Saberi, a 22-year-old student, was handed a death sentence by a court in Velka in May."
    assert incident_figure(nlp, text, "death_sentence") == (1, "exact")


def test_death_sentences_handed_down_to_people_count_the_people(nlp: Language) -> None:
    text = "Judges in Velka handed down death sentences to at least 41 people in 2023."
    assert incident_figure(nlp, text, "death_sentence") == (41, "at_least")


def test_a_singular_definite_person_counts_one(nlp: Language) -> None:
    text = "The journalist was condemned to death in a closed trial in Velka last week."
    assert incident_figure(nlp, text, "death_sentence") == (1, "exact")


def test_a_plural_definite_group_gives_no_count(nlp: Language) -> None:
    text = "The detainees were beaten with cables at the Dorn police station."
    assert incident_figure(nlp, text, "torture") == (None, None)


def test_lives_lost_when_troops_fired_are_killings(nlp: Language) -> None:
    text = "At least nine people lost their lives when troops fired on demonstrators in Korvo."
    assert incident_figure(nlp, text, "killing") == (9, "at_least")


def test_lives_lost_when_a_boat_capsized_are_no_killings(nlp: Language) -> None:
    text = "Five people lost their lives when their boat capsized off the coast of Tarn."
    assert incidents_of(nlp, text) == []


def test_lives_claimed_by_the_army_are_killings(nlp: Language) -> None:
    named = "The army's shelling of the town claimed the lives of 14 civilians, residents said."
    assert incident_figure(nlp, named, "killing") == (14, "exact")
    counted = "The crackdown in Velka has claimed more than 500 lives since October."
    assert incident_figure(nlp, counted, "killing") == (500, "more_than")


def test_lives_claimed_by_an_earthquake_are_no_killings(nlp: Language) -> None:
    text = "The earthquake in Tarn claimed the lives of more than 300 people."
    assert incidents_of(nlp, text) == []


def test_people_left_dead_by_the_forces_clause_are_killed(nlp: Language) -> None:
    text = "Security forces opened fire on the march in Ebor, leaving at least six protesters dead."
    assert incident_figure(nlp, text, "killing") == (6, "at_least")
    objects = "Police used live ammunition in Ebor, leaving four students dead."
    assert incident_figure(nlp, objects, "killing") == (4, "exact")


def test_people_left_dead_by_a_storm_are_no_killings(nlp: Language) -> None:
    text = "The storm hit the coast of Ebor on Sunday, leaving twelve people dead."
    assert incidents_of(nlp, text) == []


def test_lashing_out_at_critics_is_no_punishment(nlp: Language) -> None:
    text = "The interior ministry lashed out at critics of the new law on Tuesday."
    assert incidents_of(nlp, text) == []
    back = "The governor lashed back at the opposition on Tuesday."
    assert incidents_of(nlp, back) == []


def test_a_person_lashed_is_still_punished(nlp: Language) -> None:
    text = "A woman was lashed 40 times in the courtyard of the Qarvin prison on Sunday."
    assert incidents_of(nlp, text, "corporal_punishment")


def test_half_a_dozen_is_six(nlp: Language) -> None:
    text = "Half a dozen journalists were detained outside the courthouse in Tarn on Monday."
    assert incident_figure(nlp, text, "arrest") == (6, "exact")


def test_soldiers_executing_villagers_is_a_killing(nlp: Language) -> None:
    active = "Soldiers executed 15 villagers suspected of supporting the rebels near Lumo in March."
    assert incident_figure(nlp, active, "killing") == (15, "exact")
    passive = "Ten men were executed by troops at a checkpoint near Lumo on 3 March."
    assert incident_figure(nlp, passive, "killing") == (10, "exact")


def test_the_judiciary_executing_convicts_stays_an_execution(nlp: Language) -> None:
    text = "The authorities executed two men convicted of drug trafficking in Velka on Monday."
    assert incident_figure(nlp, text, "execution") == (2, "exact")


def test_executing_an_order_is_no_execution(nlp: Language) -> None:
    text = "The prison guards executed the order to transfer the inmates to Dorn on Monday."
    assert incidents_of(nlp, text, "execution") == []
