"""Incident dates, round 3: a date shared by coordinated verbs or closing a clause, dates of a state
("remained missing as of December"), dates of part of the victims, "six days earlier" counted from
the sentence's own day, the day of a related event, dates carried from the event told before
("during the same operation", "also abducted", "those detained"), the period of detention after an
arrest, and "over the following week". Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, event_date
from spacy.language import Language

from tallybook.extract.timing.dates import Reference, resolve_date
from tallybook.model import PartialDate

_date = partial(event_date, publisher=LEDGER)


def test_a_fronted_date_dates_both_coordinated_verbs(nlp: Language) -> None:
    text = "Whereas on May 4, 2023, plainclothes officers beat and detained reporter Ilsa Moran in Ketora."
    assert _date(nlp, text, "arrest") == "2023-05-04"


def test_a_date_closing_a_clause_belongs_to_the_trigger_before_it(nlp: Language) -> None:
    text = (
        "The committee said it had also examined the case of Ana Ruiz, a 22-year-old teacher who was "
        "detained by soldiers in the town of Verel, in Norte state, on 9 April and has not been seen since."
    )
    assert _date(nlp, text, "enforced_disappearance", published="2023-08-01") == "2023-04-09"


def test_a_disappearance_dates_from_the_arrest_not_from_its_status(nlp: Language) -> None:
    text = (
        "Tomas Bell, a union leader, was arrested by military police in the town of Orvo on 12 February "
        "and his whereabouts remained unknown at the end of the year."
    )
    assert _date(nlp, text, "enforced_disappearance", published="2023-08-01") == "2023-02-12"


def test_an_as_of_status_date_does_not_narrow_a_yearly_figure(nlp: Language) -> None:
    text = (
        "Local monitors reported at least 14 enforced disappearances during the year, of whom six were "
        "later freed and the rest remained missing as of November."
    )
    assert _date(nlp, text, "enforced_disappearance", published="2023-03-15") == "2022"


def test_a_date_of_part_of_the_victims_does_not_date_the_whole(nlp: Language) -> None:
    text = (
        "Police detained about 40 people in Orvo on 2 June, lawyers said.\n\n"
        "At least five people were killed by police during the protests, two of them in Orvo on 3 June."
    )
    assert _date(nlp, text, "killing") == "2024-06"


def test_days_earlier_count_from_the_day_the_sentence_gives(nlp: Language) -> None:
    text = "On 20 May, Tomas Rell, a farmer arrested in Ketora four days earlier, died in police custody."
    assert _date(nlp, text, "arrest") == "2024-05-16"


def test_arrests_over_a_dated_rally_take_its_month(nlp: Language) -> None:
    text = "Police arrested more than 70 people in connection with the 12 May rally, a rights group said."
    assert _date(nlp, text, "arrest") == "2024-05"


def test_arrests_during_a_dated_rally_keep_its_day(nlp: Language) -> None:
    text = "Police arrested more than 70 people at the rally on 12 May, a rights group said."
    assert _date(nlp, text, "arrest") == "2024-05-12"


def test_the_same_operation_takes_the_month_of_the_operation(nlp: Language) -> None:
    text = (
        "The office said soldiers had executed four men in the village of Dalo on 11 April.\n\n"
        "The office also recorded the arrest of 15 villagers by soldiers in Dalo during the same operation."
    )
    assert _date(nlp, text, "arrest") == "2024-04"


def test_acts_during_the_attack_take_the_attack_date(nlp: Language) -> None:
    text = (
        "Militia fighters killed at least 40 men in the village of Arvo on 2 March, witnesses said.\n\n"
        "At least nine women were raped by the fighters during the attack, according to doctors. "
        "The fighters also abducted 12 men, whose fate is unknown."
    )
    assert _date(nlp, text, "other") == "2024-03-02"
    assert _date(nlp, text, "enforced_disappearance") == "2024-03-02"


def test_counted_detainees_take_the_month_of_the_arrests(nlp: Language) -> None:
    text = (
        "Police detained at least 200 protesters in Orvo between 3 and 9 June, the office said.\n\n"
        "At least eight detainees were beaten with batons at the central police station."
    )
    assert _date(nlp, text, "torture") == "2024-06"


def test_a_practice_towards_detainees_is_not_dated_by_the_arrests(nlp: Language) -> None:
    text = (
        "Police detained at least 200 protesters in Orvo between 3 and 9 June, the office said.\n\n"
        "Former prisoners said that guards at Orvo prison had beaten detainees."
    )
    assert _date(nlp, text, "torture") != "2024-06"


def test_casualties_of_an_event_the_sentence_before_dates(nlp: Language) -> None:
    text = (
        "The Orvo market shooting took place on 4 August 2018, when soldiers opened fire on a crowd of "
        "traders in Orvo. The army said that five people had been killed after soldiers came under "
        "attack. Over the following week, soldiers arrested at least 30 traders in Orvo."
    )
    assert _date(nlp, text, "killing", published=None) == "2018-08-04"
    assert _date(nlp, text, "arrest", published=None) == "2018-08"


def test_a_period_before_does_not_date_the_casualties(nlp: Language) -> None:
    text = (
        "The Orvo protests were held between 4 and 19 August 2018 over power cuts in Orvo. Soldiers "
        "fired on crowds, killing at least 30 protesters, according to a rights commission."
    )
    assert _date(nlp, text, "killing", published=None) != "2018-08-19"


def test_beatings_while_held_for_a_period_after_an_arrest(nlp: Language) -> None:
    text = (
        "He had been arrested in Orvo in October 2020 and, his lawyer said, was held in solitary "
        "confinement for 50 days during which guards beat him to extract a confession."
    )
    assert _date(nlp, text, "torture") == "2020"


def test_the_following_week_and_month_count_from_an_anchor() -> None:
    ref = Reference(None, None)
    week = resolve_date("Over the following week", ref, PartialDate("2019-07-30"))
    assert week == PartialDate("2019-07-31", "2019-08-06")
    assert resolve_date("the following month", ref, PartialDate("2019-12")) == PartialDate("2020-01")
    assert resolve_date("the next year", ref, PartialDate("2019-05-02")) == PartialDate("2020")


def test_a_sentence_for_taking_part_in_protests_is_not_dated_by_them(nlp: Language) -> None:
    text = (
        "Soldiers killed 14 protesters in Orvo on 2 March 2022, a rights centre said.\n\n"
        "A court in Dalo sentenced a student to death for taking part in the protests."
    )
    assert _date(nlp, text, "death_sentence", published="2022-06-20") != "2022-03"
