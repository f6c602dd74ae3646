"""Shared helpers that replaced near-twin code (round 17, code review). `dated_dependent`: a
dependent that sets a date on its head ("on Friday", "last week"), the one test for "is this
verb dated" that the inquiry, factuality and teller-modifier rules share. `asserting_teller`: the
subject of a reporting verb that asserts, the test the carried, lead and report-issuer sources
share. `kin_words`: one core kin lexicon each module extends, and `kin_pattern` writing a set into
a pattern; the relatives a seizure "took ... from their house" names are that core plus a few, so
"took her sister" counts as "took her brother" did. `persons_place`: whether a "location" or
"whereabouts" is a person's, shared by the withheld-whereabouts and refused-whereabouts rules: a
refusal to disclose "the location of the detainees" now keeps their place secret as "his location"
does (not "the location of the weapons", nor "the factory's location"). Texts written for these
tests."""

from __future__ import annotations

import re

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language
from spacy.tokens import Token

from tallybook.extract.attribution.claim_verbs import asserting_teller
from tallybook.extract.entities.kin_words import KIN_PLURALS, NEAR_KIN, kin_pattern
from tallybook.extract.timing.date_phrases import dated_dependent

ARREST = "Police detained the blogger Sami Nour and six other students in Sfax on 3 March."


def _word(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb", "dated"),
    [
        ("The guards who were arrested on Friday were freed.", "arrested", True),
        ("The guards who were arrested last week were freed.", "arrested", True),
        ("The guards who were arrested in the square were freed.", "arrested", False),
        ("The guards who were arrested by the army were freed.", "arrested", False),
    ],
)
def test_a_date_set_on_a_verb(nlp: Language, text: str, verb: str, dated: bool) -> None:
    assert any(dated_dependent(c) for c in _word(nlp, text, verb).children) is dated


@pytest.mark.parametrize(
    ("text", "verb", "teller"),
    [
        ("Relatives said the farmers were beaten in custody.", "said", "Relatives"),
        ("The Marsh Rights Network reported that nine farmers were beaten.", "reported", "Network"),
        ("The ministry denied that the farmers were beaten.", "denied", None),
    ],
)
def test_an_asserting_teller(nlp: Language, text: str, verb: str, teller: str | None) -> None:
    found = asserting_teller(_word(nlp, text, verb))
    assert (found.text if found is not None else None) == teller


def test_a_pronoun_teller_is_left_to_callers_that_exclude_it(nlp: Language) -> None:
    verb = _word(nlp, "She said the farmers were beaten in custody.", "said")
    found = asserting_teller(verb)
    assert found is not None and found.text == "She"
    assert asserting_teller(verb, frozenset({"she"})) is None


def test_the_kin_lexicon_and_its_pattern() -> None:
    assert {"mother", "son", "wife"} <= NEAR_KIN and "sons" in KIN_PLURALS
    group = kin_pattern(NEAR_KIN | KIN_PLURALS)
    assert re.fullmatch(group, "sons") and re.fullmatch(group, "son")
    assert re.match(rf"{group}\b", "sons said").group(0) == "sons"  # the longer word first
    assert not re.fullmatch(group, "sonsx")


@pytest.mark.parametrize(
    "refusal",
    [
        "For weeks the army refused to disclose the location of the detainees.",
        "For weeks the army refused to reveal the location of the three men.",
    ],
)
def test_a_refused_place_of_the_people_held(nlp: Language, refusal: str) -> None:
    assert "enforced_disappearance" in extracted_types(nlp, f"{ARREST} {refusal}")


@pytest.mark.parametrize(
    "refusal",
    [
        "For weeks the army refused to disclose the location of the weapons.",
        "For weeks the company refused to disclose the factory's location.",
        "For weeks the army refused to confirm the location of the depot.",
    ],
)
def test_no_refused_place_of_a_thing(nlp: Language, refusal: str) -> None:
    assert "enforced_disappearance" not in extracted_types(nlp, f"{ARREST} {refusal}")


# The relatives a seizure "took ... from their house" names are the core kin lexicon's: a sister
# as a brother (the old list had "brother" but not "sister"); a thing taken is no seizure.
@pytest.mark.parametrize(
    ("taken", "kinds"),
    [
        ("her sister", ["enforced_disappearance"]),
        ("her brother", ["enforced_disappearance"]),
        ("her laptop", []),
    ],
)
def test_kin_taken_from_home_by_unnamed_agents(nlp: Language, taken: str, kinds: list[str]) -> None:
    text = (
        "Plain-clothes agents who said they served the state security office took "
        f"{taken} from their house in Tarvan on Sunday, her cousin said."
    )
    assert extracted_types(nlp, text) == kinds
