"""Round 9 claimant classes (second set): a body's office or staff in a "whose" clause telling a
count for it, "the experts" of a text that names no expert (the UN group as the text first
describes it), a report set off by commas inside the clause it attributes, figures a source "cited"
itself, the teller of a relative clause set off by a comma, a "that"-clause the parser hung on a
time phrase, kin of a person named after a title, and "among them X" after a count a source gives.
Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "The case was raised by the Coastal Rights Commission, whose investigators documented the "
            "killing of at least 14 fishermen by navy patrols in March.",
            "killing",
            ["Coastal Rights Commission"],
        ),
        (
            "The killings were cited by the UN High Commissioner for Human Rights, whose office recorded "
            "at least 230 killings by police in Haiti in the first half of 2023.",
            "killing",
            ["UN High Commissioner for Human Rights"],
        ),
    ],
)
def test_whose_office_tells_for_the_body_named(
    nlp: Language, text: str, kind: str, claimants: list[str]
) -> None:
    assert claims_of(nlp, text, kind) == [claimants]


def test_the_experts_of_a_text_naming_none_are_the_un_group(nlp: Language) -> None:
    text = (
        "GENEVA (3 May 2024) – Independent UN human rights experts today urged Ruvania to free detained "
        "journalists. The experts said at least 23 reporters had been arrested in the capital since January."
    )
    assert claims_of(nlp, text, "arrest") == [["UN human rights experts"]]


def test_experts_of_another_kind_stay_as_written(nlp: Language) -> None:
    text = (
        "Forensic experts examined the bodies in the morgue. The experts said the men had been beaten "
        "before they died."
    )
    assert claims_of(nlp, text, "torture") == [["The experts"]]


def test_an_aside_inside_the_clause_it_attributes(nlp: Language) -> None:
    text = (
        "Police detained the activist Omar Farah and his brother, Nabil Farah, whose whereabouts, the "
        "family said, have yet to be disclosed to anyone."
    )
    [names] = claims_of(nlp, text, "enforced_disappearance")
    assert names and all("family" in n.lower() for n in names)


def test_an_aside_far_after_the_trigger_is_not_its_source(nlp: Language) -> None:
    text = (
        "Police arrested at least 12 students outside the university gates on Friday; their teacher, "
        "the union said, was not among them."
    )
    assert claims_of(nlp, text, "arrest") == [["publisher"]]


def test_figures_a_source_cited_are_its_own(nlp: Language) -> None:
    text = (
        "The monitors also noted that Kurds made up a large share of those put to death last year - 90 "
        "of at least 400 executions recorded in 2023, according to figures they cited."
    )
    assert claims_of(nlp, text, "execution") == [["The monitors"]]


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "The agency interviewed relatives of three of the miners, who said that police had beaten "
            "them at the station.",
            "torture",
            ["Relatives of three of the miners"],
        ),
        # the parser hangs the clause on a noun far back: no teller to give
        (
            "Reporters spoke with two nurses at the clinic, who said that soldiers had detained at least "
            "six patients in the ward.",
            "arrest",
            ["publisher"],
        ),
        # a clause with no comma only describes the people: the text tells it
        (
            "The raids were condemned by activists who said that police had detained at least 40 people.",
            "arrest",
            ["publisher"],
        ),
    ],
)
def test_the_teller_of_a_relative_clause(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    assert claims_of(nlp, text, kind) == [claimants]


def test_a_that_clause_hung_on_a_time_phrase_is_what_was_told(nlp: Language) -> None:
    text = (
        "Two farmers arrested in May told their lawyer during a visit that they had been beaten with cables."
    )
    assert claims_of(nlp, text, "torture") == [["Two farmers"]]


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        (
            "Relatives of detained journalist Mariam Tahir said she was beaten by guards in Evin prison.",
            ["Relatives of detained journalist Mariam Tahir"],
        ),
        (
            "Relatives of the detainees said they were beaten by guards in Evin prison.",
            ["Relatives of the detainees"],
        ),
    ],
)
def test_kin_of_a_person_named_after_a_title(nlp: Language, text: str, claimants: list[str]) -> None:
    assert claims_of(nlp, text, "torture") == [claimants]


def test_among_them_after_a_count_a_source_gives(nlp: Language) -> None:
    text = (
        "Witnesses put the number of those killed at eleven, among them 12-year-old Joseph Mensah, who "
        "was shot in the back near the market."
    )
    assert claims_of(nlp, text, "killing") == [["Witnesses"]]
