"""Round 24, case appeals: a background step of one person's story is dated by its own phrase
("was arrested in Cairo in September 2019 during the protests that broke out that month"); a
"that month" or "that year" later in the same sentence counts from that date, not from the
event the paragraph before told (the death the appeal is about). Guards: a day given in the
sentence stays the day, and a "that month" with no date of its own before it still counts from
the event told before."""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language

_OWN_DATE_THEN_THAT_UNIT = [
    (
        "The student died in Tora Prison on Sunday. Abdel-Rahman was arrested in Cairo in September 2019"
        " during the small anti-government protests that broke out that month.",
        "2019-09",
    ),
    (
        "The teacher died in custody on Monday. Karimi was detained in Tehran in November 2022 during the"
        " strikes that spread that month.",
        "2022-11",
    ),
    (
        "The blogger was released on Friday. Nguyen was taken into custody in Hanoi in May 2018 amid"
        " demonstrations that erupted that month.",
        "2018-05",
    ),
    (
        "The lawyer died on Sunday. Mirza was detained by police in Manama in March 2021 at a sit-in"
        " that was broken up that month.",
        "2021-03",
    ),
]


@pytest.mark.parametrize(("text", "date"), _OWN_DATE_THEN_THAT_UNIT)
def test_probe_that_unit_counts_from_the_sentence_date(nlp: Language, text: str, date: str) -> None:
    arrests = incidents_of(nlp, text, "arrest", published="2020-07-02", required=True)
    assert [i.date.value if i.date else None for i in arrests] == [date]


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "The worker died in jail last week. He was arrested on 3 March 2021 at a rally"
            " that was held that day.",
            "arrest",
            "2021-03-03",
        ),
        (
            "The detainee died on Sunday. He was arrested in January 2019. Later that year he was tortured.",
            "torture",
            "2019",
        ),
        (
            "The teacher died in custody on 29 June. Karimi was detained in Tehran later that month.",
            "arrest",
            "2020-06",
        ),
    ],
)
def test_probe_other_dates_stay(nlp: Language, text: str, kind: str, date: str) -> None:
    found = incidents_of(nlp, text, kind, published="2020-07-02", required=True)
    assert [i.date.value if i.date else None for i in found] == [date]
