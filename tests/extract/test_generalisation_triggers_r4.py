"""Trigger recall and typing, fourth round: violations told by their outcome ("a raid left six
traders dead", "the body was pulled from a river"), by the force that acted ("died when soldiers
opened fire"), with the object inside the phrase ("put nine prisoners to death", "took forty of
them into custody"), sentences of death named by their form ("sentenced to qisas"), vanishings
told as a transfer to an unknown place, torture told by its acts ("slapped", "kept hooded",
"struck him with batons"), and a counted crowd picked up (an arrest, not a vanishing).

Each case pairs a report with a look-alike that must not give the same type. Texts written for
these tests, not taken from any evaluation set."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language

_types = partial(extracted_types, published="2024-06-10")


@pytest.mark.parametrize(
    ("text", "kind", "look_alike"),
    [
        # a sentence of death named by its form
        (
            "A revolutionary court sentenced the young woman to qisas for the murder of her landlord.",
            "death_sentence",
            "The court sentenced the young woman to community service in 2022.",
        ),
        (
            "The 19-year-old was condemned to be hanged in public for apostasy, his lawyer said.",
            "death_sentence",
            "The editor was condemned to pay a heavy fine in May.",
        ),
        # the object inside the phrase
        (
            "The army put nine prisoners to death in Juba on Friday, the state broadcaster said.",
            "execution",
            "The council put the proposal to a vote on Friday.",
        ),
        (
            "Gendarmes took more than forty of the striking miners into custody on Monday.",
            "arrest",
            "The ministry took the complaints into account on Monday.",
        ),
        (
            "Border guards seized the blogger at a bus station in Kassala on 3 May.",
            "arrest",
            "Customs officers seized 40 kilograms of heroin at the border on 3 May.",
        ),
        # a vanishing told as a transfer to an unknown place, or a seizure from a named kind of place
        (
            "In March, 14 of the detained teachers were transferred to an undisclosed location, and their "
            "relatives have received no information about them.",
            "enforced_disappearance",
            "The archive was moved to an undisclosed location in 2020.",
        ),
        (
            "Karim Dost, a 23-year-old union organiser, was taken from a roadside stall on 4 May.",
            "enforced_disappearance",
            "Water samples were taken from a fish market in Kassala on 3 May.",
        ),
        # deaths told by their outcome or by the force that acted
        (
            "A police raid on the market in Kassala left six traders dead on 4 May.",
            "killing",
            "The storm left twelve people dead in Kassala in May.",
        ),
        (
            "Officials reported 14 detainees dead after troops stormed the prison in Kassala on 3 May.",
            "killing",
            "Officials reported 14 people dead after the floods in May.",
        ),
        (
            "On 2 June, a street vendor died when soldiers opened fire on a queue outside a bakery.",
            "killing",
            "He died when his car hit a tree near Kassala in June.",
        ),
        (
            "A helicopter gunship fired on a wedding party in Wad Madani on 3 May. Villagers said 9 people "
            "died, three of them children.",
            "killing",
            "Nine people died in a bus crash near Wad Madani on 3 May.",
        ),
        (
            "The body of the missing journalist was pulled from a river near Kassala on 9 June, three days "
            "after men in uniform led him away from his office.",
            "killing",
            "The body of a fisherman was pulled from the lake after his boat capsized.",
        ),
        # torture told by its acts
        (
            "He said interrogators slapped him and kept him blindfolded for three days in a cell in May.",
            "torture",
            "The government slapped sanctions on the firm in May.",
        ),
        (
            "She said she was kept hooded for a week and threatened with rape while being interrogated.",
            "torture",
            "The officers were threatened with dismissal in May.",
        ),
        (
            "Guards made him stand for hours with his arms raised while they hit him with rifle butts, his "
            "lawyer said.",
            "torture",
            "The officers hit him with a lawsuit in May.",
        ),
    ],
)
def test_report_and_look_alike(nlp: Language, text: str, kind: str, look_alike: str) -> None:
    assert kind in _types(nlp, text)
    assert kind not in _types(nlp, look_alike)


def test_a_counted_crowd_picked_up_is_an_arrest(nlp: Language) -> None:
    assert _types(nlp, "About 25 students were picked up at roadblocks in the city on Friday.") == ["arrest"]
    named = (
        "On 3 May, plainclothes agents picked up the union leader Mara Velt at a market in Velmar; "
        "her whereabouts are unknown."
    )
    assert "enforced_disappearance" in _types(nlp, named)


def test_an_arrest_dated_and_placed_beside_an_age_is_an_event(nlp: Language) -> None:
    dated = "One of them was Ali Omar, who was 16 when police seized him at a roadblock near Kassala in 2015."
    assert "arrest" in _types(nlp, dated)
    text = (
        "RIYADH, May 2 (Reuters) - Saudi Arabia executed five men on Monday in Tabuk, the state news "
        "agency said, among them a man whom rights groups say was 16 when he was detained."
    )
    assert _types(nlp, text) == ["execution"]
