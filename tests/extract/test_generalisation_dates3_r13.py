"""Incident dates, round 13: the day of a passive announcement of an event noun ("the execution of
12 men, which was announced by the ministry on Sunday"; "the deaths of three men ... late on
Monday were announced by the army") dates the event, not only the telling; an active reporting
verb ("the ministry said on Sunday") and an announcement of something else are still only
tellings. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Activists condemned the execution of 12 men, which was announced by the Interior "
            "Ministry on Sunday, the third this month.",
            "execution",
            "2024-04-28",
        ),
        (
            "The march came days after the deaths of two men in what police called a shootout in "
            "Kisumu, Nyanza, early on Monday were announced by the police in a statement.",
            "killing",
            "2024-04-29",
        ),
        (
            "The executions of four men were announced by state television on Thursday.",
            "execution",
            "2024-04-25",
        ),
        (
            "The group denounced the executions of four men, which were announced by state "
            "television on Thursday.",
            "execution",
            "2024-04-25",
        ),
    ],
)
def test_a_passive_announcement_day_dates_the_announced_event(
    nlp: Language, text: str, kind: str, expected: str
) -> None:
    assert event_dates(nlp, text, kind, published="2024-05-01")[0] == expected


def test_an_active_report_day_is_still_only_a_telling(nlp: Language) -> None:
    # negative: "said on Sunday" after the hanging is when it was told, not when it happened
    text = "The judiciary said on Sunday that 12 prisoners had been hanged in the central prison."
    assert event_dates(nlp, text, "execution", published="2024-05-01")[0] != "2024-04-28"
