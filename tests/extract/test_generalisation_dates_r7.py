"""Incident dates, round 7: a lead dated only by its telling or a vague time ("over the weekend",
"last month") takes the one day the next sentences give its scene; "in January and February this
year" is a period over both months; "between March 3 and 7" is one range; a dateline in mixed case
is no event date; a date the model ran on into a name past a comma is cut; a total counted "since"
an outbreak in an earlier year crosses the years; bodies carried away at the scene are dated to the
day of the deaths. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language

from tallybook.extract.timing.dates import Reference, enclosing, resolve_date

_THURSDAY = "2021-04-15"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The UN refugee agency on Wednesday condemned a raid by army units on a camp in the "
            "north that killed at least 9 people.\n\nAccording to witnesses, soldiers stormed the "
            "camp at dawn on Monday and opened fire on families queuing for food.",
            "killing",
            "2021-04-12",
        ),
        (
            "KAMPALA, April 15 (Tribune) - A 31-year-old teacher died in police custody in the "
            "eastern town of Mbale over the weekend, his lawyer said on Thursday.\n\nHe was "
            "pronounced dead at a clinic on Sunday afternoon, the lawyer said.",
            "death_in_custody",
            "2021-04-11",
        ),
    ],
)
def test_a_coarse_lead_takes_the_day_of_its_scene(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_dates(nlp, text, kind, published=_THURSDAY)[0] == expected


@pytest.mark.parametrize(
    "scene",
    [
        # another kind of incident on that day: its own day, not the lead's
        "On Monday, police arrested 14 camp residents who had protested against the raid.",
        # the start of a longer event, not the day of the act
        "The unrest began on Monday after aid deliveries were halted.",
    ],
)
def test_a_coarse_lead_keeps_its_date_when_the_day_is_not_its_scene(nlp: Language, scene: str) -> None:
    text = (
        "Army units killed at least 9 people in a camp in the north last week, the UN refugee "
        f"agency said on Wednesday.\n\n{scene}"
    )
    assert event_dates(nlp, text, "killing", published=_THURSDAY)[0] == "2021-04"


def test_a_named_member_of_a_group_keeps_his_own_day(nlp: Language) -> None:
    text = (
        "Police detained hundreds of people in three cities over the weekend, a lawyers' group "
        "said on Tuesday.\n\nAmong those detained was trade unionist Peter Moyo, who was arrested "
        "at his home on Saturday night, the group said."
    )
    dates = event_dates(nlp, text, "arrest", published="2021-04-13")
    assert dates[0] == "2021-04"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("in March and April this year", "2021"),
        ("January and February last year", "2020"),
        ("between March 3 and 7", "2021-03"),
    ],
)
def test_periods_over_two_months_or_days(phrase: str, expected: str) -> None:
    assert enclosing(resolve_date(phrase, Reference.from_partial(_THURSDAY))) == expected


def test_a_period_of_two_months_dates_the_aggregate_to_the_year(nlp: Language) -> None:
    text = "The monitor recorded at least 23 executions in February and March this year."
    assert event_dates(nlp, text, "execution", published=_THURSDAY) == ["2021"]


def test_days_joined_after_the_month_make_one_range(nlp: Language) -> None:
    text = (
        "According to the Human Rights Observatory, at least 23 persons died in connection with "
        "antigovernment protests between February 11 and 16."
    )
    assert event_dates(nlp, text, "killing", published=_THURSDAY) == ["2021-02"]


def test_a_mixed_case_dateline_is_no_event_date(nlp: Language) -> None:
    text = (
        "Port Louis, 15 April 2021 — The Coastal Rights Centre has documented the killing of at "
        "least 12 fishermen by navy patrols between January and March this year."
    )
    assert event_dates(nlp, text, "killing", published=_THURSDAY) == ["2021"]


def test_a_date_run_on_into_a_name_is_cut_at_the_comma(nlp: Language) -> None:
    text = (
        "Security forces have arrested at least 52 people, including 7 children, since farmers in the "
        "village of Kafr Zayed protested the seizure of their land on April 3, Human Rights Watch said today."
    )
    assert event_dates(nlp, text, "arrest", published=_THURSDAY) == ["2021-04"]


def test_a_total_since_an_outbreak_in_an_earlier_year_crosses_the_years(nlp: Language) -> None:
    text = (
        "More than 3,000 people have been killed since fighting between the army and rebels who "
        "want autonomy broke out in 2016, according to a research group."
    )
    assert event_dates(nlp, text, "killing", published=_THURSDAY) == [None]


def test_a_total_since_the_start_of_the_year_is_not_a_telling_date(nlp: Language) -> None:
    text = (
        "GENEVA (15 April 2021) – UN experts today expressed alarm at the execution of at least 14 "
        "prisoners in Shiraz since the start of the year."
    )
    assert event_dates(nlp, text, "execution", published=_THURSDAY) == ["2021"]


def test_bodies_carried_away_at_the_scene_take_the_day_of_the_deaths(nlp: Language) -> None:
    text = (
        "Soldiers shot dead four farmers in the village of Lowa on 9 April, residents said. "
        "The soldiers then carried away the bodies of the dead."
    )
    assert event_dates(nlp, text, "other", published=_THURSDAY) == ["2021-04-09"]


def test_bodies_still_withheld_take_the_month(nlp: Language) -> None:
    text = (
        "Soldiers shot dead four farmers in the village of Lowa on 9 April, residents said. "
        "The authorities have not returned the bodies of the dead to their families."
    )
    assert event_dates(nlp, text, "other", published=_THURSDAY) == ["2021-04"]
