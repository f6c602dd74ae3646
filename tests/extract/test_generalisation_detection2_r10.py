"""Round 10, incident detection (second pass): a person "picked up" by "RAB members" or "members of
the Rapid Action Battalion" (a named force: an arrest), "N persons died in such incidents" a
sentence or two after "unlawful killings" (a count of those killings), a person taken by men who
say which force they are whose fate the next sentence keeps from the family ("has had no news of
him since", "have not disclosed where he is held": a disappearance); and words that tell no
arrest: "killed after resisting arrest", "fled to avoid arrest", "arrested when they were under
18" (an age at arrest). Guards: members of a family, deaths in floods, an arrest dated by "when",
charges disclosed."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        # members of a named force took the person: an arrest
        (
            "Tarik Hossain, 29, was shot dead by the Rapid Action Battalion near Barisal on Sunday. "
            "His mother said RAB members had picked him up from a bus stand two days earlier.",
            "arrest",
        ),
        (
            "Neighbours said members of the Rapid Action Battalion picked her up outside the clinic "
            "in Sylhet on 9 June.",
            "arrest",
        ),
        # "such incidents" after a sentence or two about killings: a count of those killings
        (
            "There were many reports of unlawful killings by the police. Officers often described "
            "such deaths as shootouts with gang members. According to the rights group Sahaya, "
            "37 persons died in such incidents during the year.",
            "killing",
        ),
    ],
)
def test_told_events_are_found(nlp: Language, text: str, itype: str) -> None:
    assert itype in extracted_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        # an arrest resisted, evaded or fled is no arrest
        ("Police said 12 suspected smugglers were killed on Monday after resisting arrest.", "arrest"),
        ("The ministry said the two editors had fled abroad to evade arrest in March.", "arrest"),
        ("Police said the driver was shot after he escaped arrest at a checkpoint.", "arrest"),
        # an age at arrest, said of people whose incident is another one
        (
            "Four juvenile offenders, arrested when they were under 18, were hanged at Tabas prison "
            "on Monday.",
            "arrest",
        ),
        ("Those executed included 5 young men arrested when they were under 18.", "arrest"),
        # members of a family, not of a force
        ("Members of his family picked him up from the school gate at noon.", "arrest"),
        ("Members of his family picked him up from the school gate at noon.", "enforced_disappearance"),
        # deaths in "such" floods are no killings
        (
            "Heavy rains hit the northern valleys again. According to the agency, 12 people died "
            "in such floods last year.",
            "killing",
        ),
    ],
)
def test_look_alikes_are_not_found(nlp: Language, text: str, itype: str) -> None:
    assert itype not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Omar Feld when he was leaving the mosque on 3 May.",
        "Officers arrested the union leader Ivo Marek in Rivne on Friday after he resisted a search "
        "of his office.",
    ],
)
def test_arrests_told_with_the_same_words_stay(nlp: Language, text: str) -> None:
    assert "arrest" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Aziz Kamara, a teacher, was taken from his home in Makeni by men identifying themselves as "
        "members of the national intelligence service on 4 May. The authorities have not disclosed "
        "where he is held.",
        "Jon Pesh, a union organiser, was picked up outside a bakery in Tirana on 2 May by men who "
        "identified themselves as police officers. His wife has had no news of him since.",
    ],
)
def test_a_fate_kept_from_the_family_is_a_disappearance(nlp: Language, text: str) -> None:
    types = extracted_types(nlp, text)
    assert "enforced_disappearance" in types
    assert "arrest" not in types


def test_charges_disclosed_leave_an_arrest(nlp: Language) -> None:
    text = (
        "Jon Pesh, a union organiser, was picked up outside a bakery in Tirana on 2 May by men who "
        "identified themselves as police officers. Police disclosed the charges on Friday."
    )
    assert "arrest" in extracted_types(nlp, text)
