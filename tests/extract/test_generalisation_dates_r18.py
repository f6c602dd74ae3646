"""Incident dates, round 18 (breadth probes). Loose spans counted back from the report: "a
fortnight ago" is two weeks before it, "in the past 24 hours" the report's day and the day before,
"over the past month" the thirty days up to the report (not the calendar month before, which "last
month" names), "earlier in the week" the report's own week. A year that opens the sentence before
("In 2021, soldiers raided villages. On 3 March, they killed ...") is the year of the yearless
dates that follow it; a year told elsewhere in that sentence, or a later year, is not. A month or
day named inside "that year" ("In May of that year") is that month of the earlier event's year,
not the year alone. "May" is the month, not the verb, also where a phrase names a part of it ("at
the end of May", "the middle of May", "since the start of May"). Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("A fortnight ago, soldiers detained the journalist Oumar Sidibé in Gao.", "arrest", "2024-06-06"),
        (
            "Police arrested the journalist Vusi Dlamini a fortnight ago, his editor said.",
            "arrest",
            "2024-06-06",
        ),
        (
            "In the past 24 hours, at least 18 protesters have been shot dead in Nairobi.",
            "killing",
            "2024-06",
        ),
        (
            "In the past 48 hours, security forces have detained more than 90 people in Dhaka, the "
            "group said.",
            "arrest",
            "2024-06",
        ),
        ("Over the past month, the police arrested 200 people in Mombasa.", "arrest", "2024"),
        ("Earlier in the week, police detained 14 journalists in Istanbul.", "arrest", "2024-06"),
        ("Security forces shot dead two protesters earlier in the week in Maputo.", "killing", "2024-06"),
    ],
)
def test_loose_spans_counted_back_from_the_report(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_dates(nlp, text, kind) == [expected]


def test_last_month_is_still_the_calendar_month_before(nlp: Language) -> None:
    # look-alike: "last month" is the calendar month, unlike "the past month"
    text = "Last month, police in Lagos arrested 76 people protesting against fuel prices."
    assert event_dates(nlp, text, "arrest") == ["2024-05"]


def test_two_weeks_ago_is_unchanged(nlp: Language) -> None:
    # look-alike: the count of weeks the fortnight reading reuses
    text = "Two weeks ago, police arrested 25 protesters in Kisumu."
    assert event_dates(nlp, text, "arrest") == ["2024-06-06"]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "In 2021, soldiers raided villages across the north. On 3 March, they killed 16 farmers in Tole.",
            "killing",
            "2021-03-03",
        ),
        (
            "Throughout 2022, the police targeted journalists. In May, officers detained the editor "
            "Ahmed Aziz.",
            "arrest",
            "2022-05",
        ),
        (
            "In 2022, the authorities intensified the crackdown in Kurdistan. In March, police "
            "arrested 40 students in Sanandaj.",
            "arrest",
            "2022-03",
        ),
    ],
)
def test_opening_year_of_the_sentence_before_dates_yearless_months(
    nlp: Language, text: str, kind: str, expected: str
) -> None:
    assert event_dates(nlp, text, kind)[-1] == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the year is told inside the sentence, not as its opening frame
        (
            "He was arrested in 2020. On 4 May, he died in custody in Evin Prison.",
            "death_in_custody",
            "2024-05-04",
        ),
        (
            "Police arrested her in 2019, her lawyer said. In March, she was sentenced to death.",
            "death_sentence",
            "2024-03",
        ),
        # a year after the report's is no past frame
        (
            "In 2025, police are expected to step up raids. In March, they arrested 20 people.",
            "arrest",
            "2024-03",
        ),
    ],
)
def test_year_told_elsewhere_in_the_sentence_before_does_not_frame(
    nlp: Language, text: str, kind: str, expected: str
) -> None:
    assert event_dates(nlp, text, kind)[-1] == expected


def test_month_of_that_year_keeps_its_month(nlp: Language) -> None:
    text = (
        "In January 2021, police arrested the blogger Mehmet Aydın. In May of that year, he was "
        "tortured in custody."
    )
    assert event_dates(nlp, text, "torture") == ["2021-05"]


def test_that_year_alone_is_the_year(nlp: Language) -> None:
    # look-alike: no month inside the phrase
    text = (
        "In January 2021, police arrested the blogger Mehmet Aydın. Later that year, he was "
        "tortured in custody."
    )
    assert event_dates(nlp, text, "torture") == ["2021"]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "At the end of May, the authorities executed seven men in Vakilabad prison.",
            "execution",
            "2024-05",
        ),
        ("In the middle of May, soldiers killed 9 herders near Ansongo.", "killing", "2024-05"),
        ("Since the start of May, police have arrested 300 protesters in Nakuru.", "arrest", "2024"),
    ],
)
def test_may_named_as_a_part_of_the_month(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_dates(nlp, text, kind) == [expected]


def test_may_as_a_verb_gives_no_date(nlp: Language) -> None:
    # look-alike: "may" is the modal verb, no month
    text = "Police arrested the activist Dina Haddad in Amman, and she may face trial soon."
    assert event_dates(nlp, text, "arrest") == [None]
