"""Incident dates, round 16. A custody of a stated length from an arrest known only to the month
may run from that month's last day: "arrested in November and held for 40 days" may reach the next
year, so a beating in that custody has no date. A tally "since the coup" runs from the day the text dated
the coup to the telling, and has no date when the text never dates the coup; the date of its
"including" part does not date the whole tally. What happened "during and after the protest" takes
the month of the day the story gave the gathering. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Samir Haddad, a teacher, was arrested in Tripoli in November 2020. His lawyer said he was "
            "held for six weeks in a military base, where guards beat him with cables.",
            "2024-03-02",
        ),
        (
            "Dariush Fallahi, a 28-year-old welder, was detained in Ahvaz in November 2021. According "
            "to his lawyer, he was held in solitary confinement for 50 days and subjected to mock "
            "executions.",
            "2024-03-02",
        ),
    ],
)
def test_custody_from_a_coarse_arrest_may_cross_the_year(nlp: Language, text: str, published: str) -> None:
    assert event_dates(nlp, text, "torture", published=published) == [None]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            # a few days from a year: still that year
            "Dariush Fallahi, a 28-year-old welder, was detained in Ahvaz in 2020 and held for three "
            "days, during which guards beat him.",
            "2024-03-02",
            "2020",
        ),
        (
            # a custody that ends well inside the year
            "Dariush Fallahi, a 28-year-old welder, was detained in Ahvaz in March 2021 and tried in "
            "June 2021. According to his lawyer, he was held in solitary confinement for 50 days and "
            "subjected to mock executions.",
            "2024-03-02",
            "2021",
        ),
    ],
)
def test_custody_inside_the_year_keeps_it(nlp: Language, text: str, published: str, expected: str) -> None:
    assert event_dates(nlp, text, "torture", published=published) == [expected]


def test_tally_since_an_undated_coup_has_no_date(nlp: Language) -> None:
    text = (
        "Police detained 40 teachers in Izmir on Monday, the state broadcaster said. Since the failed "
        "coup attempt, more than 90,000 people have been detained, according to official figures."
    )
    assert event_dates(nlp, text, "arrest", published="2019-05-15") == ["2019-05-13", None]


@pytest.mark.parametrize(
    ("coup", "expected"),
    [("July 2016", None), ("January 2019", "2019")],  # crossing a year: none; else the year
)
def test_tally_since_a_coup_dated_before_spans_to_the_telling(
    nlp: Language, coup: str, expected: str | None
) -> None:
    text = (
        "Police detained 40 teachers in Izmir on Monday over alleged links to the movement blamed for "
        f"the failed coup of {coup}. Since the coup attempt, more than 90,000 people have been "
        "detained, according to official figures."
    )
    assert event_dates(nlp, text, "arrest", published="2019-05-15") == ["2019-05-13", expected]


def test_tally_since_a_coup_the_telling_year(nlp: Language) -> None:
    # the coup and the telling fall in one year: that year
    text = (
        "The generals seized power in February 2022. Since the coup, at least 60 protesters have been "
        "killed by the security forces, a local monitoring group said."
    )
    assert event_dates(nlp, text, "killing", published="2022-04-11") == ["2022"]


def test_including_part_does_not_date_a_tally(nlp: Language) -> None:
    text = (
        "Since the coup, special courts have sentenced at least 90 people to death, including three "
        "students in Bago last week, the envoy said."
    )
    assert event_dates(nlp, text, "death_sentence", published="2023-06-14") == [None]


def test_date_after_a_closed_including_part_dates_the_act(nlp: Language) -> None:
    # negative: the day after the closed "including" part belongs to the whole act
    text = "Soldiers have killed seven villagers, including two boys, on Sunday in Kala district."
    assert event_dates(nlp, text, "killing", published="2023-06-14") == ["2023-06-11"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Police opened fire on protesters outside the governor's office in Kisoro on Saturday, "
            "killing four people, a local rights group said. The group, which had called the rally to "
            "demand the release of a union leader detained on 28 August, said at least 60 people were "
            "arrested during and after the protest."
        ),
        (
            # the shooting is told only as what an inquiry must look into: the day of that sentence
            "The authorities must open an inquiry into the killing of at least nine people when "
            "police fired on a demonstration in Kisoro on 7 September, the group said. At least 60 "
            "people were arrested during and after the protest."
        ),
    ],
)
def test_during_and_after_the_gathering_is_its_month(nlp: Language, text: str) -> None:
    assert event_dates(nlp, text, "arrest", published="2024-09-12")[-1] == "2024-09"


def test_during_and_after_a_named_arrest_is_not_a_gathering(nlp: Language) -> None:
    # negative: no gathering told before; the arrest keeps the date the sentence gives
    text = "At least 60 people were arrested on 3 September during and after the protest in Kisoro."
    assert event_dates(nlp, text, "arrest", published="2024-09-12") == ["2024-09-03"]
