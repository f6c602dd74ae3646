"""Round 16, factuality: an arrest the writer counts the days from and places or dates ("died in
custody three days after his arrest at a checkpoint") is an incident of its own, while a bare,
same-day or spell-opening "after his arrest" stays background; and ill-treatment in "reports"
a teller says it received and judges credible ("the Office had received credible reports that
detainees had been beaten") is an allegation of an event, not unspecific hearsay nor talk of a
kind of people. Guards: unspecific reports, talk of a practice, participles of a kind."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Omid Karimi died in a police station in Tabriz on 14 May 2024, two days after his arrest "
            "at a bus stop.",
            "2024-05-12",
        ),
        (
            "The authorities hanged Reza Hosseini in Shiraz on 20 March 2024, just 40 days after his "
            "arrest at a rally.",
            "2024-02-09",
        ),
        (
            "Samir Haddad, a 33-year-old mechanic, died in custody in Aleppo about three weeks after "
            "his arrest on 2 April 2024.",
            "2024-04-02",
        ),
    ],
)
def test_counted_and_placed_arrest_is_an_incident(nlp: Language, text: str, date: str) -> None:
    arrests = incidents_of(nlp, text, "arrest", required=True)
    assert [a.date.value for a in arrests if a.date is not None] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # the same day's sequence
        "Omid Karimi died in a police station in Tabriz on 14 May 2024, hours after his arrest at a "
        "bus stop.",
        # counted but neither placed nor dated
        "Omid Karimi died in a police station in Tabriz on 14 May 2024, two days after his arrest.",
        # a spell the arrest only opens
        "His brother said he was held incommunicado for five months after his arrest in 2019.",
        # before: his life until then
        "Reza Hosseini worked as a bus driver in Shiraz for ten years before his arrest at a rally.",
    ],
)
def test_background_arrest_stays_background(nlp: Language, text: str) -> None:
    assert "arrest" not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The spokesperson said the Office had received credible reports that prisoners there had been "
        "beaten and denied food.",
        "We have received credible allegations that detainees were beaten at the police station in Osh.",
        "The rapporteurs said they had received credible reports that some of the protesters were beaten "
        "in custody.",
    ],
)
def test_credible_reports_received_are_an_allegation(nlp: Language, text: str) -> None:
    assert "torture" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # unspecific reports nobody is said to have received
        "There were numerous reports that police beat detainees.",
        "Rights groups reported that police tortured detainees.",
        # a denial of allegations about a kind of people, not allegations someone received
        "The ministry rejected allegations that prisoners were beaten in its jails.",
        # credible reports nobody is said to have received, of a kind of people
        "Credible reports that detainees are beaten are common in the region.",
    ],
)
def test_unspecific_reports_stay_general(nlp: Language, text: str) -> None:
    assert "torture" not in extracted_types(nlp, text)


def test_participle_of_a_kind_stays_general(nlp: Language) -> None:
    text = "She could not learn the whereabouts of family members detained in the region."
    assert "arrest" not in extracted_types(nlp, text)
