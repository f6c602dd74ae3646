"""Victim figures: numbers, number words, qualifiers, ranges and vague quantities."""

from __future__ import annotations

import pytest

from tallybook.extract.particulars.figures import combine, parse_figure, parse_number, words_to_int


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,500", 1500),
        ("1500", 1500),
        ("2.5 million", 2_500_000),
        ("nine", 9),
        ("thirty-four", 34),
        ("two dozen", 24),
        ("a hundred", 100),
        ("three hundred and twelve", 312),
        ("banana", None),
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("phrase", "count", "qualifier"),
    [
        ("at least 40 farmers", 40, "at_least"),
        ("no fewer than 7 students", 7, "at_least"),
        ("more than 250 villagers", 250, "more_than"),
        ("over 1,200 detainees", 1200, "more_than"),
        ("about 60 workers", 60, "about"),
        ("nearly 90 people", 90, "about"),
        ("some 3,000 prisoners", 3000, "about"),
        ("an estimated 500 marchers", 500, "about"),
        ("up to 75 fishermen", 75, "up_to"),
        ("as many as 18 teachers", 18, "up_to"),
        ("eleven nurses", 11, "exact"),
        ("4,800+", 4800, "at_least"),
    ],
)
def test_qualifiers(phrase: str, count: int, qualifier: str) -> None:
    fig = parse_figure(phrase)
    assert (fig.count, fig.qualifier) == (count, qualifier)


@pytest.mark.parametrize(
    "phrase",
    [
        "dozens of students",
        "hundreds of people",
        "numerous lawyers",
        "several thousand prisoners",
        "thousands of marchers",
    ],
)
def test_vague_quantities_give_no_count(phrase: str) -> None:
    fig = parse_figure(phrase)
    assert fig.count is None and fig.qualifier is None
    assert fig.description


def test_range_is_lower_bound_at_least_with_low_and_high() -> None:
    fig = parse_figure("between 1,100 and 1,900 civilians")
    assert (fig.count, fig.qualifier, fig.low, fig.high) == (1100, "at_least", 1100, 1900)
    assert fig.description == "civilians"


def test_description_and_ages_are_not_counts() -> None:
    assert parse_figure("a 19-year-old student").count is None
    assert parse_figure("sixty-one miners").description == "miners"
    assert parse_figure("the 2019 marchers").count is None  # a year, not a number of people


def test_ordinal_aggregate() -> None:
    fig = parse_figure("the seventh woman")
    assert (fig.count, fig.qualifier) == (7, "exact")


def test_parts_sum_with_the_weakest_qualifier() -> None:
    total = combine(parse_figure("two brothers"), parse_figure("about 20 other farmers"))
    assert (total.count, total.qualifier) == (22, "about")


def test_words_to_int_rejects_non_numbers() -> None:
    assert words_to_int("and") is None
    assert words_to_int("forty-two") == 42
