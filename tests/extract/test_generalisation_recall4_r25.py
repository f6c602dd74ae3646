"""Round 25, missed incidents: a count of people who "died in prisons" (the plural of a place of
detention) is a death in custody, as "died in prison" is; counted "cases of rape by" a doer are
sexual violence (other, CONVENTIONS). Guards: prisons named without a death, a habit told in the
present ("people who die in prisons"), a denied death; cases of rape a court hears, a law punishes
or a conviction counts, with no doer told, are no incident."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language

_PRISON_DEATHS = [
    "According to the ministry, 14 people died in prisons across the country during the quarter.",
    "Nine men died in jails in the north of the country in 2022.",
    "At least 11 women died in prisons in 2020, the group said.",
    "In 2021, at least 17 people died in prisons, most of them after being denied treatment.",
]


@pytest.mark.parametrize("text", _PRISON_DEATHS)
def test_probe_deaths_in_prisons_are_deaths_in_custody(nlp: Language, text: str) -> None:
    assert "death_in_custody" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Overcrowding in prisons has worsened, the report said.",
        "People who die in prisons are rarely given an autopsy.",
        "The minister denied that anyone had died in prisons this year.",
    ],
)
def test_probe_prisons_without_a_death_told_are_none(nlp: Language, text: str) -> None:
    assert "death_in_custody" not in extracted_types(nlp, text)


_RAPE_CASES = [
    "Human Rights Watch documented at least 12 cases of rape by soldiers during the operation.",
    "Monitors recorded 15 incidents of rape by militia-allied police in the district in March.",
    "At least nine instances of rape by border guards were reported in the camps last year.",
    "In October the commission verified 23 cases of rape by members of the army near the border.",
]


@pytest.mark.parametrize("text", _RAPE_CASES)
def test_probe_cases_of_rape_by_doers_are_other(nlp: Language, text: str) -> None:
    assert "other" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The court heard two cases of rape and murder against the defendant.",
        "The law sets harsher penalties for cases of rape.",
        "He was convicted in three cases of rape in 2019.",
    ],
)
def test_probe_cases_of_rape_with_no_doer_are_none(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []
