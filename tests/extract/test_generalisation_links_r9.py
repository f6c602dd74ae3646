"""Round 9 link classes: in a release or UN news story whose lead has unnamed UN experts speak,
the statements no one else is given for are the experts'; a bare number set beside another period
with ", against N in <year>" is a second aggregate, as "compared with N in <year>" is."""

from __future__ import annotations

import pytest
from extraction_helpers import claimant_names, incidents_of
from spacy.language import Language

_OHCHR = "Office of the United Nations High Commissioner for Human Rights"


@pytest.mark.parametrize(
    ("text", "publisher", "kind", "claimants"),
    [
        (
            "Georgia: UN experts concerned by death of jailed blogger\n\n"
            "GENEVA (3 May 2024) - UN human rights experts today voiced concern at the death of "
            "Levan Abashidze, a blogger who died in a prison hospital in Rustavi on 28 April.\n\n"
            "Abashidze, 52, had been arrested in January 2023 over posts criticising officials.",
            _OHCHR,
            "arrest",
            ["UN human rights experts"],
        ),
        (
            "Laos: UN experts urge inquiry into disappearance of farmer\n\n"
            "12 June 2024 Human Rights\n\n"
            "Independent UN human rights experts on Wednesday urged an inquiry into the case of "
            "Somphone Keola, a farmer who was detained by police at a checkpoint on 2 June.",
            "UN News",
            "arrest",
            ["UN human rights experts"],
        ),
    ],
)
def test_unnamed_experts_speak_for_the_release(
    nlp: Language, text: str, publisher: str, kind: str, claimants: list[str]
) -> None:
    found = incidents_of(nlp, text, kind, publisher=publisher, required=True)
    assert [claimant_names(i) for i in found] == [claimants]


@pytest.mark.parametrize(
    ("text", "publisher", "kind"),
    [
        (  # experts only in a link at the foot of a story of the rights office
            "Chad: rights office alarmed by killings\n\n"
            "4 April 2024\n\n"
            "The UN human rights office said on Thursday that police shot dead four protesters in "
            "N'Djamena on Monday.\n\n"
            "Related\nChad: justice must follow, UN experts say",
            "UN News",
            "killing",
        ),
        (  # a committee of experts is a named body of its own
            "Peru: committee urges action on missing persons\n\n"
            "8 May 2024\n\n"
            "A UN committee of independent experts on Friday urged Peru to search for the 300 "
            "people who were abducted by soldiers in Ayacucho in 1984.",
            "UN News",
            "enforced_disappearance",
        ),
    ],
)
def test_no_experts_beyond_the_lead(nlp: Language, text: str, publisher: str, kind: str) -> None:
    found = incidents_of(nlp, text, kind, publisher=publisher)
    assert all("UN human rights experts" not in claimant_names(i) for i in found)
    assert all("UN experts" not in claimant_names(i) for i in found)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "The Lima-based monitor Red Andina has counted 37 killings by soldiers in the first "
            "half of this year, against 96 in the whole of 2022.",
            {37, 96},
        ),
        (
            "Rights groups recorded 14 deaths in police custody so far this year, as against 22 in 2022.",
            {14, 22},
        ),
    ],
)
def test_against_compares_two_periods(nlp: Language, text: str, counts: set[int]) -> None:
    found = incidents_of(nlp, text, published="2023-07-20", required=True)
    assert {i.figure.count for i in found} == counts


def test_against_as_preposition_is_no_comparison(nlp: Language) -> None:
    text = "Police arrested 12 students in Cusco on Monday and filed charges against 30 activists in 2019."
    found = incidents_of(nlp, text, "arrest", published="2023-07-20", required=True)
    assert 30 not in {i.figure.count for i in found}


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        (
            "Among those hanged were Nasser Qadiri and his nephew Omid Qadiri. A provincial court "
            "sentenced both to death in 2020.",
            "death_sentence",
            ["Nasser Qadiri", "Omid Qadiri"],
        ),
        (
            "Kamal Rezaei and Farid Mousavi were hanged on Monday. A revolutionary court had "
            "sentenced both to death in 2021.",
            "death_sentence",
            ["Kamal Rezaei", "Farid Mousavi"],
        ),
        (
            "Two teachers, Leyla Hamidi and Sara Nouri, were released on bail last week. Both had "
            "been arrested in the spring of 2023.",
            "arrest",
            ["Leyla Hamidi", "Sara Nouri"],
        ),
    ],
)
def test_both_stands_for_the_pair_named_before(nlp: Language, text: str, kind: str, names: list[str]) -> None:
    found = incidents_of(nlp, text, kind, published="2024-06-20", required=True)
    second = text.index(". ") + 2  # the sentence with "both"
    assert [(i.figure.count, i.victim_names) for i in found if i.span.start >= second] == [(2, names)]


def test_both_of_a_tally_is_no_victim(nlp: Language) -> None:
    text = "Police shot dead nine protesters on Friday, a monitor said. The ministry dismissed both figures."
    found = incidents_of(nlp, text, "killing", published="2024-06-20", required=True)
    assert [i.figure.count for i in found] == [9]
