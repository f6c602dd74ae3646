"""Quote speakers, round 10 (second pass): sentences written for these tests (names and wording
invented).

Class: an unnamed spokesperson told by a capitalised name ("a Freedom Now spokesman") speaks for
the body the text (or the publisher's own name) names with those words; a spokesperson told by a
lower-case kind ("a government spokesman"), one named in apposition, or one whose words name no
body the text knows, stays as written.
"""

from __future__ import annotations

import pytest
from extraction_helpers import extract_one, speaker_of, speaker_quoting
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Freedom Now Legal Centre has recorded 40 cases of arbitrary detention in Kirav this "
            "year. “The courts are being used to silence every critic in the country,” a Freedom Now "
            "spokesman said.",
            "The courts are being used",
            "Freedom Now Legal Centre",
        ),
        (
            "The Kestrel Justice Foundation said 12 activists had been held without charge in Dorvan "
            "since March. “Each of them was taken at night and none has seen a lawyer,” a Kestrel "
            "spokeswoman told reporters.",
            "Each of them was taken",
            "Kestrel Justice Foundation",
        ),
    ],
)
def test_named_spokesperson_speaks_for_the_body(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


_MINERS = (
    "Ostrava, 3 May 2024\n\nPolice detained 14 miners after a strike at the Karvan pit, the union "
    "said. “The men were beaten in the vans and held for two days without water,” a Karvan Miners "
    "spokesman said."
)


def test_publisher_spokesperson_speaks_for_the_publisher(nlp: Language) -> None:
    doc = extract_one(nlp, _MINERS, publisher="Karvan Miners Union")
    assert speaker_quoting(doc, "beaten in the vans") == "Karvan Miners Union"


def test_spokesperson_of_no_known_body_stays_as_written(nlp: Language) -> None:
    doc = extract_one(nlp, _MINERS, publisher="Daily Ledger")
    assert speaker_quoting(doc, "beaten in the vans") == "a Karvan Miners spokesman"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a lower-case kind of body: the spokesperson as written
        (
            "The Kestrel Justice Foundation said 12 activists had been held without charge in Dorvan "
            "since March. “Every one of those arrests followed the procedure set out in law,” a "
            "government spokesman said.",
            "Every one of those arrests",
            "a government spokesman",
        ),
        # the spokesperson named in apposition speaks
        (
            "The Kestrel Justice Foundation said 12 activists had been held without charge in Dorvan "
            "since March. “Each of them was taken at night and none has seen a lawyer,” a Kestrel "
            "spokeswoman, Mira Olsen, told reporters.",
            "Each of them was taken",
            "Mira Olsen",
        ),
    ],
)
def test_other_spokespeople_kept(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker
