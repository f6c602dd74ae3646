"""Victim counts, round 15: victims the parse set apart from their trigger. An event noun's "of"
phrase behind a date ("the arrest last month of 23 young men") or on an -ing noun ("the public
flogging today of three men"); the counted object of an active verb the parser made the subject
of a later verb ("opening fire, killing at least nine people, the group said"); counted people
who describe the harm done to them; the whole group a part "among them" is told apart from; a
penalty issued "against" people; a lone surname the model tags a place. Texts written for these
tests."""

from __future__ import annotations

import pytest
from extraction_helpers import incident_figure
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "figure"),
    [
        (
            "The raid follows the arrest last month of 17 fishermen in the coastal town of Marek.",
            "arrest",
            (17, "exact"),
        ),
        (
            "The office said it was appalled by the execution on Sunday of 14 men in Varos.",
            "execution",
            (14, "exact"),
        ),
        (
            "The office voiced alarm at what it described as the sentencing of 26 people to death in a "
            "single hearing on Monday by a court in Darel.",
            "death_sentence",
            (26, "exact"),
        ),
        (
            "The group condemned the arrest on 3 March of Lina Farouk, a lawyer who had defended several "
            "students, at her home in Varos.",
            "arrest",
            (1, "exact"),
        ),
    ],
)
def test_an_event_nouns_of_phrase_set_apart(
    nlp: Language, text: str, kind: str, figure: tuple[int, str]
) -> None:
    assert incident_figure(nlp, text, kind) == figure


def test_the_counted_object_taken_for_a_later_subject(nlp: Language) -> None:
    text = (
        "Troops opened fire on marchers outside the governor's office in Dakra on Friday evening, "
        "killing at least nine people, the Dakra High Commission for Human Rights (DHCHR) said on Saturday."
    )
    assert incident_figure(nlp, text, "killing") == (9, "at_least")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "More than 2,000 people have been detained since the vote, and at least 250 of those "
            "released have described beatings and threats in police custody, the experts said.",
            (250, "at_least"),
        ),
        (
            "Five former inmates of Block 4 of Dorno Prison, interviewed by the panel, described being "
            "subjected in 2022 to long isolation, mock executions and beatings during questioning.",
            (5, "exact"),
        ),
    ],
)
def test_counted_people_who_describe_their_beatings(
    nlp: Language, text: str, figure: tuple[int, str]
) -> None:
    assert incident_figure(nlp, text, "torture") == figure


@pytest.mark.parametrize(
    "text",
    [
        "Among them is the singer Darius Kaveni, who, according to his family, was arrested in Shiraz "
        "on 4 May and held incommunicado at an unknown site for 12 days.",
        "Among those executed was Omar Halabi Saleh, 39, a taxi driver from Tell Nasr, who was arrested "
        "at a checkpoint in March 2016 and held incommunicado for six months while his family looked "
        "for him.",
    ],
)
def test_held_incommunicado_after_an_arrest_is_the_same_person(nlp: Language, text: str) -> None:
    assert incident_figure(nlp, text, "enforced_disappearance") == (1, "exact")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "At least 14 other students from the city are facing charges that carry the death penalty, "
            "and dozens of their relatives have been detained, the experts added.",
            (14, "at_least"),
        ),
        (
            "She said at least nine other people had been sentenced to death, and that at least 40 more "
            "faced charges that carry the death penalty, according to the office.",
            (40, "at_least"),
        ),
    ],
)
def test_people_facing_charges_that_carry_death(nlp: Language, text: str, figure: tuple[int, str]) -> None:
    assert incident_figure(nlp, text, "other") == figure


@pytest.mark.parametrize(
    "text",
    [
        # a surname the model tags a place, of a person the text names in full
        "The rights centre Novy Put said that Pavel Grodno, a 52-year-old teacher, was jailed in 2021. "
        "Guards beat Grodno in March 2023 after he refused to sweep the yard, it said.",
        # a surname set beside "a" and a person noun
        "Carlos Medina was a farmer in the valley. Medina, 42, a leader of the Rio Verde cooperative, "
        "was shot dead last month on a dirt track near the fields.",
    ],
)
def test_a_lone_surname_is_one_person(nlp: Language, text: str) -> None:
    kind = "torture" if "beat" in text else "killing"
    assert incident_figure(nlp, text, kind) == (1, "exact")


@pytest.mark.parametrize(
    ("text", "kind", "figure"),
    [
        (
            "June 4, 2024: At least nine prisoners, among them three members of the Tamel minority, were "
            "hanged in Dorno Prison in Varos between 2 and 4 June, according to the Varos Rights Watch.",
            "execution",
            (9, "at_least"),
        ),
        (
            "The commission found that eleven men taken to the army base, among them the village mayor "
            "Tomas Quilla, were never seen again.",
            "enforced_disappearance",
            (11, "exact"),
        ),
    ],
)
def test_the_whole_group_before_among_them(
    nlp: Language, text: str, kind: str, figure: tuple[int, str]
) -> None:
    assert incident_figure(nlp, text, kind) == figure


def test_a_penalty_issued_against_counted_people(nlp: Language) -> None:
    text = (
        "A court in Varos issued death sentences against at least five protesters in the first week of June."
    )
    assert incident_figure(nlp, text, "death_sentence") == (5, "at_least")


# negatives: near-misses that keep their figures
def test_a_date_between_numbers_is_no_victim(nlp: Language) -> None:
    text = "Four prisoners were hanged in Dorno Prison between 4 and 9 March, the group said."
    assert incident_figure(nlp, text, "execution") == (4, "exact")


def test_a_report_that_describes_beatings_counts_no_one(nlp: Language) -> None:
    text = "The 2023 report described beatings and threats in police custody in the capital."
    assert incident_figure(nlp, text, "torture") == (None, None)


def test_the_place_a_surname_names_is_no_person(nlp: Language) -> None:
    text = (
        "The rights centre Novy Put said that Pavel Grodno, a 52-year-old teacher, was jailed in 2021. "
        "Guards beat prisoners in Grodno in March 2023, it said."
    )
    assert incident_figure(nlp, text, "torture") == (None, None)


def test_an_of_phrase_without_a_date_between_is_read_as_before(nlp: Language) -> None:
    text = "Residents protested after the arrest of 17 fishermen in the coastal town of Marek last month."
    assert incident_figure(nlp, text, "arrest") == (17, "exact")
