"""Round 4: an event told inside reports an inquiry is demanded into ("called for an
investigation into reports that troops shot 23 farmers on Tuesday") is the reports' claim and is
kept, unlike rumours or what reports say would happen; an organisation described by what it
watches ("the Centre, which monitors executions") talks of a practice, not of an event."""

from __future__ import annotations

import pytest
from extraction_helpers import pipeline_types
from spacy.language import Language


# -- reports an inquiry is demanded into ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "itype"),
    [
        (
            "The rights group called for an independent inquiry into reports that troops shot dead "
            "at least 23 farmers near the border on Tuesday.",
            "killing",
        ),
        (
            "Activists demanded an investigation into reports that police beat 40 students at the "
            "university last month.",
            "torture",
        ),
    ],
)
def test_event_in_reports_under_inquiry_is_kept(nlp: Language, text: str, itype: str) -> None:
    assert itype in pipeline_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition called for an investigation into rumours that the army would execute prisoners.",
        "The opposition called for an investigation into reports that the army would execute 20 "
        "prisoners next week.",
        "Activists called for an investigation into reports that police beat protesters.",
    ],
)
def test_rumours_prospects_and_vague_reports_stay_dropped(nlp: Language, text: str) -> None:
    assert pipeline_types(nlp, text) == []


# -- an organisation described by what it watches -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Centre, which monitors executions in the country, said it was concerned about the trend.",
        "Rights Watch, a group that documents enforced disappearances, said it was concerned.",
        "The group, which closely tracks killings of journalists, condemned the law.",
    ],
)
def test_what_an_organisation_monitors_is_no_event(nlp: Language, text: str) -> None:
    assert pipeline_types(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        (
            "The Centre, which monitors executions in the country, said the man was hanged on Monday.",
            "execution",
        ),
        (
            "The Centre, which documented the killing of 14 protesters in March, said it was concerned.",
            "killing",
        ),
    ],
)
def test_events_beside_a_monitoring_clause_are_kept(nlp: Language, text: str, itype: str) -> None:
    assert itype in pipeline_types(nlp, text)
