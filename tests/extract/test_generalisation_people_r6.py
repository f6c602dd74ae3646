"""Round 6 people: a campaign's verb before a name ("Release X") is no part of it; kin named with
one family name written once each carry all of it; a body's or a place's name the model tags as
a person (after "the rights group", the tail of "Justice Project X", a wire dateline's agency,
"Barangay X", "X, Region, Country", a possessive "X's Y newsroom") is no person; a named victim
keeps the victim role over an office or a later spoken line; victim names that are a descriptor
or a people are not listed; more phrasings that make a person a victim. Each class has negatives."""

from __future__ import annotations

import pytest
from extraction_helpers import people_roles
from spacy.language import Language


# -- a campaign's verb before a name ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Release Ahmed Mostafa Salem, Amnesty says\n\nEgyptian lawyer Ahmed Mostafa Salem was arrested.",
            "Ahmed Mostafa Salem",
        ),
        (
            "Release Ahmed Mostafa Salem, Amnesty says.\n\n"
            "Egyptian lawyer Ahmed Mostafa Salem was arrested on 3 May.",
            "Ahmed Mostafa Salem",
        ),
    ],
)
def test_demand_verb_is_no_part_of_the_name(nlp: Language, text: str, name: str) -> None:
    names = people_roles(nlp, text)
    assert name in names and not any(n.endswith(" " + name) for n in names)


def test_two_word_name_after_a_demand_word_is_kept() -> None:
    from tallybook.extract.entities.person_candidates import strip_demand

    text = "Free Speech"  # two words: nothing would be left of a name
    assert strip_demand(text, 0, len(text)) == 0


# -- kin named with one family name -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Among the dead were brothers Carlos and Mateo Ruiz Blanco, aged 30 and 27.", "Carlos Ruiz Blanco"),
        (
            "Soldiers detained the brothers Omar and Khalid bin Rashid al-Marri at a checkpoint.",
            "Omar bin Rashid al-Marri",
        ),
        ("Police arrested his sons Tomás and Andrés de la Fuente Ríos on Monday.", "Tomás de la Fuente Ríos"),
    ],
)
def test_first_of_two_kin_carries_the_whole_family_name(nlp: Language, text: str, first: str) -> None:
    assert first in people_roles(nlp, text)


def test_kin_without_a_family_name_get_none() -> None:
    from tallybook.extract.entities.person_candidates import shared_family_names

    assert shared_family_names("The brothers Ali and Reza were arrested on Monday.") == []


# -- bodies and places the model tags as people -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        (
            "BOGOTÁ, March 3 (Condor Wire) - Police killed four protesters in Cali on Tuesday. "
            "Ana María Gutiérrez, a lawyer, told Condor Wire that the detainees were beaten.",
            "Condor Wire",
        ),
        (
            "The legal charity Justice Project Mandalay said the detainees had no lawyers. Justice "
            "Project Mandalay filed a petition on Friday.",
            "Project Mandalay",
        ),
        (
            "Ten people were detained.\n\n(Reporting by Condor's Lima newsroom; Editing by Ruth Okafor)",
            "Condor's Lima",
        ),
    ],
)
def test_body_or_place_is_no_person(nlp: Language, text: str, not_person: str) -> None:
    assert not_person not in people_roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "no_person"),
    [
        ("The rights organisation Libertad Plena said 12 people were detained.", "Libertad Plena", True),
        ("Hiếu was born in Tân Phú, Đồng Nai, Vietnam in 1961.", "Tân Phú", True),
        ("The Centro de Derechos Humanos Sierra Alta said police took them.", "Sierra Alta", True),
        ("Police shot dead two men in Barangay Tibay Norte, Caloocan, on 3 June.", "Tibay Norte", True),
        ("Soldiers raided homes in Kafr Batna al-Gharbiya and arrested men.", "Kafr Batna al-Gharbiya", True),
        # a person beside a body stays a person
        ("The group's leader Maria Lopez was arrested on Monday.", "Maria Lopez", False),
        (
            "UN High Commissioner for Human Rights Volker Türk said the killings must stop.",
            "Volker Türk",
            False,
        ),
        ("Speakers: Sheila Keetharuth, Special Rapporteur, Eritrea.", "Sheila Keetharuth", False),
        ("Human Rights Watch researcher Omar Farouk Said told reporters.", "Omar Farouk Said", False),
    ],
)
def test_names_no_person(text: str, name: str, no_person: bool) -> None:
    from tallybook.extract.entities.non_person_names import names_no_person

    start = text.index(name)
    assert names_no_person(text, name, start, start + len(name), set()) is no_person


