"""Round 25, dates: a count of days or weeks that opens its sentence ("Two weeks later, the judge
sentenced X to death") runs from the day the sentence before gives, also the last sentence of the
paragraph before, when that sentence tells no incident of its own (a hearing, a trial, a visit).
Guards: a sentence before with no day, or a count that does not open the sentence, keeps no day;
a day told as when someone spoke is no anchor."""

from __future__ import annotations

import pytest
from extraction_helpers import event_date
from spacy.language import Language

_OPENING_COUNTS = [
    (
        "The final hearing took place on 6 June 2023. Two weeks later, a judge in Multan sentenced "
        "the teacher Imran Qureshi to death.",
        "death_sentence",
        "2023-06-20",
    ),
    (
        "At the last session on 3 March 2022, the defence was given ten minutes to speak.\n\n"
        "Ten days later, the Revolutionary Court sentenced Reza Amini to death.",
        "death_sentence",
        "2022-03-13",
    ),
    (
        "Her parents visited the prison on 2 April 2021 and found the gates closed. Three days later, "
        "guards hanged Leila Nouri in the prison yard.",
        "execution",
        "2021-04-05",
    ),
    (
        "The village council met on 10 August 2020 to discuss the land dispute. Two days later, "
        "soldiers arrested Daniel Okoro at his farm.",
        "arrest",
        "2020-08-12",
    ),
]


@pytest.mark.parametrize(("text", "kind", "day"), _OPENING_COUNTS)
def test_probe_opening_count_runs_from_previous_day(nlp: Language, text: str, kind: str, day: str) -> None:
    assert event_date(nlp, text, kind, published="2024-01-15") == day


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The final hearing took place in June 2023. Two weeks later, a judge in Multan sentenced "
            "the teacher Imran Qureshi to death.",
            "death_sentence",
        ),
        (
            "The hearing took place on 6 June 2023. A judge in Multan sentenced the teacher Imran "
            "Qureshi to death two weeks later, his lawyer said.",
            "death_sentence",
        ),
        (
            "The family said on 2 April 2021 that they had no news. Three days later, guards hanged "
            "Leila Nouri in the prison yard.",
            "execution",
        ),
    ],
)
def test_probe_no_day_to_count_from(nlp: Language, text: str, kind: str) -> None:
    value = event_date(nlp, text, kind, published="2024-01-15")
    assert value is None or len(value) < 10
