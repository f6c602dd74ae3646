"""Round 11 trigger classes: an arrest told with a disappearance cue in its own sentence is one
enforced disappearance, not an arrest -- the family cannot locate the person, the authorities do
not acknowledge the detention, the whereabouts are concealed or kept from the family, or the
person is one of "those missing". A cue in the next sentence, a release or a family visit leaves
the arrest an arrest."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Among them is Karim Haddad, a teacher who was arrested in Tripoli on 4 March and whose "
        "family has been unable to locate him.",
        "Police detained the blogger Omar Said in Tunis on 9 April; his relatives could not locate "
        "him for weeks.",
        "Rights monitors said that at least 20 people arrested by soldiers in the north since "
        "February had not been located.",
        "Police officers detained lawyer Amal Nour in Cairo on 5 April; the authorities did not "
        "acknowledge her detention.",
        "Activists said the whereabouts of Samir Aziz, a poet arrested in Aden in late March, were "
        "concealed from his family for a month.",
        "The group documented 40 cases in which police arrested people without informing their "
        "families of their whereabouts.",
        "Leila Karimi, 45, a nurse, was detained at the airport on 3 March this year and has not "
        "been heard from since.",
        "Among those missing is Daniel Okello, a 30-year-old trader, who was bundled into a van "
        "outside his shop in Gulu on 2 May, his brother said.",
    ],
)
def test_arrest_with_disappearance_cue_is_one_disappearance(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == ["enforced_disappearance"]


@pytest.mark.parametrize(
    "text",
    [
        # negatives: no cue, or the family found him
        "Police arrested the student Omar Salah in Giza on 3 March and released him two days later.",
        "Police arrested the student Omar Salah in Giza on 3 March; his family was able to visit him "
        "the next day.",
        "Police arrested the student Omar Salah in Giza on 3 March; his family located him in a "
        "police station the next day.",
        # the cue is about a part of the group: the arrest of the whole group stays an arrest
        "Police arrested 30 villagers in Tala on 3 March; some of them could not be located by "
        "their families.",
    ],
)
def test_arrest_without_cue_stays_arrest(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == ["arrest"]


def test_cue_in_next_sentence_is_its_own_incident(nlp: Language) -> None:
    text = (
        "Soldiers arrested the farmer Ali Musa in Kano on 2 March. The army has denied holding him, "
        "and his wife has had no news of him since."
    )
    assert sorted(extracted_types(nlp, text)) == ["arrest", "enforced_disappearance"]
