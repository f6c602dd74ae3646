"""Round 12 victims: the members a counted group's own sentence names after "among them" ("more
than 80 people were detained, among them the organiser X") belong to the group's incident, unless
a relative clause tells the member's own event of the group's kind; the pronoun of a clause that
the relatives of a counted part of a group tell ("Relatives of five of the students said they
were beaten") counts that part. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import first_incident
from spacy.language import Language

# named members picked out with "among them"


def test_among_them_after_the_verb_names_a_member(nlp: Language) -> None:
    text = (
        "Police said on Monday that more than 80 people were detained in the capital over the "
        "weekend, among them the union organiser Peter Okello Mwangi."
    )
    inc = first_incident(nlp, text, "arrest")
    assert (inc.figure.count, inc.victim_names) == (80, ["Peter Okello Mwangi"])


def test_among_them_with_a_description_before_the_name(nlp: Language) -> None:
    text = "Troops killed at least nine villagers, among them a 12-year-old girl, Maria Lopez Cruz."
    inc = first_incident(nlp, text, "killing")
    assert (inc.figure.count, inc.victim_names) == (9, ["Maria Lopez Cruz"])


def test_among_them_inside_the_subject_before_the_verb(nlp: Language) -> None:
    text = (
        "At least 30 other prisoners, among them a Nepali migrant worker, Ram Bahadur Thapa, are "
        "currently on death row in the country."
    )
    inc = first_incident(nlp, text, "death_sentence")
    assert (inc.figure.count, inc.victim_names) == (30, ["Ram Bahadur Thapa"])


def test_among_them_counting_kinds_of_people_names_no_one(nlp: Language) -> None:
    text = "At least 40 people were detained in Kello on Friday, among them nine women and two children."
    inc = first_incident(nlp, text, "arrest")
    assert (inc.figure.count, inc.victim_names) == (40, [])


def test_among_them_after_a_second_counted_group_is_not_the_first(nlp: Language) -> None:
    text = (
        "Soldiers shot dead four people in Kello and detained 12 others, among them the teacher "
        "Anna Maria Ferreira."
    )
    killing = first_incident(nlp, text, "killing")
    assert killing.victim_names == []


# relatives who speak for a counted part of a group


def test_relatives_of_a_counted_part_tell_they_were_beaten(nlp: Language) -> None:
    text = "Relatives of at least five of the students told reporters they had been beaten in custody."
    inc = first_incident(nlp, text, "torture")
    assert (inc.figure.count, inc.figure.qualifier) == (5, "at_least")


def test_families_of_a_counted_part_tell_they_were_taken(nlp: Language) -> None:
    text = (
        "Police arrested 14 farmers in Kello in March. The families of three of the farmers said "
        "they had been taken away by soldiers and had not been heard from since."
    )
    inc = first_incident(nlp, text, "enforced_disappearance")
    assert (inc.figure.count, inc.figure.qualifier) == (3, "exact")


def test_relatives_of_an_uncounted_group_give_no_count(nlp: Language) -> None:
    text = "Relatives of the students told reporters they had been beaten in custody."
    inc = first_incident(nlp, text, "torture")
    assert inc.figure.count is None
