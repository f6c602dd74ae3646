"""Incident dates, round 10 (second pass): a taking counted back "three weeks" (or more) from a day
is a round count and gives only the month it lands in, while one or two weeks or a count of days
are counted to the day; a beating in a custody of such a month, ended by a day told after it, lasts
from that month to that day; "on 5 March last year" names the year the words say, not the latest
5 March before the report. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language

from tallybook.extract.timing.dates import Reference, resolve_date
from tallybook.model import PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade unionist Oscar Villca, 44, died in a police cell in Potosi on 20 March, three weeks "
            "after he was detained at a rally in Oruro.",
            "2024-02",
        ),
        (
            "Trade unionist Oscar Villca, 44, died in a police cell in Potosi on 20 March, two weeks "
            "after he was detained at a rally in Oruro.",
            "2024-03-06",
        ),
        # guards: two weeks, one week and a count of days are counted to the day
        (
            "Trade unionist Oscar Villca, 44, died in a police cell in Potosi on 20 March, one week "
            "after he was detained at a rally in Oruro.",
            "2024-03-13",
        ),
        (
            "Trade unionist Oscar Villca, 44, died in a police cell in Potosi on 20 March, ten days "
            "after he was detained at a rally in Oruro.",
            "2024-03-10",
        ),
    ],
)
def test_a_taking_counted_back_by_weeks_is_dated_to_its_month(
    nlp: Language, text: str, expected: str
) -> None:
    assert event_dates(nlp, text, "arrest", published="2024-04-02")[0] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("three weeks later", "2024-05"),
        ("five weeks earlier", "2024-03"),
        # guards: a single week, days
        ("two weeks later", "2024-05-17"),
        ("a week later", "2024-05-10"),
        ("nine days later", "2024-05-12"),
    ],
)
def test_weeks_counted_from_an_event_give_its_month(phrase: str, expected: str) -> None:
    ref = Reference.from_partial("2024-07-01")
    assert resolve_date(phrase, ref, PartialDate("2024-05-03")) == PartialDate(expected)


@pytest.mark.parametrize(
    ("day", "published", "expected"),
    [
        ("6 January", "2024-01-20", None),  # seized about 16 December: the custody crosses the year
        ("6 March", "2024-03-20", "2024"),  # seized about 14 February: two months of one year
        ("28 March", "2024-04-02", "2024-03"),  # seized about 7 March: one month
    ],
)
def test_a_beating_in_a_custody_of_weeks_ending_on_a_told_day_lasts_that_custody(
    nlp: Language, day: str, published: str, expected: str | None
) -> None:
    # (the seizure is now dated to its month only; the beating still spans the whole custody)
    text = (
        f"Reporter Ilan Brask was found dead beside a canal near Dorvik on {day}, three weeks "
        "after he was seized from his flat in Terno. His brother said his body bore marks of torture."
    )
    assert event_dates(nlp, text, "torture", published=published)[0] == expected


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("on Feb. 3 last year", "2024-02-05", "2023-02-03"),
        ("on 3 February last year", "2024-02-05", "2023-02-03"),
        ("on 9 March this year", "2024-02-05", "2024-03-09"),
        # guards: a day and month with no year words, or with a year of their own
        ("on 9 March", "2024-02-05", "2023-03-09"),
        ("on 3 February 2021", "2024-02-05", "2021-02-03"),
        ("on 4 October last year", "2024-02-05", "2023-10-04"),
    ],
)
def test_a_day_and_month_with_year_words_take_that_year(phrase: str, published: str, expected: str) -> None:
    assert resolve_date(phrase, Reference.from_partial(published)) == PartialDate(expected)
