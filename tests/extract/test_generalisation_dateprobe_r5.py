"""Incident dates found by probing with made-up reports, round 5: a decade is a period across
years; "last Friday" in a Friday's report is a week back; "last summer" is last year; "in recent
days" is the days before the report; two days each with its month ("31 December 2022 and 1 January
2023") make one period; a yearless month goes on in the year the sentence before stated; a date
after the event a reaction takes as object dates that event when the reaction has its own date;
"that morning" in a told clause is the day of the telling; the country reports' subsection titles
mark an annual report. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import event_dates
from spacy.language import Language

from tallybook.extract.timing.dates import Reference, enclosing, resolve_date


def _resolved(text: str, published: str) -> str | None:
    return enclosing(resolve_date(text, Reference.from_partial(published)))


def test_decade_is_a_period_across_years() -> None:
    assert _resolved("during the 1970s", "2020-05-01") is None
    assert _resolved("in the 1990's", "2020-05-01") is None


def test_plain_year_is_still_a_year() -> None:
    assert _resolved("in 1979", "2020-05-01") == "1979"
    assert _resolved("the 1990 elections", "2020-05-01") == "1990"


def test_last_weekday_on_that_weekday_is_a_week_back() -> None:
    # 2024-03-08 is a Friday: "last Friday" is 1 March, not the day of the report.
    assert _resolved("last Friday", "2024-03-08") == "2024-03-01"


def test_bare_weekday_on_that_weekday_is_the_same_day() -> None:
    assert _resolved("on Friday", "2024-03-08") == "2024-03-08"
    assert _resolved("last Wednesday", "2024-03-08") == "2024-03-06"


def test_season_relative_to_report() -> None:
    assert _resolved("last summer", "2019-02-11") == "2018"
    assert _resolved("this spring", "2019-06-11") == "2019"


def test_winter_is_not_guessed() -> None:
    # winter crosses the turn of the year
    assert _resolved("last winter", "2019-02-11") is None


def test_recent_days_are_before_the_report() -> None:
    assert _resolved("in recent days", "2021-05-20") == "2021-05"


def test_two_days_each_with_month_across_year() -> None:
    assert _resolved("30 December 2019 and 2 January 2020", "2020-02-01") is None
    assert _resolved("on March 3 and March 5", "2020-04-01") == "2020-03"


def test_recent_days_in_a_report(nlp: Language) -> None:
    text = "Hundreds of villagers have been detained in recent days, the monitoring group said."
    assert event_dates(nlp, text, "arrest", published="2021-05-20") == ["2021-05"]


def test_story_goes_on_in_year_of_previous_sentence(nlp: Language) -> None:
    text = (
        "In June 2017, intelligence agents detained the blogger Tamar Okonjo in Lagos. "
        "She died in custody on 9 August, her brother said."
    )
    assert event_dates(nlp, text, "death_in_custody", published="2019-10-02") == ["2017-08-09"]


def test_story_month_before_previous_is_left_to_report(nlp: Language) -> None:
    # A month before the one just told: the story may have moved on; the report's date decides.
    text = (
        "In November 2017, intelligence agents detained the blogger Tamar Okonjo in Lagos. "
        "Police arrested her brother on 9 March, the family said."
    )
    assert event_dates(nlp, text, "arrest", published="2019-10-02")[-1] == "2019-03-09"


def test_story_in_report_year_changes_nothing(nlp: Language) -> None:
    text = (
        "In February 2019, soldiers detained the farmer Idris Bello. "
        "Police arrested his son on 9 March, the family said."
    )
    assert event_dates(nlp, text, "arrest", published="2019-10-02")[-1] == "2019-03-09"


def test_reaction_object_takes_trailing_date(nlp: Language) -> None:
    text = (
        "Independent experts today denounced the execution of Farid Kazemi on 4 May in Tabriz, "
        "calling his trial unfair."
    )
    assert event_dates(nlp, text, "execution", published="2022-05-09") == ["2022-05-04"]
    other = "A group of UN experts today deplored the killing of two journalists on 4 May in Kandahar."
    assert event_dates(nlp, other, "killing", published="2022-05-09") == ["2022-05-04"]


def test_reaction_without_date_of_its_own_unchanged(nlp: Language) -> None:
    # No date of the reaction before its object: "on 4 May" may be when they denounced it, so
    # the rule leaves the date where the parse hangs it (the telling's, here only its year).
    text = "Independent experts denounced the execution of Farid Kazemi on 4 May in Tabriz."
    assert event_dates(nlp, text, "execution", published="2022-05-09") == ["2022"]


def test_told_that_morning_is_the_day_of_the_telling(nlp: Language) -> None:
    text = (
        "The rights office on Wednesday deplored the execution of a young dissident, Karim Osmani, "
        "who was hanged early that morning in Mashhad."
    )
    assert event_dates(nlp, text, "execution", published="2021-03-12") == ["2021-03-10"]


def test_annual_subsection_title_marks_report_year(nlp: Language) -> None:
    text = (
        "Arbitrary Arrest or Detention\n\n"
        "The law prohibits arbitrary arrest, but the government did not observe this prohibition. "
        "In February police arrested 31 members of a teachers' union in Dushanbe."
    )
    assert event_dates(nlp, text, "arrest", published="2022-04-12") == ["2021-02"]


def test_without_subsection_title_report_date_decides(nlp: Language) -> None:
    text = "In February police arrested 31 members of a teachers' union in Dushanbe, the union said."
    assert event_dates(nlp, text, "arrest", published="2022-04-12") == ["2022-02"]
