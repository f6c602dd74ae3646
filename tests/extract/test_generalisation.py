"""Incident classes that must hold on unseen texts: statements about a practice, verdicts in
quotes and words that only describe something else are not incidents. Texts written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tallybook.extract.pipeline import SourceText, build_pipeline, extract_texts


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def _types(nlp: Language, text: str) -> list[str]:
    extraction = next(extract_texts([SourceText(text, "2024-03-02")], nlp))
    return [inc.type for inc in extraction.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "The Bureau for Prisoner Rights opposes the death penalty whatever the method of execution.",
        "Beating detainees is prohibited under the national constitution.",
        "There were reports that the security services or their agents committed unlawful killings.",
        "There were reports of deaths in custody in suspicious circumstances.",
        "The code bans torture but permits penalties such as caning and amputation.",
    ],
)
def test_rules_stances_and_section_openers_are_not_incidents(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“The authorities are hanging young men to frighten a province,” said Ilse Marwood of the group.",
        "“A government that tortures its critics is breaking its own laws,” Ilse Marwood said.",
        "“These were not clashes, these were executions,” said Ilse Marwood, a lawyer.",
    ],
)
def test_verdicts_and_practices_inside_quotes_are_not_incidents(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == []


def test_a_past_event_inside_a_quote_is_still_reported(nlp: Language) -> None:
    text = "“Guards hanged my brother Tomas Reyland at dawn on 3 February,” his sister told reporters."
    assert _types(nlp, text) == ["execution"]


def test_a_cause_of_death_is_not_an_incident_of_its_own(nlp: Language) -> None:
    text = (
        "Prisoner Adel Rowan died in Kestrel Prison on 9 January. The prison service said he had died "
        "of cardiac arrest; his relatives said he died as a result of torture."
    )
    assert "arrest" not in _types(nlp, text)
    assert "torture" not in _types(nlp, text)


def test_age_at_arrest_describes_people_on_death_row(nlp: Language) -> None:
    text = "At least five other prisoners who were arrested as children are now on death row."
    assert "arrest" not in _types(nlp, text)


def test_solitary_confinement_folds_into_the_ill_treatment(nlp: Language) -> None:
    text = (
        "Police arrested Jonah Prell in March 2021. He was held in solitary confinement for two months, "
        "during which guards beat him, the monitoring group said."
    )
    assert "other" not in _types(nlp, text)
