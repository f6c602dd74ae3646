"""Victim counts and names, round 19 (breadth probes): phrases the parser cut apart.

"Around a dozen reporters were held": sentence-initial "around" read as a preposition with "a
dozen" its object, cut off from the noun it counts; the scale word and its qualifier still count
the noun. "sentenced opposition leader Tundu Lissu to death": the name after a bare title read as a
relative clause of the title; it still names the victim (and so counts one). "Detained in Osh on
2 June were A and B": a passive participle put first, its subject after the auxiliary, is the
victim phrase. "In Isfahan, A, B and C were executed": names the parser joined to the opening
place as conjuncts are the verb's subject. Texts written for these tests.
"""

from __future__ import annotations

import pytest
from extraction_helpers import first_incident, incident_figure
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "want"),
    [
        ("Around a dozen students were detained in Izmir on Wednesday.", "arrest", (12, "about")),
        ("Around a dozen journalists were detained in Ankara on Tuesday.", "arrest", (12, "about")),
    ],
)
def test_a_scale_word_cut_off_by_an_opening_qualifier(
    nlp: Language, text: str, kind: str, want: tuple[int, str]
) -> None:
    assert incident_figure(nlp, text, kind) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police detained a dozen reporters in Izmir on Wednesday.", (12, "exact")),
        ("Around noon, reporters were held by police in Izmir.", (None, None)),
    ],
)
def test_look_alikes_of_the_cut_off_scale_word(nlp: Language, text: str, want: tuple[object, object]) -> None:
    assert incident_figure(nlp, text, "arrest") == want


def test_a_name_after_a_bare_title_names_the_sentenced(nlp: Language) -> None:
    text = "The tribunal sentenced opposition leader Tundu Lissu to death in absentia."
    inc = first_incident(nlp, text, "death_sentence")
    assert inc.victim_names == ["Tundu Lissu"]
    assert (inc.figure.count, inc.figure.qualifier) == (1, "exact")


def test_a_title_with_a_real_relative_clause_names_nobody_new(nlp: Language) -> None:
    text = "Police detained the union leader who had organised the strike in Bulawayo on Monday."
    assert first_incident(nlp, text, "arrest").victim_names == []


@pytest.mark.parametrize(
    ("text", "kind", "count", "names"),
    [
        (
            "Detained in Osh on 2 June were Azamat Sadykov and Nurlan Abdyrakhmanov, both farmers.",
            "arrest",
            2,
            {"Azamat Sadykov", "Nurlan Abdyrakhmanov"},
        ),
        ("Executed at dawn on Sunday were four men from the border province.", "execution", 4, set()),
    ],
)
def test_a_participle_put_first_takes_its_subject_after_the_auxiliary(
    nlp: Language, text: str, kind: str, count: int, names: set[str]
) -> None:
    inc = first_incident(nlp, text, kind)
    assert (inc.figure.count, inc.figure.qualifier) == (count, "exact")
    assert set(inc.victim_names) == names


def test_a_participle_opening_a_clause_with_its_own_subject(nlp: Language) -> None:
    text = "Arrested last year, the four students were tortured in custody, their lawyer said."
    assert incident_figure(nlp, text, "torture") == (4, "exact")


def test_names_joined_to_an_opening_place_are_the_subject(nlp: Language) -> None:
    text = "In Isfahan, Majid Kazemi, Saleh Mirhashemi and Saeed Yaghoubi were executed on 19 May 2023."
    inc = first_incident(nlp, text, "execution")
    assert (inc.figure.count, inc.figure.qualifier) == (3, "exact")
    assert set(inc.victim_names) == {"Majid Kazemi", "Saleh Mirhashemi", "Saeed Yaghoubi"}


def test_places_joined_to_an_opening_place_name_nobody(nlp: Language) -> None:
    text = "In Tehran and Karaj, protesters were arrested on Monday."
    inc = first_incident(nlp, text, "arrest")
    assert inc.victim_names == []
    assert inc.figure.count is None
