"""Round 6: vanishings and seizures told without the usual words. A family kept from where a person
is held, a person not heard from since, a person forced into a vehicle by unnamed men (a
disappearance), bodies taken away by troops (confiscated: "other"). Each class has look-alikes that
must not change: a lawyer told where a client is held, a prison "where he was held", goods kept
somewhere, a ministry not heard from, officers putting a man in a police van (an arrest), relatives
carrying their dead away. Texts written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [i.type for i in nlp(text)._.tb_incidents]


# -- the place of detention withheld from the family ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "For three weeks her parents were given no information about where she was being held.",
        "Officials refused to tell the families where the eleven students were being kept.",
        "His wife was not told where he had been taken after the raid on their flat in Velka.",
        "Police would not tell relatives where the two brothers were held after the raid.",
    ],
)
def test_a_place_of_detention_withheld_is_a_disappearance(nlp: Language, text: str) -> None:
    assert "enforced_disappearance" in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The guard told his lawyer where he was held, and she visited him the next day.",
        "The prison where he was held was closed by the ministry in 2019.",
        "The firm refused to tell reporters where the documents were kept.",
        "Reporters asked the spokesman where the summit would be held.",
        "Police arrested two priests on Tuesday. Police did not say where they were being held.",
    ],
)
def test_a_place_told_or_a_thing_kept_is_no_disappearance(nlp: Language, text: str) -> None:
    assert "enforced_disappearance" not in _types(nlp, text)


# -- a person not heard from since --------------------------------------------------------------
def test_not_heard_from_since_is_a_disappearance(nlp: Language) -> None:
    text = "Tomas Ferreira, a union organiser, has not been heard from since soldiers stopped his bus."
    assert "enforced_disappearance" in _types(nlp, text)


def test_a_body_not_heard_from_is_no_disappearance(nlp: Language) -> None:
    text = "The union said it had not heard from the labour ministry since the strike began."
    assert "enforced_disappearance" not in _types(nlp, text)


# -- forced into a vehicle ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said masked men forced her into a white van outside the newspaper office.",
        "The reporter was shoved into an unmarked car by men in police uniforms on 4 March.",
        "Ana Lopes was last seen being pushed into a grey jeep near the market on 9 May.",
    ],
)
def test_a_person_forced_into_a_vehicle_by_unnamed_men_vanishes(nlp: Language, text: str) -> None:
    assert "enforced_disappearance" in _types(nlp, text)


def test_officers_putting_a_man_in_a_police_van_arrest_him(nlp: Language) -> None:
    text = "He was dragged into a police van by officers and driven to the central station."
    types = _types(nlp, text)
    assert "arrest" in types
    assert "enforced_disappearance" not in types


def test_forcing_a_way_into_a_car_park_is_no_seizure(nlp: Language) -> None:
    assert _types(nlp, "The driver forced his way into the car park before dawn.") == []


# -- bodies taken away ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Troops then stormed the clinic and took away the bodies of four of the wounded men.",
        "Soldiers carried off the bodies of the three herders, which were never returned.",
    ],
)
def test_bodies_taken_away_by_troops_are_confiscated(nlp: Language, text: str) -> None:
    assert "other" in _types(nlp, text)


def test_relatives_carrying_their_dead_away_is_no_violation(nlp: Language) -> None:
    text = "Relatives carried away the bodies of the two fishermen for burial the next morning."
    assert "other" not in _types(nlp, text)
