"""Incident dates, round 4 (second part): periods counted in weeks from an event the story dates
("in the first weeks of his detention", "in the weeks before his death", "in the weeks after the
raid"), holdings told as a state with no start ("are on death row", "held for more than a year",
"registered as disappeared"), a "since" clause that is the trigger's own, a lead dated by the next
sentence, a release or a telling that bounds the event told, the paragraph's year in an undated
article, a sentence end the parser missed after a citation mark, "in the following days", a
disappearance of a stated length "only when" it ended, and an infobox date field read as a range.
Texts written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import LEDGER, event_dates, incidents_of
from spacy.language import Language

from tallybook.extract.text.layout import main_event_date
from tallybook.extract.timing.dates import Reference

_incidents = partial(incidents_of, publisher=LEDGER, required=True)
_dates = partial(event_dates, publisher=LEDGER)


def test_first_weeks_of_a_detention_run_from_the_arrest(nlp: Language) -> None:
    text = (
        "Tomas Reyel is a Veltrian poet.\n\n"
        "Reyel was arrested by state security agents in Corvena on 20 April 2022 after a reading. "
        "He later said that guards had beaten him repeatedly in the first weeks of his detention."
    )
    # some weeks from 20 April cross into May: the year
    assert _dates(nlp, text, "torture", published=None) == ["2022"]


def test_weeks_before_a_death_run_up_to_it(nlp: Language) -> None:
    text = (
        "Anel Durko (2 March 1975 – 6 October 2020) was a Veltrian trade unionist who died in custody "
        "at Marsh Hill prison.\n\n"
        "Cellmates later told reporters that guards had beaten Durko in the weeks before his death."
    )
    assert _dates(nlp, text, "torture", published=None) == ["2020"]
    crossing = text.replace("6 October 2020", "9 January 2021")
    # from December into January: a period crossing a year has no date
    assert _dates(nlp, crossing, "torture", published=None) == [None]


def test_weeks_after_an_event_named_by_its_noun(nlp: Language) -> None:
    text = (
        "The Harbin Gate massacre was the killing of at least 30 villagers by soldiers in Harbin Gate "
        "on 25 September 2020.\n\n"
        "In the weeks after the massacre, police in the capital detained 40 students who had "
        "protested against it."
    )
    assert _dates(nlp, text, "arrest", published=None) == ["2020"]


def test_a_state_with_no_start_takes_no_report_date(nlp: Language) -> None:
    row = (
        "Jurists for Justice said on Monday that dozens of prisoners from the Oral minority are on "
        "death row after unfair trials."
    )
    assert _dates(nlp, row, "death_sentence") == [None]
    sentenced = "Jurists for Justice said on Monday that a court sentenced six prisoners to death on 3 May."
    assert _dates(nlp, sentenced, "death_sentence") == ["2024-05-03"]


def test_a_holding_of_more_than_a_year_takes_no_report_date(nlp: Language) -> None:
    long = (
        "UN experts today voiced alarm about the fate of at least six opposition leaders who have been "
        "held incommunicado in Veltria for more than a year."
    )
    assert _dates(nlp, long, "enforced_disappearance") == [None]


def test_a_registry_total_is_not_dated_by_the_appeal(nlp: Language) -> None:
    text = (
        "A UN panel of experts on Tuesday urged Veltria to search for the more than 9,000 people "
        "registered as disappeared in the country."
    )
    assert _dates(nlp, text, "enforced_disappearance") == [None]


def test_a_since_clause_of_the_trigger_is_a_point(nlp: Language) -> None:
    own = (
        "In May his sister told reporters she had heard nothing of Ivo Marat since soldiers took him "
        "from his home in Corvena in March 2021."
    )
    assert _dates(nlp, own, "enforced_disappearance") == ["2021-03"]


def test_a_lead_is_dated_by_the_next_sentence_that_takes_up_its_event(nlp: Language) -> None:
    text = (
        "The Veltria Monitor said on Friday it was appalled by reports that a drone strike on a "
        "market in Corvena had killed at least 17 civilians.\n\n"
        "The strike hit the market on Tuesday afternoon as traders were setting up stalls, a "
        "spokesperson said."
    )
    assert _dates(nlp, text, "killing", published="2024-06-21") == ["2024-06-18"]
    other = text.replace("The strike hit", "The governor visited")
    assert _dates(nlp, other, "killing", published="2024-06-21") != ["2024-06-18"]


def test_a_release_date_bounds_the_beating_told(nlp: Language) -> None:
    text = "One woman, freed on 4 March, said she had been beaten with cables until she signed a statement."
    assert _dates(nlp, text, "torture") == ["2024"]
    own = "Police officers beat a woman with cables in Corvena on 4 March, her lawyer said."
    assert _dates(nlp, own, "torture") == ["2024-03-04"]


def test_the_date_of_a_telling_does_not_date_what_was_told(nlp: Language) -> None:
    text = (
        "Pavel Orin died in Marsh Hill prison in Veltria.\n\n"
        "His daughter said that during a visit in October he had told her that guards had beaten him "
        "after a protest in the prison yard."
    )
    assert _dates(nlp, text, "torture") == ["2023"]


def test_an_undated_article_dates_a_day_by_its_paragraphs_year(nlp: Language) -> None:
    text = (
        "Lina Sobel (born 1980) is a Veltrian lawyer. She received a national award in 2023.\n\n"
        "Sobel was arrested by intelligence officers in Corvena on 2 February 2019. Guards beat her "
        "in her cell on 11 March, her lawyer said."
    )
    assert _dates(nlp, text, "torture", published=None) == ["2019-03-11"]


def test_a_date_past_a_citation_mark_is_the_next_sentences(nlp: Language) -> None:
    text = (
        "Police in Corvena detained 40 students during the rally.[4] In May 2021 a military court "
        "convicted three officers of assault."
    )
    assert _dates(nlp, text, "arrest") != ["2021-05"]


def test_the_following_days_count_from_the_day_told_before(nlp: Language) -> None:
    text = (
        "On 16 July, security forces opened fire on a crowd outside the governor's office in Corvena. "
        "Four people were killed during the week, among them a boy who was shot on 16 July.[1] "
        "Hundreds of people were arrested in the following days.[3]"
    )
    # the parser keeps the sentences after the citation marks together: the phrase must still count
    assert _dates(nlp, text, "arrest", published="2024-08-20")[-1] == "2024-07"
    assert (
        _incidents(nlp, text, "arrest", published="2024-08-20")[-1].date
        != _incidents(nlp, text, "killing", published="2024-08-20")[0].date
    )


def test_a_silence_of_a_stated_length_that_ended_on_a_day(nlp: Language) -> None:
    text = (
        "Ivo Marat was detained by intelligence agents in Corvena on 26 February. For twelve days the "
        "authorities denied holding him, and his family learned where he was only when he appeared "
        "in court on 9 March."
    )
    dated = _incidents(nlp, text, "enforced_disappearance")[-1].date
    assert dated is not None and dated.value == "2024-02-26" and dated.end == "2024-03-09"


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("3 May – 21 June 2018", "2018"),  # crosses a month: the year
        ("3–9 May 2018", "2018-05"),  # a span of days within a month: the month
        ("3 May 2018", "2018-05"),  # a day: to the month, as for any article's event
        ("3 May 2018 – present", "2018-05"),
        ("November 2017 – February 2018", None),  # crosses a year
    ],
)
def test_infobox_date_field_is_read_as_a_range(field: str, expected: str | None) -> None:
    text = f"Siege of Talwara\n\n- Date: {field}\n- Location: Talwara\n\nThe siege was a military operation."
    found = main_event_date(text, Reference(None, 2020))
    assert (found.value if found else None) == expected
