"""Round 4 victim names: a pronoun of a second conjoined clause stands for the named person of the
first ("detained the blogger A and drove him away", "30 people, among them A, were taken, and
their whereabouts remain unknown"); a people's name describing a noun ("a 52-year-old Y
fisherman") is no victim's name. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, extract_one
from spacy.language import Language

_doc = partial(extract_one, publisher=LEDGER)


def _names(nlp: Language, text: str, kind: str) -> list[list[str]]:
    found = [i.victim_names for i in _doc(nlp, text).incidents if i.type == kind]
    assert found, f"no {kind} incident"
    return found


# --- a pronoun in the second of two conjoined clauses -------------------------------------------


def test_him_after_a_named_object_is_that_person(nlp: Language) -> None:
    text = (
        "Police arrested the activist Lena Markovic in the capital on 2 May. On Friday, plain-clothes "
        "officers grabbed the poet Tomas Vrell outside a bakery and bundled him into an unmarked car, "
        "his brother said."
    )
    names = _names(nlp, text, "arrest")
    assert ["Tomas Vrell"] in names  # not the person of the earlier arrest
    assert ["Lena Markovic"] in names


def test_their_whereabouts_after_an_aggregate_with_a_named_example(nlp: Language) -> None:
    text = (
        "In Oruma itself, at least 25 villagers, among them the schoolmaster, Dawit Haile Marran, 58, "
        "were taken from their houses that week, and their whereabouts remain unknown."
    )
    names = _names(nlp, text, "enforced_disappearance")
    assert any("Dawit Haile Marran" in n for n in names)


# --- names that are no victims ------------------------------------------------------------------


def test_a_peoples_name_before_a_noun_is_no_victim(nlp: Language) -> None:
    text = "A 52-year-old Tamil fisherman died in army custody on Monday, the navy said."
    for names in _names(nlp, text, "death_in_custody"):
        assert "Tamil" not in names


def test_the_named_person_stays_beside_a_peoples_name(nlp: Language) -> None:
    text = (
        "Navy sailors shot dead a 52-year-old Tamil fisherman, Ravi Selvam, off the coast on Monday, "
        "the navy said."
    )
    names = _names(nlp, text, "killing")
    assert any("Ravi Selvam" in n for n in names)
    assert all("Tamil" not in n for n in names)
