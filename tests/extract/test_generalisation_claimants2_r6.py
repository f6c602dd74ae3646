"""Who claims an incident (round 6, second pass): a speaker who only reacts in quoted words to an
event a named source reported is no second claimant; a telling to a hearer ("told his family")
inside a source's statement is the source's; a named person's kin or an official beside another
source is a source of its own; a negated "could not verify" confirms nothing; and look-alikes
that must keep their source (a witness's own words, a telling in a sentence of its own, joined
descriptions). Texts written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import claimant_names, first_incident
from spacy.language import Language

from tallybook.model import Stance

_by = partial(claimant_names, drop_the=True)

_REPORTED = (
    "Saudi Arabia executed three men on Tuesday for drug smuggling, the state-run Saudi Press "
    "Agency reported. The agency said they were put to death in Tabuk. The Gulf Rights Monitor "
    "said the men had been denied visits. The group has long criticised the kingdom. "
)


@pytest.mark.parametrize(
    "reaction",
    [
        '"These three men were hanged after trials that mocked every standard of justice," said '
        "Lina Haddad, a researcher at the Gulf Rights Monitor.",
        '"The three were executed after a process that was a travesty from start to finish," '
        "Monitor director Lina Haddad said in a statement.",
    ],
)
def test_a_quoted_reaction_to_a_reported_event_adds_no_claimant(nlp: Language, reaction: str) -> None:
    inc = first_incident(nlp, _REPORTED + reaction, "execution")
    assert _by(inc, Stance.ASSERTS) == ["Saudi Press Agency"]


def test_a_witness_in_the_first_person_stays_a_claimant(nlp: Language) -> None:
    # a guard: the speaker tells what was done in front of her, not a reaction to the report
    text = (
        "Police shot dead two protesters in Kisumu on Friday, the Daily Nation reported. The paper "
        "said the protest had been peaceful. "
        '"These two men were shot dead in front of me while I watched," said Mary Atieno, a shopkeeper.'
    )
    inc = first_incident(nlp, text, "killing")
    assert "Mary Atieno" in _by(inc, Stance.ASSERTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kurdistan Rights Network said the two men had been denied lawyers and that Hosseini "
            "had told his family he had been beaten with cables during interrogation.",
            "Kurdistan Rights Network",
        ),
        (
            "Amnesty International said that Vela had told his lawyer guards whipped him with "
            "electric cables in the first week of his detention.",
            "Amnesty International",
        ),
    ],
)
def test_a_telling_to_a_hearer_inside_a_statement_is_the_source_s(
    nlp: Language, text: str, expected: str
) -> None:
    inc = first_incident(nlp, text, "torture")
    assert _by(inc, Stance.ASSERTS) == [expected]


def test_a_telling_to_a_hearer_in_its_own_sentence_is_the_teller_s(nlp: Language) -> None:
    # a guard: no source's statement holds the telling, so the teller asserts it
    text = (
        "Police arrested Dawit Bekele in Adama on 2 March. Bekele later told his lawyer that "
        "officers had beaten him with rifle butts during interrogation."
    )
    inc = first_incident(nlp, text, "torture")
    assert _by(inc, Stance.ASSERTS) == ["Dawit Bekele"]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("according to witnesses and his family.", ["witnesses", "Omar Haddad's family"]),
        ("according to neighbours and his family.", ["neighbours", "Omar Haddad's family"]),
    ],
)
def test_a_named_person_s_kin_beside_another_source_is_a_source_of_its_own(
    nlp: Language, tail: str, expected: list[str]
) -> None:
    text = "Soldiers shot dead Omar Haddad, 34, at a checkpoint near Jenin on Friday, " + tail
    inc = first_incident(nlp, text, "killing")
    assert sorted(n.lower() for n in _by(inc, Stance.ASSERTS)) == sorted(e.lower() for e in expected)


def test_an_official_beside_relatives_is_a_source_of_its_own(nlp: Language) -> None:
    text = (
        "Two fishermen were found shot dead near Tumaco on Sunday a day after marines detained "
        "them, relatives and a navy official said."
    )
    inc = first_incident(nlp, text, "killing")
    assert len(_by(inc, Stance.ASSERTS)) == 2


def test_joined_descriptions_stay_one_source(nlp: Language) -> None:
    # a guard: two descriptions with no particular party are one source, as the text words it
    text = (
        "Soldiers shot dead three herders near Garissa on Friday, according to relatives and local activists."
    )
    inc = first_incident(nlp, text, "killing")
    assert [n.lower() for n in _by(inc, Stance.ASSERTS)] == ["relatives and local activists"]


def test_could_not_verify_confirms_nothing(nlp: Language) -> None:
    text = (
        "The Baluch Activists Campaign said guards beat Karim Dehvari to death in Zahedan prison "
        "on Monday. Reuters could not independently verify the account."
    )
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.CONFIRMS) == []
