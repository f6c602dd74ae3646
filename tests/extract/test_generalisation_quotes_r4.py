"""Quotes and their speakers (round 4): straight single quotation marks, a paragraph of speech left
open whose speaker is named at the end of the quotation it opens, "he added" after a sentence whose
speaker is a descriptor, an acronym standing for a person's title, a statement that speaks for its
owner, and look-alikes that must not change. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import quote_pairs, speaker_of
from spacy.language import Language


# -- straight single quotation marks ----------------------------------------------------------------
def test_straight_single_marks_with_a_cue_are_speech(nlp: Language) -> None:
    text = (
        "Mirela Constantin, a lawyer for the families, visited the camp on Monday.\n\n"
        "'Nobody has been allowed to see the prisoners since the night of the raid,' "
        "Mirela Constantin said. 'The families don't even know if they're alive.'"
    )
    pairs = quote_pairs(nlp, text)
    assert pairs[0] == (
        "Mirela Constantin",
        "Nobody has been allowed to see the prisoners since the night of the raid,",
    )
    assert ("Mirela Constantin", "The families don't even know if they're alive.") in pairs


def test_straight_apostrophes_and_short_phrases_are_no_quotes(nlp: Language) -> None:
    text = (
        "Halvard Brekke said the students' union and the teachers' council had been shut down. "
        "He called the raids a 'routine check' and said 'order was restored' in Skarvik. "
        "Officers from the '90s unit were also sent."
    )
    assert quote_pairs(nlp, text) == []


# -- a paragraph of speech left open ----------------------------------------------------------------
def test_open_paragraph_takes_the_speaker_named_after_the_next(nlp: Language) -> None:
    text = (
        "“They beat him in front of his children,” said Anouk Verbeke, the detainee's sister.\n\n"
        "The provincial police did not answer questions about the arrest.\n\n"
        "“Arbitrary detention has become routine in the province. Nobody is safe from it.\n\n"
        "“The government must release everyone held without charge,” said Tobias Lindgren, "
        "director of the Harbour Rights Centre."
    )
    pairs = quote_pairs(nlp, text)
    assert pairs[0][0] == "Anouk Verbeke"
    assert speaker_of(nlp, text, "Arbitrary detention", first=True) == "Tobias Lindgren"
    assert speaker_of(nlp, text, "The government must", first=True) == "Tobias Lindgren"


# -- "he added" after a sentence whose speaker is a descriptor -------------------------------------
def test_pronoun_after_a_descriptor_speaker_is_that_person(nlp: Language) -> None:
    text = (
        "The army spokesman, Colonel Radek Novotny, said troops had come under fire near the border.\n\n"
        "The Interior Ministry dismissed the reports, saying the village had sheltered "
        "“a cell of armed smugglers and their suppliers”.\n\n"
        "Dozens of men were taken to a military base, the spokesman said. “We have questioned them "
        "and most will be released within days,” he added."
    )
    assert speaker_of(nlp, text, "We have questioned", first=True) == "Radek Novotny"


def test_pronoun_keeps_the_speaker_whose_sentence_reports_another(nlp: Language) -> None:
    # guards the rule above: the first cue of a sentence is its main verb ("X said that ... she urged")
    text = (
        "“The court ignored the evidence of torture,” the lawyer Emil Sandberg told reporters.\n\n"
        "Mr. Sandberg said that when Judge Ingrid Falk visited the prison, she urged the guards "
        "to stop the beatings.\n\n"
        "“Nothing changed after her visit and the beatings went on every night,” he added."
    )
    assert speaker_of(nlp, text, "Nothing changed", first=True) == "Emil Sandberg"


# -- an acronym standing for a person's title -------------------------------------------------------
def test_an_acronym_title_is_the_person_who_holds_it(nlp: Language) -> None:
    text = (
        "District Police Officer Farhan Qureshi said two constables had been suspended. "
        '"Nobody in uniform is above the law in this district," the DPO said.'
    )
    assert speaker_of(nlp, text, "Nobody in uniform", first=True) == "Farhan Qureshi"


def test_an_acronym_of_no_title_in_the_text_stays_the_body(nlp: Language) -> None:
    text = (
        "Farhan Qureshi, a district official, said two constables had been suspended. "
        'The HRCP said: "Nobody in uniform should be above the law in this district."'
    )
    assert speaker_of(nlp, text, "Nobody in uniform", first=True) != "Farhan Qureshi"


# -- a statement speaks for its owner ---------------------------------------------------------------
def test_a_possessive_statement_speaks_for_its_owner(nlp: Language) -> None:
    text = (
        "“The detainees were tortured with electric shocks,” Human Rights Watch said on Monday.\n\n"
        "According to the navy's statement, the sailors had "
        "“admitted plotting to seize a vessel and sail it to a foreign port”."
    )
    pairs = quote_pairs(nlp, text)
    assert pairs[0][0] == "Human Rights Watch"
    assert speaker_of(nlp, text, "admitted plotting", first=True) == "the navy"
