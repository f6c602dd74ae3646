"""Round 22, missed incidents: an enforced disappearance told only by what the family cannot
learn. "Nobody will tell us where he is" (every office asked keeps the place from the speakers),
"her family has been unable to learn where she is held" or "to find out where he is being kept"
(the family kept from the place, told by "unable"), and "Nothing has been heard since March 2022
from X, a former campaign coordinator" (no word from a named person since a time). Guards: a
place of a thing or a meeting, a place someone was told, a reason not learned, and no word "from"
a ministry, a body or a city are no disappearance. "Nobody" tells no claim, and "Nothing" is no
victim: the person no word came from is."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types, first_incident
from spacy.language import Language

_ED = "enforced_disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Since January nobody will tell us where he is.",
        "No one at the prosecutor's office would tell them where she was being held.",
        "We went to every police station, but nobody would tell us where my brother was taken.",
        "Since then her family has been unable to learn where she is held.",
        "For weeks his parents were unable to learn where he was.",
        "His relatives have been unable to find out where he is being kept.",
    ],
)
def test_probe_place_kept_from_the_family_is_disappearance(nlp: Language, text: str) -> None:
    assert _ED in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody will tell us where the money is.",
        "The guard told us where he is held.",
        "Nobody would tell us where the meeting was held.",
        "Journalists were unable to learn where the minister was staying.",
        "His family was unable to learn why he was held.",
        "He has been unable to find out where the meeting is held.",
    ],
)
def test_probe_place_of_things_or_told_is_no_disappearance(nlp: Language, text: str) -> None:
    assert _ED not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nothing has been heard since March 2022 from Vital Lapatsin, a former opposition campaign "
        "coordinator serving a 15-year sentence.",
        "Nothing has been heard from Ales Karpenka since last autumn, when he was moved to another colony.",
        "Nothing has been heard since 2021 from him.",
        "Since his transfer in May, nothing has been heard from the blogger Ihar Losik.",
    ],
)
def test_probe_nothing_heard_since_from_person_is_disappearance(nlp: Language, text: str) -> None:
    assert _ED in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nothing has been heard since March from the Interior Ministry.",
        "Nothing has been heard since Monday from Amnesty International, a rights group.",
        "Nothing has been heard since then of the plan.",
        "Nothing has been heard from Kabul since Monday.",
    ],
)
def test_probe_nothing_heard_from_bodies_is_no_disappearance(nlp: Language, text: str) -> None:
    assert _ED not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nothing has been heard since March 2022 from Vital Lapatsin, a former campaign coordinator.",
        "Nothing has been heard of him since he was detained in May.",
    ],
)
def test_probe_nothing_heard_counts_the_person(nlp: Language, text: str) -> None:
    found = first_incident(nlp, text, _ED)
    assert all(c.figure is not None and c.figure.count == 1 for c in found.claims)


@pytest.mark.parametrize(
    "text",
    [
        "Since January nobody will tell us where he is.",
        "Since January nobody will tell us where he is, his wife said.",
    ],
)
def test_probe_nobody_is_no_claimant(nlp: Language, text: str) -> None:
    found = first_incident(nlp, text, _ED)
    assert all(c.claimant.lower() != "nobody" for c in found.claims)
