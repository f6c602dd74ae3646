"""Incident dates, round 15: a range of dates the model splits or the calendar reader takes only
the first end of ("between 1 February and" "30" "April this year"; "between March 1, 2019, and
February 28, 2020"; "between mid-2017 and 2021"; "in 2018-19") spans the whole period, and a
period crossing a year has no date; a tally counted "since the protests began" runs from the
start of the wave the text dated before to the telling. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The expert said at least 96 people had been executed in Iran between 1 January and 30 "
            "April this year, among them at least six women.",
            "execution",
            "2024",
        ),
        (
            "Rights groups said at least 58 people had been executed in the kingdom between 1 January "
            "and 15 May this year, among them 11 foreigners.",
            "execution",
            "2024",
        ),
        (
            "Police figures show that 900 people were killed in police operations between March 1, "
            "2019, and February 28, 2020.",
            "killing",
            None,
        ),
        (
            "She cited the ministry's own figure of 3,100 people killed in security operations "
            "between mid-2017 and 2021.",
            "killing",
            None,
        ),
        (
            "More than 400 people died in prison custody across the region in 2018-19, the commission said.",
            "death_in_custody",
            None,
        ),
    ],
)
def test_a_range_spans_its_whole_period(nlp: Language, text: str, kind: str, expected: str | None) -> None:
    assert event_dates(nlp, text, kind)[-1] == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # negatives: ranges already read whole, and a count that only follows a date
        ("Police arrested 40 people in Makeni between 3 and 9 May.", "arrest", "2024-05"),
        (
            "Soldiers killed 12 villagers in Tora between January and March 2024, the group said.",
            "killing",
            "2024",
        ),
        ("Security forces arrested 35 students in Kano in 2019, the group said.", "arrest", "2019"),
    ],
)
def test_other_dates_are_unchanged(nlp: Language, text: str, kind: str, expected: str | None) -> None:
    assert event_dates(nlp, text, kind)[-1] == expected


_WAVE = (
    "Protests against the rise in fuel prices broke out in the capital, Berata, on 2 March. "
    "The interior minister blamed foreign agitators for the unrest.\n\n"
)


def test_a_tally_since_the_protests_began_runs_from_the_start_told_before(nlp: Language) -> None:
    text = _WAVE + "Local monitors say 25 people have been killed by the police since the protests began."
    assert event_dates(nlp, text, "killing")[-1] == "2024"


def test_a_past_perfect_tally_since_the_protests_began(nlp: Language) -> None:
    text = _WAVE + (
        "The rights group also said that as many as 600 people had been detained since the protests began."
    )
    assert event_dates(nlp, text, "arrest")[-1] == "2024"


def test_a_tally_with_no_start_told_stays_undated(nlp: Language) -> None:
    # negative: nothing before says when the protests began
    text = "Local monitors say 25 people have been killed by the police since the protests began."
    assert event_dates(nlp, text, "killing")[-1] is None


def test_a_wave_begun_the_year_before_crosses_a_year(nlp: Language) -> None:
    # negative: from November 2023 to the telling in June 2024 is no single calendar unit
    text = (
        "Protests against the rise in fuel prices broke out in the capital, Berata, in November 2023. "
        "The interior minister blamed foreign agitators for the unrest.\n\n"
        "Local monitors say 25 people have been killed by the police since the protests began."
    )
    assert event_dates(nlp, text, "killing")[-1] is None


# A person's age is no date: "a 29-year-old driver" no longer stands beside the day of a
# relative clause about the member of a group and pushes it aside.
def test_an_age_does_not_push_aside_the_day_of_a_member(nlp: Language) -> None:
    text = (
        "Among those hanged was Karim Nouri, a 29-year-old driver from Sarbaz, who went to the "
        "gallows at dawn on Sunday without a last visit."
    )
    assert event_dates(nlp, text, "execution")[-1] == "2024-06-16"


def test_an_age_alone_still_dates_nothing(nlp: Language) -> None:
    # negative: the age gives no date (the sentence has no other)
    text = "Human rights groups said police had shot dead a 17-year-old boy, Tarik Sel."
    assert event_dates(nlp, text, "killing", published=None)[-1] is None


# Times of day counted from the telling.
@pytest.mark.parametrize(
    ("text", "kind", "published", "expected"),
    [
        (
            "Soldiers detained dozens of people overnight in the border town of Kesra, a local group said.",
            "arrest",
            "2024-06-20",
            "2024-06",
        ),
        (
            "The authorities this morning went ahead with the hanging of Tomas Reyes, a fisherman.",
            "execution",
            "2024-06-20",
            "2024-06-20",
        ),
        (
            # the night before 1 July runs over two months: only the year holds it
            "Soldiers detained dozens of people overnight in the border town of Kesra, a local group said.",
            "arrest",
            "2024-07-01",
            "2024",
        ),
    ],
)
def test_a_time_of_day_counts_from_the_telling(
    nlp: Language, text: str, kind: str, published: str, expected: str
) -> None:
    assert event_dates(nlp, text, kind, published=published)[-1] == expected


def test_a_time_of_day_in_a_report_of_no_known_day_gives_none(nlp: Language) -> None:
    # negative: a report dated only by its month gives "overnight" no day
    text = "Soldiers detained dozens of people overnight in the border town of Kesra, a local group said."
    assert event_dates(nlp, text, "arrest", published="2024-06")[-1] != "2024-06-20"


# A count before "after" whose clause holds the trigger is counted back.
def test_came_weeks_after_counts_back_from_the_event_told_before(nlp: Language) -> None:
    text = (
        "Police detained 40 students in Sorva on Tuesday, the state news agency said.\n\n"
        "The arrests came two weeks after Anil Rao, a 45-year-old teacher, died in police custody."
    )
    assert event_dates(nlp, text, "death_in_custody")[-1] == "2024-06-04"


def test_years_after_counts_back_from_the_day_of_the_main_clause(nlp: Language) -> None:
    text = (
        "Four men were hanged in Rasht prison on Sunday, three years after they were sentenced to "
        "death by a revolutionary court."
    )
    assert event_dates(nlp, text, "death_sentence")[-1] == "2021"


def test_a_count_after_another_event_still_counts_forward(nlp: Language) -> None:
    # negative: the trigger is the main clause; "two days after the protest" counts forward
    text = (
        "Soldiers opened fire on protesters in the village of Lomara on 3 June, killing four people.\n\n"
        "Two days after the shooting, soldiers arrested 12 men in the village."
    )
    assert event_dates(nlp, text, "arrest")[-1] == "2024-06-05"


def test_a_count_of_the_soldiers_coming_still_counts_forward(nlp: Language) -> None:
    # negative: "a day after the strike" tells when the soldiers came, and the arrests are the
    # main clause: counted forward from the strike
    text = (
        "Military aircraft bombed a school in the village of Kanlu on 5 June, killing 11 people.\n\n"
        "Villagers said that soldiers who entered the neighbouring village of Tamu a day after the "
        "strike detained about 15 men."
    )
    assert event_dates(nlp, text, "arrest")[-1] == "2024-06-06"
