"""Round 31, a share of the people asked is no source.

"Of the 300 detainees interviewed, 39 percent reported torture": the people who report their own
harm as a share of those a body asked are what the body found, not a teller. The claim is the
teller's above them ("the commission said that ..."), else the publisher's. Guards: a counted group
that tells ("Three former detainees said they were beaten") still tells, and so does a body
named after a share ("the 100 Percent Campaign said").
"""

from __future__ import annotations

import pytest
from extraction_helpers import claims_of
from spacy.language import Language

_LEDGER = "Valley Ledger"


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "The Rights Commission said in its annual report that of the 412 detainees it interviewed, "
            "39 percent reported torture in police custody.",
            "Rights Commission",
        ),
        (
            "Dr. Lena Okafor said 80 per cent of all suspects arrested under the new security law in "
            "2021 had reported torture in detention.",
            "Lena Okafor",
        ),
        (
            "Torture in the northern prisons was widespread; 64% of detainees reported being tortured "
            "during interrogation.",
            _LEDGER,
        ),
    ],
)
def test_probe_a_share_of_people_asked_is_no_source(nlp: Language, text: str, teller: str) -> None:
    claims = claims_of(nlp, text, "torture", publisher=_LEDGER)
    assert all(not any(ch.isdigit() for ch in who) for names in claims for who in names)
    assert any(teller in names or (teller == _LEDGER and "publisher" in names) for names in claims)


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "Three former detainees said they were tortured in police custody in Kano in May 2021.",
            "detainees",
        ),
        (
            "The 100 Percent Campaign said police tortured two students in custody in Kano in May 2021.",
            "Campaign",
        ),
    ],
)
def test_look_alike_counted_tellers_still_tell(nlp: Language, text: str, teller: str) -> None:
    claims = claims_of(nlp, text, "torture", publisher=_LEDGER)
    assert any(teller in who for names in claims for who in names)
