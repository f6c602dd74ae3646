"""Incident dates, round 12 (second pass): a story dated to the day is news of that day, not an
annual report about the year before, however often it names last year's figures; "since 1 January"
told in a month-dated release is an open period up to that month, so it takes the year. Texts
written for these tests."""

from __future__ import annotations

from extraction_helpers import event_dates
from spacy.language import Language

from tallybook.extract.timing.dates import PartialDate, Reference, enclosing, open_range_since

_WIRE = (
    "LAGOS, March 7 (Newswire) - Nigerian soldiers shot dead nine traders on Tuesday at a market in "
    "Maiduguri, witnesses said.\n\n"
    "A local monitor said it had recorded 210 killings by soldiers in 2023, against 150 in 2022, and "
    "that the army's own 2023 tally was lower."
)


def test_a_day_dated_story_naming_last_year_keeps_its_own_year(nlp: Language) -> None:
    dates = event_dates(nlp, _WIRE, "killing", published="2024-03-07")
    assert "2024-03-05" in dates


def test_a_month_dated_story_naming_last_year_throughout_is_still_about_it(nlp: Language) -> None:
    # guard: with no day of publication the count of last year's mentions still sets the year
    text = (
        "The monitor recorded 210 killings by soldiers in 2023. Soldiers shot dead nine traders at "
        "a market in Maiduguri in May, and the 2023 tally of the army was lower."
    )
    assert "2023-05" in event_dates(nlp, text, "killing", published="2024-03")


def test_since_a_day_told_in_a_month_dated_release_takes_the_year(nlp: Language) -> None:
    text = "Since 2 January, security forces have killed 37 community leaders in the region."
    assert event_dates(nlp, text, "killing", published="2022-06") == ["2022"]


def test_since_a_day_of_the_release_month_keeps_the_month(nlp: Language) -> None:
    # guard: an open period that began in the month of the release stays in that month
    text = "Since 2 June, security forces have killed 37 community leaders in the region."
    assert event_dates(nlp, text, "killing", published="2022-06") == ["2022-06"]


def test_since_a_day_of_the_year_before_a_month_dated_release_keeps_its_month() -> None:
    # guard: a start in the year before is not stretched across the turn of the year
    ref = Reference.from_partial("2023-03")
    assert enclosing(open_range_since(PartialDate("2022-11-20"), ref)) == "2022-11"
