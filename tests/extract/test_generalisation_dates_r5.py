"""Incident dates, round 5: the genre of a document decides what its date means (an encyclopedia
article's date is a revision's, not a telling's, and it is no annual report); a year that opens a
sentence ("Last year, ... in May") sets the year of the months after it; "the following year"
counts from the year the sentence gave before it; "the first ten months of the year" is the year
the report covers. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import event_dates
from spacy.language import Language

from tallybook.extract.timing.dates import Reference, resolve_date
from tallybook.model import PartialDate

_ARTICLE = """= 2011 Varenka mine strike =

Infobox
- Title: 2011 Varenka mine strike
- Date: 2–9 October 2011
- Location: Varenka, Kemerovo Oblast
- Deaths: 4

The 2011 Varenka mine strike was a stoppage by coal miners in the town of Varenka.

== Events ==
On 5 October, riot police dispersed a picket at the pithead and arrested 38 miners.
"""


def test_encyclopedia_yearless_day_takes_article_year(nlp: Language) -> None:
    # Revision date 2013-02: "On 5 October" is 2011, the year the article tells of, not 2012.
    assert event_dates(nlp, _ARTICLE, "arrest", published="2013-02-20") == ["2011-10-05"]


def test_encyclopedia_is_not_an_annual_report(nlp: Language) -> None:
    text = """Tarsk prison riot

Infobox
- Location: Tarsk, Pavlodar Region
- Date: 3 April 2015
- Deaths: 6

The Tarsk prison riot was an uprising at the penal colony of Tarsk in 2015.

== Aftermath ==
Inmates later said that guards had beaten them with truncheons in the punishment block.
In November 2015, a regional court acquitted the guards. The 2015 riot was the deadliest in the region.
"""
    # Published the next spring, naming only 2015: not a report covering 2015, so the beating
    # takes the month of the riot the article is about, not the bare year.
    assert event_dates(nlp, text, "torture", published="2016-03-02") == ["2015-04"]


def test_news_date_still_resolves_against_publication(nlp: Language) -> None:
    # A news story (no encyclopedia layout) keeps resolving "on 5 October" against its date.
    text = "Riot police arrested 38 miners at a pithead in Varenka on 5 October, the union said."
    assert event_dates(nlp, text, "arrest", published="2013-02-20") == ["2012-10-05"]


def test_opening_last_year_sets_year_of_month(nlp: Language) -> None:
    text = (
        "The bureau filed a complaint on Friday.\n\n"
        "Last year, three herders from Tuleu were abducted by border guards in March."
    )
    assert event_dates(nlp, text, "enforced_disappearance", published="2022-10-14") == ["2021-03"]


def test_opening_year_sets_year_of_month(nlp: Language) -> None:
    text = "In 2019, soldiers arrested 12 teachers in Kadugli in November, the union said."
    assert event_dates(nlp, text, "arrest", published="2022-10-14") == ["2019-11"]


def test_year_later_in_sentence_does_not_set_month_year(nlp: Language) -> None:
    # The year is not at the head of the sentence: "in March" keeps the publication's year.
    text = "Soldiers arrested 12 teachers in Kadugli in March over a strike that began in 2019."
    assert event_dates(nlp, text, "arrest", published="2022-10-14") == ["2022-03"]


def test_following_year_counts_from_sentence_year(nlp: Language) -> None:
    # The day-dated hanging told before is not what "the following year" counts from.
    text = (
        "NAIROBI, June 9 - Kenya on Tuesday hanged a man convicted of murder, prison officials said.\n\n"
        "Oduya was arrested in 2009 in Kisumu and was sentenced to death by a High Court the "
        "following year."
    )
    assert event_dates(nlp, text, "death_sentence", published="2021-06-09") == ["2010"]


def test_years_later_counts_from_year_anchor() -> None:
    ref = Reference.from_partial("2021-06-09")
    assert resolve_date("three years later", ref, PartialDate("2009")) == PartialDate("2012")
    assert resolve_date("three days later", ref, PartialDate("2009")) is None


def test_part_of_the_year_is_the_year() -> None:
    ref = Reference.from_partial("2016")
    assert resolve_date("during the first nine months of the year", ref) == PartialDate("2016")
    assert resolve_date("in the second half of the year", ref) == PartialDate("2016")
    assert resolve_date("for nine months", ref) is None
