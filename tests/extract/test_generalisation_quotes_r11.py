"""Quote speakers, round 11: sentences written for these tests (names and wording invented).

Classes:
- "X was quoted by <outlet> as saying": X speaks; the outlet only carried the words (an active
  "<outlet> quoted X as saying" already gave X).
- "the head of the provincial judiciary", no holder named: an office told by its head noun and
  the body it belongs to is recorded as written.
- "the father of X" speaks, not X; "the mother of X, Y," names the relative who speaks (Y).
"""

from __future__ import annotations

import pytest
from extraction_helpers import speaker_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Border guards shot dead two porters near Piranshahr. The district governor, Karim Hosseini, "
            "was quoted by the Tasnim news agency as saying that the guards had “acted in line with the "
            "law on the use of weapons”.",
            "acted in line with the law",
            "Karim Hosseini",
        ),
        (
            "A detainee died in custody in Lorestan. The head of the provincial judiciary was quoted by "
            "the IRNA news agency as saying that the prisoner “had a long record of mental illness.”",
            "had a long record of mental illness",
            "head of the provincial judiciary",
        ),
    ],
)
def test_passive_quoted_by_outlet(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert (speaker_of(nlp, text, words) or "").removeprefix("The ") == speaker


def test_active_outlet_quoting_keeps_the_quoted_one(nlp: Language) -> None:
    # near miss: the outlet is the subject and quotes someone named
    text = (
        "Border guards shot dead two porters near Piranshahr. The Tasnim news agency quoted the district "
        "governor, Karim Hosseini, as saying that the guards had “acted in line with the law on the use "
        "of weapons”."
    )
    assert speaker_of(nlp, text, "acted in line with the law") == "Karim Hosseini"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Two men died in police custody in Khulna last month. “They took my boy from the market and "
            "returned a body,” said the mother of Rafiqul Islam, a 30-year-old tailor.",
            "They took my boy",
            "the mother of Rafiqul Islam",
        ),
        (
            "Two men died in police custody in Khulna last month. “They took my boy from the market and "
            "returned a body,” said the mother of Rafiqul Islam, Amina Begum.",
            "They took my boy",
            "Amina Begum",
        ),
    ],
)
def test_relative_of_a_named_person_speaks(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_indefinite_relative_unchanged(nlp: Language) -> None:
    # near miss: "a cousin of X" was already recorded as written
    text = (
        "Two men died in police custody in Khulna last month. “They took my boy from the market and "
        "returned a body,” said a cousin of Rafiqul Islam."
    )
    assert speaker_of(nlp, text, "They took my boy") == "a cousin of Rafiqul Islam"
