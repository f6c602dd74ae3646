"""Round 22, false alarms: a denial that an act was done to anyone ("denied on Sunday that his
officers had detained anyone that night", "denied that any civilians had been killed") asserts no
event, whoever denies it and whatever date the clause gives; an age at arrest stays a descriptor
when the person's present age is set beside the name ("Mehdi Zarei, 29, was arrested when he was
17": the apposed age is no date of the arrest); and a smaller count told only by its public
manner after a larger total of its type ("Seven executions were carried out in public") is a
breakdown of the total, not an incident. Guards: denials of a named person's arrest, an arrest
beside a denial about something else, and acts witnesses assert stay; a dated age-at-arrest
stays; a public execution with a date or place of its own, one with no total before it, and
another type stay."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language

_DENIED_FOR_ANYONE = [
    "The municipal director of public security, Raúl Benítez, denied on Sunday that his officers "
    "had detained anyone that night.",
    "The police chief denied that his officers had detained anyone.",
    "The army spokesman, Colonel Juan Ortiz, denied that any civilians had been killed in the "
    "operation on Tuesday.",
    "The commander, Major Ali Reza, denied last week that his troops had beaten anybody at the checkpoint.",
]


@pytest.mark.parametrize("text", _DENIED_FOR_ANYONE)
def test_probe_denied_for_anyone_is_no_event(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The police denied that they had detained Ahmed Salem, who was arrested on 3 May in Cairo.",
        "Police arrested 40 protesters on Sunday, although the mayor denied that anyone had been hurt.",
        "The chief denied the reports, but witnesses said officers had detained anyone they found on "
        "the street that night.",
    ],
)
def test_probe_arrests_beside_denials_stay(nlp: Language, text: str) -> None:
    assert "arrest" in extracted_types(nlp, text)


_AGE_BESIDE_NAME = [
    "One of them, Mehdi Zarei, 29, was arrested when he was 17, according to a source close to his family.",
    "Omid Rahimi, 25, was detained when he was 15, his mother said.",
    "Farhad Nouri, 33, had been arrested when he was 16, according to Amnesty International.",
    "The youngest, Karim Saleh, 22, was arrested when he was 17.",
]


@pytest.mark.parametrize("text", _AGE_BESIDE_NAME)
def test_probe_age_at_arrest_beside_present_age_is_no_arrest(nlp: Language, text: str) -> None:
    assert "arrest" not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Farhad Nouri, 33, was arrested in 2009 when he was 16.",
        "Omid Rahimi, 25, was arrested on 4 May when he went to collect his passport.",
        "Reza Ahmadi, 30, was arrested in Tabriz last week.",
    ],
)
def test_probe_dated_arrests_with_ages_stay(nlp: Language, text: str) -> None:
    assert "arrest" in extracted_types(nlp, text)


_PUBLIC_SHARES = [
    "In 2023, the group recorded at least 834 executions. Seven executions were carried out in public.",
    "At least 120 prisoners were hanged in Iran last year, the monitor said. Three men were hanged publicly.",
    "Authorities executed 95 people in the first half of the year, according to the group. "
    "Eleven executions took place in public.",
    "The group documented at least 300 executions in 2022, most of them for drug offences. "
    "Twelve people were hanged in public.",
]


@pytest.mark.parametrize("text", _PUBLIC_SHARES)
def test_probe_public_share_of_a_total_is_a_breakdown(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == ["execution"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "At least 834 executions were recorded in 2023. On 9 November, a young man was hanged in "
            "public in Zahedan.",
            ["execution", "execution"],
        ),
        (
            "At least 834 executions were recorded in 2023. Two men were hanged in public in "
            "Mashhad on 3 May.",
            ["execution", "execution"],
        ),
        ("Seven executions were carried out in public.", ["execution"]),
        (
            "Police arrested 40 protesters on Sunday. Three journalists were publicly flogged.",
            ["arrest", "corporal_punishment"],
        ),
    ],
)
def test_probe_public_acts_of_their_own_stay(nlp: Language, text: str, kinds: list[str]) -> None:
    assert extracted_types(nlp, text) == kinds
