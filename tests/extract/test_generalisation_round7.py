"""Round 7 rules: talk of a pattern ("frequently", "in many cases"), of every case of a kind
("every allegation of torture"), of a crime category ("crimes involving killing"), of a year's
practice ("There were reports of enforced disappearances", a list of abuses "reported
throughout the year") and sentence-case section titles are not incidents; sleep deprivation and
broken bones are torture, winning over solitary confinement. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, extracted_types, incidents_of
from spacy.language import Language

_incidents = partial(incidents_of, publisher=LEDGER)
_types = partial(extracted_types, publisher=LEDGER)


def test_in_many_cases_is_a_pattern(nlp: Language) -> None:
    text = (
        "“Each of these prisoners was a person who was often denied a lawyer, and in many cases "
        "tortured into signing statements,” the monitors said."
    )
    assert "torture" not in _types(nlp, text)


def test_a_frequency_adverb_without_names_is_a_pattern(nlp: Language) -> None:
    text = "Detainees were frequently beaten by guards at district jails, the group said."
    assert "torture" not in _types(nlp, text)


def test_a_frequency_adverb_with_a_named_victim_stays(nlp: Language) -> None:
    assert "torture" in _types(nlp, "Guards routinely beat Ahmad Karimi after his transfer to Ward 4 in May.")


def test_every_allegation_of_torture_is_not_an_incident(nlp: Language) -> None:
    text = (
        "“We call on the authorities to stop all floggings, to free Mr. Rahimi and Ms. Tavakoli, and to "
        "investigate every allegation of torture,” said the lawyers."
    )
    assert "torture" not in _types(nlp, text)


def test_a_crime_category_is_not_a_killing(nlp: Language) -> None:
    text = (
        "The treaty limits capital punishment to the most serious offences involving intentional killing, "
        "the lawyers noted."
    )
    assert "killing" not in _types(nlp, text)


def test_there_were_reports_of_a_practice(nlp: Language) -> None:
    text = "There were reports of enforced disappearances by state agents, particularly in the north-west."
    assert "enforced_disappearance" not in _types(nlp, text)


def test_there_were_reports_with_a_figure_stays(nlp: Language) -> None:
    assert "killing" in _types(nlp, "There were reports of 14 killings by police in Lagos in March.")


def test_a_list_of_abuses_with_a_multiword_trigger(nlp: Language) -> None:
    text = "Forced disappearances, beatings and deaths in custody were reported throughout the year."
    assert "death_in_custody" not in _types(nlp, text)


def test_a_sentence_case_heading_is_not_an_incident(nlp: Language) -> None:
    text = (
        "Country Review 2024\n\nThe authorities detained thousands of critics.\n\n"
        "Enforced disappearances and torture\n\n"
        "On 2 July, officers arrested the lawyer Hoda Salem at her home in Giza."
    )
    found = _incidents(nlp, text)
    assert not any(i.type in {"enforced_disappearance", "torture"} for i in found)
    assert any(i.type == "arrest" for i in found)


def test_sleep_deprivation_is_torture(nlp: Language) -> None:
    text = (
        "At his trial, Karim Haddad said he had been kept in solitary confinement and deprived of sleep "
        "for a week until he signed a statement."
    )
    assert _types(nlp, text) == ["torture"]


def test_broken_bones_are_torture(nlp: Language) -> None:
    text = (
        "His sister said he was held in solitary confinement for 30 days and that guards broke three of "
        "his ribs during questioning."
    )
    assert _types(nlp, text) == ["torture"]
