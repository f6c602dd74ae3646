"""Quotes and people, round 9: sentences written for these tests (names and wording invented).

Classes: a cue word that is a noun ("reports of X were “...”") cues nothing, so the verb before
it speaks; "claims" in the present cues speech; an office holder named only by the office ("the
energy minister") or as the unnamed head of a named body speaks as that office or body; a
speech printed over paragraphs, each opened and only the last closed; other spellings of the
Sunni cleric's titles are no part of a name.
"""

from __future__ import annotations

import pytest
from extraction_helpers import people_roles, quote_pairs
from spacy.language import Language


def _speaker(nlp: Language, text: str, words: str) -> str | None:
    found = [who for who, said in quote_pairs(nlp, text) if said.startswith(words)]
    assert found, f"no quote starting {words!r}"
    return found[-1]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a noun "reports" / "claims" between the cue verb and the marks
        (
            "Colonel Andris Velmont, a spokesman for the border guard, said on Tuesday that the "
            "patrol had stopped “a convoy of armed smugglers” and that nobody had been hurt, adding "
            "that reports of dead farmers were “invented by hostile bloggers abroad”.",
            "invented by hostile",
            "Andris Velmont",
        ),
        # "claims" in the present tense
        (
            "The army claims the shepherd “stepped on a mine that the rebels had laid” and denies "
            "any shooting.",
            "stepped on a mine",
            "army",
        ),
        # an office named without its holder
        (
            "In March the energy minister told the assembly that “no worker has ever been held "
            "without a warrant in this country.”",
            "no worker has ever",
            "energy minister",
        ),
        (
            "The provincial governor wrote online that officers had “restored calm after rioters "
            "set fire to two banks.”",
            "restored calm after",
            "provincial governor",
        ),
        # the unnamed head of a named body speaks for the body
        (
            "The head of Veloria's prison service said in a statement that the inmate's death was "
            "“the result of a long illness he had hidden from doctors” and that no guard was involved.",
            "the result of a long",
            "Veloria's prison service",
        ),
    ],
)
def test_speaker_class(nlp: Language, text: str, words: str, speaker: str) -> None:
    found = _speaker(nlp, text, words)
    assert found is not None
    assert found.lower().removeprefix("the ") == speaker.lower()


def test_speech_over_paragraphs_opened_mid_paragraph(nlp: Language) -> None:
    text = (
        "“The tribunal answers every strike with a rope,” said Ilona Varga, a member of the "
        "exile council. “They know the strikes go on, and they want to frighten a nation that no "
        "longer fears them.\n\n“The world must take this file to the Security Council.”\n\nOther "
        "groups made similar appeals."
    )
    pairs = quote_pairs(nlp, text)
    assert any(who == "Ilona Varga" and said.startswith("They know the strikes go on") for who, said in pairs)


@pytest.mark.parametrize("title", ["Mowlavi", "Mawlawi", "Moulvi"])
def test_cleric_title_spellings_are_no_part_of_the_name(nlp: Language, title: str) -> None:
    text = f"{title} Abdulsalam Dorani, a prayer leader, was shot dead outside the mosque on Friday."
    assert "Abdulsalam Dorani" in people_roles(nlp, text)


# -- negatives -----------------------------------------------------------------------------------
def test_head_of_an_unnamed_group_is_no_body(nlp: Language) -> None:
    text = (
        "The head of the family said in a statement that the boy had been “taken from the "
        "bakery by men in plain clothes who showed no papers.”"
    )
    assert _speaker(nlp, text, "taken from the bakery") != "the family"


def test_bare_office_is_not_another_minister_named_before(nlp: Language) -> None:
    text = (
        "Foreign Minister Radek Solan met envoys on Monday. The next day the interior minister "
        "told reporters that “every detainee has seen a lawyer within a day of arrest.”"
    )
    assert _speaker(nlp, text, "every detainee has seen") != "Radek Solan"


def test_noun_claims_before_a_verb_cue(nlp: Language) -> None:
    text = (
        "Tamsin Orey, the director of the Coastal Rights Desk, told journalists that claims of "
        "a fair hearing were “an insult to every family waiting outside the court”."
    )
    assert _speaker(nlp, text, "an insult to every") == "Tamsin Orey"


def test_verb_reports_still_cues(nlp: Language) -> None:
    text = "The Harbour Monitor reports that “at least nine boats were turned back by the coast guard.”"
    assert _speaker(nlp, text, "at least nine boats") == "Harbour Monitor"


def test_open_mark_without_a_following_opened_paragraph_is_stray(nlp: Language) -> None:
    text = (
        "“The hearing lasted ten minutes,” said Pol Ardent, a lawyer. “They read the verdict and "
        "left the room\n\nThe court did not respond to requests for comment."
    )
    assert not any(said.startswith("They read the verdict") for _, said in quote_pairs(nlp, text))
