"""Round 29, incident dates: a date of a clause conjoined after the trigger's verb ("arrested in
June 2015 and remains missing three years later") dates that later clause, not the trigger, when
the trigger's own clause has a date; a day set before an event noun in the sentence before ("the 9
March bridge attack") names that event and sets no scene the next sentence's torture goes on with;
an act an encyclopedia article sets "during" a long period its title does not name ("during the
border war") does not take the date of the article's one event. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_date, event_dates
from spacy.language import Language

_LATER_CLAUSE = [
    (
        # (an arrest that "remains missing" is an enforced disappearance, round 30)
        "Journalist Omar Talib was detained by soldiers in June 2015 in Homs and remains missing "
        "nearly three years later.",
        "enforced_disappearance",
        "2015-06",
    ),
    (
        "The teacher Lina Farouk was arrested in 2011 and was still missing two years later.",
        "enforced_disappearance",
        "2011",
    ),
]


@pytest.mark.parametrize(("text", "kind", "date"), _LATER_CLAUSE)
def test_later_conjunct_date_does_not_date_the_trigger(
    nlp: Language, text: str, kind: str, date: str
) -> None:
    assert event_date(nlp, text, kind, published="2018-05-01") == date


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        # the counted year is the later clause's own trigger: it keeps it
        (
            "Hassan Barzani was arrested in 2009 and sentenced to death the following year.",
            "death_sentence",
            "2010",
        ),
        # the trigger's own day stays its date beside a later clause's count
        (
            "Police arrested the farmer Idris Samad in Tikrit on 3 May 2017 and released him six days later.",
            "arrest",
            "2017-05-03",
        ),
    ],
)
def test_own_clause_counted_dates_stay(nlp: Language, text: str, kind: str, date: str) -> None:
    assert event_date(nlp, text, kind, published="2018-05-01") == date


_NAMED_EVENT_DAY = [
    "Officials blamed a separatist group for the 9 March bridge attack. There are reports that the "
    "three suspects were tortured.",
    "Prosecutors tied the defendants to the 2 August market bombing in the capital. Rights groups "
    "say the four men were beaten in custody.",
]


@pytest.mark.parametrize("text", _NAMED_EVENT_DAY)
def test_day_naming_another_event_sets_no_scene(nlp: Language, text: str) -> None:
    assert event_dates(nlp, text, "torture", published="2020-05-01") == [None]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The shooting took place on 7 July 2019, when officers opened fire on a crowd. "
            "Nine people were killed.",
            "2019-07-07",
        ),
        # the parser may hang "4 August" on "police": no determiner, so still the scene's day
        (
            "On 4 August police opened fire on strikers who had blocked the gate of the mill. "
            "Officials said that six people had been killed.",
            "2019-08-04",
        ),
    ],
)
def test_day_of_a_told_scene_still_carries(nlp: Language, text: str, date: str) -> None:
    assert event_date(nlp, text, "killing", published="2019-09-01") == date


_ARTICLE = """Korvan mine kidnapping

Infobox
- Location: Korvan, Eastern Province
- Date: 12 March 2016

The Korvan mine kidnapping was the abduction of 12 miners by soldiers in the town of Korvan on 12 March 2016.

== Background ==
{line}
"""


def test_act_during_another_period_takes_no_article_date(nlp: Language) -> None:
    line = "While thousands went missing during the long border war, the miners drew wide attention."
    dates = event_dates(nlp, _ARTICLE.format(line=line), "enforced_disappearance", published="2023-02-01")
    assert dates[-1] is None


def test_act_without_another_period_keeps_article_date(nlp: Language) -> None:
    line = "Relatives said soldiers later beat several of the miners in the barracks."
    assert event_dates(nlp, _ARTICLE.format(line=line), "torture", published="2023-02-01") == ["2016-03"]
