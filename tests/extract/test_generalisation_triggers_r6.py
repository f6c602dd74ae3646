"""Round 6: vanishings and seizures told without the usual words. A family kept from where a person
is held, a person not heard from since, a person forced into a vehicle by unnamed men (a
disappearance), bodies taken away by troops (confiscated: "other"). Each class has look-alikes that
must not change: a lawyer told where a client is held, a prison "where he was held", goods kept
somewhere, a ministry not heard from, officers putting a man in a police van (an arrest), relatives
carrying their dead away. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import pipeline_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "vanishes"),
    [
        # the place of detention withheld from the family
        ("For three weeks her parents were given no information about where she was being held.", True),
        ("Officials refused to tell the families where the eleven students were being kept.", True),
        ("His wife was not told where he had been taken after the raid on their flat in Velka.", True),
        ("Police would not tell relatives where the two brothers were held after the raid.", True),
        ("The guard told his lawyer where he was held, and she visited him the next day.", False),
        ("The prison where he was held was closed by the ministry in 2019.", False),
        ("The firm refused to tell reporters where the documents were kept.", False),
        ("Reporters asked the spokesman where the summit would be held.", False),
        ("Police arrested two priests on Tuesday. Police did not say where they were being held.", False),
        # a person not heard from since
        ("Tomas Ferreira, a union organiser, has not been heard from since soldiers stopped his bus.", True),
        ("The union said it had not heard from the labour ministry since the strike began.", False),
        # forced into a vehicle by unnamed men
        ("Witnesses said masked men forced her into a white van outside the newspaper office.", True),
        ("The reporter was shoved into an unmarked car by men in police uniforms on 4 March.", True),
        ("Ana Lopes was last seen being pushed into a grey jeep near the market on 9 May.", True),
    ],
)
def test_a_vanishing_told_without_the_word(nlp: Language, text: str, vanishes: bool) -> None:
    assert ("enforced_disappearance" in pipeline_types(nlp, text)) is vanishes


def test_officers_putting_a_man_in_a_police_van_arrest_him(nlp: Language) -> None:
    text = "He was dragged into a police van by officers and driven to the central station."
    types = pipeline_types(nlp, text)
    assert "arrest" in types
    assert "enforced_disappearance" not in types


def test_forcing_a_way_into_a_car_park_is_no_seizure(nlp: Language) -> None:
    assert pipeline_types(nlp, "The driver forced his way into the car park before dawn.") == []


# -- bodies taken away ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "confiscated"),
    [
        ("Troops then stormed the clinic and took away the bodies of four of the wounded men.", True),
        ("Soldiers carried off the bodies of the three herders, which were never returned.", True),
        ("Relatives carried away the bodies of the two fishermen for burial the next morning.", False),
    ],
)
def test_bodies_taken_away_by_troops_are_confiscated(nlp: Language, text: str, confiscated: bool) -> None:
    assert ("other" in pipeline_types(nlp, text)) is confiscated
