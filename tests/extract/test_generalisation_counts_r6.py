"""Victim counts (round 6): a definite group ("the men") that repeats a group counted before for
another violation of theirs, a plural pronoun whose group the same sentence counts, "at least the
fourth prisoner", "together with two of his nephews", "became victims of" / "fell victim to"; and
look-alikes that must keep their count or have none: a restatement of the same violation, a vague
group, the others of a named person, a part with no number. Texts written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import incident_figure, incidents_of
from spacy.language import Language

_figure = partial(incident_figure, last=True)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "A military court sentenced nine men from Kassala to death on Monday. The men had been "
            "detained in night raids in March 2021.",
            "arrest",
            9,
        ),
        (
            "Police detained 14 students at a sit-in in Gulu on Friday. The students were later beaten "
            "with batons at the central police station.",
            "torture",
            14,
        ),
    ],
)
def test_a_definite_group_takes_the_number_counted_before(
    nlp: Language, text: str, kind: str, count: int
) -> None:
    assert _figure(nlp, text, kind) == (count, "exact")


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # vague: no number to repeat
        (
            "Police detained dozens of men in Kano on Friday. The men were beaten with cables at the "
            "police station.",
            "torture",
            None,
        ),
        # the others of a named person: "the men" may be eight or seven
        (
            "Ali Osman was arrested in Kassala on Friday together with seven other men. The men were "
            "tortured in custody, their lawyer said.",
            "torture",
            None,
        ),
    ],
)
def test_a_definite_group_without_a_plain_count_before_has_none(
    nlp: Language, text: str, kind: str, count: int | None
) -> None:
    assert _figure(nlp, text, kind)[0] == count


def test_a_definite_group_retelling_the_same_violation_stays_one_incident(nlp: Language) -> None:
    text = (
        "The authorities executed 12 men in Shiraz on Monday. The men were hanged at dawn in Adelabad Prison."
    )
    found = incidents_of(nlp, text, "execution", required=True)
    assert len(found) == 1
    assert found[0].figure.count == 12
    assert found[0].span.start == 0


@pytest.mark.parametrize(
    ("text", "kind", "count", "qualifier"),
    [
        (
            "Three farmers were seized by soldiers near Tillaberi in May; their bodies were found in a "
            "river in June.",
            "killing",
            3,
            "exact",
        ),
        (
            "Ali Hassan was flogged in public in Sanaa on Sunday. Two brothers convicted of robbery had "
            "their left hands amputated in the same prison on Monday.",
            "corporal_punishment",
            2,
            "exact",
        ),
        (
            "Karim Nasser was hanged in Qezel Hesar on Tuesday. At least six other prisoners held over "
            "the same protests are at risk of execution after the court confirmed their death sentences.",
            "death_sentence",
            6,
            "at_least",
        ),
    ],
)
def test_a_plural_pronoun_stands_for_the_group_its_sentence_counts(
    nlp: Language, text: str, kind: str, count: int, qualifier: str
) -> None:
    assert _figure(nlp, text, kind) == (count, qualifier)


def test_a_plural_pronoun_for_a_part_with_no_number_has_no_count(nlp: Language) -> None:
    text = (
        "Yusuf Bello was arrested in Kano on Friday. Several of the detainees held with him said "
        "guards beat them with cables."
    )
    assert _figure(nlp, text, "torture")[0] is None


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        (
            "Omar Idris is at least the fourth prisoner to die in custody in Juba this year, the group said.",
            "at_least",
        ),
        ("Omar Idris is the fourth prisoner to die in custody in Juba this year, the group said.", "exact"),
    ],
)
def test_a_bound_set_before_an_ordinal_is_its_qualifier(nlp: Language, text: str, qualifier: str) -> None:
    assert _figure(nlp, text, "death_in_custody") == (4, qualifier)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "Police shot dead the village chief, Musa Danjuma, together with two of his nephews near Jos "
            "on Sunday.",
            "killing",
            3,
        ),
        (
            "Soldiers arrested the editor Grace Achieng along with three of her colleagues in Kisumu "
            "on Monday.",
            "arrest",
            4,
        ),
    ],
)
def test_companions_counted_as_a_part_of_someone_s_people(
    nlp: Language, text: str, kind: str, count: int
) -> None:
    assert _figure(nlp, text, kind) == (count, "exact")


@pytest.mark.parametrize(
    ("text", "kind", "count", "qualifier"),
    [
        (
            "At least nine people became victims of enforced disappearance in Sindh in March, the "
            "commission said.",
            "enforced_disappearance",
            9,
            "at_least",
        ),
        (
            "Twelve students fell victim to torture in police custody in Dhaka last year, the group said.",
            "torture",
            12,
            "exact",
        ),
    ],
)
def test_the_counted_subject_of_becoming_victims_is_the_count(
    nlp: Language, text: str, kind: str, count: int, qualifier: str
) -> None:
    assert _figure(nlp, text, kind) == (count, qualifier)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "In the prison of Dastgerd, Reza Karimi, a 31-year-old bus driver, was subjected to 74 "
            'lashes on May 2 for "insulting officials".',
            "corporal_punishment",
            "Reza Karimi",
        ),
        (
            "In the jail of Tabas, Ali Nouri, a 40-year-old shepherd, was subjected to 50 lashes on June 3.",
            "corporal_punishment",
            "Ali Nouri",
        ),
    ],
)
def test_a_person_the_parser_set_beside_an_opening_place_is_the_victim(
    nlp: Language, text: str, kind: str, name: str
) -> None:
    inc = incidents_of(nlp, text, kind, required=True)[-1]
    assert (inc.figure.count, inc.figure.qualifier) == (1, "exact")
    assert inc.victim_names == [name]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # guards: a subject of its own; a person the parser already reads as the subject
        ("In the town of Gao, two traders were detained by soldiers on Monday.", "arrest", 2),
        (
            "In Upper Nile and Unity State, a local chief named Peter Lual, 60, was beaten to death by "
            "soldiers on Sunday.",
            "killing",
            1,
        ),
    ],
)
def test_an_opening_place_phrase_keeps_a_subject_of_its_own(
    nlp: Language, text: str, kind: str, count: int
) -> None:
    assert _figure(nlp, text, kind) == (count, "exact")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Rights groups highlighted the case of a 16-year-old girl who was detained by police in "
            "Mombasa in May.",
            1,
        ),
        # guard: the case of a group with no number
        (
            "Rights groups highlighted the case of the girls who were detained by police in Mombasa in May.",
            None,
        ),
    ],
)
def test_the_case_of_one_person_counts_one(nlp: Language, text: str, count: int | None) -> None:
    assert _figure(nlp, text, "arrest")[0] == count


def test_a_plural_pronoun_after_one_person_and_counted_others_counts_them_all(nlp: Language) -> None:
    text = (
        "The poet Tesfay Berhe founded a weekly in Asmara. He was detained in Keren in March 2019 "
        "together with four other teachers; none of them has been tried, and the authorities have "
        "never disclosed their whereabouts."
    )
    assert _figure(nlp, text, "enforced_disappearance") == (5, "exact")


def test_a_named_person_with_counted_others_keeps_the_name_for_the_pronoun(nlp: Language) -> None:
    # guard: the pronoun still takes the name and the count of the named person's mention
    text = (
        "Tesfay Berhe was detained in Keren in March 2019 together with four other teachers; none of "
        "them has been tried, and the authorities have never disclosed their whereabouts."
    )
    inc = incidents_of(nlp, text, "enforced_disappearance", required=True)[-1]
    assert (inc.figure.count, inc.victim_names) == (5, ["Tesfay Berhe"])


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            'In a letter from prison, she wrote that guards had "beaten me with cables and denied me '
            'sleep" for days.',
            1,
        ),
        # guard: "us" is a group with no number
        (
            'In a letter from prison, they wrote that guards had "beaten us with cables and denied us '
            'sleep" for days.',
            None,
        ),
    ],
)
def test_quoted_words_of_the_one_person_it_was_done_to_count_one(
    nlp: Language, text: str, count: int | None
) -> None:
    assert _figure(nlp, text, "torture")[0] == count
