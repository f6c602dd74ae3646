"""Sources carried across paragraphs and reactions (round 16, second claims pass). A paragraph
that tells one of the lead's people ("Among those killed was X") keeps the source the lead
paragraph named at the end of its account, past lead sentences that name no teller of their own
(or only one that admits a part of it); a "He was hanged ..." after it keeps that source too. Not
when the lead's source opens its sentence, a sentence between names its own teller, the trigger
lies in a relative clause about the person, or the paragraph tells a separate case. A quoted
reaction in an article's "Reactions" section restates the event and makes its speaker no source;
a reaction that tells a new, counted event keeps its speaker. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import claimant_names, incidents_of
from spacy.language import Language

LEAD = (
    "Security forces shot dead 11 protesters in Lorvan between March 2 and March 5, according to "
    "information obtained by the Kurdish Rights Union."
)
HANGED = "The authorities hanged nine prisoners in Tarvan Prison last week, according to the Freedom League."


def _last_claimants(nlp: Language, text: str, kind: str) -> list[str]:
    return claimant_names(incidents_of(nlp, text, kind, required=True)[-1])


def test_a_new_paragraph_of_the_leads_dead_keeps_the_leads_source(nlp: Language) -> None:
    text = (
        f"{LEAD} Six of them were killed on Friday alone. The state broadcaster acknowledged only two "
        "of the deaths.\n\nAmong those killed in Lorvan was Reza Amini, 24, a student."
    )
    assert _last_claimants(nlp, text, "killing") == ["Kurdish Rights Union"]


def test_a_pronoun_after_the_part_keeps_the_leads_source(nlp: Language) -> None:
    text = (
        f"{HANGED} Most had been convicted of drug offences.\n\nAmong them was Hamid Karimi, 35, a "
        "laborer from Sarab. He was tortured for weeks in a detention centre to make him confess."
    )
    assert _last_claimants(nlp, text, "torture") == ["Freedom League"]


def test_a_pronoun_after_a_part_of_an_arrest_keeps_its_source(nlp: Language) -> None:
    text = (
        "Police arrested 30 students in Lorvan on Monday, according to the Kurdish Rights Union. Most "
        "were held at the central station.\n\nAmong them was Sara Amini, 21, a nursing student. She "
        "was beaten with batons during questioning."
    )
    assert _last_claimants(nlp, text, "torture") == ["Kurdish Rights Union"]


def test_a_lead_sentence_with_its_own_teller_stops_the_carry(nlp: Language) -> None:
    # negative: relatives tell the lead's account on; the next paragraph is no longer the union's
    text = (
        "Security forces shot dead 11 protesters in Lorvan between March 2 and March 5, according to "
        "the Kurdish Rights Union. Relatives said the army had fired first.\n\nAmong those killed in "
        "Lorvan was Reza Amini, 24, a student."
    )
    assert _last_claimants(nlp, text, "killing") == ["publisher"]


def test_a_source_that_opens_the_lead_is_not_carried(nlp: Language) -> None:
    # negative: "According to X, ..." opens an account that counts no one
    text = (
        "According to survivors, soldiers went from house to house in Lorvan. The army has denied "
        "it.\n\nAmong those killed in Lorvan was Reza Amini, 24, a student."
    )
    assert _last_claimants(nlp, text, "killing") == ["publisher"]


def test_a_relative_clause_about_the_person_is_not_carried(nlp: Language) -> None:
    # negative: the past a relative clause tells of one of the dead is the text's own
    text = (
        f"{HANGED} Most had been convicted.\n\nAmong those hanged was Hamid Karimi, 35, who had been "
        "arrested in Sarab in 2019."
    )
    assert _last_claimants(nlp, text, "arrest") == ["publisher"]


def test_a_separate_case_in_the_next_paragraph_is_not_carried(nlp: Language) -> None:
    # negative: a paragraph that does not open with one of the lead's people
    text = f"{LEAD}\n\nIn a separate case, police arrested Sara Amini in Sarab on Monday."
    assert _last_claimants(nlp, text, "arrest") == ["publisher"]


REACTION_ARTICLE = (
    "= Lorvan killings =\n\nThe Lorvan killings were the killing of at least 23 villagers by soldiers "
    "in Lorvan on 4 May 2021.\n\n== Victims ==\nAmong the dead were Pedro Alves, the village teacher, "
    "and his brother Tomas Alves.\n\n"
)


def test_a_quoted_reaction_is_no_source_of_the_event(nlp: Language) -> None:
    text = (
        f"{REACTION_ARTICLE}== Reactions ==\nThe UN Special Rapporteur on the country, Maria Lindqvist, "
        'said she was "appalled by reports of another massacre of villagers by the army", and a '
        "regional council called for an inquiry."
    )
    claimants = {n for i in incidents_of(nlp, text) for n in claimant_names(i)}
    assert "Maria Lindqvist" not in claimants


def test_the_same_quote_outside_reactions_keeps_its_speaker(nlp: Language) -> None:
    # negative: under another heading the quoted speaker tells what she says
    text = (
        f"{REACTION_ARTICLE}== Investigation ==\nThe UN Special Rapporteur on the country, Maria "
        'Lindqvist, said she was "appalled by reports of another massacre of villagers by the army", '
        "and a regional council called for an inquiry."
    )
    claimants = {n for i in incidents_of(nlp, text) for n in claimant_names(i)}
    assert "Maria Lindqvist" in claimants


def test_a_reaction_that_tells_a_new_counted_event_keeps_its_speaker(nlp: Language) -> None:
    # negative: the speaker tells an arrest of his own kin, with a count and a time
    text = (
        "The Lorvan killings were the killing of villagers by soldiers in Lorvan on 4 May 2021.\n\n"
        '== Reactions ==\nThe mayor of Lorvan, Pedro Alves, said: "Three of my nephews were arrested '
        'by soldiers last night."'
    )
    assert _last_claimants(nlp, text, "arrest") == ["Pedro Alves"]
