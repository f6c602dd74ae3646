"""The speed-ups of round 5 change no answer: factored alternations match as the plain ones do,
and the cheap tests before end-anchored searches never reject what the search would find."""

from __future__ import annotations

import re

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from tallybook.extract.entities import person_context, person_names
from tallybook.extract.entities.lexicon import ROLE_NOUNS, alternation, title_alternation, title_patterns

_TEXTS = [
    "The Special Rapporteur on torture, Ms. Kestrel Vane, met the special envoy and the Chief Justice.",
    "A former prisoner, identified as Dara Moss, said the commissioner of police (CP) had lied.",
    "SPECIAL RAPPORTEUR ON FREEDOM Of expression; mr. Teodor Blaj, spokesman-in-chief, deputy head of.",
    "The minister’s spokesperson and the prime ministers of two states; director-general Ilse Brandt.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_factored_title_alternation_finds_the_same_matches(text: str) -> None:
    plain = re.compile(rf"\b({'|'.join(title_patterns())})s?\b", re.IGNORECASE)
    factored = re.compile(rf"\b({title_alternation()})s?\b", re.IGNORECASE)
    assert [m.span(1) for m in plain.finditer(text)] == [m.span(1) for m in factored.finditer(text)]
    low = text.lower()
    plain_cs = re.compile(rf"\b({'|'.join(title_patterns())})s?\b")
    factored_cs = re.compile(rf"\b({title_alternation(ignore_case=False)})s?\b")
    assert [m.span(1) for m in plain_cs.finditer(low)] == [m.span(1) for m in factored_cs.finditer(low)]


def test_alternation_keeps_the_order_of_alternatives_sharing_a_letter() -> None:
    # "ab" listed before "abc": the first alternative that fits wins, as in a plain alternation
    assert re.match(alternation(["ab", "abc", "b"]), "abc").group() == "ab"  # type: ignore[union-attr]
    assert re.match(alternation(["abc", "ab"]), "abc").group() == "abc"  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        alternation(["(a|b)"])


_BEFORES = [
    "was detained with the lawyer ",
    "was detained with the lawyer, ",
    "the 27-Year-Old ",
    "his Uncle  ",
    "Mr. ",
    "identified as ",
    "the lawyer said that ",
    "the lawyer",
    "a protester, whose ",
    "in the village of ",
    "a farmer from ",
    "on the edge of The ",
    "the leader of ",
    "Ärztin ",
]


@pytest.mark.parametrize("before", _BEFORES)
def test_cheap_tests_agree_with_the_searches(before: str) -> None:
    assert person_context.role_before(before) == bool(person_context._ROLE_BEFORE_RE.search(before))
    assert person_context.title_appos_before(before) == bool(
        person_context._TITLE_APPOS_BEFORE_RE.search(before)
    )
    assert person_names._place_before(before) == bool(person_names._PLACE_BEFORE_RE.search(before))
    assert person_names.agent_noun_before(before) == bool(
        (m := person_names._AGENT_BEFORE_RE.search(before))
        and m.group(1) not in STOP_WORDS
        and m.group(1) not in person_names._NOT_AGENTS
    )


def test_role_endings_cover_every_role_noun() -> None:
    for role in ROLE_NOUNS:
        word = role.replace("\\.?", ".")
        before = f"the {word} "
        assert person_context.role_before(before) == bool(person_context._ROLE_BEFORE_RE.search(before))
