"""Round 12 claimant classes: a body that received complaints of an incident is its source ("The
commission received 44 complaints of torture"), and so are people who describe or recount what was
done ("Former prisoners described beatings at the base"); describing a death "as" something
characterises it and tells nothing, and a prisoner who "received 60 lashes" is the victim. A body's
sources named by the body ("According to KRN sources", "the Kurdistan Rights Network sources said")
are the body; sources named by a nationality or an office ("Kurdish sources", "Judicial sources")
stay as written."""

from __future__ import annotations

import pytest
from extraction_helpers import claimant_names, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "c. Torture\n\nThe law prohibits such practices. The Ombudsman's Office received 44 "
            "complaints of torture by prison guards during the year.",
            "torture",
            ["Ombudsman's Office"],
        ),
        (
            "Police detained 30 protesters in the capital on Monday. The national rights commission "
            "received 12 complaints of torture from those held.",
            "torture",
            ["national rights commission"],
        ),
        (
            "Torture\n\nFormer prisoners described beatings and electric shocks at a military base near "
            "the border.",
            "torture",
            ["Former prisoners"],
        ),
        (
            "Relatives of the detainees recounted beatings and threats during interrogations at the base.",
            "torture",
            ["Relatives of the detainees"],
        ),
    ],
)
def test_receiver_or_describer_claims(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    found = incidents_of(nlp, text, kind, publisher="U.S. Department of State", required=True)
    assert claimant_names(found[-1], drop_the=True) == claimants


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # negative: describing a death "as" something characterises it, it does not tell it
        ("Prison officials described the deaths of the four inmates as suicides.", "killing"),
        # negative: the prisoner received lashes, he does not tell them
        ("The prisoner received 60 lashes in a public square on Sunday.", "corporal_punishment"),
    ],
)
def test_characterising_or_receiving_punishment_is_no_claim(nlp: Language, text: str, kind: str) -> None:
    found = incidents_of(nlp, text, kind, publisher="Human Rights Watch", required=True)
    assert claimant_names(found[-1]) in ([], ["publisher"])


_NETWORK = "The Kurdistan Rights Network (KRN) said two men were hanged in Urmia prison on Monday. "


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        (_NETWORK + "According to KRN sources, Ali Karimi, 31, was executed at dawn on drug charges.", None),
        (
            "Ali Karimi, 31, was hanged at dawn on drug charges, the Kurdistan Rights Network sources said.",
            None,
        ),
        # negatives: sources named by a nationality or an office are not a body's own
        (
            "According to Kurdish sources, Ali Karimi, 31, was executed at dawn on drug charges.",
            "Kurdish sources",
        ),
        ("Judicial sources said Ali Karimi, 31, was executed at dawn on drug charges.", "Judicial sources"),
    ],
)
def test_a_bodys_sources_are_the_body(nlp: Language, text: str, claimants: str | None) -> None:
    found = incidents_of(nlp, text, "execution", publisher="Iran Watch", required=True)
    assert claimant_names(found[-1]) == [claimants or "Kurdistan Rights Network"]
