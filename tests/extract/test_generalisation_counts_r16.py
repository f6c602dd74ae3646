"""Victim counts, round 16: one person told through the clause around the victim phrase. A
passive verb conjoined to a relative clause about a person ("X, who was 17 when he was arrested
and was sentenced to death", "a reporter who covered the protests and who was taken"); a "whose"
clause ("a student, X, whose body was found three days later"), also one the parser made a verb
of its own ("the death of X, 22, whose body was found"); a singular noun of a person that is
definite or owned by a name ("the younger defendant", "Karimi's older brother"). Texts written
for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import incident_figure
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The experts also raised the case of Omar Haddad, who was 17 when he was arrested in 2019 "
            "and was sentenced to death by the Criminal Court in March.",
            "death_sentence",
        ),
        (
            "The spokesperson voiced concern for Amadou Diallo, a local reporter who covered the "
            "protests and who was taken from his home in Sikasso by men in plain clothes on 2 April.",
            "enforced_disappearance",
        ),
    ],
)
def test_a_verb_conjoined_to_a_relative_clause(nlp: Language, text: str, kind: str) -> None:
    assert incident_figure(nlp, text, kind) == (1, "exact")


@pytest.mark.parametrize(
    "text",
    [
        "In early June, police in Lagos detained a 20-year-old student, Ali Sami, whose body was "
        "found with signs of torture two days later.",
        "The group condemned the death of Karim Osman, 22, whose bullet-riddled body was found near "
        "the border on 4 June.",
    ],
)
def test_whose_body_was_found(nlp: Language, text: str) -> None:
    assert incident_figure(nlp, text, "killing", last=True) == (1, "exact")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "His lawyer told the court that the older defendant was beaten by guards during questioning.",
            "torture",
        ),
        (
            "After his mother spoke to reporters in May, police raided the house at night and detained "
            "Karimi’s older brother for two days.",
            "arrest",
        ),
    ],
)
def test_one_person_by_a_definite_or_owned_noun(nlp: Language, text: str, kind: str) -> None:
    assert incident_figure(nlp, text, kind) == (1, "exact")


def test_a_date_before_whose_is_nobody(nlp: Language) -> None:
    text = (
        "More than 100 people were arrested. Among them is Leyla Aziz, a 40-year-old lawyer detained "
        "in Varos on 12 May, whose whereabouts remain unknown to her family."
    )
    assert incident_figure(nlp, text, "enforced_disappearance") != (12, "exact")


def test_plural_defendants_are_not_one(nlp: Language) -> None:
    text = "His lawyer told the court that the defendants were beaten by guards during questioning."
    assert incident_figure(nlp, text, "torture") != (1, "exact")


def test_an_active_conjoined_verb_keeps_its_object(nlp: Language) -> None:
    text = "Police officers who raided the market and arrested six traders were suspended."
    assert incident_figure(nlp, text, "arrest") == (6, "exact")


@pytest.mark.parametrize(
    ("text", "kind", "figure"),
    [
        (
            "A second prisoner later told the foundation that soldiers beat both of them and pulled "
            "sacks over their heads in the night.",
            "torture",
            (2, "exact"),
        ),
        (
            "Both told me they were held for weeks in solitary confinement and beaten until they signed.",
            "torture",
            (2, "exact"),
        ),
        (
            "The pair were arrested by the morality police in March after neighbours reported them.",
            "arrest",
            (2, "exact"),
        ),
    ],
)
def test_a_pair_counts_two(nlp: Language, text: str, kind: str, figure: tuple[int, str]) -> None:
    assert incident_figure(nlp, text, kind) == figure


def test_a_couple_of_is_no_pair(nlp: Language) -> None:
    text = "A couple of students were arrested by the morality police in March."
    assert incident_figure(nlp, text, "arrest") != (2, "exact")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "According to Silent Voices, a coalition of local groups, soldiers killed at least 240 "
            "people and 31 others disappeared after arrest in 2022.",
            (31, "exact"),
        ),
        (
            "The group says at least 96 people have been killed in such raids this year, while about "
            "three dozen people have gone missing after being detained by men in uniform.",
            (36, "about"),
        ),
        (
            "The group documented 41 cases in which police detained individuals without informing "
            "their families of their whereabouts for several weeks.",
            (41, "exact"),
        ),
    ],
)
def test_a_disappearance_counted_in_its_own_clause(nlp: Language, text: str, figure: tuple[int, str]) -> None:
    assert incident_figure(nlp, text, "enforced_disappearance") == figure


def test_others_after_no_verb_are_not_set_apart(nlp: Language) -> None:
    text = "In the north, 30 villagers and 12 others disappeared after the raid in May."
    assert incident_figure(nlp, text, "enforced_disappearance") != (12, "exact")


@pytest.mark.parametrize(
    ("text", "kind", "figure"),
    [
        (
            "Between 1 March and 30 May 2022, at least 41 Kurds were executed, according to the group.",
            "execution",
            (41, "at_least"),
        ),
        (
            "According to the Prisoners Support Network (PSN), a monitoring group, more than 2,100 "
            "people have been killed by soldiers since the 2020 coup.",
            "killing",
            (2100, "more_than"),
        ),
    ],
)
def test_an_opening_phrase_is_no_second_subject(
    nlp: Language, text: str, kind: str, figure: tuple[int, str]
) -> None:
    assert incident_figure(nlp, text, kind) == figure


def test_a_dateline_before_an_active_verb_leaves_the_object(nlp: Language) -> None:
    text = (
        "KAMPALA, March 3 (Wire) - Ugandan police shot dead at least 9 people during protests in the "
        "capital on Monday, a rights group said on Tuesday."
    )
    assert incident_figure(nlp, text, "killing") == (9, "at_least")
