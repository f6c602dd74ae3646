"""Victim names, round 3: a member picked out of a counted group later in the story by "one of
GROUP, NAME" standing anywhere in a sentence ("bruising on the legs of one of them, X"; two
sentences on: "One of the women, Y, was taken to hospital"). Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import first_incident
from spacy.language import Language


def _names(nlp: Language, text: str, kind: str) -> list[str]:
    return list(first_incident(nlp, text, kind).victim_names)


def test_one_of_them_mid_sentence_in_the_next_sentence(nlp: Language) -> None:
    text = (
        "Guards at the Varno camp beat five prisoners with metal pipes on Monday. "
        "A doctor later treated broken ribs of one of them, Tomas Wendler, a 40-year-old mechanic."
    )
    assert _names(nlp, text, "torture") == ["Tomas Wendler"]


def test_one_of_the_same_noun_two_sentences_on(nlp: Language) -> None:
    text = (
        "The rights group condemned the caning of six men in the town square of Pelora on 3 March. "
        "Each of the men received 30 strokes in front of a crowd.\n\n"
        "One of the men, Idris Kamal, a 24-year-old teacher, was taken to a clinic afterwards."
    )
    assert _names(nlp, text, "corporal_punishment") == ["Idris Kamal"]


def test_one_of_another_noun_names_no_member(nlp: Language) -> None:
    text = (
        "The rights group condemned the caning of six men in the town square of Pelora on 3 March. "
        "Each of the men received 30 strokes in front of a crowd.\n\n"
        "One of the lawyers, Sara Okoye, said the court had ignored the defence."
    )
    assert _names(nlp, text, "corporal_punishment") == []


def test_one_of_them_with_an_event_of_their_own_is_left_alone(nlp: Language) -> None:
    text = (
        "Guards at the Varno camp beat five prisoners with metal pipes on Monday. "
        "Relatives said one of them, Tomas Wendler, was beaten again the next day."
    )
    assert "Tomas Wendler" not in _names(nlp, text, "torture")
