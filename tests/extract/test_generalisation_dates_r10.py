"""Incident dates, round 10: a date set between a told clause and a reporting clause placed after
it ("..., on Saturday, the union said on Tuesday") dates the told event; a disappearance that is
the taking itself, or that followed a taking told in its "after" clause, takes the taking's day
rather than the period the person was held; "in the days (hours) after the shooting" runs on from
the killing told before; "Among the dead in X was Y, who was shot" and "one of those executed, Y"
take the date of the whole event; "during the same night" as an event told over a night that
crosses midnight takes that night; a beating "during his first 30 days in detention" or in a
custody "held for two weeks" after an arrest told to the day lasts that custody; "in the past
year" is the twelve months up to the report, and a count "over a two-year period" with no dates
has none. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riot police shot dead six farmers at a roadblock outside the market town of Vell, in the "
            "north, on Saturday, the union said on Tuesday.",
            "2022-06-04",
        ),
        # guards: the date told before the source, or a source that speaks first, as before
        (
            "Riot police shot dead six farmers at a roadblock outside Vell on 2 June, the union said.",
            "2022-06-02",
        ),
        (
            "The union said on Tuesday that riot police had shot dead six farmers at a roadblock outside "
            "Vell.",
            "2022-06",
        ),
    ],
)
def test_a_date_before_a_postposed_source_with_its_own_time_dates_the_event(
    nlp: Language, text: str, expected: str
) -> None:
    assert event_dates(nlp, text, "killing", published="2022-06-09")[0] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Farid Osmani, a 30-year-old printer, was abducted from his workshop in Tarsel on 12 May by "
            "men in plain clothes and held for 40 days in a secret location.",
            "2023-03-10",
            "2022-05-12",
        ),
        (
            "On 4 August, intelligence agents took the blogger Noor Haddad from a cafe in Rivas, and her "
            "whereabouts remained unknown for four months.",
            "2023-03-10",
            "2022-08-04",
        ),
        (
            "Rights groups reported 14 cases of enforced disappearance during the year. Hamid Farouq, a "
            "local organiser of the opposition Labour Front in Kessa, remained missing at year's end after "
            "men identifying themselves as members of the intelligence service detained him on November 9, "
            "according to his family. Police denied holding him.",
            "2023-03-20",
            "2022-11-09",
        ),
        (
            "The student leader Rana Aziz disappeared after men who identified themselves as intelligence "
            "officers detained her in Old Town, Kessa, on September 3; police denied holding her, and she "
            "remained missing at year's end.",
            "2022-04",
            "2021-09-03",
        ),
        # guards: an arrest told as its own incident starts the period the person was held
        (
            "On 2 July, agents arrested lawyer Mira Hadid at her home and held her incommunicado for 23 "
            "days.",
            "2024-12-01",
            "2024-07",
        ),
        (
            "Police arrested the editor Sami Nour in Tarsel on 28 June. His family was not told where he "
            "was for 10 days.",
            "2024-12-01",
            "2024",
        ),
    ],
)
def test_a_disappearance_that_is_the_taking_takes_its_day(
    nlp: Language, text: str, published: str, expected: str
) -> None:
    assert event_dates(nlp, text, "enforced_disappearance", published=published)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police shot dead at least eleven traders at the cattle market in Orun on 6 May. In the days "
            "after the shooting, police arrested at least 40 young men in neighbouring villages.",
            "2021-05",
        ),
        (
            "Soldiers shot dead at least seven people in the square of Kessa on Tuesday 11 May. Some 20 "
            "people were arrested in the hours after the shooting.",
            "2021-05",
        ),
        (  # a week from 30 April crosses into May
            "Soldiers shot dead five people in Kessa on 30 April. In the days after the shooting, troops "
            "arrested 25 students.",
            "2021",
        ),
        # guard: weeks that followed an event told only in a lead are left to the rules before
        (
            "Police shot dead four men in Orun on 6 May. In the weeks that followed, more than 100 people "
            "were arrested.",
            "2021-05",
        ),
    ],
)
def test_arrests_in_the_days_after_the_shooting_run_on_from_the_killing(
    nlp: Language, text: str, expected: str
) -> None:
    assert event_dates(nlp, text, "arrest", published="2021-05-20")[-1] == expected


def test_among_the_dead_in_a_town_takes_the_date_of_the_killings(nlp: Language) -> None:
    text = (
        "At least 40 protesters were shot dead by soldiers in towns across the region on Saturday, the "
        "network said. Among the dead in the town of Gelan was Hawi Tola, a 15-year-old girl who was "
        "shot in the back as she ran home."
    )
    assert event_dates(nlp, text, "killing", published="2016-08-12") == ["2016-08-06", "2016-08-06"]
    own = text.replace("as she ran home", "on 4 August")  # guard: a date of her own
    assert event_dates(nlp, own, "killing", published="2016-08-12") == ["2016-08-06", "2016-08-04"]


def test_one_of_those_executed_takes_the_date_of_the_executions(nlp: Language) -> None:
    text = (
        "Guards hanged 14 prisoners at Karun prison on Tuesday, the group said. Its director told "
        "reporters that one of those executed, Nader Rostami, had been 17 years old when he was "
        "arrested in the town of Tabas in 2019."
    )
    assert event_dates(nlp, text, "execution", published="2024-01-20") == ["2024-01-16", "2024-01-16"]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "In the past year, at least 45 people have been killed by security forces during protests in "
            "the country, according to local monitors.",
            "killing",
            None,
        ),
        ("Police killed 12 protesters last year, according to local monitors.", "killing", "2022"),
        (
            "At least 38 detainees died in a military prison near Aleppo over a two-year period, "
            "investigators said on Thursday.",
            "death_in_custody",
            None,
        ),
        (
            "At least 17 prisoners died in custody over a period of three years, a monitoring group said "
            "on Thursday.",
            "death_in_custody",
            None,
        ),
        # guard: a period shorter than a year keeps the telling's month
        (
            "At least 9 detainees died in police custody over a three-month period, the commission said "
            "on Thursday.",
            "death_in_custody",
            "2023-05",
        ),
    ],
)
def test_a_count_over_the_past_year_or_a_long_period_has_no_date(
    nlp: Language, text: str, kind: str, expected: str | None
) -> None:
    assert event_dates(nlp, text, kind, published="2023-05-15") == [expected]


def test_during_the_same_night_takes_the_night_told_before(nlp: Language) -> None:
    text = (
        "Municipal police detained 17 students in Tarsel on the night of 14-15 May 2019.\n\nDuring the "
        "same night, soldiers opened fire on a bus outside the town, killing three people."
    )
    assert event_dates(nlp, text, "killing", published="2019-06-01") == ["2019-05"]
    one_day = text.replace("the night of 14-15 May", "14 May")  # guard: a day is counted as before
    assert event_dates(nlp, one_day, "killing", published="2019-06-01") == ["2019-05-14"]


_ARREST = "Nabil Sharif was arrested by intelligence agents in Tabas on {day} November 2022. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _ARREST.format(day=20) + "During his first 30 days in detention, interrogators beat him with "
            "hoses and threatened his mother.",
            "2022",
        ),
        (
            _ARREST.format(day=20) + "According to his lawyer, he was held for two weeks in a facility run "
            "by the intelligence service, where interrogators beat him in order to obtain a confession.",
            "2022",
        ),
        (
            _ARREST.format(day=2) + "According to his lawyer, he was held for two weeks in a facility run "
            "by the intelligence service, where interrogators beat him in order to obtain a confession.",
            "2022-11",
        ),
        # guard: no stated length, the arrest's day as before
        (
            _ARREST.format(day=20) + "According to his lawyer, interrogators beat him and burned his arms.",
            "2022-11-20",
        ),
    ],
)
def test_a_beating_in_a_custody_of_stated_length_lasts_that_custody(
    nlp: Language, text: str, expected: str
) -> None:
    assert event_dates(nlp, text, "torture", published="2023-07-20") == [expected]


def test_the_length_of_the_beating_itself_is_no_custody(nlp: Language) -> None:
    text = _ARREST.format(day=20) + "He said officers beat him for two weeks until he signed a confession."
    assert "2022" not in event_dates(nlp, text, "torture", published="2023-07-20")
