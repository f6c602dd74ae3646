"""Incident dates, round 11: a stated length of custody counted from an arrest told as a noun
("held incommunicado for four months after his arrest in 2016") takes the arrest's date whether the
noun gives a month or only a year; a beating told as the means of a confession after such an arrest,
with no length stated, stays undated, and a custody whose arrest has no date gets none. Texts written
for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language

_LEAD = "The group said on Monday that 21 men were hanged in Basra. "


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            _LEAD + "His mother told the group that he had been held incommunicado for four months after "
            "his arrest in 2016.",
            "enforced_disappearance",
            "2016",
        ),
        (
            "Dara Mansour, a 27-year-old mechanic, died in prison last week. His brother said he had been "
            "held incommunicado for six weeks following his arrest in 2018.",
            "enforced_disappearance",
            "2018",
        ),
        # guard: the month form, as before
        (
            _LEAD + "His mother told the group that he had been held incommunicado for four months after "
            "his arrest in March 2016.",
            "enforced_disappearance",
            "2016",
        ),
    ],
)
def test_a_custody_length_counts_from_an_arrest_noun_dated_by_year(
    nlp: Language, text: str, kind: str, expected: str
) -> None:
    assert event_dates(nlp, text, kind, published="2020-11-19")[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a confession's means with no stated length: undated
        _LEAD + "Their relatives said the men had been tortured into making confessions after their arrest "
        "in 2017.",
        # no date on the arrest: nothing to count from
        _LEAD + "His mother told the group that he had been held incommunicado for four months after his "
        "arrest.",
    ],
)
def test_no_date_without_a_stated_custody_or_a_dated_arrest(nlp: Language, text: str) -> None:
    kind = "torture" if "tortured" in text else "enforced_disappearance"
    assert event_dates(nlp, text, kind, published="2020-11-19")[-1] is None
