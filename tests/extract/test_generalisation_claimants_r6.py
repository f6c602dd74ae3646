"""Who claims or confirms an incident (round 6): the relative a "whose" clause names, a group of
experts, "the office" of a news story about an office, a spokesperson who raises a case, a
report clause on a noun that tells no incident, a country's office, a source that tells again
what happened to someone told of before; and look-alikes that must keep their source. Texts
written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import claimant_names, first_incident
from spacy.language import Language

from tallybook.model import Stance

_by = partial(claimant_names, drop_the=True)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Among those hanged was Dara Vellik, a 40-year-old baker from the town of Omo Kessa, whose "
            "family said he had been beaten by interrogators for weeks.",
            "torture",
            "Dara Vellik's family",
        ),
        (
            "Police arrested Ilka Rosen, a printer, in Osk on 3 May. Ilka Rosen, whose lawyer said she "
            "was beaten in custody, was released a week later.",
            "torture",
            "Ilka Rosen's lawyer",
        ),
    ],
)
def test_the_relative_a_whose_clause_names(nlp: Language, text: str, kind: str, expected: str) -> None:
    inc = first_incident(nlp, text, kind)
    assert _by(inc, Stance.ASSERTS) == [expected]


def test_a_relative_of_no_named_person_keeps_the_phrase(nlp: Language) -> None:
    text = "A teacher, whose family said he was beaten by police in Osk in May, was later released."
    inc = first_incident(nlp, text, "torture")
    assert "Dara Vellik's family" not in _by(inc, Stance.ASSERTS)


_EXPERTS = (
    "\n\nThe experts: Ms. Mara Quell, Special Rapporteur on extrajudicial executions; Mr. Oren Vask, "
    "Special Rapporteur on torture."
)


@pytest.mark.parametrize("group", ["A group of United Nations human rights experts", "A panel of UN experts"])
def test_a_group_of_experts_is_the_experts(nlp: Language, group: str) -> None:
    told = "today condemned the execution of at least 12 prisoners in Veldia earlier this week."
    text = f"{group} {told}{_EXPERTS}"
    inc = first_incident(nlp, text, "execution", publisher="UN News")
    assert sorted(_by(inc, Stance.ASSERTS)) == ["Mara Quell", "Oren Vask"]


_OFFICE_STORY = (
    "At least 210 people have been killed in Veldia since March, the United Nations human rights "
    "office said on Friday. "
)


@pytest.mark.parametrize(
    ("telling", "expected"),
    [
        (
            "The office further received reports that detainees were beaten with cables by police at a "
            "station in Osk in May.",
            "Office of the United Nations High Commissioner for Human Rights",
        ),
        # "our office" is still the publisher
        (
            "Our office received reports that detainees were beaten with cables by police in Osk in May.",
            "publisher",
        ),
    ],
)
def test_the_office_of_a_news_story_is_the_office_it_named(
    nlp: Language, telling: str, expected: str
) -> None:
    inc = first_incident(nlp, _OFFICE_STORY + telling, "torture", publisher="UN News")
    assert _by(inc, Stance.ASSERTS) == [expected]


_SPOKESPEOPLE = (
    "Colonel Bram Otter, a spokesperson for the army, told state media that no civilians had been harmed. "
    "UN spokesperson Lena Farr-Moss said the raid fitted a wider pattern. "
)


@pytest.mark.parametrize("verb", ["raised the case", "highlighted the case"])
def test_a_spokesperson_who_raises_a_case(nlp: Language, verb: str) -> None:
    text = (
        _SPOKESPEOPLE + f"The spokesperson also {verb} of Mira Dolan, a 50-year-old teacher, who was taken "
        "away by soldiers from her home in Osk on 28 May."
    )
    inc = first_incident(nlp, text, "enforced_disappearance", publisher="UN News")
    assert _by(inc, Stance.ASSERTS) == ["Lena Farr-Moss"]


def test_raised_in_a_town_is_no_report(nlp: Language) -> None:
    text = "Mira Dolan, who was born and raised in Osk, was arrested by police on 28 May, her brother said."
    inc = first_incident(nlp, text, "arrest")
    assert _by(inc, Stance.ASSERTS) == ["Mira Dolan's brother"]


@pytest.mark.parametrize(
    ("text", "kind", "body", "is_source"),
    [
        (
            "Soldiers shot dead three villagers on Wednesday when residents tried to stop the demarcation "
            "of land claimed by a game reserve, police said.",
            "killing",
            "A game reserve",
            False,
        ),
        (
            "The execution of 12 men in Osk, announced by the Veldian News Agency on Sunday, drew protests.",
            "execution",
            "Veldian News Agency",
            True,
        ),
    ],
)
def test_a_body_that_announces_the_event_is_its_source(
    nlp: Language, text: str, kind: str, body: str, is_source: bool
) -> None:
    """A report clause on the incident's noun names its source; on land or a thing, no source."""
    inc = first_incident(nlp, text, kind)
    assert (body in _by(inc, Stance.ASSERTS)) is is_source


def test_a_countrys_office_is_named_after_the_country(nlp: Language) -> None:
    text = (
        "Four men were hanged at Karaj prison on Tuesday, the group said. Iran's Prosecutor-General "
        "confirmed the executions."
    )
    inc = first_incident(nlp, text, "execution")
    assert _by(inc, Stance.CONFIRMS) == ["Prosecutor-General of Iran"]


@pytest.mark.parametrize(
    ("telling", "confirmers"),
    [
        ("The Ministry of Interior announced that he had died of a sudden cardiac arrest.", 1),
        ("The prison service confirmed that he had died, citing heart failure.", 1),
        # a source that denies it happened does not confirm
        ("The Ministry of Interior announced that he had not died in custody.", 0),
    ],
)
def test_a_source_that_tells_again_what_happened_confirms(
    nlp: Language, telling: str, confirmers: int
) -> None:
    text = (
        f"Oren Falk, a prisoner at Osk prison, died in custody on Thursday after guards beat him. {telling}"
    )
    inc = first_incident(nlp, text, "death_in_custody")
    assert len(_by(inc, Stance.CONFIRMS)) == confirmers
