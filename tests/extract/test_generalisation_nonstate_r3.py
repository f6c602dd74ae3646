"""Round 3: acts done by non-state actors (gangs, factions, mobs, militants: not recorded) and
denials of a general practice in clause form ("denies that detainees are tortured"), beside the
state agents and the denials of one event that must stay."""

from __future__ import annotations

import pytest
from extraction_helpers import pipeline_types
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Members of a rival faction killed two activists in the town on 4 June.",
        "In July a local drug gang killed at least 11 people in the district.",
        "Four traders were shot dead by a criminal gang on the highway on Sunday.",
        "A cartel murdered five teenagers near the border in June.",
        "Men from a rival clan killed six herders on 9 May.",
        "Two drivers were murdered by a gang of smugglers on 3 April.",
    ],
)
def test_non_state_doers_are_not_recorded(nlp: Language, text: str) -> None:
    assert pipeline_types(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Soldiers shot dead seven villagers in the district on 2 June.", "killing"),
        ("A militia allied with the army killed eight farmers in the valley in May.", "killing"),
        ("Pro-government militias killed 13 protesters in the capital on Sunday.", "killing"),
        ("Members of a Kataib faction detained some thirty men from the village after a raid.", "arrest"),
        ("Five men were killed in the village on Tuesday.", "killing"),
        (
            "The reporter Omar Said was abducted by unidentified gunmen from his home on Monday.",
            "enforced_disappearance",
        ),
    ],
)
def test_state_agents_and_unnamed_abductors_stay(nlp: Language, text: str, kind: str) -> None:
    assert pipeline_types(nlp, text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The capital says its judges are impartial and denies that prisoners are tortured.",
        "The interior ministry rejects claims that detainees are tortured.",
        "The government dismissed allegations that inmates were beaten in its jails.",
        "Officials have repeatedly denied that reporters are arrested for their work.",
        "The ministry denied reports of torture in its detention centres.",
    ],
)
def test_denial_of_a_general_practice_is_no_incident(nlp: Language, text: str) -> None:
    assert pipeline_types(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The police denied that the three students were tortured in custody.", "torture"),
        ("The ministry denied that Karim Haddad was beaten.", "torture"),
        ("The army denied that its troops killed 9 civilians in the village.", "killing"),
        (
            "The government rejected accusations that soldiers killed protesters in the capital in March.",
            "killing",
        ),
    ],
)
def test_denial_of_one_event_keeps_the_incident(nlp: Language, text: str, kind: str) -> None:
    assert pipeline_types(nlp, text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The monitor recorded 40 killings by criminal gangs in the north in 2022.",
        "In May, men from a rival clan killed a girl in the village in a so-called honour killing.",
    ],
)
def test_nominal_acts_of_non_state_doers_are_not_recorded(nlp: Language, text: str) -> None:
    assert pipeline_types(nlp, text) == []


def test_a_passive_agent_tied_to_the_state_is_not_a_non_state_doer(nlp: Language) -> None:
    text = "At least 17 people were killed by pro-government armed groups during protests in the capital."
    assert pipeline_types(nlp, text) == ["killing"]
