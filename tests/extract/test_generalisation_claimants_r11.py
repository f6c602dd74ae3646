"""Round 11 claimant classes: an "according to X" that closes a coordinated sentence tells every
conjunct, not only the last one the parser hangs it on ("Soldiers detained 150 men and held them in
a school, according to X."); a report set off by commas that names whom it was told ("and, their
lawyers told us, were beaten"; "who, a source close to his family told the group, had been
arrested") tells the clause after it, and not the conjunct before it."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "After the raid, soldiers detained about 150 men from nearby villages and held them in a "
            "warehouse, according to Human Rights Watch.",
            "arrest",
            ["Human Rights Watch"],
        ),
        (
            "Police arrested 12 students in Kampala and took them to an unknown location, according "
            "to the Uganda Law Society.[3]",
            "arrest",
            ["Uganda Law Society"],
        ),
        # negative: the source stands inside the sentence, before a further clause
        (
            "Police arrested 12 students in Kampala and beat them at the station, according to the "
            "Uganda Law Society, before releasing them.",
            "arrest",
            ["publisher"],
        ),
    ],
)
def test_closing_according_to_tells_the_whole_coordination(
    nlp: Language, text: str, kind: str, claimants: list[str]
) -> None:
    assert claims_of(nlp, text, kind)[0] == claimants


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "The two teachers were detained in January and, a colleague told reporters, were "
            "tortured in custody.",
            "torture",
            ["A colleague"],
        ),
        (
            "Among those hanged was Karim Nouri, a 30-year-old driver from Zahedan, who, a source "
            "close to his family told the group, had been arrested in March.",
            "arrest",
            ["A source close to his family"],
        ),
        # the conjunct before the aside is the text's own statement
        (
            "The two teachers were detained in January and, a colleague told reporters, were "
            "tortured in custody.",
            "arrest",
            ["publisher"],
        ),
        # negative: an aside without a hearer keeps its reading
        (
            "Police arrested the journalist and, his family said, held him for 40 days.",
            "arrest",
            ["publisher"],
        ),
    ],
)
def test_aside_naming_its_hearer_tells_the_clause_after_it(
    nlp: Language, text: str, kind: str, claimants: list[str]
) -> None:
    assert claims_of(nlp, text, kind)[0] == claimants
