"""Incident dates, round 19 (breadth probes). A week named by its first day ("during the week of
10 June") is the seven days from it: the month holding them. A weekday inside a named week ("on
Friday last week", "Tuesday of this week") is that day of that calendar week, not the week alone.
"the day before yesterday" is two days back, "last night" the day before the report, "this past
weekend" the latest weekend. A day told with "of last year" ("7 June of last year") is in the year
before the report. Two months joined by "or" ("In April or May") span both months (their year). In
a range "between mid-March and early April" the hyphen of "mid-March" is no range dash: the range
runs over both months (their year). Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("During the week of 10 June, police arrested 45 people in Yerevan.", "arrest", "2024-06"),
        ("Police arrested the trader Yusuf Bello on Friday last week in Kano.", "arrest", "2024-06-14"),
        ("Police arrested the trader Yusuf Bello the day before yesterday in Kano.", "arrest", "2024-06-18"),
        ("Officers detained the poet Rauf Alizade late last night in Baku.", "arrest", "2024-06-19"),
        ("Security forces arrested 35 fans this past weekend in Oran.", "arrest", "2024-06"),
        ("Police arrested 14 activists on 7 June of last year in Harare.", "arrest", "2023-06-07"),
        ("In April or May, security forces killed five herders near Agadez.", "killing", "2024"),
        ("Between mid-March and early April, police arrested 500 protesters in Dakar.", "arrest", "2024"),
    ],
)
def test_week_and_day_phrases(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_dates(nlp, text, kind) == [expected]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # look-alikes that must not change
        ("Police arrested the trader Yusuf Bello on Friday in Kano.", "arrest", "2024-06-14"),
        ("Police arrested 20 people last week in Kano, the group said.", "arrest", "2024-06"),
        ("Police arrested the trader Yusuf Bello yesterday in Kano.", "arrest", "2024-06-19"),
        ("Police arrested 14 activists on 7 June in Harare.", "arrest", "2024-06-07"),
        ("In April and May, security forces killed five herders near Agadez.", "killing", "2024"),
        ("In mid-March, police arrested 500 protesters in Dakar.", "arrest", "2024-03"),
        ("Between 3 and 9 May, police arrested 500 protesters in Dakar.", "arrest", "2024-05"),
        ("Police arrested 14 activists on Saturday night in Harare.", "arrest", "2024-06-15"),
        ("Police have detained dozens of farmers since mid-May in Kayes, the group said.", "arrest", "2024"),
    ],
)
def test_look_alikes_unchanged(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_dates(nlp, text, kind) == [expected]
