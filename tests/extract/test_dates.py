"""Dates resolved against the publication date, with precision and ranges."""

from __future__ import annotations

import pytest

from tallybook.extract.timing.dates import Reference, enclosing, open_range_since, resolve_date
from tallybook.model import PartialDate


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("March this year", "2024", "2024-03"),
        ("last year", "2024-06-02", "2023"),
        ("this month", "2024-06-02", "2024-06"),
        ("on 3 May", "2024-06-02", "2024-05-03"),
        ("on 3 July", "2024-06-02", "2023-07-03"),  # later than publication: the year before
        ("on Saturday", "2024-06-05", "2024-06-01"),  # 5 June 2024 is a Wednesday
        ("on Wednesday", "2024-06-05", "2024-06-05"),
        ("on Saturday", "2024", "2024"),  # no finer than the publication date
        ("September 14, 2019", None, "2019-09-14"),
        ("the night of 2 February 2017", None, "2017-02-02"),
        ("in October 2015", "2024", "2015-10"),
        ("in 1981", "2024", "1981"),
        ("2016-04-30", None, "2016-04-30"),
        ("yesterday", "2024-06-05", "2024-06-04"),
        ("three years ago", "2024-06-05", "2021"),  # no finer than the unit counted
        ("two months ago", "2024-06-05", "2024-04"),
        ("over the weekend", "2024-06-05", "2024-06"),  # 1-2 June 2024
        ("last Thursday and Friday", "2024-06-05", "2024-05"),  # 30-31 May
        ("August 6 and 7", "2024-09", "2024-08"),
        ("during the year", "2024-03", "2024"),
    ],
)
def test_points(text: str, published: str | None, expected: str) -> None:
    got = resolve_date(text, Reference.from_partial(published))
    assert got is not None
    assert enclosing(got) == expected


def test_relative_to_an_anchor_event() -> None:
    anchor = PartialDate("2021-03-29")
    assert resolve_date("three days later", Reference.from_partial(None), anchor) == PartialDate("2021-04-01")
    assert resolve_date("the day before", Reference.from_partial("2021-04-10"), anchor) == PartialDate(
        "2021-03-28"
    )


def test_same_day_and_next_day_follow_the_anchor() -> None:
    anchor = PartialDate("2022-02-09")
    ref = Reference.from_partial("2022-02-12")
    assert resolve_date("the same day", ref, anchor) == PartialDate("2022-02-09")
    assert resolve_date("the following day", ref, anchor) == PartialDate("2022-02-10")


def test_ranges_keep_both_ends_and_collapse_to_the_enclosing_unit() -> None:
    ref = Reference.from_partial("2024-06-05")
    past = resolve_date("over the past four days", ref)
    assert past == PartialDate("2024-06-01", "2024-06-05")
    assert enclosing(past) == "2024-06"
    span = resolve_date("from 3 to 9 March", ref)
    assert span == PartialDate("2024-03-03", "2024-03-09")
    crossing = resolve_date("between November 2022 and February", Reference.from_partial("2023-05"))
    assert crossing == PartialDate("2022-11", "2023-02")
    assert enclosing(crossing) is None  # a period across a year boundary has no single date


def test_since_is_an_open_range_to_publication() -> None:
    ref = Reference.from_partial("2020-05-01")
    assert open_range_since(PartialDate("2008"), ref) == PartialDate("2008", "2020")
    assert enclosing(open_range_since(PartialDate("2020-02"), ref)) == "2020"


def test_not_dates() -> None:
    ref = Reference.from_partial("2024")
    assert resolve_date("", ref) is None
    assert resolve_date("the prisoners", ref) is None
