"""Who claims an incident, continued: restrictive modifiers kept in a descriptor, coordinated
sources split only at a named organisation, he/she resolved to the person the paragraph is about,
confirmations of a figure, and "we" in a transcript turn. Texts written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import LEDGER, claimant_names, last_incident
from spacy.language import Language

from tallybook.model import Stance

_incident = partial(last_incident, publisher=LEDGER)
_claimants = partial(claimant_names, lower=True)


def test_a_relative_clause_after_a_source_noun_is_kept(nlp: Language) -> None:
    text = (
        "Between 20 and 25 people were detained in Orvo on Friday, according to residents who spoke "
        "to the Ledger."
    )
    assert _claimants(_incident(nlp, text, "arrest")) == ["residents who spoke to the ledger"]


def test_a_participle_with_its_agent_is_kept(nlp: Language) -> None:
    text = (
        "At least four women were beaten by soldiers in the village, according to survivors "
        "interviewed by regional radio."
    )
    assert _claimants(_incident(nlp, text, "torture")) == ["survivors interviewed by regional radio"]


def test_a_clause_after_a_comma_is_not_part_of_the_source(nlp: Language) -> None:
    text = (
        "At least 12 people were arrested in Orvo on Friday, according to officials, who spoke on "
        "condition of anonymity."
    )
    assert _claimants(_incident(nlp, text, "arrest")) == ["officials"]


def test_an_organisation_and_a_description_are_two_sources(nlp: Language) -> None:
    text = (
        "Police arrested at least nine people linked to the Sorrel Mission on Monday, according to a "
        "statement from the mission and relatives of the detainees."
    )
    assert sorted(_claimants(_incident(nlp, text, "arrest"))) == [
        "relatives of the detainees",
        "sorrel mission",
    ]


def test_coordinated_descriptions_stay_one_source(nlp: Language) -> None:
    text = (
        "At least 11 people were detained in Orvo on Friday, according to lawyers and activists in the city."
    )
    assert _claimants(_incident(nlp, text, "arrest")) == ["lawyers and activists in the city"]


@pytest.mark.parametrize("stop", [".", ".[4]"])
def test_he_is_the_person_the_paragraph_is_about(nlp: Language, stop: str) -> None:
    text = (
        "Tomas Weller was shot dead by police in Orvo on 3 May.\n\n"
        "Weller's mother, Ilse Weller, told reporters: “They killed my boy for holding a sign.”\n\n"
        "His younger brother, Jonas Weller, was arrested in June 2019 and held in Marn prison until March "
        f"2020{stop} He later said he had been beaten by guards during his first weeks in detention."
    )
    assert _claimants(_incident(nlp, text, "torture")) == ["jonas weller"]


def test_a_confirmed_figure_confirms_the_incident_before(nlp: Language) -> None:
    text = (
        "At least 21 prisoners were hanged in Marn prison in May, the Orvo Prisoners Network said. "
        "The figure was confirmed by the Dorran Rights Centre."
    )
    incident = _incident(nlp, text, "execution")
    assert _claimants(incident, Stance.CONFIRMS) == ["dorran rights centre"]


def test_we_in_a_transcript_turn_is_the_speaker(nlp: Language) -> None:
    text = (
        "BRIEFING NOTES – Orvo\n"
        "SPOKESPERSON (Marta Lindqvist, Orvo Rights Office): Good afternoon. Since January we have recorded "
        "more than 250 people subjected to flogging across the country.\n"
        "QUESTION: Are the numbers rising?\n"
        "SPOKESPERSON: Yes, they are rising."
    )
    assert _claimants(_incident(nlp, text, "corporal_punishment")) == ["marta lindqvist"]


def test_among_them_carries_the_source_of_the_count(nlp: Language) -> None:
    text = (
        "The authorities executed 14 prisoners in the past week, according to reports compiled by the "
        "Orvo Prisoners Network. Among them was Dario Keller, 31, a baker arrested in Marn in 2022, who "
        "was hanged in Dorran prison on Monday."
    )
    assert _claimants(_incident(nlp, text, "arrest")) == ["orvo prisoners network"]


def test_a_confirmation_does_not_hide_the_source_named_after(nlp: Language) -> None:
    text = (
        "On Friday the police arrested at least 12 mourners in Orvo after the funeral, the Marsh Rights "
        "League said, a figure confirmed by the Orvo Bar Association."
    )
    incident = _incident(nlp, text, "arrest")
    assert _claimants(incident) == ["marsh rights league"]
    assert _claimants(incident, Stance.CONFIRMS) == ["orvo bar association"]


def test_a_figure_confirmed_by_a_named_opposition_group(nlp: Language) -> None:
    text = (
        "On Sunday night the army detained at least 18 mourners in Dorran after the burial turned into a "
        "march, the Institute for Rights and Justice (IRJ) said, a figure confirmed by the opposition "
        "Al-Nour Civic Society."
    )
    incident = _incident(nlp, text, "arrest")
    assert _claimants(incident) == ["institute for rights and justice"]
    assert _claimants(incident, Stance.CONFIRMS) == ["al-nour civic society"]


def test_an_owner_before_an_organisation_name_is_dropped(nlp: Language) -> None:
    text = (
        "The Orvo Prison Watch said 35 prisoners were hanged in Marn last year. The Delta Press Agency, "
        "a state outlet, covers the courts. The ministry's Delta press agency confirmed the executions "
        "of two men in Marn prison on 4 May."
    )
    incident = _incident(nlp, text, "execution")
    assert _claimants(incident, Stance.CONFIRMS) == ["delta press agency"]
