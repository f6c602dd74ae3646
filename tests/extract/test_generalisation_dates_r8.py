"""Incident dates, round 8: "two days earlier" and "the previous day" count back from the event
told (never from the report's date); "the following night" is the day after the day told; "last
July" counts back from the report whatever year the sentence before told; a reaction "at the
killing of X on Sunday" dates the killing by Sunday, and "the most ... since 2019" bounds a record,
not the event; a beating told with a length of custody counted from an arrest takes that custody
(null when it crosses into the next year). Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language

_REPORT = "2022-05-11"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "On 3 April, paramilitary police shot dead a fisherman, Tomas Reyes, 35, near the port "
            "of Calapan. His brother said plain-clothes officers had taken him from a market three "
            "days earlier.",
            "arrest",
            "2022-03-31",
        ),
        (
            "The activist Lena Markova, 30, had been detained on 14 February at a bus station and "
            "died in a holding cell at the district police station the following night.",
            "death_in_custody",
            "2022-02-15",
        ),
        (
            "The parents of a 22-year-old student held since January learned on Monday that he had "
            "died the previous day in the custody of military intelligence.",
            "death_in_custody",
            "2022-05-08",
        ),
    ],
)
def test_a_day_counted_back_from_the_event_told(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_dates(nlp, text, kind, published=_REPORT)[-1] == expected


def test_last_july_counts_back_from_a_february_report(nlp: Language) -> None:
    text = (
        "On Monday, the Kurdish teacher Aram Wali was hanged in Urmia prison. His lawyer told "
        "reporters that after his arrest in March 2021 he was held in solitary confinement for 30 "
        "days and beaten during interrogation. He was sentenced to death by a Revolutionary Court "
        "in Tabriz last July."
    )
    assert event_dates(nlp, text, "death_sentence", published="2023-02-20")[-1] == "2022-07"
    assert event_dates(nlp, text, "torture", published="2023-02-20")[-1] == "2021"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "A group of UN experts said on Wednesday they were shocked by the execution on Friday "
            "of nine prisoners in Yemen, the highest number put to death in a day since 2017.",
            "execution",
            "2022-05-06",
        ),
    ],
)
def test_the_day_a_reaction_gives_the_event(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_dates(nlp, text, kind, published=_REPORT)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ahmad Nouri, 27, was hanged at dawn on Monday. His family said that after his arrest "
            "in June 2020 he was held in solitary confinement for 50 days and beaten repeatedly "
            "during interrogation.",
            "2020",
        ),
        (
            "Samir Haddad was arrested by intelligence agents on 2 December 2019 in Homs. His "
            "lawyer later said that during some 60 days in solitary confinement he had been "
            "beaten with cables.",
            None,
        ),
    ],
)
def test_a_beating_takes_the_custody_counted_from_the_arrest(
    nlp: Language, text: str, expected: str | None
) -> None:
    assert event_dates(nlp, text, "torture", published=_REPORT)[-1] == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the day after the event noun, with the reaction's own day before it (already read so)
        (
            "The UN human rights office on Tuesday voiced grave concern at the hanging of 12 men "
            "in Kuwait on Sunday, the largest number put to death on one day in the country since "
            "early 2019, and urged the government to halt all executions.",
            "execution",
            "2022-05-08",
        ),
        # "three days ago" still counts from the report
        (
            "Security forces shot dead two protesters in the town of Kassala three days ago.",
            "killing",
            "2022-05-08",
        ),
        # a claim date still anchors "the night before"
        (
            "The interior ministry said on Monday that four prisoners had been executed the night before.",
            "execution",
            "2022-05-08",
        ),
        # a short custody inside one month keeps that month
        (
            "Police arrested the journalist Omar Said on 3 March. He said officers beat him for "
            "two days before releasing him.",
            "torture",
            "2022-03",
        ),
    ],
)
def test_unchanged_date_readings(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_dates(nlp, text, kind, published=_REPORT)[-1] == expected
