"""Round 15 claimant classes: tellers the parser did not make the subject of their reporting verb.
The eyewitnesses read as the object of "after" ("two days after witnesses
saw him being taken away"); people described by a participle the parser made the main verb
("Students detained at X later told reporters that ..."); and a teller coordinated with another
teller ("The army said ..., but his brother told reporters ...") speaks for itself."""

from __future__ import annotations

import pytest
from extraction_helpers import claimant_names, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        (
            "The body of a teacher, Rafiq Ahmed, was pulled from a canal on the outskirts of Narsingdi, "
            "two days after witnesses saw him being taken away by men in uniform.",
            ["Witnesses"],
        ),
        # negative: the soldiers who saw it are no eyewitnesses who tell it
        (
            "The student vanished in March, a week after the soldiers saw him being bundled into a van by "
            "men in uniform.",
            ["publisher"],
        ),
    ],
)
def test_eyewitnesses_after(nlp: Language, text: str, claimants: list[str]) -> None:
    found = incidents_of(nlp, text, "enforced_disappearance", publisher="Daily Ledger", required=True)
    assert claimant_names(found[0]) == claimants


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "Students detained at the central police station later told reporters that they had been "
            "beaten with cables.",
            "torture",
            ["Students detained at the central police station"],
        ),
        # negative: a passive "were told by guards" names the hearers, not tellers
        (
            "Students detained at the central police station were later told by guards that they had "
            "been sentenced to death.",
            "arrest",
            ["publisher"],
        ),
    ],
)
def test_participle_teller(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    found = incidents_of(nlp, text, kind, publisher="Daily Ledger", required=True)
    assert claimant_names(found[0]) == claimants


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "The army said the man was a rebel fighter killed in crossfire, but his brother told "
            "reporters he had been arrested at home a day earlier.",
            "arrest",
            ["His brother"],
        ),
        (
            "The ministry said the prisoners were criminals, but the Bahrain Justice Centre told "
            "reporters they had been beaten in custody.",
            "torture",
            ["Bahrain Justice Centre"],
        ),
        # negative: a teller inside what a named source said only relays it
        (
            "The lawyer said that one of the men had told his family he was beaten in custody.",
            "torture",
            ["The lawyer"],
        ),
    ],
)
def test_coordinated_teller(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    found = incidents_of(nlp, text, kind, publisher="Daily Ledger", required=True)
    assert claimant_names(found[0]) == claimants
