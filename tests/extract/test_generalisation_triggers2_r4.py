"""Trigger recall and typing, fourth round (second part): killings told as "gunned down", by the
operations that left people dead or by the bodies of people taken away; executions told as "sent
N prisoners to the gallows" or "the hanging of four men"; amputations told as "had their hands cut
off"; arrests told by who took a person and where to ("picked up by police", "taken to army
camps"), vanishings told by a hidden place or a hidden fate ("held at undisclosed locations",
"seized ... and taken to an unknown location", "abductions of students", "taken from a boat by
coast guard personnel").

Each case pairs a report with a look-alike that must not give the same type. Texts written for
these tests, not taken from any evaluation set."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language

_types = partial(extracted_types, published="2024-06-10")


@pytest.mark.parametrize(
    ("text", "kind", "look_alike"),
    [
        # killings
        (
            "Troops gunned down at least nine farmers at a cattle market in Dolo on Sunday.",
            "killing",
            "Troops rounded up at least nine farmers at a cattle market in Dolo on Sunday.",
        ),
        (
            "Twelve mourners were gunned down by riot police outside the cemetery on 3 March.",
            "killing",
            "Twelve mourners were turned away by riot police outside the cemetery on 3 March.",
        ),
        (
            "The study lists 11 army raids in the delta between May and July that left 40 villagers dead.",
            "killing",
            "The study lists 11 storms in the delta between May and July that left 40 villagers dead.",
        ),
        (
            "Two farmers were abducted from their fields by soldiers on 4 May. Their bodies were dumped "
            "beside a highway the following day.",
            "killing",
            "Their bodies were dumped in the sea after the ferry capsized near the port.",
        ),
        (
            "The body of Omar Lagu, a 30-year-old trader, was found in a ditch outside Dolo on 2 May, "
            "bearing signs of torture.",
            "killing",
            "The body of Omar Lagu, a 30-year-old trader, was found in a ditch outside Dolo on 2 May.",
        ),
        # executions and amputations
        (
            "The authorities sent at least 30 prisoners to the gallows in March, the monitor said.",
            "execution",
            "The ministry sent at least 30 teachers to the capital in March, the monitor said.",
        ),
        (
            "Lawyers were shocked by the hanging of four young men at Dolo prison on Monday.",
            "execution",
            "Residents were annoyed by the hanging of banners on the bridge on Monday.",
        ),
        (
            "Three men convicted of robbery had their right hands cut off in a public square on Friday.",
            "corporal_punishment",
            "The authorities had the internet cut off in the province on Friday.",
        ),
        # arrests told by who took a person and where to
        (
            "Two union members were picked up by police outside the factory on 4 March.",
            "arrest",
            "Two union members were picked up by a friend outside the factory on 4 March.",
        ),
        (
            "His sister said soldiers had picked him up from his shop hours before the raid.",
            "arrest",
            "His sister said a neighbour had picked up the keys from his shop hours before the raid.",
        ),
        (
            "More than 300 villagers have been taken to army camps since the uprising, monitors said.",
            "arrest",
            "More than 300 villagers have been taken to hospital since the uprising, monitors said.",
        ),
        # vanishings told by a hidden place or fate
        (
            "The two teachers were held at undisclosed locations for three weeks after their arrest.",
            "enforced_disappearance",
            "The two archives were held at undisclosed locations for three weeks after the fire.",
        ),
        (
            "A union leader, Mara Velt, was seized by officers at her home on Monday and taken to an "
            "unknown location.",
            "enforced_disappearance",
            "A union leader, Mara Velt, was seized by officers at her home on Monday and taken to the "
            "central police station.",
        ),
        (
            "On 9 May, two brothers were picked up by intelligence agents from their farm and taken to an "
            "unknown location.",
            "enforced_disappearance",
            "On 9 May, two brothers were picked up by intelligence agents at their farm, police said.",
        ),
        (
            "The watchdog recorded 23 abductions of students and teachers during the year.",
            "enforced_disappearance",
            "The watchdog recorded 23 arrests of students and teachers during the year.",
        ),
        (
            "According to his family, he had been taken from a fishing boat by coast guard personnel "
            "in March and his whereabouts remain unknown.",
            "enforced_disappearance",
            "According to his family, the nets had been taken from a fishing boat by coast guard personnel "
            "in March.",
        ),
    ],
)
def test_report_and_look_alike(nlp: Language, text: str, kind: str, look_alike: str) -> None:
    assert kind in _types(nlp, text)
    assert kind not in _types(nlp, look_alike)


def test_signs_of_torture_on_a_body_found_are_how_the_victim_died(nlp: Language) -> None:
    text = "The body of a missing student was found in a canal near Dolo on 3 May, bearing signs of torture."
    assert _types(nlp, text) == ["killing"]
