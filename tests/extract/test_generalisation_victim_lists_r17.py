"""Victim people and counts, round 17.

- Names listed after a counted victim phrase that the parser joined to the phrase's last noun (a
  place or a body) are the victims when they are as many as the phrase counts: "three young men
  from Hama, A, B and C" (`victim_names._names_joined_to_last_noun`).
- "handed down against two women's rights defenders": the number the parser set on the owner word
  counts the sentence's recipients (`handed_sentences`).
- A person written both with and without a patronymic goes by the short form the text writes
  (`patronymics`): "Pavel Sorokin ... Pavel Igorevich Sorokin".
- "the teacher X" split off its noun by the parser, and "two defenders, A and B," hung on another
  word: the names right after the victim phrase (`victim_names`).
- "a court sentenced three men to 50 lashes": the counted object of the sentencing verb, not the
  court (`handed_sentences.sentenced_object`).
- "two brothers, A and B C": kin set off by a comma share the family name written once
  (`person_candidates`).

Texts written for these tests.
"""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of, people_roles
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        (
            "The court in May upheld the death sentences of three young men from Hama, Omar Nasser, "
            "Karim Haddad and Samir Aziz, despite their youth.",
            "death_sentence",
            ["Omar Nasser", "Karim Haddad", "Samir Aziz"],
        ),
        (
            "Last week two reporters from Radio Sahar in Kunduz, Nadia Rahimi and Jawad Karimi, were "
            "detained by intelligence officials.",
            "arrest",
            ["Nadia Rahimi", "Jawad Karimi"],
        ),
    ],
)
def test_names_joined_to_the_last_noun_of_a_counted_phrase(
    nlp: Language, text: str, kind: str, names: list[str]
) -> None:
    (incident,) = incidents_of(nlp, text, kind, required=True)
    assert incident.victim_names == names
    assert incident.figure.count == len(names)
    roles = people_roles(nlp, text)
    assert all(roles[n] == "victim" for n in names)


def test_names_fewer_than_the_count_are_not_taken(nlp: Language) -> None:
    text = "Police detained three young men from Hama, Omar Nasser and Karim Haddad, on Monday."
    (incident,) = incidents_of(nlp, text, "arrest", required=True)
    assert incident.victim_names == []
    assert incident.figure.count == 3


def test_places_joined_to_a_place_are_no_names(nlp: Language) -> None:
    text = "Police detained two activists from Kunduz, Herat and Mazar on Monday."
    (incident,) = incidents_of(nlp, text, "arrest", required=True)
    assert incident.victim_names == []
    assert incident.figure.count == 2


def test_a_count_on_the_owner_word_of_handed_down_sentences(nlp: Language) -> None:
    text = (
        "The experts are also deeply concerned about the death sentences handed down in July against "
        "two women’s rights defenders, Leila Farahani and Mina Karimi, by Branch 15 of the Tehran "
        "Revolutionary Court."
    )
    (incident,) = incidents_of(nlp, text, "death_sentence", required=True)
    assert incident.figure.count == 2
    assert incident.victim_names == ["Leila Farahani", "Mina Karimi"]


def test_the_short_form_of_a_name_with_a_patronymic(nlp: Language) -> None:
    text = (
        "= Death of Pavel Sorokin =\n\nPavel Sorokin - Born: 2 March 1979, Omsk\n\n"
        "Pavel Igorevich Sorokin (2 March 1979 – 5 May 2023) was a Russian teacher who died in custody "
        "in Penal Colony No. 3. Sorokin was detained by FSB officers on 4 June 2021."
    )
    roles = people_roles(nlp, text)
    assert roles.get("Pavel Sorokin") == "victim"
    assert "Pavel Igorevich Sorokin" not in roles


def test_a_patronymic_the_text_never_drops_stays(nlp: Language) -> None:
    text = "Pavel Igorevich Sorokin, a teacher, was detained in Omsk on 4 June 2021."
    assert people_roles(nlp, text).get("Pavel Igorevich Sorokin") == "victim"


def test_kin_set_off_by_a_comma_share_the_family_name(nlp: Language) -> None:
    text = (
        "Last Tuesday, two brothers, Hamid and Karim Rostami, were executed in Shiraz Central Prison "
        "for drug offences."
    )
    (incident,) = incidents_of(nlp, text, "execution", required=True)
    assert incident.victim_names == ["Hamid Rostami", "Karim Rostami"]
    assert "Hamid" not in people_roles(nlp, text)


def test_a_name_the_parser_split_off_the_persons_noun(nlp: Language) -> None:
    text = (
        "On 12 May, a sentence of 60 lashes against the teacher Maryam Karimi was carried out in "
        "Tabriz Central Prison."
    )
    (incident,) = incidents_of(nlp, text, "corporal_punishment", required=True)
    assert incident.victim_names == ["Maryam Karimi"]


@pytest.mark.parametrize(
    "text",
    [
        # the name opens the next sentence: another person
        "Police arrested the teacher on Monday. Maryam Karimi said the arrest was unlawful.",
        # the name is the subject of a relative clause on the noun
        "Police beat the man Ali Rezaei saw in the street.",
    ],
)
def test_a_name_after_the_noun_that_is_someone_else(nlp: Language, text: str) -> None:
    assert all(not i.victim_names for i in incidents_of(nlp, text))


def test_a_list_of_names_after_the_phrase_that_is_a_teller(nlp: Language) -> None:
    text = "Police detained two activists, Omid Jafari said on Monday."
    (incident,) = incidents_of(nlp, text, "arrest", required=True)
    assert incident.victim_names == []


def test_the_counted_people_a_court_sentences_to_lashes(nlp: Language) -> None:
    text = (
        "Last week, a criminal court in Gedaref sentenced three men to 50 lashes each for drinking alcohol."
    )
    (incident,) = incidents_of(nlp, text, "corporal_punishment", required=True)
    assert incident.figure.count == 3


def test_a_sentence_to_death_keeps_its_count(nlp: Language) -> None:
    text = "A court sentenced two activists to death on Sunday."
    (incident,) = incidents_of(nlp, text, "death_sentence", required=True)
    assert incident.figure.count == 2
