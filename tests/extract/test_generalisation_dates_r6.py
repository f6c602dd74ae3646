"""Incident dates, round 6: an act with no date of its own takes the date of the crackdown it
belongs to (arrests counted in a wave of protests, beatings told by released detainees); a lead
that dates an event only coarsely takes the day its retelling in the next sentence gives; a date
in a clause that tells no incident dates the act conjoined to it with the same subject. Texts
written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language

from tallybook.extract.timing.dates import Reference, enclosing, resolve_date

_FRIDAY = "2019-03-15"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Soldiers stormed the village of Kato on 3 May and detained 17 men, residents said.",
            "arrest",
            "2018-05-03",
        ),
        (
            "Gendarmes went from door to door on Wednesday night and rounded up at least 40 youths, "
            "a local monitor said.",
            "arrest",
            "2019-03-13",
        ),
    ],
)
def test_date_of_a_clause_without_incident_dates_the_conjoined_act(
    nlp: Language, text: str, kind: str, expected: str
) -> None:
    assert event_dates(nlp, text, kind, published=_FRIDAY) == [expected]


def test_date_of_an_arrest_clause_does_not_date_the_conjoined_beating(nlp: Language) -> None:
    text = "Police arrested 17 men on 3 May and beat them at the station, residents said."
    assert event_dates(nlp, text, "torture", published=_FRIDAY) == [None]


@pytest.mark.parametrize(
    ("retelling", "expected"),
    [
        ("The men were hanged on Tuesday at Vakil Abad Prison, the rapporteurs said.", "2019-03-12"),
        (
            "The executions, carried out on 12 March in two prisons, were announced by state media.",
            "2019-03-12",
        ),
    ],
)
def test_coarse_lead_takes_the_day_of_its_retelling(nlp: Language, retelling: str, expected: str) -> None:
    text = (
        "UN human rights experts today condemned the execution of at least 12 prisoners in Iran "
        f"earlier this week.\n\n{retelling}"
    )
    assert event_dates(nlp, text, "execution", published=_FRIDAY)[0] == expected


def test_a_part_with_its_own_figure_keeps_the_lead_coarse(nlp: Language) -> None:
    text = (
        "UN human rights experts today condemned the execution of at least 12 prisoners in Iran "
        "earlier this week.\n\nFour men were hanged on Tuesday in Shiraz, the rapporteurs said."
    )
    assert event_dates(nlp, text, "execution", published=_FRIDAY)[0] == "2019-03"


_WAVE = """Press statement on Tarvania

We are alarmed by the response of the security forces to the protests over bread prices that broke
out in Lomar on 2 March.

According to information we have received, at least six people were killed between 2 and 5 March.

More than 400 people, among them students and two journalists, have been arrested. {second}
"""


@pytest.mark.parametrize(
    ("second", "kind"),
    [
        ("Many of those detained were reportedly beaten in custody.", "torture"),
        ("Detainees freed on bail told us that they were beaten with cables at a police station.", "torture"),
        ("Several of those released said they had been kicked and whipped during interrogation.", "torture"),
        ("Nobody has been charged.", "arrest"),
    ],
)
def test_acts_of_the_wave_take_its_month(nlp: Language, second: str, kind: str) -> None:
    text = _WAVE.format(second=second)
    assert event_dates(nlp, text, kind, published=_FRIDAY) == ["2019-03"]


def test_stock_and_named_arrests_are_not_acts_of_the_wave(nlp: Language) -> None:
    text = _WAVE.format(second="").replace(
        "More than 400 people, among them students and two journalists, have been arrested.",
        "At least 25 members of the opposition are currently behind bars.",
    )
    assert event_dates(nlp, text, "arrest", published=_FRIDAY) == [None]


def test_a_singular_teller_is_not_a_released_detainee_of_the_wave(nlp: Language) -> None:
    text = _WAVE.format(second="He told his lawyer that guards had beaten him.")
    assert event_dates(nlp, text, "torture", published=_FRIDAY) == [None]


def test_two_years_joined_by_and_cross_a_year() -> None:
    ref = Reference.from_partial(_FRIDAY)
    assert enclosing(resolve_date("in 2009 and 2010", ref)) is None
    assert enclosing(resolve_date("in 2010", ref)) == "2010"


def test_arrests_over_two_coordinated_years_cross_a_year(nlp: Language) -> None:
    text = (
        "Rights groups said at least nine of the teachers had been arrested in 2011 and 2012 "
        "for running study circles."
    )
    assert event_dates(nlp, text, "arrest", published=_FRIDAY) == [None]


def test_tally_up_to_now_runs_to_the_telling(nlp: Language) -> None:
    # The wave began on 24 February; "have been arrested" counts up to 3 March: two months -> the year.
    text = (
        "Protests over fuel prices broke out in Dendra on 24 February.\n\n"
        "Police shot dead at least four protesters on 26 February, witnesses said.\n\n"
        "More than 300 people have been arrested, according to a local lawyers' group."
    )
    assert event_dates(nlp, text, "arrest", published="2019-03-03") == ["2019"]
