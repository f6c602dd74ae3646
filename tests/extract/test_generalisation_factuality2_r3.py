"""Round 3 (second pass): negations that are the violation (a person or a body withheld), events
counted by an ordinal ("the third prisoner to die"), clauses split by a semicolon, inflected
governor verbs read without a lemmatizer; quote speakers resolved from titles, joint statements,
expert lists and pronouns."""

from __future__ import annotations

import pytest
from extraction_helpers import pipeline_types, quote_speakers
from spacy.language import Language
from spacy.tokens import Doc

from tallybook.extract.assertion.factual_readings import negation_is_event, withheld_event
from tallybook.extract.assertion.factuality import is_reported_as_fact
from tallybook.extract.detection.trigger_lexicon import VERBAL
from tallybook.extract.detection.triggers import Trigger


def _verb_trigger(doc: Doc, word: str, itype: str) -> Trigger:
    tok = next(t for t in doc if t.lower_ == word)
    return Trigger(itype, VERBAL, doc[tok.i : tok.i + 1])


# -- a negation that is the violation -------------------------------------------------------------
def test_not_seen_since_as_a_sentence_of_its_own(nlp: Language) -> None:
    text = "Soldiers took the farmer Ibrahim Sowe from his field on 4 June. He has not been seen since."
    assert "enforced_disappearance" in pipeline_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "word", "itype"),
    [
        (
            "His relatives did not learn his whereabouts until he was brought before a judge.",
            "learn",
            "enforced_disappearance",
        ),
        (
            "The police have never disclosed the whereabouts of her son.",
            "disclosed",
            "enforced_disappearance",
        ),
        ("The army has not returned her body to the family.", "returned", "other"),
        ("The families have still not been allowed to retrieve the bodies.", "retrieve", "other"),
        ("Prison officials have not handed over his remains.", "handed", "other"),
        ("His parents were not permitted to bury him.", "bury", "other"),
    ],
)
def test_withheld_person_or_body_is_read_and_kept(nlp: Language, text: str, word: str, itype: str) -> None:
    doc = nlp(text)
    trigger = _verb_trigger(doc, word, itype)
    assert withheld_event(trigger.root) == itype
    assert is_reported_as_fact(trigger)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The army returned her body to the family on Sunday.", "returned"),  # not withheld
        ("The lawyer did not know the whereabouts of the documents.", "know"),  # not a person
        ("The police did not learn of the plan until the morning.", "learn"),
    ],
)
def test_look_alikes_of_a_withheld_person_or_body(nlp: Language, text: str, word: str) -> None:
    doc = nlp(text)
    assert withheld_event(next(t for t in doc if t.lower_ == word)) is None


def test_a_condition_keeps_a_withheld_body_hypothetical(nlp: Language) -> None:
    doc = nlp("The family will go to court if the army does not return his body.")
    assert not negation_is_event(_verb_trigger(doc, "return", "other"))


@pytest.mark.parametrize(
    "text",
    [
        "The guards did not torture the prisoners, the ministry said.",
        "The protesters were not arrested by the police.",
        "No one was killed in the clashes on Friday.",
        "The suspects have not been executed.",
    ],
)
def test_other_negations_still_drop_the_event(nlp: Language, text: str) -> None:
    assert pipeline_types(nlp, text) == []


# -- ordinals and semicolons -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "itype"),
    [
        ("Adebayo Okon became the 14th person to be executed in the state since January.", "execution"),
        ("Rustam Aliyev was the second journalist to die in police custody this year.", "death_in_custody"),
        ("She was the first woman to be hanged in the country in a decade.", "execution"),
    ],
)
def test_an_ordinal_before_an_infinitive_counts_real_events(nlp: Language, text: str, itype: str) -> None:
    assert itype in pipeline_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Adebayo Okon would be the first person to be executed for the offence.",
        "Adebayo Okon is expected to become the first person to be executed for the offence.",
        "The authorities plan to execute Adebayo Okon next week.",
    ],
)
def test_an_ordinal_in_a_prospect_is_still_no_event(nlp: Language, text: str) -> None:
    assert "execution" not in pipeline_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        (
            "Farid Rahimi was hanged in Shiraz in March 2022; his brother's sentence was commuted to "
            "life imprisonment after an appeal.",
            "execution",
        ),
        (
            "In May, police arrested at least 52 people in Mombasa during the strike; most were charged "
            "with unlawful assembly.",
            "arrest",
        ),
        (
            "According to the monitoring group, at least 310 people were subjected to enforced "
            "disappearance between 2015 and 2020; of these, 40 had not been found by the end of 2020.",
            "enforced_disappearance",
        ),
    ],
)
def test_a_semicolon_separates_the_event_from_the_next_clause(nlp: Language, text: str, itype: str) -> None:
    assert itype in pipeline_types(nlp, text)


def test_a_negation_inside_the_same_clause_still_drops_it(nlp: Language) -> None:
    text = "The police did not arrest the 30 marchers; they escorted them to the square."
    assert "arrest" not in pipeline_types(nlp, text)


