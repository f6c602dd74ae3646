"""Round 18 quotes and speakers, from breadth probes. A cue phrase names a speaker by a noun for
a kind of person beyond the core speaker nouns ("A former guard, who did not want his name
published, told the paper: “...”", "One man, who asked not to be named, told reporters: ‘...’",
"said a prison warden"), or by one capitalised word the parser reads as a proper name ("“...,”
Hamza, 23, said", "“...,” Dadban said in a statement"), also one set beside a kinship word that
a later "he said" fits ("Her father, Karim, said ..."); a kind of speaker written with a capital
("Witnesses said") is no name. A question, a promise, a plea or a story told cues speech
("asked X", "promised President X", "recounted X", "The presiding judge asked: “...”"); "who
asked not to be named" asks nothing, and "was asked about “...”" names only who heard the
words. A reply of disagreement ("X countered", "X disagreed") makes X the subject a later "he
said" stands for. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import quote_pairs, speaker_of
from spacy.language import Language

# --- a noun for a kind of person ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A former guard, who did not want his name published, told the newspaper: “We were "
            "ordered to shoot if anyone tried to climb the fence.”",
            "We were ordered",
            "A former guard",
        ),
        (
            "One man, who asked not to be named, told reporters: ‘They kept asking who paid us "
            "to march that day.’",
            "They kept asking",
            "One man",
        ),
        (
            "“The prisoners were kept in cages like animals for weeks,” said a prison warden in Tanta.",
            "The prisoners were kept",
            "a prison warden in Tanta",
        ),
        (
            "“He could not stand up after the second night of questioning,” said an inmate "
            "who shared his cell.",
            "He could not stand",
            "an inmate",
        ),
    ],
)
def test_a_kind_of_person_speaks(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_a_passive_hearer_is_no_speaker(nlp: Language) -> None:
    text = (
        "The guard was told that “the prisoner must not receive visitors under any "
        "circumstances”, his lawyer said later."
    )
    assert all(who != "The guard" for who, _ in quote_pairs(nlp, text))


# --- a lone proper name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“They put a bag over my head and poured water on my face,” Hamza, 23, said.",
            "They put a bag",
            "Hamza",
        ),
        (
            "“The prisoner was hanged at dawn without his family being told,” Dadban said in a statement.",
            "The prisoner was hanged",
            "Dadban",
        ),
    ],
)
def test_a_lone_name_speaks(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Samira Haddad, 24, died in detention in May. Her father, Karim, said he saw burns on "
            "her arms at the morgue. “They would not let us bury her in our village,” he said.",
            "Karim",
        ),
        # a full name was read before as well, and stays
        (
            "Samira Haddad, 24, died in detention in May. Her father, Karim Haddad, said he saw "
            "burns on her arms. “They would not let us bury her in our village,” he said.",
            "Karim Haddad",
        ),
    ],
)
def test_a_name_beside_a_kinship_word(nlp: Language, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "They would not let") == speaker


def test_a_capitalised_kind_of_speaker_is_no_name(nlp: Language) -> None:
    text = "“The bodies were taken away in trucks before dawn,” Witnesses said."
    assert "Witnesses" not in [who for who, _ in quote_pairs(nlp, text)]


# --- questions, promises, pleas and stories told --------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“Why was my father arrested if he committed no crime?” asked Aisha Mahmoud, 19.",
            "Why was my father",
            "Aisha Mahmoud",
        ),
        (
            "“We were kept in a room without windows for 40 days,” recounted Abdelkader Benali, "
            "a teacher from Oran.",
            "We were kept",
            "Abdelkader Benali",
        ),
        (
            "“Those responsible will be held accountable,” promised President Hassan Sheikh.",
            "Those responsible will",
            "Hassan Sheikh",
        ),
        (
            "The presiding judge asked: “Are you certain that the officer who beat you was in the room?”",
            "Are you certain",
            "The presiding judge",
        ),
    ],
)
def test_a_question_or_promise_cues_speech(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_who_asked_not_to_be_named_asks_nothing(nlp: Language) -> None:
    text = "“The trial lasted less than ten minutes,” the official, who asked not to be identified, said."
    assert speaker_of(nlp, text, "The trial lasted") == "the official"


def test_asked_about_a_phrase_is_no_speech(nlp: Language) -> None:
    text = "The lawyer was asked about “the men who were taken from the village that night”."
    assert quote_pairs(nlp, text) == []


# --- a reply of disagreement ----------------------------------------------------------------


def test_he_said_after_a_disagreeing_reply(nlp: Language) -> None:
    text = (
        "Prosecutor Elena Vasquez said the case was closed. Defence lawyer Pablo Ruiz disagreed. "
        "“There was never any evidence against my client,” he said."
    )
    assert speaker_of(nlp, text, "There was never") == "Pablo Ruiz"


# --- a partitive set beside a description ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "one of them" describes no one: the apposition does
        (
            "Four neighbours saw the raid. “The men in uniform dragged him out by his hair,” one of "
            "them, a schoolteacher who asked not to be named, told the radio.",
            "a schoolteacher",
        ),
        (
            "Four neighbours saw the raid. “The men in uniform dragged him out by his hair,” one of "
            "them, a nurse, said.",
            "a nurse",
        ),
        # a speaker described first keeps that description
        (
            "Four neighbours saw the raid. “The men in uniform dragged him out by his hair,” one "
            "neighbour, a nurse, said.",
            "one neighbour",
        ),
    ],
)
def test_a_partitive_beside_a_description(nlp: Language, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "The men in uniform") == speaker
