"""Quote speakers, round 12: sentences written for these tests (names and wording invented).

Classes:
- a definite title that speaks ("the agency head", "the group's director", "the Special
  Representative") stands for the one person a sentence beside it sets in that role ("The head of
  the X Agency, A B, ...", "A B, who heads ...", "A B has led the group since ...").
- "X, Executive Director of <Org> Y, said:" with the quotation in the next paragraph: X speaks,
  not the organisation named in X's apposition.
"""

from __future__ import annotations

import pytest
from extraction_helpers import speaker_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Three men were flogged in public in Kendari on Friday. The head of the provincial Morality "
            "Bureau, Hendra Wijaya, defended the sentences. “Flogging is meant to shame them in front of "
            "everyone,” the bureau head told journalists.",
            "Flogging is meant to shame",
            "Hendra Wijaya",
        ),
        (
            "Hundreds marched in Sylhet on Sunday to demand news of the missing. “These men were taken by "
            "the state and the state must bring them back,” the network's director said. Nadia Karim "
            "has led the network since 2019.",
            "These men were taken by the state",
            "Nadia Karim",
        ),
        (
            "The mission's annual report was launched in Bamako by Helga Lindqvist, who heads the "
            "mission. “Every violation we record is a promise that someone will one day answer for it,” "
            "the Special Representative said.",
            "Every violation we record",
            "Helga Lindqvist",
        ),
    ],
)
def test_definite_title_names_its_holder_beside_it(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_title_without_holder_beside_it_stays(nlp: Language) -> None:
    # near miss: the person named before is a victim, set in no role
    text = (
        "Omar Haddad died in custody in Tartus last week. “He took his own life in a moment of "
        "despair,” the provincial police chief told state television."
    )
    assert speaker_of(nlp, text, "He took his own life") != "Omar Haddad"


def test_named_researcher_before_a_colon_speaks(nlp: Language) -> None:
    text = (
        "Reacting to the public flogging of three students in Kano, who were each given 40 lashes after "
        "a court convicted them of drinking alcohol, Ruth Adeyemi, Deputy Director of Amnesty "
        "International Nigeria, said:\n\n"
        "“Whipping young people in front of a crowd is cruel and degrading and must stop at once.”"
    )
    assert speaker_of(nlp, text, "Whipping young people") == "Ruth Adeyemi"
