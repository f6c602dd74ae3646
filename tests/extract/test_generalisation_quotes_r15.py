"""Quotes and speakers, round 15: sentences written for these tests (names and wording invented).

Classes:
- "it" after a quotation stands for a body, never for the person quoted before.
- "The director of the X Service, A B, defended ...": the name set off by commas after a body
  the parser hangs it on is the sentence's subject, so a later "he said" stands for A B.
- a reference mark after the stop (".[4] The group said") ends the sentence: the next sentence's
  subject did not say the words before.
- "a source close to X's family" speaks as written, not X's family.
- a charge named after a court's verb with its object ("convicted him of “...”") or coordinated
  with a charge before it ("accused of smuggling or “...”") is no speech.
- "his wife was told that ... “...”": the hearer of a passive "told" did not say the words.
- "“A,” says his mother, X, 61. “B.”": the quotation opening the sentence after the cue carries
  on X's words (the sentence before it is no cue of its own).
"""

from __future__ import annotations

import pytest
from extraction_helpers import quote_pairs, quoted_words, speaker_of
from spacy.language import Language


def test_it_is_a_body_not_the_person_quoted_before(nlp: Language) -> None:
    text = (
        "Police in Nakuru detained 40 traders during a protest on Monday. “We will keep publishing every "
        "name they want us to forget,” said the Nakuru Traders Union's chairperson, Grace Wanjiru, at a "
        "rally in Nairobi.\n\n"
        "Kenya's Interior Ministry did not answer our questions. In the past it has dismissed such reports "
        "as “inventions spread by hired agitators”."
    )
    assert speaker_of(nlp, text, "inventions spread") != "Grace Wanjiru"


def test_it_still_stands_for_the_body_quoted_before(nlp: Language) -> None:
    # near miss: the body itself was quoted before; "it" carries on that body
    text = (
        "Police in Nakuru detained 40 traders during a protest on Monday. Kenya's Interior Ministry said "
        "the traders had “blocked the highway for several hours”. In the past it has dismissed such "
        "reports as “inventions spread by hired agitators”."
    )
    assert speaker_of(nlp, text, "blocked the highway") == speaker_of(nlp, text, "inventions spread")


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        ("The head of the Provincial Sharia Office, Ahmad Fauzi, defended the sentences.", "Ahmad Fauzi"),
        # near miss: the name is no apposition of the subject, so the director carries on
        ("The head of the Provincial Sharia Office met Ahmad Fauzi on Monday.", "Siti Rahma"),
    ],
)
def test_name_set_beside_a_body_after_of(nlp: Language, middle: str, speaker: str) -> None:
    text = (
        "Fourteen women were flogged in Banda Aceh on Friday. “Flogging in public is cruel and it is "
        "getting worse every year,” said LBH director Siti Rahma. She said her office had written to the "
        f"governor twice. {middle} “The bylaw applies to every resident of this province without "
        "exception,” he told reporters."
    )
    assert speaker_of(nlp, text, "The bylaw applies") == speaker


def test_reference_mark_ends_the_sentence_before(nlp: Language) -> None:
    text = (
        "Four men were hanged in Harbour City in May 2021.[2] The Office of the Attorney General "
        "described the hangings as “the lawful outcome of final court rulings”.[4] The Gulf Rights "
        "Observatory said that one of the men had been tortured into confessing.[5]"
    )
    assert speaker_of(nlp, text, "the lawful outcome") != "Gulf Rights Observatory"


def test_reference_mark_after_a_cue_keeps_the_speaker(nlp: Language) -> None:
    # near miss: the cue sits before the mark, in the quotation's own sentence
    text = (
        "Four men were hanged in Harbour City in May 2021.[2] “The hangings were the lawful outcome of "
        "final court rulings,” the Gulf Rights Observatory said.[4] The ministry did not comment.[5]"
    )
    assert speaker_of(nlp, text, "The hangings were") == "Gulf Rights Observatory"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "A source close to Reza Ahmadi’s family told the network:",
            "A source close to Reza Ahmadi’s family",
        ),
        # near miss: a relative named by the possessive speaks as that relative
        ("Reza Ahmadi's brother told the network:", "Reza Ahmadi's brother"),
    ],
)
def test_source_close_to_a_family(nlp: Language, opening: str, speaker: str) -> None:
    text = (
        "Reza Ahmadi, a 24-year-old student, was hanged in Tabriz on Friday. "
        f"{opening} “He called his sister on Thursday night and said he was being moved to solitary.”"
    )
    assert speaker_of(nlp, text, "He called his sister") == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Tran Minh Duc was held for five months without a lawyer. “He did nothing but write about land "
        "seizures,” his wife said. At the one-day trial, the provincial court convicted him of “spreading "
        "false information against the state” and sentenced him to six years.",
        "Dozens of women are held in secret prisons, some of them accused of smuggling or “collaborating "
        "with foreign enemies”, rights groups say.",
        "His wife was repeatedly told that the case was “a matter for the security services” and that she "
        "should stop asking.",
    ],
)
def test_charge_names_and_hearers_are_no_speech(nlp: Language, text: str) -> None:
    assert [w for w in quoted_words(nlp, text) if not w.startswith("He did nothing")] == []


def test_accusation_in_a_speakers_own_words_stays(nlp: Language) -> None:
    # near miss: "accused X of" with its object, inside what a speaker said, is that speaker's
    text = (
        "The Lakeside Rights Forum said the governor had accused the students of “plotting against "
        "the state from their dormitories”."
    )
    assert speaker_of(nlp, text, "plotting against") == "Lakeside Rights Forum"


def test_active_teller_still_speaks(nlp: Language) -> None:
    # near miss: an officer who tells the wife is the speaker
    text = (
        "Tran Minh Duc was arrested in March. A police officer, Captain Le Van Hoa, told his wife that "
        "the case was “a matter for the security services alone”."
    )
    assert speaker_of(nlp, text, "a matter for") == "Le Van Hoa"


def test_quotation_after_the_cue_sentence_carries_on(nlp: Language) -> None:
    text = (
        "The blankets are still folded on the bed in Cusco. “I have not been able to wash them,” says Rosa "
        "Quispe, whose neighbour Pedro Huamán told police he saw the patrol. “Every morning I think he "
        "will come back from the fields.”"
    )
    assert speaker_of(nlp, text, "Every morning") == "Rosa Quispe"


def test_quotation_mid_paragraph_does_not_carry_across_paragraphs(nlp: Language) -> None:
    # near miss: a later paragraph's quotation opening a sentence after narration is not the
    # earlier speaker's
    text = (
        "The boots are still by the door. “I cannot bring myself to move them,” says his mother, Rosa "
        "Quispe, 61.\n\nNeighbours said soldiers came at night. “They dragged him out and beat him in "
        "the yard before they drove away,” one neighbour recalled later."
    )
    pairs = dict((said, who) for who, said in quote_pairs(nlp, text))
    said = next(s for s in pairs if s.startswith("They dragged"))
    assert pairs[said] != "Rosa Quispe"


def test_quotation_after_a_new_speakers_sentence_is_theirs(nlp: Language) -> None:
    # near miss: the previous speaker was named before her quotation, and the sentence between
    # names someone new who speaks
    text = (
        "The blankets are still folded on the bed in Cusco. Rosa Quispe said: “I have not been able to "
        "wash them.” Her neighbour, Pedro Huamán, said he saw the patrol that night. “They came in three "
        "trucks and took him before dawn.”"
    )
    assert speaker_of(nlp, text, "They came in three") == "Pedro Huamán"
