"""Round 19 quotes and speakers, from breadth probes. A plural speaker noun in "-ies" is the
plural of a speaker noun ("“...,” the families said" -> the families speak, as "the relatives
said" does). A one-word name with an indefinite apposition after it speaks at the cue that
follows ("“...,” Hamza, a farmer from the valley, told us"), as one with an age does; a kind
of speaker written with a capital ("Police, a unit of ..., said") is still no name. A pronoun
that is a verb's object ("As one protester, X, put it: “...”") names no speaker, so the name
before it speaks; a subject pronoun ("he said:") still stands for the speaker so far. Texts
written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import quote_pairs, speaker_of
from spacy.language import Language

_ARREST = " Police arrested nine students in the capital on 4 May."

# --- plurals in "-ies" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“We still do not know which prison holds our sons,” the families said in a joint letter." + _ARREST,
        "The families met the governor twice. “Nobody from the court has told us anything at all,” the "
        "families said afterwards." + _ARREST,
    ],
)
def test_families_speak(nlp: Language, text: str) -> None:
    assert "families" in (speaker_of(nlp, text, "We still do" if "We still" in text else "Nobody from") or "")


def test_singular_heads_unchanged(nlp: Language) -> None:
    text = "“We were not allowed to bring him any food or medicine,” the relatives said." + _ARREST
    assert speaker_of(nlp, text, "We were not allowed") == "relatives"


# --- a lone name with an indefinite apposition --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“They tied my hands behind my back and left me there all night,” Yaseen, a baker from "
            "the old quarter, told the monitors." + _ARREST,
            "They tied my hands",
            "Yaseen",
        ),
        (
            "“The soldiers took every phone in the house before they left,” Marisol, a 40-year-old "
            "seamstress, said." + _ARREST,
            "The soldiers took every",
            "Marisol",
        ),
    ],
)
def test_lone_name_with_apposition_speaks(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_capitalised_kind_with_apposition_is_no_name(nlp: Language) -> None:
    text = (
        "“The crowd was dispersed without any injuries being caused,” Police, a unit of the state, "
        "said." + _ARREST
    )
    assert all(who != "Police" for who, _ in quote_pairs(nlp, text))


# --- an object pronoun before the colon -----------------------------------------------------------


def test_object_pronoun_is_no_speaker(nlp: Language) -> None:
    text = (
        "As one nurse, Adaeze Okoro, put it: “We treated gunshot wounds for three days without "
        "any rest.”" + _ARREST
    )
    assert speaker_of(nlp, text, "We treated gunshot") == "Adaeze Okoro"


def test_subject_pronoun_still_carries(nlp: Language) -> None:
    text = (
        "Bogdan Lis was freed on Friday after a year in jail. Later that day he told a crowd: "
        "“I was never shown the evidence against me.”" + _ARREST
    )
    assert speaker_of(nlp, text, "I was never shown") == "Bogdan Lis"
