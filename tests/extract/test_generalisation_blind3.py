"""Rules that generalise beyond the tuning sets, continued: an age is not a victim count, two
days of one month written day first, mandate titles, "whenever" clauses and an opening
summary of a year's abuses. Texts written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import LEDGER, incidents_of
from spacy.language import Language

from tallybook.extract.timing.dates import Reference, resolve_date

_incidents = partial(incidents_of, publisher=LEDGER)


def test_an_age_in_a_relative_clause_is_not_a_count(nlp: Language) -> None:
    text = (
        "Rustam Veliyev, who was 16 at the time of the alleged theft, was hanged in Tarvan Prison on 3 May."
    )
    found = [i for i in _incidents(nlp, text) if i.type == "execution"]
    assert found and found[0].figure.count == 1


def test_two_days_written_day_first_make_a_range() -> None:
    got = resolve_date("on 11 and 12 March", Reference.from_partial("2024-06-20"))
    assert got is not None and (got.value, got.end) == ("2024-03-11", "2024-03-12")


def test_a_whenever_clause_is_a_rule_not_an_event(nlp: Language) -> None:
    text = "The ministry said the case would go to an inspector, as is usual whenever prisoners are killed."
    assert not [i for i in _incidents(nlp, text) if i.type == "killing"]


def test_a_gerund_subject_of_a_verdict_is_not_an_event(nlp: Language) -> None:
    text = "“Hanging people for theft is contrary to every treaty the state has signed,” the lawyer said."
    assert not [i for i in _incidents(nlp, text) if i.type == "execution"]


def test_a_mandate_title_is_not_an_event(nlp: Language) -> None:
    text = (
        "The statement was signed by Ana Ferro, Special Rapporteur on extrajudicial, summary or "
        "arbitrary executions, and by two other experts."
    )
    assert not [i for i in _incidents(nlp, text) if i.type == "execution"]


def test_a_list_of_abuses_reported_through_a_year_is_a_summary(nlp: Language) -> None:
    text = (
        "Arbitrary arrests, torture and killings by the police were reported throughout the year.\n\n"
        "In May, police arrested at least 40 students in Ostrava."
    )
    found = _incidents(nlp, text, published="2025-04")
    assert [i.type for i in found] == ["arrest"]


def test_a_round_up_followed_by_shooting_them_is_part_of_the_killing(nlp: Language) -> None:
    text = (
        "On 4 April soldiers entered Kalno, rounded up farmers who had stayed behind, and shot them "
        "by the well."
    )
    found = _incidents(nlp, text)
    assert "arrest" not in [i.type for i in found]


def test_a_death_after_a_beating_in_custody_is_a_death_in_custody(nlp: Language) -> None:
    text = "A lawyers' group said that between two and four prisoners had died after being beaten in custody."
    assert [i.type for i in _incidents(nlp, text)] == ["death_in_custody"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, Lena Ortiz was picked up outside her office in Velmar by men in plain clothes.",
        "On 3 May, agents picked up the union leader Lena Ortiz at a market in Velmar.",
        "Her brother said police took her from her family's home in Velmar on 3 May; "
        "she has not been seen since.",
    ],
)
def test_being_taken_away_from_a_place_is_a_disappearance(nlp: Language, text: str) -> None:
    assert "enforced_disappearance" in [i.type for i in _incidents(nlp, text)]
