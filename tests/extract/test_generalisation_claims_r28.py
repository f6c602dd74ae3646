"""Round 28, claimants on real text. Two causes that recur across the real sets:

1. A page whose publisher line says it reposts or republishes a body's item ("A Blog (Blogger
   blog, reposting NCRI)", "B News (republishing Iran Human Rights)") tells that body's account:
   what it tells with no other source is the body's (the gold of three reposts in one set, and the
   UN experts' release a site republishes in another). Guards: a body's own statement that a site
   "republished" ("X (statement republished by Y)") and a blog "reporting" a statement keep the
   publisher; a body the text never names is no source; a named source keeps its sentence.
2. A source named only by a definite role ("the OHCHR official added", "the UN human rights chief",
   "according to his lawyer") is the one person the text describes in that role ("OHCHR
   spokesperson A B", "High Commissioner for Human Rights A B", "X's lawyer, A B"). Guards: a bare
   "the official", a role two people share, a chief whose only namesake is a spokesman, a role no
   one in the text is described with.
"""

from __future__ import annotations

import pytest
from extraction_helpers import claims_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("publisher", "text", "kind", "body"),
    [
        (
            "Karsk Ledger (Blogger blog, reposting NCRI)",
            "Iran: Man hanged in Tabriz\n\nNCRI- Authorities in Tabriz prison hanged a 41-year-old man "
            "at dawn on Monday.\n\nThe man had spent six years in prison.",
            "execution",
            "National Council of Resistance of Iran",
        ),
        (
            "Valley Times (republishing Iran Human Rights)",
            "Supreme Court upholds sentences\n\nIran Human Rights (IHR) – Three young men were sentenced to "
            "death by a court in Shiraz on 3 May.",
            "death_sentence",
            "Iran Human Rights",
        ),
        (
            "Valley Times (republishing Amnesty International)",
            "Guards beat prisoners\n\nAmnesty International reported on the case. Guards beat five prisoners "
            "at Evin prison on 4 June.",
            "torture",
            "Amnesty International",
        ),
        (
            "River Post (reposting Human Rights Watch)",
            "Police detained 40 students in Dhaka on 2 March, Human Rights Watch reported. Soldiers killed "
            "three villagers near Sylhet on 9 March.",
            "killing",
            "Human Rights Watch",
        ),
    ],
)
def test_probe_reposted_item_is_its_bodys(
    nlp: Language, publisher: str, text: str, kind: str, body: str
) -> None:
    assert claims_of(nlp, text, kind, publisher=publisher)[0] == [body]


@pytest.mark.parametrize(
    ("publisher", "text", "kind", "claimant"),
    [
        (
            "Valley Times (statement republished by Amnesty International)",
            "Guards beat five prisoners at Evin prison on 4 June. Amnesty International was founded in 1961.",
            "torture",
            "publisher",
        ),
        (
            "Karsk Ledger (blog, reporting an Amnesty International statement)",
            "Guards beat five prisoners at Evin prison on 4 June. "
            "Amnesty International has called for action.",
            "torture",
            "publisher",
        ),
        (
            "Karsk Ledger (reposting Hengaw)",
            "Guards beat five prisoners at Evin prison on 4 June.",
            "torture",
            "publisher",
        ),
        (
            "River Post (reposting Human Rights Watch)",
            "Police detained 40 students in Dhaka on 2 March, the Dhaka Tribune reported. Human Rights Watch "
            "asked for their release.",
            "arrest",
            "The Dhaka Tribune",
        ),
    ],
)
def test_probe_own_statement_or_summary_keeps_publisher(
    nlp: Language, publisher: str, text: str, kind: str, claimant: str
) -> None:
    assert claims_of(nlp, text, kind, publisher=publisher)[0] == [claimant]


@pytest.mark.parametrize(
    ("text", "kind", "holder"),
    [
        (
            "The UN human rights chief has condemned the execution of 12 men by Saudi Arabia on Saturday.\n\n"
            "High Commissioner for Human Rights Jane Morrow urged the authorities to halt all executions.",
            "execution",
            "Jane Morrow",
        ),
        (
            "UN High Commissioner for Human Rights Jane Morrow spoke on Monday. More than 200 "
            "protesters have been arrested in Minsk since Sunday, the UN rights chief said.",
            "arrest",
            "Jane Morrow",
        ),
        (
            "OHCHR spokesperson Tom Reilly said on Tuesday that the situation was grave.\n\nMore than 500 "
            "protesters have also been arrested, the OHCHR official added.",
            "arrest",
            "Tom Reilly",
        ),
        (
            "A protester's death sentence has been upheld by an appeals court in Tehran, "
            "according to his lawyer. Ali Karimi's lawyer, Sara Nouri told the press "
            "that the ruling was final.",
            "death_sentence",
            "Sara Nouri",
        ),
    ],
)
def test_probe_role_is_its_named_holder(nlp: Language, text: str, kind: str, holder: str) -> None:
    assert claims_of(nlp, text, kind)[0] == [holder]


@pytest.mark.parametrize(
    ("text", "kind", "claimant"),
    [
        ("Police detained 40 students in Dhaka on 2 March, the official said.", "arrest", "The official"),
        (
            "Lawyer Sara Nouri and lawyer Omid Rahimi spoke to the press. Ali Karimi was sentenced to "
            "death in Tehran on 3 May, according to his lawyer.",
            "death_sentence",
            "Ali Karimi's lawyer",
        ),
        (
            "Activist Reza Amini was arrested in Tabriz on 3 May, the rights group's director said. "
            "Human rights defender Omid Amini was also present.",
            "arrest",
            "The rights group's director",
        ),
        (
            "The police chief said 30 protesters were arrested in Lagos on Monday. Police "
            "spokesman Ade Bello was not available for comment.",
            "arrest",
            "The police chief",
        ),
    ],
)
def test_probe_role_without_one_holder_stays(nlp: Language, text: str, kind: str, claimant: str) -> None:
    assert claims_of(nlp, text, kind)[0] == [claimant]
