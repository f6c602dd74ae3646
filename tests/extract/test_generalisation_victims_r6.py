"""Victims (round 6): a member of a counted group named in the sentence after it ("One of them
was X", "Among them is Y", "Relatives of one of the men, Z, said"), and a pronoun inside a
relative clause on a named person ("X, who was 17 when police seized him"); and look-alikes that
must not change. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import extract_one, first_incident
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Authorities in Varn executed 14 men on Monday, the monitor said. One of them, the group "
            "said, was Tomas Reyk, a baker from the old town.",
            "execution",
            "Tomas Reyk",
        ),
        (
            "At least 19 members of the opposition have not been seen since their trials in 2004. "
            "Among them is Ilya Morn, whose wife last received a letter from him in 2006.",
            "enforced_disappearance",
            "Ilya Morn",
        ),
        (
            "Eleven men convicted in the case were hanged in Dorn prison on Sunday. The families were "
            "not told in advance. Relatives of one of the men, Pavel Kask, a teacher from Tela, said "
            "they learned of it from a neighbour.",
            "execution",
            "Pavel Kask",
        ),
    ],
)
def test_a_member_named_after_the_group_is_its_victim(nlp: Language, text: str, kind: str, name: str) -> None:
    inc = first_incident(nlp, text, kind)
    assert name in inc.victim_names
    assert inc.figure.count not in {None, 1}  # the group's count stays
    roles = {p.name: p.role for p in extract_one(nlp, text).people}
    assert roles.get(name) in {"victim", "official", "source"}


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        pytest.param(
            "Twelve students were sentenced to death in Tela on Friday. Among them is Anna Rolt, whose "
            "death sentence was later upheld by the supreme court.",
            "death_sentence",
            "Anna Rolt",
            id="a-member-with-an-event-of-its-own",
        ),
        pytest.param(
            "The group said 25 people were executed on Tuesday and that at least four of them were "
            "arrested as minors. One of them was Omar Dahl, a fisherman.",
            "execution",
            "Omar Dahl",
            id="them-is-the-nearest-counted-group",
        ),
        pytest.param(
            "Police in Varn detained 30 protesters on Monday. Minister Olaf Brandt said the detentions "
            "were lawful.",
            "arrest",
            "Olaf Brandt",
            id="no-member-phrase",
        ),
    ],
)
def test_a_name_after_a_group_that_is_not_its_member(nlp: Language, text: str, kind: str, name: str) -> None:
    assert name not in first_incident(nlp, text, kind).victim_names


def test_a_pronoun_in_a_relative_clause_is_the_named_person(nlp: Language) -> None:
    text = (
        "The court heard the case of Tomas Reyk, who was 17 when police seized him at a checkpoint in 2015."
    )
    inc = first_incident(nlp, text, "arrest")
    assert (inc.victim_names, inc.figure.count) == (["Tomas Reyk"], 1)


def test_a_pronoun_in_a_relative_clause_on_a_group_is_not_a_name(nlp: Language) -> None:
    text = "The families, who said police seized them at a checkpoint in 2015, asked for help."
    for inc in extract_one(nlp, text).incidents:
        assert inc.victim_names == []
