"""Incident dates, round 4: a relative phrase restated by the day after it ("A week later, on 24
May"), a body withheld after the death told before, a beating in the custody between a detention
and a death, the date opening a list line, a counting verb's date for everything it counts, a date
fronted before a parenthetical "the mission added", lengths that are not dates, a detention of a
stated length from an arrest known to the month, a disappearance "until ... N days later", and
"Among those executed was X" in the whole event told before. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, event_dates, incidents_of
from spacy.language import Language

_incidents = partial(incidents_of, publisher=LEDGER, required=True)
_dates = partial(event_dates, publisher=LEDGER)


def test_a_day_after_a_relative_phrase_states_the_date(nlp: Language) -> None:
    restated = (
        "On 3 March, guards hanged Omar Teles at Vanta Prison. Two days later, on the evening of "
        "9 March, Rui Dosa was hanged at the same prison."
    )
    assert _dates(nlp, restated, "execution")[-1] == "2024-03-09"
    counted = (
        "On 3 March, guards hanged Omar Teles at Vanta Prison. Two days later, Rui Dosa was hanged there."
    )
    assert _dates(nlp, counted, "execution")[-1] == "2024-03-05"


def test_the_next_day_counts_from_the_restated_day(nlp: Language) -> None:
    text = (
        "On 3 March, guards hanged Omar Teles at Vanta Prison. A week later, on the morning of 12 March, "
        "Rui Dosa was hanged at the same prison. Four of his cousins were detained the following day "
        "outside the prison."
    )
    assert _dates(nlp, text, "arrest")[-1] == "2024-03-13"


def test_a_withheld_body_takes_the_month_of_the_death(nlp: Language) -> None:
    text = (
        "Soldiers shot dead the farmer Imre Kato at a checkpoint in Dalven on 4 February.\n\n"
        "“His family asked for him at every barracks,” a neighbour said. “The authorities have still "
        "not returned his body.”"
    )
    assert _dates(nlp, text, "other")[-1] == "2024-02"


def test_bodies_not_handed_over_after_a_hanging(nlp: Language) -> None:
    text = (
        "Prison authorities hanged nine men at Orla prison on Monday, the rights group said. Relatives were "
        "not told in advance, and several bodies have still not been handed over, it added."
    )
    assert _dates(nlp, text, "other", published="2024-06-20")[-1] == "2024-06"


def test_a_beating_between_a_detention_and_a_death_in_custody(nlp: Language) -> None:
    within = (
        "On 11 May, Kemal Duro, a 40-year-old baker, died at a police station in Tarsa, three days after "
        "officers detained him. Police said he had a heart attack. His brother said his body bore bruises "
        "and several broken ribs."
    )
    assert _dates(nlp, within, "torture")[-1] == "2024-05"
    across = (
        "On 2 May, Kemal Duro, a 40-year-old baker, died at a police station in Tarsa, four days after "
        "officers detained him. Relatives who saw the body said he had been badly beaten."
    )
    assert _dates(nlp, across, "torture")[-1] == "2024"


def test_a_list_line_opened_by_a_date_dates_its_incident(nlp: Language) -> None:
    text = (
        "Situation update – March 2024\n\nNorth District\n"
        "• 12 Mar – Army shells hit a camp for displaced families near Dova, killing a man and his son.\n"
        "• 18–19 Mar – Police detained 15 students at a checkpoint in Mira. Their parents say six of them "
        "have not been seen since.\n"
    )
    assert _dates(nlp, text, "killing", published="2024-04-05") == ["2024-03-12"]
    assert "2024-03" in _dates(nlp, text, "enforced_disappearance", published="2024-04-05")


def test_a_counting_verb_dates_everything_it_counts(nlp: Language) -> None:
    text = (
        "In March, the monitors documented at least 40 civilians killed by soldiers, 120 arbitrary "
        "arrests and three deaths in custody across the country."
    )
    assert _dates(nlp, text, "death_in_custody") == ["2024-03"]
    assert _dates(nlp, text, "arrest") == ["2024-03"]


def test_a_date_before_a_parenthetical_report_dates_the_reported_clause(nlp: Language) -> None:
    fronted = (
        "Last month, the commission added, at least 30 students were detained in the capital for protesting."
    )
    assert _dates(nlp, fronted, "arrest") == ["2024-05"]
    spoken = "In May, the commission said that at least 30 students had been detained in the capital."
    assert _dates(nlp, spoken, "arrest") != ["2024-05"]  # when it spoke, not when they were held


def test_lengths_are_not_a_date(nlp: Language) -> None:
    text = (
        "Rights groups said the police held at least 50 people incommunicado for periods ranging from "
        "several days to several weeks in 2022."
    )
    assert _dates(nlp, text, "enforced_disappearance") == ["2022"]


def test_a_detention_of_months_from_an_arrest_known_to_the_month(nlp: Language) -> None:
    text = (
        "Among those executed was Lev Arkin, a driver who was arrested in March 2019 and held "
        "incommunicado for five months while his family searched for him."
    )
    assert _dates(nlp, text, "enforced_disappearance") == ["2019"]


def test_a_disappearance_until_an_appearance_days_later(nlp: Language) -> None:
    within = (
        "On 3 June, police arrested the lawyer Nadia Brel at her office. Her family did not learn her "
        "whereabouts until she appeared before a prosecutor 12 days later."
    )
    assert _dates(nlp, within, "enforced_disappearance", published="2024-08-01") == ["2024-06"]
    across = (
        "On 25 June, police arrested the lawyer Nadia Brel at her office. Her family did not learn her "
        "whereabouts until she appeared before a prosecutor 12 days later."
    )
    assert _dates(nlp, across, "enforced_disappearance", published="2024-08-01") == ["2024"]


def test_among_those_executed_is_dated_by_the_whole_event(nlp: Language) -> None:
    text = (
        "Authorities hanged at least 15 men at Orla prison between 3 and 9 April, the experts said. "
        "The hanging of six men on 5 April was announced by the ministry of justice.\n\n"
        "Among those executed was Pavel Rusk, 51, a farmer from Nedo."
    )
    assert _dates(nlp, text, "execution")[-1] == "2024-04"
