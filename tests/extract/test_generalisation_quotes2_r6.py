"""Quotes and their speakers (round 6, second pass): "he said" after a sentence whose subject is a
relative ("His brother, who ..., told X"), indefinite descriptors with modifiers after the head
noun ("a farmer who took part in the protest", "a source close to his family"), "quoted X as
saying" (X speaks, not the outlet), a body's part speaking for a body the text tells of ("the
military's information team") and charges listed after "offences, including". Texts written
for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import quote_pairs, speaker_of
from spacy.language import Language


# -- "he said" after a relative was the subject -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Piotr Nowak, a 41-year-old teacher, died in a police cell in Lublin on Friday. "
            "Police said Nowak had collapsed. "
            "His brother, who identified the body at the morgue, told reporters that it was covered in "
            "bruises. “My brother never had a weak heart. They beat him to death,” he said.",
            "My brother never",
            "Piotr Nowak's brother",
        ),
        (
            "Amira Haddad was detained at a checkpoint outside Homs in March. The authorities said Haddad "
            "was held for questioning. Her mother, who last saw her in April, told the commission that she "
            "had lost a lot of weight. “They let me see my daughter for five minutes through glass,” "
            "she said.",
            "They let me see",
            "Amira Haddad's mother",
        ),
    ],
)
def test_pronoun_after_a_relative_subject_is_the_relative(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_pronoun_keeps_the_named_speaker_when_no_relative_spoke(nlp: Language) -> None:
    text = (
        "Piotr Nowak, a lawyer in Lublin, was detained on Friday. Police searched his office for three "
        "hours. “They took every file I had on the case and gave no reason,” he said."
    )
    assert speaker_of(nlp, text, "They took every file") == "Piotr Nowak"


def test_relative_of_the_other_sex_is_no_he(nlp: Language) -> None:
    text = (
        "Piotr Nowak, a lawyer in Lublin, was detained on Friday. His wife, who was at home, told "
        "reporters that police had searched the flat. “I was never charged with anything and I never "
        "will be,” he said after his release."
    )
    assert speaker_of(nlp, text, "I was never charged") == "Piotr Nowak"


# -- indefinite descriptors with modifiers after the head noun -------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Police dispersed the sit-in at the Karun dam on Tuesday.\n\n"
            "“We came to ask for the water that was promised to our villages, and they beat us with batons,” "
            "a fisherman who joined the sit-in told local reporters.",
            "We came to ask",
            "a fisherman who joined the sit-in",
        ),
        (
            "Lucas Ferreira, 29, was shot dead by police in Recife on 4 May. "
            "A friend of his family told the newspaper: “He was coming home from work with his lunch box in "
            "his hand.”",
            "He was coming home",
            "A friend of Lucas Ferreira's family",
        ),
        (
            "Police dispersed the sit-in at the Karun dam on Tuesday. "
            "“We came to ask for the water that was promised to us,” said a relative who asked not to be "
            "named for fear of reprisals.",
            "We came to ask",
            "a relative",
        ),
    ],
)
def test_indefinite_descriptor_with_its_modifiers(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_descriptor_whose_head_is_no_speaker_gives_no_quote(nlp: Language) -> None:
    text = (
        "Police dispersed the sit-in at the Karun dam on Tuesday.\n\n"
        "“We came to ask for the water that was promised to our villages, and they beat us with batons,” "
        "a banner hanging on the wall of the dam in the morning read."
    )
    assert [said for _, said in quote_pairs(nlp, text) if said.startswith("We came")] == []


# -- "quoted X as saying": X speaks -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Marek Lis died in custody in Brest on 2 March. The state news agency BelTA quoted a prison "
            "official in the Brest region as saying that Lis had “suffered a stroke in his cell during the "
            "night” and had received care.",
            "a prison official in the Brest region",
        ),
        (
            "Marek Lis died in custody in Brest on 2 March. The Minsk Herald cited Deputy Minister Oleg "
            "Dranko as saying that Lis had “suffered a stroke in his cell during the night” and had received "
            "care.",
            "Oleg Dranko",
        ),
    ],
)
def test_the_person_quoted_as_saying_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "suffered a stroke") == speaker


def test_outlet_speaks_when_it_quotes_no_one(nlp: Language) -> None:
    text = (
        "Marek Lis died in custody in Brest on 2 March. The state news agency BelTA reported that Lis had "
        "“suffered a stroke in his cell during the night” and had received care."
    )
    assert speaker_of(nlp, text, "suffered a stroke") != "a prison official"


# -- a body's part speaks for the body the text tells of -------------------------------------------
def test_part_of_a_body_the_text_tells_of_speaks_as_the_body(nlp: Language) -> None:
    text = (
        "Rights groups urged the Kalmar junta's allies to act after the army bombed a market in Teso. "
        "Witnesses said the army had given no warning. The army's press office said the aircraft had hit "
        "“a depot used by armed terrorist groups in the area” and denied killing civilians."
    )
    assert speaker_of(nlp, text, "a depot used") == "army"


def test_part_of_a_body_named_only_as_owner_stays_as_written(nlp: Language) -> None:
    text = (
        "Two fishing boats sank off the coast on Sunday. The navy's press office said the boats had "
        "“ignored repeated warnings to stop and turn back to port.”"
    )
    assert speaker_of(nlp, text, "ignored repeated") == "The navy's press office"


# -- charges listed after the word for them ----------------------------------------------------------
def test_charges_listed_after_offences_are_no_speech(nlp: Language) -> None:
    text = (
        "The agency said the men were hanged in Qassim after being convicted of drug-related offences, "
        "including “smuggling hashish across the border into the kingdom.” It gave no further details."
    )
    assert quote_pairs(nlp, text) == []


def test_words_after_including_that_are_no_charges_stay(nlp: Language) -> None:
    text = (
        "Prosecutors dropped the charges against Jorge Ruiz on Monday. His lawyer, Maria Lopez, welcomed the "
        "decision on the charges, including her view that “the case should never have reached a courtroom "
        "at all,” she said."
    )
    assert quote_pairs(nlp, text) == [
        ("Maria Lopez", "the case should never have reached a courtroom at all,")
    ]
