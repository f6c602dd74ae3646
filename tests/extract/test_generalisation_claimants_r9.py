"""Round 9 claimant classes: information or a letter told with who received or wrote it
("information we have received", "a letter she wrote"), information with no holder told in a
quotation (its speaker holds it), and a counted plural source ("both men", "the two brothers")
that stands for the people a sentence before listed."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "The Office is deeply concerned by the situation in the province. Information we have "
            "obtained indicates that he was beaten and kept in isolation for a month.",
            "torture",
            ["publisher"],
        ),
        (
            "Border guards detained Maryam Karimi in the town of Mehran in March. According to a "
            "letter she wrote from jail, guards beat her with a hose during questioning.",
            "torture",
            ["Maryam Karimi"],
        ),
        (
            '"Reliable information suggests that detainees were beaten with batons to force '
            'confessions," the Special Rapporteur, Marta Okafor, said.',
            "torture",
            ["Marta Okafor"],
        ),
    ],
)
def test_information_held_by_its_receiver(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    assert claims_of(nlp, text, kind) == [claimants]


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "In June, two teachers, Karim Osmani and Hadi Rostampour, were hanged in Qazvin prison. "
            "The court had refused to hear their appeal. Both said at their trial that they had been "
            "beaten by interrogators.",
            "torture",
            ["Karim Osmani", "Hadi Rostampour"],
        ),
        (
            "Two brothers, Elvin Sadigov and Ruslan Sadigov, were sentenced to death in April. The two "
            "brothers told the judge that police had tortured them with electric shocks.",
            "torture",
            ["Elvin Sadigov", "Ruslan Sadigov"],
        ),
    ],
)
def test_counted_source_stands_for_listed_people(
    nlp: Language, text: str, kind: str, claimants: list[str]
) -> None:
    assert claims_of(nlp, text, kind) == [claimants]


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        # three people listed: "both men" fits no list and stays as the text words it
        (
            "Three farmers, Ali Norouzi, Reza Kamali and Omid Sanei, were sentenced to death. Both men "
            "said they had been beaten in custody.",
            "torture",
            ["Both men"],
        ),
        # a keeper's figures stay the keeper's, not the publisher's
        (
            "Police figures show that 12 people were killed in the clashes in the capital.",
            "killing",
            ["Police figures"],
        ),
        # information with a body it came from: that body
        (
            "According to information from the interior ministry, 30 people were arrested in the "
            "capital on Sunday.",
            "arrest",
            ["interior ministry"],
        ),
    ],
)
def test_sources_left_as_they_were(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    assert claims_of(nlp, text, kind) == [claimants]
