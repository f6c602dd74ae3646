"""Incident dates, round 3 (second pass): years inside event names ("during the 2022 protests"),
dates of a clause about a person, "since 2019, when ...", "the same morning", hours of the day
that continue the day just told, "X was also hanged", a body sentence that retells the lead,
detainees of a sweep, torture told only as the means of a confession, past-perfect torture after an
execution, incommunicado periods, a fronted date over coordinated verbs, the reporting month of a
death, and the reference year of an undated biography. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, event_date, event_dates
from spacy.language import Language

from tallybook.extract.timing.dates import reference_year

_date = partial(event_date, published="2023-11-10", publisher=LEDGER)
_dates = partial(event_dates, published="2023-11-10", publisher=LEDGER)


def test_a_year_inside_an_event_name_dates_the_arrest(nlp: Language) -> None:
    text = "Last Friday, Omid Tavakoli, 25, who was arrested during the 2022 protests, was hanged in Yazd."
    assert "2022" in _dates(nlp, text, "arrest")


def test_a_year_naming_a_law_is_not_a_date(nlp: Language) -> None:
    text = "Most of the men were convicted under the 2005 security law and were hanged on Tuesday in Basra."
    assert _date(nlp, text, "execution") == "2023-11-07"


def test_a_date_in_a_clause_about_the_victim_does_not_date_the_arrest(nlp: Language) -> None:
    text = "Police detained Samir Odeh, a student who had been wounded in the 2019 crackdown, on 4 March."
    assert _date(nlp, text, "arrest") == "2023-03-04"


def test_a_clause_about_the_victims_still_dates_when_nothing_else_does(nlp: Language) -> None:
    text = "Police also detained dozens of relatives who had gathered outside the court on Tuesday evening."
    assert _date(nlp, text, "arrest") == "2023-11-07"


def test_since_a_year_when_dates_the_clause_to_that_year(nlp: Language) -> None:
    text = (
        "Students say it was the worst week on campus since 2018, when police arrested 40 students in Kora."
    )
    assert _date(nlp, text, "arrest") == "2018"


def test_the_same_morning_takes_the_day_of_the_execution_told_before(nlp: Language) -> None:
    text = (
        "Daniel Orr was hanged at Mereth Prison on 3 May 2021.\n\n"
        "A district court had sentenced him to death in March 2015.\n\n"
        "Two other prisoners were hanged the same morning in the capital."
    )
    assert _date(nlp, text, "execution", published=None) == "2021-05-03"


def test_hours_without_a_date_continue_the_day_told_before(nlp: Language) -> None:
    text = (
        "The Kora shooting took place on 14 March 2021, when soldiers opened fire on a crowd of "
        "protesters in the market town of Kora. At least nine people were killed.\n\n"
        "Witnesses said that the troops arrived in three trucks shortly after noon. Soldiers then "
        "searched the houses and detained at least forty people."
    )
    assert _date(nlp, text, "arrest", published=None) == "2021-03-14"


def test_a_later_hour_of_another_act_does_not_take_an_unrelated_day(nlp: Language) -> None:
    text = (
        "Relatives marched through the city on Saturday. Leading the march was Sara Bek, whose husband "
        "was abducted by soldiers on 3 July, she said.\n\n"
        "Police briefly detained 14 marchers outside the assembly and released them in the evening."
    )
    assert _date(nlp, text, "arrest", published="2023-07") != "2023-07-03"


def test_also_hanged_takes_the_date_of_the_executions_told_before(nlp: Language) -> None:
    text = (
        "Authorities hanged nine prisoners in Qarun Prison between 3 and 9 May, a rights group said.\n\n"
        "Among those executed was Arman Delir, 41. Mina Farahani, a 30-year-old woman convicted of "
        "killing her husband, was also hanged."
    )
    assert _dates(nlp, text, "execution", published="2024-05-12")[-1] == "2024-05"


def test_the_body_retelling_the_lead_takes_its_date(nlp: Language) -> None:
    text = (
        "NAIROBI — A rights commission said Friday that police beat a 30-year-old trader to death last "
        "week in Kisumu.\n\n"
        "The commission said John Ouma was beaten to death by officers at a roadblock."
    )
    assert "2023-05" in _dates(nlp, text, "killing", published="2023-05-26")


def test_detainees_who_died_are_dated_by_the_sweep(nlp: Language) -> None:
    text = (
        "Police rounded up more than 500 people in the capital over the weekend, the group said.\n\n"
        "At least three detainees died in an overcrowded holding centre, the group said."
    )
    assert _date(nlp, text, "death_in_custody", published="2023-05-26") == "2023-05"


def test_torture_told_only_as_the_means_of_a_confession_is_undated(nlp: Language) -> None:
    text = (
        "The men were rounded up in raids on the village in March 2019. Six of them were held "
        "incommunicado for up to 30 days, and they told the court they had been beaten until they "
        "signed confessions."
    )
    assert _date(nlp, text, "torture", published="2021-06-15") is None


def test_confession_torture_during_a_stated_detention_takes_that_period(nlp: Language) -> None:
    text = (
        "The three men had been arrested in October 2022 and held incommunicado for three weeks, "
        "during which they were beaten to force them to confess."
    )
    assert _date(nlp, text, "torture", published="2023-05-16") == "2022"


def test_past_perfect_torture_is_not_dated_by_the_execution_before_it(nlp: Language) -> None:
    text = "On 20 August, Reza Amini was hanged in Isfahan. He had reportedly been tortured in custody."
    assert _date(nlp, text, "torture", published="2024-09-02") is None


def test_incommunicado_for_days_after_an_arrest_is_that_period(nlp: Language) -> None:
    text = "On 2 July, agents arrested lawyer Hoda Amin at her home and held her incommunicado for 23 days."
    assert _date(nlp, text, "enforced_disappearance", published="2024-12-01") == "2024-07"


def test_a_fronted_date_dates_the_second_of_two_coordinated_verbs(nlp: Language) -> None:
    text = "On the night of 3 May, armed police entered the monastery and detained some 120 monks."
    assert _date(nlp, text, "arrest", published="2024-06-10") == "2024-05-03"


def test_a_date_fronted_in_a_later_clause_with_its_own_subject_is_not_the_arrests(nlp: Language) -> None:
    text = "Police detained 17 men in the market, and on 9 May soldiers were seen patrolling the town."
    assert _date(nlp, text, "arrest", published="2024-06-10") != "2024-05-09"


def test_a_death_reported_in_a_month_takes_that_month(nlp: Language) -> None:
    text = (
        "In October relatives told reporters that Arslan Tokhti, 60, a teacher, died in custody in Kashgar."
    )
    assert _date(nlp, text, "death_in_custody", published="2024-01-20") == "2023-10"


def test_other_acts_reported_in_a_month_keep_the_year(nlp: Language) -> None:
    text = "In October, the group reported that police had detained 30 activists in Aksu."
    assert _date(nlp, text, "arrest", published="2021-06-15") == "2020"


def test_the_reference_year_skips_life_spans_and_births() -> None:
    assert reference_year("Ana Duarte (4 June 1958 – 2 March 2019) was a journalist.") == 2019
    assert reference_year("Ana Duarte\nBorn 4 June 1958, Porto\nDied 2 March 2019") == 2019
    assert reference_year("The strike began on 16 August 2012, since 1976.") == 2012
    assert reference_year("No year here.") is None
