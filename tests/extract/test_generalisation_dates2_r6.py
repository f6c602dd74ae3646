"""Incident dates, round 6 (second set): a killing told only by the finding of the body falls
between the taking and the finding, so it takes the smallest calendar unit holding both; a body
found with no taking told keeps the day it was found; an open period "since <day>" that runs to
the telling takes the smallest unit holding it, not the month it began. Texts written for these
tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language

_PUB = "2022-07-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # counted back from the finding: 24-29 June
            "On June 29, the body of Tomas Reyes, a 40-year-old union organiser, was found in a river "
            "near Valle Alto with gunshot wounds, five days after soldiers forced him into a van "
            "outside his workshop, his brother said.",
            "2022-06",
        ),
        (  # 26 June - 3 July: two months
            "On July 3, the body of Tomas Reyes, a 40-year-old union organiser, was found with stab "
            "wounds near Valle Alto, one week after soldiers forced him into a van outside his "
            "workshop, his brother said.",
            "2022",
        ),
        (  # the taking told on its day in the sentence before
            "On the night of June 14, police officers took Tomas Reyes, a farmer, from his home in "
            "Valle Alto. His body was found the next morning beside a road with three gunshot wounds.",
            "2022-06",
        ),
        (  # the taking told in the same sentence, months before the finding
            "Last year, three students from Valle Alto were detained by soldiers in March; their "
            "bodies were found in a shallow grave outside the town in June.",
            "2021",
        ),
    ],
)
def test_body_found_after_taking_dates_the_time_between(nlp: Language, text: str, expected: str) -> None:
    assert event_dates(nlp, text, "killing", published=_PUB)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # no taking told: the day the body was found
        "On June 29, the body of Tomas Reyes, a 40-year-old union organiser, was found in a river "
        "near Valle Alto with gunshot wounds, his brother said.",
        # a killing told as such, "five days after" another act: the day of the killing
        "On June 29, soldiers shot dead Tomas Reyes, a 40-year-old union organiser, five days after "
        "he had joined a strike, his brother said.",
    ],
)
def test_killing_told_as_such_keeps_its_day(nlp: Language, text: str) -> None:
    assert event_dates(nlp, text, "killing", published=_PUB)[0] == "2022-06-29"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # 20 March - 17 June: the year
            "Since the start of the new year on March 20, the authorities have executed more than 150 "
            "prisoners, the monitoring group said.",
            "2024-06-17",
            "2024",
        ),
        (
            "Since April 2, the authorities have executed more than 150 prisoners, the group said.",
            "2024-06-17",
            "2024",
        ),
        (  # 2-28 March: still the month
            "Since March 2, the authorities have executed more than 150 prisoners, the group said.",
            "2024-03-28",
            "2024-03",
        ),
    ],
)
def test_since_a_day_runs_to_the_telling(nlp: Language, text: str, published: str, expected: str) -> None:
    assert event_dates(nlp, text, "execution", published=published)[0] == expected
