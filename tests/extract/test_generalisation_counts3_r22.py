"""Round 22, victim counts: the recipient of a verb of giving is the victim of the harm given
("officers had given him electric shocks": one); "X, who they said was sentenced to death": the
relative word of a clause of telling stands for X; a counted "between" range the parser hung on a
teller's verb is the subject of the clause told ("Rights groups say between 60 and 80 people are
on death row": 60, the low); "the musician and blogger X" is one person with two callings; "the
sentencing to death of at least eight people": the "of" phrase the parser hung on "death" names
the victims. Guards: a recipient with no number stays uncounted, a clause of telling with a
subject of its own keeps it, a count with no range keeps its number, two people each with an
article or a name stay two, a death sentence with no "of" phrase keeps its own victims."""

from __future__ import annotations

import pytest
from extraction_helpers import first_incident
from spacy.language import Language

_GIVEN = [
    ("He told prosecutors that officers had given him electric shocks during interrogation.", "torture"),
    ("Police gave Ahmad Karimi 40 lashes in public on Monday.", "corporal_punishment"),
    ("The prison guards gave Nasrin Ahmadi 30 lashes on Tuesday.", "corporal_punishment"),
    ("According to his lawyer, interrogators had given him electric shocks in the basement.", "torture"),
]


@pytest.mark.parametrize(("text", "kind"), _GIVEN)
def test_probe_recipient_of_given_harm_is_one(nlp: Language, text: str, kind: str) -> None:
    assert first_incident(nlp, text, kind).figure.count == 1


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Guards gave the prisoners electric shocks.", "torture", None),
        ("Officers administered electric shocks to ten detainees in May.", "torture", 10),
        ("A court sentenced two women to 40 lashes on Monday.", "corporal_punishment", 2),
    ],
)
def test_probe_given_lookalikes_keep_count(nlp: Language, text: str, kind: str, count: int | None) -> None:
    assert first_incident(nlp, text, kind).figure.count == count


_TOLD_RELATIVES = [
    (
        "Activists raised the case of Farhad Mirzaei, 24, who they said was sentenced to death in March.",
        "death_sentence",
        "Farhad Mirzaei",
    ),
    (
        "Rights groups highlighted the case of Ali Nouri, a farmer who relatives said was hanged in May.",
        "execution",
        "Ali Nouri",
    ),
    (
        "The court heard the case of Sara Ahmadi, who her lawyer said had been flogged in prison last year.",
        "corporal_punishment",
        "Sara Ahmadi",
    ),
    (
        "Rights groups cited Hossein Rahmani, 31, who activists believe was executed in secret in May.",
        "execution",
        "Hossein Rahmani",
    ),
]


@pytest.mark.parametrize(("text", "kind", "name"), _TOLD_RELATIVES)
def test_probe_relative_of_told_clause_is_the_person(nlp: Language, text: str, kind: str, name: str) -> None:
    found = first_incident(nlp, text, kind)
    assert found.figure.count == 1 and name in found.victim_names


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "Amnesty International, which said ten men were hanged in May, called for a moratorium.",
            "execution",
            10,
        ),
        ("Lawyers who said 12 prisoners were flogged in March filed a complaint.", "corporal_punishment", 12),
        ("A man who was executed in May had been arrested in 2019.", "execution", 1),
    ],
)
def test_probe_told_clause_lookalikes(nlp: Language, text: str, kind: str, count: int) -> None:
    assert first_incident(nlp, text, kind).figure.count == count


_RANGES = [
    "Rights groups say between 60 and 80 people are currently on death row for blasphemy.",
    "Lawyers estimate between 200 and 300 prisoners are on death row in the country.",
    "Activists believe between 40 and 50 men are on death row in Kano.",
    "Officials say between 15 and 20 women are currently on death row.",
    "According to the Human Rights Commission (HRC), between 60 and 80 people are currently on death row.",
    "According to lawyers, between 200 and 300 prisoners are on death row in the country.",
]


@pytest.mark.parametrize("text", _RANGES)
def test_probe_range_on_teller_verb_is_the_count(nlp: Language, text: str) -> None:
    fig = first_incident(nlp, text, "death_sentence").figure
    assert fig.count is not None and fig.count == fig.low and fig.high is not None and fig.high > fig.count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Rights groups say 70 people are currently on death row.", 70),
        ("Officials say at least 120 prisoners are on death row in the country.", 120),
        ("Rights groups say the two men are on death row.", 2),
        ("Between 2019 and 2021, the two men were on death row.", 2),
    ],
)
def test_probe_range_lookalikes(nlp: Language, text: str, count: int) -> None:
    assert first_incident(nlp, text, "death_sentence").figure.count == count


_TWO_CALLINGS = [
    "On 28 January, the musician and blogger Andrei Kavaleuski, 31, was detained by police.",
    "On 3 May, the poet and journalist Samira Haddad, 45, was arrested by police.",
    "The writer and translator Maryam Hosseini, 41, was arrested at her home on 3 May.",
    "The activist and blogger Ali Karimi, 29, was detained on Friday.",
]


@pytest.mark.parametrize("text", _TWO_CALLINGS)
def test_probe_two_callings_are_one_person(nlp: Language, text: str) -> None:
    assert first_incident(nlp, text, "arrest").figure.count == 1


@pytest.mark.parametrize(
    "text",
    [
        "The poet and the blogger Ali Karimi were arrested on Monday.",
        "The journalist Ali Karimi and the lawyer Reza Ahmadi were arrested on Monday.",
        "Police arrested a farmer and his son Ali Karimi on Monday.",
    ],
)
def test_probe_two_people_stay_two(nlp: Language, text: str) -> None:
    assert first_incident(nlp, text, "arrest").figure.count == 2


_DEATH_OF = [
    ("The experts expressed alarm at the sentencing to death of at least eight people in May.", 8),
    ("Amnesty condemned the sentencing to death of 41 people in a single mass trial.", 41),
    ("Lawyers denounced the sentencing to death of Ahmad Karimi last week.", 1),
    ("Rights groups protested the sentencing to death of at least 12 men by a military court in May.", 12),
]


@pytest.mark.parametrize(("text", "count"), _DEATH_OF)
def test_probe_of_phrase_after_death_is_the_victim(nlp: Language, text: str, count: int) -> None:
    assert first_incident(nlp, text, "death_sentence").figure.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("He was sentenced to death on charges of spying in May.", 1),
        ("The court sentenced five men to death on charges of murder in May.", 5),
        ("The court's sentencing to death last year drew criticism.", None),
    ],
)
def test_probe_death_of_lookalikes(nlp: Language, text: str, count: int | None) -> None:
    assert first_incident(nlp, text, "death_sentence").figure.count == count
