"""Quote speakers, round 17.

- An unnamed speaker introduced with "a"/"one" is recorded without the participle telling how the
  writer reached them: "A witness reached by telephone said" -> "A witness" (`speaker_descriptors`).
- "she said" after such a speaker's cue stands for that speaker, not for a person named earlier
  (`quote_pronouns.unnamed_fits`).
- A participle cue set off by a comma at the end of a reported clause belongs to the reporting
  verb's subject: "X denied that the army had ..., calling the reports “...”" (`quote_cues`).

Texts written for these tests.
"""

from __future__ import annotations

import pytest
from extraction_helpers import speaker_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A resident reached by telephone said: “They are dragging young men out of their houses "
            "and nobody tells us where they go.”",
            "They are dragging",
            "A resident",
        ),
        (
            "Police detained the activist Karim Nasser on Monday, his lawyer Omid Jafari said.\n"
            "A resident reached by telephone said soldiers had searched homes in the old quarter "
            "overnight. “They are dragging young men out of their houses and nobody tells us where "
            "they go,” she said, asking not to be named.",
            "They are dragging",
            "A resident",
        ),
        (
            "“We buried four of them,” said Omid Jafari, a lawyer. A witness reached by phone said the "
            "soldiers came at night. “They took my son and his friend from the street,” she said.",
            "They took my son",
            "A witness",
        ),
    ],
)
def test_an_unnamed_speaker_reached_by_phone(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_a_named_speaker_before_a_pronoun_keeps_it(nlp: Language) -> None:
    text = (
        "A witness reached by phone said the soldiers came at night. His lawyer, Omid Jafari, spoke "
        "to reporters on Tuesday. “They took my client from the street without a warrant,” he said."
    )
    assert speaker_of(nlp, text, "They took my client") == "Omid Jafari"


def test_a_participle_after_a_reported_clause(nlp: Language) -> None:
    text = (
        "A government spokesperson, Abebe Tadesse, denied that the army had carried out any raid in "
        "the area, calling the reports “lies spread by enemies of the state.”"
    )
    assert speaker_of(nlp, text, "lies spread") == "Abebe Tadesse"


def test_adding_after_a_reported_clause(nlp: Language) -> None:
    text = (
        "The minister said police had arrested the suspects, adding that “the investigation will "
        "continue until everyone is caught.”"
    )
    assert speaker_of(nlp, text, "the investigation") == "The minister"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a participle of the main clause
        (
            "The minister spoke to reporters on Monday, adding that “the investigation will continue "
            "until everyone is caught.”",
            "the investigation",
            "The minister",
        ),
    ],
)
def test_participles_that_keep_their_subject(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker
