"""Round 11 trigger classes: a body given back only after the family gave an undertaking (a body
withheld, "other"); a death at an army or military camp (a death in custody); charges that "carry
the death penalty" (people tried on capital charges, "other", not an execution), and an offence
or law that carries it (no incident)."""

from __future__ import annotations

import pytest
from extraction_helpers import evidence, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Soldiers shot dead three farmers near Kasese on 3 May. The bodies were handed over only "
            "after the families signed pledges to stay silent.",
            "handed over",
        ),
        (
            "Police killed a teenager in Arak on Friday. His body was returned to his mother only "
            "after she promised not to speak to journalists.",
            "returned",
        ),
    ],
)
def test_body_returned_on_condition(nlp: Language, text: str, words: str) -> None:
    found = incidents_of(nlp, text, "other", required=True)
    assert any(words in evidence(text, i) for i in found)


def test_body_returned_without_condition_is_no_incident(nlp: Language) -> None:
    text = "The hospital released the body of the driver to his family on Monday after an autopsy."
    assert incidents_of(nlp, text, "other") == []


def test_body_kept_then_released_is_one_withholding(nlp: Language) -> None:
    text = (
        "The authorities kept the body for a week and released it only after the family promised "
        "not to hold a public funeral."
    )
    assert len(incidents_of(nlp, text, "other")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Omar Diallo, a 52-year-old farmer, died at a military camp in Gao last week.",
        "The teacher Ana Kiza died on Sunday at an army camp outside Beni, her brother said.",
    ],
)
def test_death_at_a_military_camp(nlp: Language, text: str) -> None:
    incidents_of(nlp, text, "death_in_custody", required=True)


def test_death_at_a_refugee_camp_is_not_in_custody(nlp: Language) -> None:
    text = "Omar Diallo, a 52-year-old farmer, died at a refugee camp in Gao last week."
    assert incidents_of(nlp, text, "death_in_custody") == []


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 protesters faced charges that carry the death penalty, according to the group.",
        "At least 30 other detainees from the city are facing charges that carry the death penalty, "
        "the experts said.",
    ],
)
def test_facing_capital_charges_is_other(nlp: Language, text: str) -> None:
    incidents_of(nlp, text, "other", required=True)
    assert incidents_of(nlp, text, "execution") == []


def test_law_carrying_death_penalty_is_no_execution(nlp: Language) -> None:
    text = "The men were convicted under the drugs law, which carries the death penalty for trafficking."
    assert incidents_of(nlp, text, "execution") == []


def test_carried_out_the_death_penalty_stays_execution(nlp: Language) -> None:
    text = "The authorities carried out the death penalty against two men in Qom on Monday."
    incidents_of(nlp, text, "execution", required=True)
