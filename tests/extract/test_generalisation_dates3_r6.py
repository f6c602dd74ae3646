"""Dates of a beating told with no date of its own inside a detention told just before, round 6:
the smallest unit holding the custody from the arrest to its stated end; the arrest's own date
when the beating is told at the arrest itself; no date when the custody has no end the text gives
or the beating is told as the means of a confession. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language

# custody bounded by a stated length, a release or the telling: the smallest unit holding it
_CUSTODY = [
    (
        "On 12 June, police in the town of Velmora detained Rasim Okondo, a 40-year-old teacher. "
        "Okondo later told reporters that officers beat him with a cable over three days.",
        "2016-06-30",
        "2016-06",
    ),
    (
        "On 3 May, soldiers detained the farmer Tomas Ilunga at a checkpoint near Brava. "
        "He was freed 40 hours later. He told the monitors that he had been beaten with rifle butts.",
        "2016-06-30",
        "2016-05",
    ),
    (
        "On 27 September, police detained the student Arif Kenzo in Dorla and held him for eight days. "
        "His lawyer said he had been whipped with a hose.",
        "2016-11-30",
        "2016",
    ),
]

# beaten at the arrest itself: the arrest's own date
_AT_ARREST = [
    (
        "Police detained the vendor Omar Salas near the bus terminal on Tuesday morning. Witnesses said "
        "officers kicked him on the ground for several minutes before pushing him into a patrol car.",
        "2016-06-10",
        "2016-06-07",
    ),
    (
        "Jonas Melko, a 33-year-old mechanic, was arrested on 9 April and beaten with batons at the "
        "Ternov police station.",
        "2016-06-30",
        "2016-04-09",
    ),
    (
        "On the night of 6 March, soldiers rounded up at least 25 men in the village of Kalo, many of "
        "whom were kicked and whipped before being driven away.",
        "2016-04-30",
        "2016-03-06",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), _CUSTODY)
def test_beating_in_custody_takes_the_custody_period(
    nlp: Language, text: str, published: str, expected: str
) -> None:
    assert expected in event_dates(nlp, text, "torture", published=published)


@pytest.mark.parametrize(("text", "published", "expected"), _AT_ARREST)
def test_beating_at_the_arrest_takes_its_day(nlp: Language, text: str, published: str, expected: str) -> None:
    assert event_dates(nlp, text, "torture", published=published) == [expected]


def test_another_persons_beating_is_not_of_that_custody(nlp: Language) -> None:
    text = (
        "On 4 May, police detained the journalist Ana Ruiz in Coro for two days. "
        "Guards at Tocuyo prison beat the prisoner Luis Bello, his family said."
    )
    assert "2016-05" not in event_dates(nlp, text, "torture", published="2016-09-30")


def test_confession_beating_is_left_to_the_detention_rules(nlp: Language) -> None:
    text = (
        "On 2 February, police detained the activist Dario Venn in Lusca. "
        "He said officers beat him for two days until he signed a confession."
    )
    assert "2016-02" not in event_dates(nlp, text, "torture", published="2016-09-30")
