"""Victim counts, round 18 (breadth probes): the count a victim phrase gives by its shape.

Conjoined persons count one each, a counted plural among them its number: "a father and his son"
(2), "X and his brother" (2), "the journalist X and the lawyer Y" (2), "sentenced X and a
co-defendant" (2); a conjunct that is no single person ("his family") leaves the figure alone,
and a list set beside a counted noun ("three activists, A, B and C") keeps that noun's count.
"A couple" with no "of" after it is two, "a number of" is no count. One more person "together
with another man" adds one. A "+" the parser set apart from its number ("300+ protesters") and
"at most" whose "at" the parser hung on the verb still qualify the count. Texts written for
these tests.
"""

from __future__ import annotations

import pytest
from extraction_helpers import first_incident, incident_figure, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Border guards shot dead a shepherd and his son near the river crossing on 3 May.", "killing"),
        (
            "Police detained Tomás Herrera Castillo and his brother at their home in Cúcuta on Monday.",
            "arrest",
        ),
        ("Security agents arrested Samira al-Khatib, 29, and her husband in Homs last week.", "arrest"),
        (
            "Last week, soldiers detained the teacher Ousmane Sy and the imam Bakary Keita in Mopti.",
            "arrest",
        ),
        (
            "A provincial court sentenced Farzadi and a co-defendant, Hamed Nouri, 31, to death in March.",
            "death_sentence",
        ),
    ],
)
def test_conjoined_persons_count_one_each(nlp: Language, text: str, kind: str) -> None:
    assert incident_figure(nlp, text, kind) == (2, "exact")


def test_a_counted_plural_among_conjoined_persons(nlp: Language) -> None:
    text = "Militia members loyal to the governor abducted a teacher and his three sons in Darfur on Friday."
    assert incident_figure(nlp, text, "enforced_disappearance") != (1, "exact")


def test_the_conjoined_names_stay_named(nlp: Language) -> None:
    text = "On 2 April, agents detained the blogger Bakhyt Omarov and the lawyer Dina Seitkali in Almaty."
    assert set(first_incident(nlp, text, "arrest").victim_names) == {"Bakhyt Omarov", "Dina Seitkali"}


@pytest.mark.parametrize(
    "text",
    [
        "Police detained the activist Omar Said and his family at a checkpoint outside Gaza City.",
        "Police detained Omar Said and dozens of other demonstrators outside the ministry on Sunday.",
    ],
)
def test_a_conjunct_of_no_single_person_adds_nothing(nlp: Language, text: str) -> None:
    assert incident_figure(nlp, text, "arrest") != (2, "exact")


def test_a_list_beside_a_counted_noun_keeps_its_count(nlp: Language) -> None:
    text = "Police detained three students, Li Ming, Zhou Hui and Sun Jian, in Nanjing on Friday."
    assert incident_figure(nlp, text, "arrest") == (3, "exact")


def test_two_people_named_apart_are_not_counted_twice(nlp: Language) -> None:
    text = "Police arrested Sipho Dlamini and Thandiwe Nkosi in Mbabane on Tuesday."
    assert incident_figure(nlp, text, "arrest") == (2, "exact")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A couple were detained by the morality police in Banda Aceh on Saturday.", "arrest"),
        ("An elderly couple was killed when troops shelled their farmhouse outside Kharkiv.", "killing"),
    ],
)
def test_a_couple_is_two(nlp: Language, text: str, kind: str) -> None:
    assert incident_figure(nlp, text, kind) == (2, "exact")


def test_the_couples_son_is_one(nlp: Language) -> None:
    text = "The couple's son was detained by the morality police in Banda Aceh on Saturday."
    assert incident_figure(nlp, text, "arrest") == (1, "exact")


def test_a_number_of_is_no_count(nlp: Language) -> None:
    text = "Police detained a number of trade unionists in Sfax on Thursday."
    assert incident_figure(nlp, text, "arrest") == (None, None)


def test_another_man_adds_one(nlp: Language) -> None:
    text = (
        "The next week, prisoner Dariush Baluchzehi was hanged in Birjand prison together with another man."
    )
    assert incident_figure(nlp, text, "execution") == (2, "exact")


def test_a_crowd_beside_the_victim_is_no_companion(nlp: Language) -> None:
    text = "The prisoner Dariush Baluchzehi was hanged in Birjand prison in front of a crowd."
    assert incident_figure(nlp, text, "execution") == (1, "exact")


def test_a_plus_parsed_apart_is_at_least(nlp: Language) -> None:
    text = "Riot police detained 250+ protesters in Tbilisi on Monday."
    assert incident_figure(nlp, text, "arrest") == (250, "at_least")


def test_at_most_parsed_apart_is_up_to(nlp: Language) -> None:
    text = "At most 15 people were arrested in Dushanbe on Sunday, officials said."
    assert incident_figure(nlp, text, "arrest") == (15, "up_to")


def test_at_least_opening_a_sentence_keeps_its_reading(nlp: Language) -> None:
    text = "At least 15 people were arrested in Dushanbe on Sunday, officials said."
    assert incident_figure(nlp, text, "arrest") == (15, "at_least")


def test_names_joined_to_a_counted_plural_are_its_members(nlp: Language) -> None:
    text = "On Monday, two cousins, Karim and Walid Haddad, were hanged in Qarchak prison for drug offences."
    assert incident_figure(nlp, text, "execution") == (2, "exact")


def test_a_place_joined_to_a_counted_group_is_no_person(nlp: Language) -> None:
    text = "Soldiers rounded up 12 young men in Mbengwi and the neighbouring village of Bafut on Sunday."
    assert incident_figure(nlp, text, "arrest") == (12, "exact")


def test_a_body_joined_after_a_relative_clause_is_no_person(nlp: Language) -> None:
    text = (
        "Officials should free the poet Ali Kazemi, who was sentenced on Monday to death for his "
        "verses, Iran Rights Watch said."
    )
    assert incident_figure(nlp, text, "death_sentence") == (1, "exact")


def test_a_singular_pronoun_after_a_counted_pair_is_the_one_named(nlp: Language) -> None:
    text = (
        "A provincial court sentenced Farzadi and a co-defendant to death in March. Farzadi was "
        "hanged in Qom on 2 August. “He was killed to silence the rest of us,” his brother said."
    )
    executions = incidents_of(nlp, text, "execution")
    assert all(i.figure.count in (None, 1) for i in executions)
