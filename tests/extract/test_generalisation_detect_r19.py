"""Round 19, incident detection and type from breadth probes: a state-tie word inside an armed
group's name ("Islamic State militants") does not make the doer a state agent, so their killings
and executions are non-state crimes (no incident); the "that"-clause of a report noun the sentence
itself calls false ("the rumours that protesters had been killed were baseless") asserts no event;
"lost his life under torture" is a death in custody, like "died under torture". Guards: state
bodies with "state" in them, reports called credible or confirmed, charges called false beside a
real arrest, and general talk of losing one's life."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The young man lost his life under torture at the hands of intelligence agents in Sanandaj.",
            "death_in_custody",
        ),
        (
            "Bahman Rostami, 29, lost his life under torture in Sanandaj, the Hengaw group said.",
            "death_in_custody",
        ),
    ],
)
def test_probe_constructions_are_found(nlp: Language, text: str, kind: str) -> None:
    assert kind in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a group's name holding a tie word
        "Islamic State militants executed 20 hostages in Raqqa.",
        "Islamic State fighters killed eleven shepherds near Palmyra on Monday.",
        # reports the sentence calls false
        "The minister said the rumours that protesters had been killed were baseless.",
        "Reports that two activists had been executed in Shiraz were untrue, the judiciary said.",
        "The official said the rumours that dozens of students had been arrested in Herat were lies.",
    ],
)
def test_probe_look_alikes_give_nothing(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # state bodies keep their tie
        ("State security officers killed two protesters in Aden on Friday.", "killing"),
        ("Officers of the State Security Service arrested Tolu Adeyemi at Lagos airport.", "arrest"),
        # reports called credible or confirmed, and reports not called false
        (
            "Reports that two activists had been executed in Shiraz were confirmed by the judiciary.",
            "execution",
        ),
        ("Reports that two activists had been executed in Shiraz were credible, the UN said.", "execution"),
        # a falsity word that qualifies the charges, not the arrest
        ("Police arrested Ali Karimi in Tabriz on Monday; his lawyer said the charges were false.", "arrest"),
    ],
)
def test_probe_neighbours_still_found(nlp: Language, text: str, kind: str) -> None:
    assert kind in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups said no one should lose their life under torture.",
        "Nobody should lose their life in a country that bans torture, the minister said.",
    ],
)
def test_probe_guards_give_nothing(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []
