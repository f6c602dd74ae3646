"""Round 15 teller descriptions: an unnamed group that tells an incident keeps the participle
that says which people are meant ("detainees released on bail", "two of the men held in X",
"dozens of women held at the camp", "women arrested during the protests" where the parser made
the participle the verb), and a relative clause naming a body with its acronym in brackets is
as short as it reads ("residents who contacted the X Network (XN)"). A participle that only
dates the people, one set off by commas, and a second verb of the group's own stay out."""

from __future__ import annotations

import pytest
from extraction_helpers import claimant_names, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "Detainees released on bail told the Harbour Tribune that guards had beaten them with "
            "cables in the police station.",
            "torture",
            ["Detainees released on bail"],
        ),
        (
            "Rights groups based outside the country say at least 40 protesters have been killed by "
            "police since March.",
            "killing",
            ["Rights groups based outside the country"],
        ),
        (
            "Three of the men detained in the border town told relatives that they had been beaten "
            "with rifle butts.",
            "torture",
            ["Three of the men detained in the border town"],
        ),
        (
            "Dozens of women held at the northern camp have reported sexual violence by guards.",
            "other",
            ["Dozens of women held at the northern camp"],
        ),
        (
            "Women arrested during the March protests told us they were sexually assaulted in detention.",
            "other",
            ["Women arrested during the March protests"],
        ),
        (
            "Police detained more than 50 students in the capital last week, according to residents "
            "who contacted the Coastal Rights Network (CRN) through relatives abroad.",
            "arrest",
            ["residents who contacted the Coastal Rights Network"],
        ),
    ],
)
def test_teller_described_by_participle(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    found = incidents_of(nlp, text, kind, publisher="Daily Ledger", required=True)
    assert claimant_names(found[0], lower=True) == [c.lower() for c in claimants]


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        # a participle that only dates the people tells when, not who
        (
            "In the port city, four students arrested on 2 August told relatives that they had been "
            "beaten with batons.",
            "torture",
            ["Four students"],
        ),
        # set off by commas: an aside about the detainees, not part of their description
        (
            "Detainees, released on Monday after a week in custody, told the Harbour Tribune that "
            "guards had beaten them with cables.",
            "torture",
            ["Detainees"],
        ),
        # two verbs of the protesters' own, joined by "and"
        (
            "Protesters gathered in the main square and said police had beaten them with batons.",
            "torture",
            ["Protesters"],
        ),
        # a participle of speaking says how the officials spoke
        (
            "Officials quoted in the local press said soldiers had killed 12 villagers in the raid.",
            "killing",
            ["Officials"],
        ),
    ],
)
def test_teller_participle_left_out(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    found = incidents_of(nlp, text, kind, publisher="Daily Ledger", required=True)
    assert claimant_names(found[0], lower=True) == [c.lower() for c in claimants]
