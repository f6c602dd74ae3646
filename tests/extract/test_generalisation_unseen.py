"""Incident classes found on a fifth unseen set: disappearance phrasings, stocks of prisoners,
deaths at a place of detention, "other" violations, ordinal aggregates, headlines and confirmations
that restate an event, generic statements, dates and counts. Texts written for these tests, not
taken from any evaluation set."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language

from tallybook.extract.particulars.figures import parse_figure
from tallybook.extract.timing.dates import enclosing

_incidents = partial(incidents_of, published="2024-07-19")


@pytest.mark.parametrize(
    ("text", "kind", "count", "qualifier"),
    [
        (
            "At least five trade unionists have gone missing after police raids in Karsk this month, "
            "their families said.",
            "enforced_disappearance",
            5,
            "at_least",
        ),
        (
            "Guards detained about 30 dockworkers in Port Elin on 3 May, and the whereabouts of at least "
            "four of them remain unknown.",
            "enforced_disappearance",
            4,
            "at_least",
        ),
        (
            "In March, militiamen detained some 20 farmers near Orsk; the fate of seven of them remained "
            "unknown at the end of the year.",
            "enforced_disappearance",
            7,
            "exact",
        ),
        # stocks of people held, counted like a death-row stock
        (
            "According to the lawyers' collective Libera, more than 900 people remain behind bars in "
            "Veldia on politically motivated charges.",
            "arrest",
            900,
            "more_than",
        ),
        (
            "As many as 8,000 people are held on political grounds in the country's jails, according to "
            "rights lawyers.",
            "arrest",
            8000,
            "up_to",
        ),
        (
            "More than 45 political prisoners remain in Tarvian jails, according to a lawyers' group.",
            "arrest",
            45,
            "more_than",
        ),
        # an ordinal counts the events so far
        ("That was the fourth public execution in the province since 2022.", "execution", 4, "exact"),
        (
            "Since March we have recorded more than 250 people subjected to judicial corporal punishment.",
            "corporal_punishment",
            250,
            "more_than",
        ),
        (
            "The group recorded the implementation of flogging sentences against at least 31 people in "
            "the first half of the year.",
            "corporal_punishment",
            31,
            "at_least",
        ),
        (
            "The group said at least four prisoners held in Dorn Central Prison are at imminent risk of "
            "having their hands amputated.",
            "other",
            4,
            "at_least",
        ),
    ],
)
def test_new_phrasings_and_stocks_are_incidents(
    nlp: Language, text: str, kind: str, count: int, qualifier: str
) -> None:
    found = _incidents(nlp, text, kind)
    assert len(found) == 1, _incidents(nlp, text)
    assert (found[0].figure.count, found[0].figure.qualifier) == (count, qualifier)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Teodor Vasko died at Kessel 2 prison on 3 March, his lawyer said.", "death_in_custody"),
        (
            "Several detainees were sexually assaulted by guards, former inmates told the group.",
            "other",
        ),
        (
            "Last month, the poet Arun Kell was stripped of his citizenship and expelled to Nerland.",
            "other",
        ),
        (
            "He was convicted on the basis of a confession that he said had been extracted by electric "
            "shocks.",
            "torture",
        ),
        (
            "Troops detained 11 fishermen near Tolva on 2 April; three were freed two days later and the "
            "others have not been seen since.",
            "enforced_disappearance",
        ),
    ],
)
def test_custody_deaths_other_violations_and_disappearances(nlp: Language, text: str, kind: str) -> None:
    assert len(_incidents(nlp, text, kind)) == 1, _incidents(nlp, text)


def test_a_death_at_a_police_station_is_a_custody_death_not_torture(nlp: Language) -> None:
    text = (
        "On 12 June, Omar Lutfi, 41, died at Harbourside police station, two days after his arrest; the "
        "medical report recorded bruising consistent with beatings."
    )
    assert [i.type for i in _incidents(nlp, text)] == ["death_in_custody"]


def test_a_death_row_stock_at_risk_of_execution_is_one_incident(nlp: Language) -> None:
    text = (
        "Activists know of at least five other men, all arrested as teenagers, who remain on death row "
        "and are at imminent risk of execution."
    )
    found = _incidents(nlp, text)
    assert [(i.type, i.figure.count) for i in found] == [("death_sentence", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "Although the law forbids torture, rights groups reported that police officers tortured detainees.",
        "Judges continued to hand down death sentences after trials that relied on confessions extracted "
        "under torture.",
        "Floggings have become the authorities' favoured punishment for dissent.",
        "“Deaths in custody that follow torture engage the responsibility of the State,” the experts said.",
        "The Commission of Inquiry on Enforced Disappearances said it received 40 complaints.",
        "If the sentence is carried out, Dorn would be the first person executed in the country since 1998.",
    ],
)
def test_generic_statements_are_not_incidents(nlp: Language, text: str) -> None:
    assert _incidents(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a headline whose figure is part of the body's
        (
            "Police detain two journalists and a driver in Brava\n\nPolice in Brava arrested at least five "
            "people on Monday, including two journalists, relatives said.",
            "arrest",
        ),
        # a distributive sentence about the event just told
        (
            "On Monday the authorities publicly flogged 9 men in the stadium in Herat. Each received "
            "between 10 and 30 lashes.",
            "corporal_punishment",
        ),
        # the state's confirmation of the event
        (
            "Police arrested at least six activists in Brava on Tuesday, relatives said. The Interior "
            "Ministry confirmed on Wednesday that it had detained “several individuals”.",
            "arrest",
        ),
        # a breakdown of the aggregate over the same period
        (
            "At least 40 people were executed in May, the group said. At least three women were hanged in "
            "the same period.",
            "execution",
        ),
    ],
)
def test_restatements_belong_to_the_event_told(nlp: Language, text: str, kind: str) -> None:
    found = _incidents(nlp, text)
    assert [i.type for i in found] == [kind], found


def test_a_denial_about_a_person_named_in_its_own_sentence_is_that_persons_disappearance(
    nlp: Language,
) -> None:
    text = (
        "On 3 May, police arrested the blogger Lina Varga in Dorn; she was held incommunicado for a week. "
        "In June the family of Pavel Ostrov, a driver arrested at the border in 2020, learned that he was "
        "in Kessel prison, after three years in which the authorities had denied holding him."
    )
    disappeared = _incidents(nlp, text, "enforced_disappearance")
    assert sorted(n for i in disappeared for n in i.victim_names) == ["Lina Varga", "Pavel Ostrov"]


def test_picked_up_from_a_place_by_plain_clothes_men_is_a_disappearance(nlp: Language) -> None:
    text = (
        "Karim Dost, 22, was picked up from his dormitory on 4 May by men in plain clothes, his sister said."
    )
    (inc,) = _incidents(nlp, text, "enforced_disappearance")
    assert inc.victim_names == ["Karim Dost"]


def test_a_stock_is_not_a_rival_figure_for_an_arrest_event(nlp: Language) -> None:
    text = (
        "According to the group Libera, more than 2,000 people remain behind bars in Veldia. Around 120 "
        "people were detained in the second week of March alone, the experts said."
    )
    counts = sorted(i.figure.count or 0 for i in _incidents(nlp, text, "arrest"))
    assert counts == [120, 2000]


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected"),
    [
        (
            "OSLO, Jan 9 (Wirenews) - Tarsk executed at least 300 people in 2023, the group said on Tuesday.",
            "2024-01-09",
            "execution",
            "2023",
        ),
        (
            "Section 1. Respect for the Integrity of the Person\n\nOn February 7, police detained the "
            "journalist Mara Velk in Dorn.",
            "2024-03",
            "arrest",
            "2023-02-07",
        ),
        (
            "Around 200 people were detained in the last week of April, monitors said.",
            "2024-07-19",
            "arrest",
            "2024-04",
        ),
        (
            "Guards detained about 30 dockworkers in Port Elin on 3 May, and the whereabouts of at least "
            "four of them remain unknown.",
            "2024-07-19",
            "enforced_disappearance",
            "2024-05-03",
        ),
    ],
)
def test_dates_of_the_event(nlp: Language, text: str, published: str, kind: str, expected: str) -> None:
    (inc,) = _incidents(nlp, text, kind, published=published)
    assert enclosing(inc.date) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Relatives said the activist Mira Tolk had not been seen since she was moved from a detention "
            "centre in Gorvan in March last year.",
            "enforced_disappearance",
            "2023-03",
        ),
        (
            "At least seven students have gone missing after raids by security forces in Karsk since the "
            "start of the month, their families said.",
            "enforced_disappearance",
            "2024-07",
        ),
        (
            "The authorities hanged 12 men in Dorn prison on 2 June, the group said. Among those executed "
            "was Samir Veld, a 30-year-old tailor from Orsk.",
            "execution",
            "2024-06-02",
        ),
    ],
)
def test_dates_of_disappearances_and_named_victims(
    nlp: Language, text: str, kind: str, expected: str
) -> None:
    found = _incidents(nlp, text, kind)
    assert found
    assert all(enclosing(i.date) == expected for i in found), [(i.victim_names, i.date) for i in found]


def test_a_date_in_another_clause_dates_that_clause(nlp: Language) -> None:
    text = (
        "Troops detained 11 fishermen near Tolva on 2 April; three were freed two days later and the others "
        "have not been seen since."
    )
    (arrest,) = _incidents(nlp, text, "arrest")
    assert enclosing(arrest.date) == "2024-04-02"


@pytest.mark.parametrize(
    ("text", "kind", "count", "names"),
    [
        (
            "The group learned that Ivan Dorsk, a retired teacher aged 71, died in a penal colony near "
            "Brest on 4 May.",
            "death_in_custody",
            1,
            ["Ivan Dorsk"],
        ),
        (
            "Among them was Reza Amini, 31, a baker arrested during the 2019 protests, who was hanged in "
            "Qezel prison on Monday.",
            "execution",
            1,
            ["Reza Amini"],
        ),
        ("She said both men had been beaten in custody.", "torture", 2, []),
    ],
)
def test_ages_are_not_counts_and_named_victims_count_one(
    nlp: Language, text: str, kind: str, count: int, names: list[str]
) -> None:
    (inc,) = _incidents(nlp, text, kind)
    assert inc.figure.count == count
    assert inc.victim_names == names


@pytest.mark.parametrize(
    ("phrase", "count"),
    [("Ivan Dorsk, a retired teacher aged 71,", None), ("a driver aged 19", None), ("both men", 2)],
)
def test_an_age_is_not_a_count_and_both_is_two(phrase: str, count: int | None) -> None:
    assert parse_figure(phrase).count == count