# -- a victim's role wins; victim names that name no one ----------------------------------------------
def test_victim_role_wins_over_office_and_speech(nlp: Language) -> None:
    from tallybook.extract.entities.person_victims import mark_victims

    doc = nlp(
        "Spokesman Idris Kamara said the former deputy interior minister Rustam Nazarov had been "
        "detained. Journalist Ilham Qadirova told reporters she was beaten."
    )
    for p in doc._.tb_people:  # as the people component may leave them
        p.role = {"Rustam Nazarov": "official", "Ilham Qadirova": "source"}.get(p.name, p.role)
    span = doc._.tb_people[0].spans[0]
    roles = {p.name: p.role for p in mark_victims(doc, [("Rustam Nazarov", span), ("Ilham Qadirova", span)])}
    assert roles["Rustam Nazarov"] == roles["Ilham Qadirova"] == "victim"
    assert roles.get("Idris Kamara") != "victim"


@pytest.mark.parametrize("name", ["lorry driver", "Sri Lankan Tamil", "Kurdish Iranian", "Condor Wire"])
def test_victim_names_that_name_no_one_are_not_listed(nlp: Language, name: str) -> None:
    from tallybook.extract.entities.person_victims import mark_victims

    doc = nlp("KABUL, May 2 (Condor Wire) - A Sri Lankan Tamil man and a lorry driver were detained.")
    span = doc._.tb_incidents[0].span if doc._.tb_incidents else doc._.tb_people[0].spans[0]
    assert name not in {p.name for p in mark_victims(doc, [(name, span)])}


def test_victim_name_of_a_person_is_listed(nlp: Language) -> None:
    from tallybook.extract.entities.person_victims import mark_victims

    doc = nlp("Police said Bakhyt Omarov was detained in Almaty.")
    span = doc._.tb_people[0].spans[0] if doc._.tb_people else None
    assert span is not None
    people = mark_victims(doc, [("Aibek Seitkali", span)])
    assert ("Aibek Seitkali", "victim") in {(p.name, p.role) for p in people}


# -- phrasings that make a person a victim, and look-alikes -----------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "victim"),
    [
        (
            "The Office was alarmed by the arrest on 14 June of Halima Yusupova, a journalist.",
            "Halima Yusupova",
            True,
        ),
        (
            "One of those detained, Tomasz Wilk, a 30-year-old electrician, spoke to nobody.",
            "Tomasz Wilk",
            True,
        ),
        (
            "The UN team documented 20 cases of people taken away by security agents. Among them is "
            "the former deputy mayor Khamis Obaid, a father of three.",
            "Khamis Obaid",
            True,
        ),
        (
            "In the prison of Kord, Reza Karimi, a 31-year-old welder, was subjected to 74 lashes.",
            "Reza Karimi",
            True,
        ),
        (
            "Six people lost their lives, including a 12-year-old boy, Joseph Okello, the group said.",
            "Joseph Okello",
            True,
        ),
        (
            "Nadia Farouk, a student, was last seen being forced into a white van near her school.",
            "Nadia Farouk",
            True,
        ),
        (
            "Killing of Marco Antonio Reyes\n\nMarco Antonio Reyes (c. 1990 – 3 March 2019) was a farmer.",
            "Marco Antonio Reyes",
            True,
        ),
        (
            "The conference drew 300 delegates. Among them was the former minister Khamis Obaid.",
            "Khamis Obaid",
            False,
        ),
        ("The arrest on Monday prompted Halima Yusupova to speak out.", "Halima Yusupova", False),
        ("Reza Karimi, a 31-year-old welder, was subjected to criticism online.", "Reza Karimi", False),
        ("One of the organisers, Tomasz Wilk, opened the meeting.", "Tomasz Wilk", False),
    ],
)
def test_victim_phrasings(text: str, name: str, victim: bool) -> None:
    from tallybook.extract.entities.person_roles import victim_context

    start = text.index(name)
    assert victim_context(text, start, start + len(name)) is victim


def test_colleague_listed_beside_a_victim_is_one(nlp: Language) -> None:
    text = "The bodies of two teachers, Amina Diallo and her colleague Moussa Keita, were found."
    assert people_roles(nlp, text).get("Moussa Keita") == "victim"
