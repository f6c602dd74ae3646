"""Round 26 quotes, people and victims. A "they said" after a quotation with no speaker so far
stands for the group whose cue came last ("..., a group of UN experts said today. ... “...,” they
added"): a body's experts as the experts. A name listed among places that carry a place noun
("A, B, Kermanshah Province and C") is no person, nor is a name of function words only ("In Less
Than" of a headline). A sentence that names a counted group just told harmed ("They were
identified as A, B and C") gives the group's incident those names. Texts written for these
tests."""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of, person_names, quote_pairs, speaker_of
from spacy.language import Language

_SHAMEFUL = "“What took place there is shameful and cannot be excused by anyone,”"

# --- "they said" with no speaker so far -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The state must act against abuses in the north, a group of United Nations experts said "
            "today.\n\nTwelve villagers were shot dead in the hills last week.\n\n"
            + _SHAMEFUL
            + " they added.",
            "UN human rights experts",
        ),
        (
            "The state must act against abuses in the north, the experts said today.\n\n"
            + _SHAMEFUL
            + " they said.",
            "experts",
        ),
        (
            "A coalition of local rights groups said on Monday that the state must act against abuses.\n\n"
            "Soldiers from the Lion Brigade shot Amir Farouk in the hills last week.\n\n"
            + _SHAMEFUL
            + " they added.",
            "A coalition of local rights groups",
        ),
        (
            "Amnesty International said today that the state must act against abuses in the north.\n\n"
            + _SHAMEFUL
            + " they said.",
            "Amnesty International",
        ),
        (
            "The killings must be investigated, a group of United Nations experts* said today. The school "
            "was named after Isidro Montes.\n\n" + _SHAMEFUL + " they added.",
            "UN human rights experts",
        ),
    ],
)
def test_they_stands_for_the_group_that_spoke(nlp: Language, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "What took place") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Police arrested the farmer Amir Farouk last week, his relatives said.\n\n“We have not seen "
            "him since and nobody will tell us where he is,” they said.",
            "Amir Farouk's relatives",
        ),
        (
            "Amir Farouk said the state must act against abuses in the north.\n\n"
            + _SHAMEFUL
            + " they said.",
            "Amir Farouk",
        ),
        (
            "“The soldiers came at night,” said Amir Farouk, a farmer. Twelve villagers were shot dead.\n\n"
            + _SHAMEFUL
            + " they said.",
            "Amir Farouk",
        ),
    ],
)
def test_they_after_a_person_keeps_its_reading(nlp: Language, text: str, speaker: str) -> None:
    found = [who for who, said in quote_pairs(nlp, text) if said.startswith(("We have not", "What took"))]
    assert found and found[-1] == speaker


# --- names listed among places ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Soldiers fired on marchers in Mingaladon, Shwe Pyi Thar, Dala, Thaketa Township, Mandalay "
            "City and Magway Region.",
            "Shwe Pyi Thar",
        ),
        (
            "Four men from Sarpol Zahab, Eslamabad Gharb, Kermanshah Province and Gilan Gharb were "
            "executed on Monday.",
            "Eslamabad Gharb",
        ),
        (
            "Security forces shot protesters in Okkalapa, Shwe Pyi Thar, Dagon Seikkan and Kachin State.",
            "Dagon Seikkan",
        ),
        (
            "Militiamen burned villages around Kosti, Abu Jubeiha, Um Ruwaba and North Kordofan State, "
            "killing 20 people.",
            "Um Ruwaba",
        ),
        (
            "Tehran Jails Third Blogger In Secret, In Less Than A Month\nAuthorities jailed a third "
            "blogger in secret on Monday.",
            "In Less Than",
        ),
    ],
)
def test_listed_places_are_no_people(nlp: Language, text: str, place: str) -> None:
    assert place not in person_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Police arrested Omid Karimi, Sara Daneshvar, Reza Kamali and Leila Moradi in Tehran Province "
            "on Monday.",
            ["Omid Karimi", "Sara Daneshvar", "Reza Kamali", "Leila Moradi"],
        ),
        (
            "The lawyers Omid Karimi, Sara Daneshvar and Reza Kamali were detained in Shiraz.",
            ["Omid Karimi", "Sara Daneshvar", "Reza Kamali"],
        ),
        (
            "A court sentenced two brothers from the Eastern Province, Hassan and Jaafar al-Saffar, "
            "to death.",
            ["Jaafar al-Saffar"],
        ),
        (
            "Will Stone, a reporter, said the court sentenced Ali Rahimi to death.",
            ["Will Stone", "Ali Rahimi"],
        ),
    ],
)
def test_people_beside_places_stay(nlp: Language, text: str, people: list[str]) -> None:
    found = person_names(nlp, text)
    assert all(p in found for p in people)


# --- "They were identified as A, B and C" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        (
            "Three farmers were shot dead by soldiers near the border on Tuesday. They were identified as "
            "Hamid Sorani, 34, Jalal Mohammadi, 27, and Yaser Kiani, 41.",
            "killing",
            ["Hamid Sorani", "Jalal Mohammadi", "Yaser Kiani"],
        ),
        (
            "Five men were hanged at Qezel Hesar prison on Sunday, a rights group said. The men were "
            "identified as Farhad Nouri, Omid Rostami, Kaveh Sharifi, Arman Golzar and Peyman Azadi.",
            "execution",
            ["Farhad Nouri", "Omid Rostami", "Kaveh Sharifi", "Arman Golzar", "Peyman Azadi"],
        ),
        (
            "Police detained four students at the university on Monday. They have been named as Lina "
            "Haddad, Samir Aziz, Nour Khalil and Rami Saleh.",
            "arrest",
            ["Lina Haddad", "Samir Aziz", "Nour Khalil", "Rami Saleh"],
        ),
        (
            "Two journalists were arrested in the capital last week. The reporters were identified as Ana "
            "Torres and Luis Vega.",
            "arrest",
            ["Ana Torres", "Luis Vega"],
        ),
    ],
)
def test_identified_group_names_its_victims(nlp: Language, text: str, kind: str, names: list[str]) -> None:
    found = incidents_of(nlp, text, kind, required=True)
    assert found[0].victim_names == names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Three farmers were shot dead by soldiers near the border on Tuesday. They were buried by "
            "Hamid Sorani and Jalal Mohammadi.",
            "killing",
        ),
        (
            "Five men were hanged at Qezel Hesar prison on Sunday. The judges were identified as cruel by "
            "Farhad Nouri.",
            "execution",
        ),
        (
            "Three farmers were shot dead near the border on Tuesday. The soldiers were identified as "
            "members of the Lion Brigade under Colonel Hamid Sorani.",
            "killing",
        ),
        (
            "Police detained four students on Monday. Officials identified the officers as Lina Haddad and "
            "Samir Aziz.",
            "arrest",
        ),
    ],
)
def test_no_names_from_other_frames(nlp: Language, text: str, kind: str) -> None:
    found = incidents_of(nlp, text, kind, required=True)
    assert found[0].victim_names == []
