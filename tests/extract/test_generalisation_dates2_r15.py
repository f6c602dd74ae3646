"""Incident dates, round 15 (dates 2): a body still kept from the family when the text is told
("has not been returned", "have still not been handed over", "neither confirmed the death nor
returned his body") is withheld from the death to the telling: the year when the telling falls in
a later month, no date when it falls in a later year; a withholding bounded in the past ("had not
been returned", "for three days") or told in the month of the death keeps the death's month.
What happened "during the operation" keeps the day of the event told before when that event's own
sentence tells the operation (or the massacre) on that one day; else it takes the month.
Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Karim Nasseri, a 31-year-old porter, was hanged in Marvast Prison on 9 January. "
            "His relatives were not told in advance, and his body has not been returned to them.",
            "2024-02-20",
            "2024",
        ),
        (
            "Four men were hanged in Dastgerd Prison on 28 December 2023. "
            "Their bodies have still not been handed over to their families.",
            "2024-02-20",
            None,
        ),
    ],
)
def test_body_still_withheld_spans_death_to_telling(
    nlp: Language, text: str, published: str, expected: str | None
) -> None:
    assert event_dates(nlp, text, "other", published=published) == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            # told in the month of the death: that month
            "Karim Nasseri, a 31-year-old porter, was hanged in Marvast Prison on 9 February. "
            "His relatives were not told in advance, and his body has not been returned to them.",
            "2024-02-20",
            "2024-02",
        ),
        (
            # a withholding that ended: the month of the death
            "Karim Nasseri, a 31-year-old porter, was hanged in Marvast Prison on 9 January. "
            "The authorities kept his body for three days before burying him under guard.",
            "2024-02-20",
            "2024-01",
        ),
        (
            # quoted words are told when spoken, not at the publication
            "Karim Nasseri, a 31-year-old porter, was hanged in Marvast Prison on 9 January. "
            "\u201cWe begged at the gate every day,\u201d his brother said. \u201cThey have still not "
            "returned his body.\u201d",
            "2024-02-20",
            "2024-01",
        ),
    ],
)
def test_withholding_told_in_its_month_or_bounded_keeps_the_month(
    nlp: Language, text: str, published: str, expected: str | None
) -> None:
    assert event_dates(nlp, text, "other", published=published) == [expected]


def test_during_the_operation_told_on_one_day_keeps_the_day(nlp: Language) -> None:
    text = (
        "The Lomara massacre was the killing of farmers in the village of Lomara by an army unit "
        "on 4 March 2016.\n\nWitnesses told the commission that several women were raped by "
        "soldiers during the operation."
    )
    assert event_dates(nlp, text, "other", published=None) == ["2016-03-04"]


def test_during_the_operation_after_an_act_of_one_day_takes_the_month(nlp: Language) -> None:
    text = (
        "Soldiers shot dead five farmers in the village of Lomara on 4 March 2016.\n\n"
        "Witnesses told the commission that several women were raped by soldiers during the "
        "operation."
    )
    assert event_dates(nlp, text, "other", published=None) == ["2016-03"]
