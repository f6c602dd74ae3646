"""The trigger lexicon and the filter that keeps only incidents the text asserts as real."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tallybook.extract.assertion.factuality import is_reported_as_fact
from tallybook.extract.detection.triggers import TriggerMatcher


def _facts(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(t.type, t.span.text) for t in TriggerMatcher(nlp.vocab)(doc) if is_reported_as_fact(t)]


def test_lexicon_on_a_blank_pipeline() -> None:
    blank = spacy.blank("en")
    doc = blank("Two men were hanged and a woman was sentenced to death; four students were arrested.")
    found = {(t.type, t.span.text) for t in TriggerMatcher(blank.vocab)(doc)}
    assert found == {
        ("execution", "hanged"),
        ("death_sentence", "sentenced to death"),
        ("arrest", "arrested"),
    }


def test_blank_pipeline_falls_back_to_nearby_words() -> None:
    blank = spacy.blank("en")
    doc = blank("Guards will not execute anyone. Police killed a driver.")
    facts = [t.span.text for t in TriggerMatcher(blank.vocab)(doc) if is_reported_as_fact(t)]
    assert facts == ["killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers shot dead three farmers near the border.", [("killing", "shot dead")]),
        ("The activist was flogged 80 times in public.", [("corporal_punishment", "flogged")]),
        ("Her brother died in custody last month.", [("death_in_custody", "died in custody")]),
        (
            "The journalist was forcibly disappeared in March.",
            [("enforced_disappearance", "forcibly disappeared")],
        ),
        ("Guards confiscated the bodies of the victims.", [("other", "confiscated the bodies")]),
        ("A court sentenced nine farmers to death on Monday.", [("death_sentence", "sentenced")]),
        (
            "The teacher died in their custody two days later.",
            [("death_in_custody", "died in their custody")],
        ),
        ("The poet died in Penal Colony No. 2 last year.", [("death_in_custody", "died in Penal Colony")]),
        ("Officers kicked him in the back of a van.", [("torture", "kicked")]),
        ("Soldiers rounded up 30 men in the market.", [("arrest", "rounded up")]),
        ("Five prisoners were held in punitive isolation for a month.", [("other", "held in punitive")]),
        ("The massacre of 40 villagers shocked the region.", [("killing", "massacre")]),
    ],
)
def test_types(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _facts(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The province went eleven years without an execution.",  # negated
        "Nobody was arrested at the rally.",
        "The court could sentence him to death next week.",  # hypothetical
        "The minister called for a halt to executions.",  # demanded
        "Campaigners urged the government to stop arresting students.",
        "His execution was put on hold after an appeal.",  # did not happen
        "The execution rate in the region is among the highest.",  # a statistic about a kind
        "The number of death sentences has doubled.",
        "Officials threatened to execute the strikers.",
        "The killings were politically motivated, witnesses said.",  # characterises, does not report
        "The strikers were hanged unless they returned to work.",
        "She was convicted of killing her employer.",  # a crime, not a state violation
        "The council has repeatedly condemned executions in the region.",  # a pattern
        "Executions in the province rose from 40 to 65.",  # a statistic
        "Executing people for their posts is not justice, the lawyer said.",  # a general claim
        "At least 12 of those executed were women.",  # a breakdown of an aggregate
        "The government lifted its moratorium on executions in June.",
        "He was said to have injured himself while resisting arrest.",
    ],
)
def test_not_asserted_as_fact(nlp: Language, text: str) -> None:
    assert _facts(nlp, text) == []


def test_background_clause_is_still_a_fact(nlp: Language) -> None:
    facts = _facts(nlp, "The envoy urged restraint after police killed two marchers.")
    assert facts == [("killing", "killed")]


def test_facing_execution_is_a_death_sentence(nlp: Language) -> None:
    assert _facts(nlp, "At least nine women are facing execution in the north.") == [
        ("death_sentence", "execution")
    ]
