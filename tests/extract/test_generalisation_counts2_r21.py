"""Victim counts, round 21 (breadth probes).

"Over 2.000 people": a point before three digits with no scale word groups thousands. "The village
chief and his two sons": "his" makes the first conjunct a person, whatever its noun. "The number of
those detained had risen to 430": the figure the number comes to, with any verb of rising. "In one
case documented by our Office, 17-year-old X was taken": the name the parser hung on the opening
phrase is the subject. "X was arrested on 3 August, together with his cousin Y": a relative beside
the victim is one more person. "Among them were A, a teacher, and B, a farmer": a name joined after
a member's description is a member too. Texts written for these tests.
"""

from __future__ import annotations

import pytest
from extraction_helpers import first_incident, incident_figure
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Over 2.000 people were arrested in Caracas during the protests.", "arrest", 2000),
        ("More than 1.500 people were detained by the police in Bogotá.", "arrest", 1500),
        ("Police detained 3.200 demonstrators in Santiago last week.", "arrest", 3200),
        ("At least 12.000 people were arrested across Turkey after the coup attempt.", "arrest", 12000),
    ],
)
def test_a_point_groups_thousands(nlp: Language, text: str, kind: str, count: int) -> None:
    assert incident_figure(nlp, text, kind)[0] == count


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Police arrested 2.5 thousand people in Minsk.", "arrest", 2500),
        ("Some 2.5 million people were displaced and 40 people were killed by soldiers.", "killing", 40),
    ],
)
def test_decimals_with_a_scale_stay_decimals(nlp: Language, text: str, kind: str, count: int) -> None:
    assert incident_figure(nlp, text, kind)[0] == count


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Soldiers killed the village chief and his two sons in Kivu.", "killing", 3),
        ("The village chief and his three brothers were arrested by the army.", "arrest", 4),
        ("Troops shot dead the headman and his wife near Bunia.", "killing", 2),
        ("Police detained the muezzin and his three sons in Kashgar.", "arrest", 4),
        ("The herder and his son were killed by soldiers in Gao.", "killing", 2),
    ],
)
def test_his_relatives_make_the_first_conjunct_a_person(
    nlp: Language, text: str, kind: str, count: int
) -> None:
    assert incident_figure(nlp, text, kind)[0] == count


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Police arrested the imam and his two nephews in Kano.", "arrest", 3),
        ("Police arrested the driver and his family in Lahore.", "arrest", 1),
        ("Police arrested the chief and two other people in Kano.", "arrest", 2),
    ],
)
def test_look_alikes_of_conjoined_relatives(nlp: Language, text: str, kind: str, count: int) -> None:
    assert incident_figure(nlp, text, kind)[0] == count


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("By Friday the number of those detained had risen to 430.", "arrest", 430),
        ("The number of protesters killed has risen to at least 85, according to medics.", "killing", 85),
        ("By late May the number of people detained had increased to 2,300, lawyers said.", "arrest", 2300),
        ("The number of activists arrested in Minsk grew to 57 by Monday.", "arrest", 57),
    ],
)
def test_the_figure_a_number_rises_to(nlp: Language, text: str, kind: str, count: int) -> None:
    assert incident_figure(nlp, text, kind)[0] == count


def test_a_number_that_rises_to_a_share_counts_no_one(nlp: Language) -> None:
    text = "The number of children detained rose to 12 percent of all detainees."
    assert incident_figure(nlp, text, "arrest")[0] is None


def test_a_name_after_an_opening_case_phrase_is_the_victim(nlp: Language) -> None:
    text = (
        "In one case documented by our Office, 17-year-old Luis Ángel Rondón was taken from his home "
        "in Barquisimeto on 1 August by men in plain clothes. His family searched police stations for "
        "four days before officials acknowledged that he was being held at Tocorón prison."
    )
    assert incident_figure(nlp, text, "enforced_disappearance")[0] == 1


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "Zarei was arrested by Ministry of Intelligence agents on 3 August 2018, together with his "
            "cousin Farid Zarei, during a strike at a cement factory outside Karaj.",
            "arrest",
            2,
        ),
        ("Okafor was detained on 2 May together with his brother at a market in Enugu.", "arrest", 2),
        ("Rahimi was detained on 12 March along with his nephew Reza Rahimi in Ahvaz.", "arrest", 2),
    ],
)
def test_a_relative_beside_the_victim_is_one_more(nlp: Language, text: str, kind: str, count: int) -> None:
    assert incident_figure(nlp, text, kind)[0] == count


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Tran was arrested on 4 April together with his wife Nguyen Thi Lan in Hanoi.", "arrest", 2),
        ("Nasser was arrested together with his car in Cairo.", "arrest", 1),
        ("Nasser was arrested together with 12 others in Cairo.", "arrest", 13),
        ("Police arrested his family together with his lawyer in Cairo.", "arrest", 1),
    ],
)
def test_look_alikes_of_companions(nlp: Language, text: str, kind: str, count: int) -> None:
    assert incident_figure(nlp, text, kind)[0] == count


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Soldiers arrested 14 people in Gitega on 3 May. Among them were Claude Niyonzima, a teacher, "
            "and Jean-Baptiste Mukiza, a farmer.",
            ["Claude Niyonzima", "Jean-Baptiste Mukiza"],
        ),
        (
            "Police detained nine activists in Lomé on 2 June. Among them were Kossi Agbeko, a lawyer, "
            "and Marie-Claire Adjovi, a nurse.",
            ["Kossi Agbeko", "Marie-Claire Adjovi"],
        ),
        (
            "Security forces detained 30 protesters in Tehran. Among them were Reza Karimi, a student "
            "from Shiraz, and Maryam Hosseini, a teacher.",
            ["Reza Karimi", "Maryam Hosseini"],
        ),
    ],
)
def test_a_name_after_a_members_description_is_a_member(nlp: Language, text: str, names: list[str]) -> None:
    assert first_incident(nlp, text, "arrest").victim_names == names


def test_a_title_after_a_members_description_adds_no_name(nlp: Language) -> None:
    text = (
        "Police arrested 20 people in Kano. Among them were Musa Bello, a tailor, "
        "and the Lagos State Commissioner."
    )
    assert first_incident(nlp, text, "arrest").victim_names == ["Musa Bello"]
