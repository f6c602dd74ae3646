"""Round 5 leftovers: ill-treatment told before an official suicide account is an act of its
own, not a dispute about the death's cause; an arrest told in an "after" clause of a
disappearance ("went missing after being detained") opens it, as an arrest told before "has not
been seen since" does (one enforced disappearance, as CONVENTIONS and the gold sets have it).
Each class has negative cases."""

from __future__ import annotations

import pytest
from extraction_helpers import pipeline_types
from spacy.language import Language


# -- plain negations of an act stay negated ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("No one was arrested over the attack on the newspaper.", "arrest"),
        ("The court found that the prisoner was not tortured.", "torture"),
    ],
)
def test_plain_negations_stay_negated(nlp: Language, text: str, kind: str) -> None:
    assert kind not in pipeline_types(nlp, text)


# -- ill-treatment told before a suicide account ------------------------------------------------
def test_beating_told_before_a_suicide_account_stays(nlp: Language) -> None:
    text = (
        "Guards had beaten Arun Patel and burned him with cigarettes in the cell; prison officials "
        "told reporters he had hanged himself."
    )
    assert "torture" in pipeline_types(nlp, text)


def test_beating_alleged_against_a_suicide_account_is_a_cause_dispute(nlp: Language) -> None:
    text = "The warden said the inmate had hanged himself; his sister alleged he had been beaten by guards."
    assert "torture" not in pipeline_types(nlp, text)


# -- an arrest that opened a disappearance ------------------------------------------------------
def test_missing_after_being_detained_is_one_disappearance(nlp: Language) -> None:
    text = (
        "The student leader went missing after being detained by soldiers at a checkpoint near "
        "Lashio on 9 June."
    )
    assert pipeline_types(nlp, text) == ["enforced_disappearance"]


def test_arrest_then_not_seen_since_is_one_disappearance(nlp: Language) -> None:
    assert pipeline_types(nlp, "Blogger Kamal Reza was arrested on 3 May and has not been seen since.") == [
        "enforced_disappearance"
    ]


def test_arrest_after_a_disappearance_is_its_own_event(nlp: Language) -> None:
    text = "Police arrested 40 villagers in Kassala after three students went missing."
    assert sorted(pipeline_types(nlp, text)) == ["arrest", "enforced_disappearance"]
