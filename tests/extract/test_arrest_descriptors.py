"""The age-at-arrest tests shared by trigger_descriptors.py, non_events.py, general_statements.py
and victim_misparses.py, on sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from tallybook.extract.assertion.arrest_descriptors import (
    AGE_WORDS,
    MINOR_NOUNS,
    age_at_arrest,
    age_at_time_of,
    age_at_undated_arrest,
    arrested_as_minor,
    as_age_subject,
    as_phrase_subject,
    dated,
)


def _word(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


def test_age_words_hold_the_minor_nouns_and_the_words_of_years() -> None:
    assert {"child", "children", "teenager", "juveniles", "boys"} <= MINOR_NOUNS
    years = AGE_WORDS - MINOR_NOUNS
    assert years == {"old", "aged", "age"}


@pytest.mark.parametrize(
    "text",
    [
        "The men were arrested as children.",
        "The men were arrested as boys.",
        "She was detained as a teenager.",
    ],
)
def test_arrested_as_a_minor(nlp: Language, text: str) -> None:
    verb = next(t for t in nlp(text) if t.text in {"arrested", "detained"})
    assert arrested_as_minor(verb)
    assert age_at_undated_arrest(verb)


def test_a_minor_offender_is_no_age(nlp: Language) -> None:
    verb = _word(nlp, "He was arrested as a minor offender.", "arrested")
    assert not arrested_as_minor(verb)
    assert not age_at_undated_arrest(verb)


@pytest.mark.parametrize(
    "text",
    [
        "They were arrested when they were under 18.",
        "They were arrested when they were children.",
        "Police arrested him when he was 16 years old.",
    ],
)
def test_a_when_clause_gives_the_age(nlp: Language, text: str) -> None:
    verb = _word(nlp, text, "arrested")
    assert age_at_undated_arrest(verb)
    assert age_at_arrest(verb)


def test_a_copula_above_gives_the_age(nlp: Language) -> None:
    assert age_at_undated_arrest(_word(nlp, "He was 17 when he was detained.", "detained"))
    assert not age_at_undated_arrest(
        _word(nlp, "He was 17 when he was detained six days earlier.", "detained")
    )
    assert age_at_arrest(_word(nlp, "He was 17 years old when he was arrested.", "arrested"))
    assert not age_at_arrest(_word(nlp, "He was 17 years old when he was arrested in May 2019.", "arrested"))


def test_a_dated_and_placed_arrest_is_an_event(nlp: Language) -> None:
    verb = _word(nlp, "He was arrested at a checkpoint in March 2019 when he was 17.", "arrested")
    assert not age_at_undated_arrest(verb)
    assert not age_at_arrest(verb)
    assert dated(verb)


def test_the_two_datings_differ(nlp: Language) -> None:
    """`age_at_undated_arrest` reads any date in the arrest's clause ("last year");
    `age_at_arrest` only a month name or a year anywhere in the sentence."""
    verb = _word(nlp, "They were arrested last year when they were under 18.", "arrested")
    assert not age_at_undated_arrest(verb)
    assert age_at_arrest(verb)


def test_dated_leaves_out_the_age_clause(nlp: Language) -> None:
    doc = nlp("Police arrested him when he was 16 years old.")
    verb = doc[1]
    clause = next(c for c in verb.children if c.dep_ == "advcl")
    assert dated(verb)  # "16 years old" is tagged as a date
    assert not dated(verb, besides=clause)


def test_age_at_the_time_of_arrest(nlp: Language) -> None:
    assert age_at_time_of(_word(nlp, "Two of them were 16 at the time of arrest.", "arrest"))
    assert not age_at_time_of(_word(nlp, "Two of them were 16 at the time of arrest in 2019.", "arrest"))


def test_as_children_read_as_a_clause(nlp: Language) -> None:
    doc = nlp("The six men who were arrested as teenagers remain on death row, Amnesty said.")
    remain = next(t for t in doc if t.text == "remain")
    teenagers = next(t for t in doc if t.text == "teenagers")
    assert remain.dep_ == "advcl" and teenagers.dep_ == "nsubj"  # the misparse both tests mend
    assert as_phrase_subject(remain, teenagers)
    assert as_age_subject(remain, teenagers)


def test_the_age_subject_needs_a_relative_clause_above(nlp: Language) -> None:
    doc = nlp("The men were arrested as juveniles remain on death row, Amnesty said.")
    remain = next(t for t in doc if t.text == "remain")
    juveniles = next(t for t in doc if t.text == "juveniles")
    assert as_phrase_subject(remain, juveniles)
    assert not as_age_subject(remain, juveniles)


def test_no_misparse_without_as(nlp: Language) -> None:
    doc = nlp("They were arrested when they were children.")
    were = doc[4]
    they = doc[3]
    assert not as_phrase_subject(were, they)
    assert not as_age_subject(were, they)
