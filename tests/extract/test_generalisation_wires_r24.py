"""Wire stories (round 24): a lead that closes on ", TELLERS said" names its own sources, not the
wire that carries it. Where the parser hung the tellers on a noun of the clause before and left
the closing reporting verb with no subject ("... for a rally addressed by the party's leader,
witnesses and party officials said"), the short noun phrase between the last comma and the verb
tells the incident, past an apposition on the last teller ("defence lawyers and the X Institute
(XI), a London-based rights group, said"). Look-alikes: a closing stretch with no reporting verb,
a verb of telling inside a relative clause, a reporting verb whose stretch holds a verb, keep the
publisher. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import LEDGER, claimant_names, incidents_of
from spacy.language import Language


def _claims(nlp: Language, text: str, kind: str) -> list[str]:
    found = incidents_of(nlp, text, kind, publisher=LEDGER, required=True)
    return claimant_names(found[0], lower=True)


@pytest.mark.parametrize(
    ("text", "kind", "claimant"),
    [
        (
            "Police detained about 70 supporters in Masaka on Sunday as they gathered for a rally addressed "
            "by the party's leader, witnesses and party officials said.",
            "arrest",
            "witnesses",
        ),
        (
            "Police raided the offices of the newspaper in the capital on Monday and arrested six "
            "journalists who had covered the protests, colleagues and a union spokesman said.",
            "arrest",
            "colleagues",
        ),
        (
            "A court in Manama on Thursday sentenced three men to death over what prosecutors called a plot "
            "against the state, defence lawyers and the Gulf Centre for Human Rights (GCHR), a "
            "Copenhagen-based group, said.",
            "death_sentence",
            "defence lawyers",
        ),
        (
            "Troops killed four villagers on Friday as they searched homes near the market of the northern "
            "town of Gao, residents and a local official said.",
            "killing",
            "residents",
        ),
        (
            "LAGOS, March 3 (Daily Ledger) - Soldiers shot dead two men on Saturday as they dispersed a "
            "march led by the union's chairman, relatives and a local pastor told reporters.",
            "killing",
            "relatives",
        ),
    ],
)
def test_probe_closing_tellers_without_subject(nlp: Language, text: str, kind: str, claimant: str) -> None:
    claims = _claims(nlp, text, kind)
    assert any(c.startswith(claimant) for c in claims) and "publisher" not in claims


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Police detained about 70 supporters in Masaka on Sunday as they gathered for a rally, the "
            "largest the town had seen in years.",
            "arrest",
        ),
        (
            "Police detained about 70 supporters on Sunday as they gathered for a rally, which organisers "
            "had planned for weeks.",
            "arrest",
        ),
        (
            "Soldiers shot dead two men on Saturday near the market, in the busiest part of the old town.",
            "killing",
        ),
    ],
)
def test_probe_closing_stretch_without_teller_keeps_publisher(nlp: Language, text: str, kind: str) -> None:
    assert _claims(nlp, text, kind) == ["publisher"]


@pytest.mark.parametrize(
    ("text", "official"),
    [
        (
            "Police detained about 70 supporters in Masaka on Sunday as they gathered for a rally addressed "
            "by the party's leader, witnesses and party officials said. Police spokesman Patrick Mugisha "
            'disputed the figure. "We arrested 23 people who defied a lawful directive," he told reporters.',
            "Patrick Mugisha",
        ),
    ],
)
def test_probe_named_lead_lets_official_figure_dispute(nlp: Language, text: str, official: str) -> None:
    """With the lead's own tellers found, an official's lower figure is a rival count of the same
    arrest, not an arrest of its own told by the official."""
    found = incidents_of(nlp, text, "arrest", publisher=LEDGER, required=True)
    assert len(found) == 1
    disputers = claimant_names(found[0], "disputes")
    assert any(official.lower() in d.lower() for d in disputers)