# -- governor verbs in all their forms (no lemmatizer) ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The judiciary keeps postponing the execution of Karim Haddad.",
        "Lawmakers are demanding the flogging of the two editors.",
        "The ministry banned the caning of schoolchildren in 2019.",
    ],
)
def test_inflected_governors_now_mark_the_event_unreal(nlp: Language, text: str) -> None:
    assert pipeline_types(nlp, text) == []


def test_imposed_sentences_are_still_events(nlp: Language) -> None:
    text = "In March the Revolutionary Court in Tabriz imposed death sentences on three protesters."
    assert "death_sentence" in pipeline_types(nlp, text)


# -- quote speakers ------------------------------------------------------------------------------
def test_title_before_the_name_resolves_the_title_later(nlp: Language) -> None:
    text = (
        "UN Special Rapporteur on Myanmar Thomas Bergmann expressed alarm at the air strikes. "
        '"Schools and clinics are being bombed with impunity," the Special Rapporteur said.'
    )
    assert quote_speakers(nlp, text) == ["Thomas Bergmann"]


def test_high_commissioner_before_the_name_resolves_later(nlp: Language) -> None:
    text = (
        "UN High Commissioner for Human Rights Maria Santos visited the camp on Monday.\n\n"
        '"What I saw today should shock the conscience of the world," the High Commissioner said.'
    )
    assert quote_speakers(nlp, text) == ["Maria Santos"]


def test_joint_statement_named_before_takes_the_first_named_expert(nlp: Language) -> None:
    text = (
        "In a joint statement, the Special Rapporteur on torture, Ingrid Solberg, and the Special "
        "Rapporteur on extrajudicial executions, Kofi Mensah-Arthur, condemned the hangings.\n\n"
        '"The men were beaten into confessing and then hanged after a trial that lasted an hour," '
        "the experts said."
    )
    assert quote_speakers(nlp, text) == ["Ingrid Solberg"]


def test_expert_list_after_are_and_a_colon(nlp: Language) -> None:
    text = (
        'The experts said the men had been held incommunicado for months. "They were denied lawyers '
        'of their choice and their families were never told where they were held," they said.\n\n'
        "The experts are: Ingrid Solberg, Special Rapporteur on torture; Kofi Mensah-Arthur, Special "
        "Rapporteur on extrajudicial executions."
    )
    assert quote_speakers(nlp, text) == ["Ingrid Solberg"]


def test_he_said_is_a_person_not_the_body_that_denied_holding_him(nlp: Language) -> None:
    text = (
        "Kamal Hossain is a student activist who was held in secret for 200 days.\n\n"
        "On 3 May 2019, Hossain was picked up outside his home by men who said they were from the "
        "Detective Branch. The Detective Branch denied holding him, and a petition filed by his "
        "mother, Rina Begum, was dismissed.\n\n"
        'Hossain reappeared in December 2019. He later told reporters he had been beaten. "Every '
        'night I thought the guards would come and kill me," he said in an interview.'
    )
    assert quote_speakers(nlp, text) == ["Kamal Hossain"]


def test_she_said_after_a_new_subject_is_that_person(nlp: Language) -> None:
    text = (
        '"We will not stop until every prisoner is free," said Ahmed Karimi, the group\'s spokesman. '
        'His colleague, Sara Nouri, described the conditions in the prison. "The cells are so crowded '
        'that the prisoners sleep in shifts," she said.'
    )
    assert quote_speakers(nlp, text) == ["Ahmed Karimi", "Sara Nouri"]


def test_a_pronoun_keeps_the_speaker_over_someone_named_inside_a_quote(nlp: Language) -> None:
    text = (
        '"Sara Nouri was dragged from her home at dawn by masked officers," said Ahmed Karimi, the '
        'group\'s spokesman. "We still do not know where she is being held," he said.'
    )
    assert quote_speakers(nlp, text) == ["Ahmed Karimi", "Ahmed Karimi"]


def test_a_pronoun_does_not_reach_back_past_another_speakers_quote(nlp: Language) -> None:
    text = (
        'Maria Costa said she had not been told where her son was held. "We will look into every '
        'complaint the family has filed," said the police chief, Omar Ali. "Nobody in this station '
        'has ever mistreated a detainee," he said.'
    )
    assert quote_speakers(nlp, text) == ["Omar Ali", "Omar Ali"]


def test_a_pronoun_skips_a_new_subject_of_the_other_sex(nlp: Language) -> None:
    text = (
        '"We will not stop until every prisoner is free," said Ahmed Karimi, the group\'s spokesman. '
        'Ms. Sara Nouri, a lawyer for several of the detainees, met them on Monday. "The cells are so '
        'crowded that the prisoners sleep in shifts," he said.'
    )
    assert quote_speakers(nlp, text) == ["Ahmed Karimi", "Ahmed Karimi"]


def test_a_subject_in_reported_speech_is_not_a_new_speaker(nlp: Language) -> None:
    text = (
        '"The moratorium must hold," said Omar Ali, the commission\'s spokesman. Mr. Ali said that '
        "when Commissioner Lena Berg visited the capital in May, she urged the government to abolish "
        'the death penalty. "She hopes the ban will be extended to military courts," he added.'
    )
    assert quote_speakers(nlp, text) == ["Omar Ali", "Omar Ali"]
