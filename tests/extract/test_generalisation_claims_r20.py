"""Claimants (round 20): a source named in the text but referred to later by a short or anaphoric
form, or with a claim verb the lexicon lacked. A definite capitalised head ("The Front", "the
Network", "According to the Commission") stands for the body named before whose name it heads;
"X believes" and "X listed N people who ..." tell X's account; "our Office" is the publisher's own
office; plural records of an unnamed keeper ("court documents", "government figures") are kept as
written. Each rule is paired with look-alikes that must not change. Texts written for these
tests."""

from __future__ import annotations

import pytest
from extraction_helpers import LEDGER, claimant_names, incidents_of
from spacy.language import Language

_OHCHR = "Office of the United Nations High Commissioner for Human Rights"


def _claims(nlp: Language, text: str, kind: str, publisher: str = LEDGER) -> list[str]:
    found = incidents_of(nlp, text, kind, publisher=publisher, required=True)
    return claimant_names(found[-1], drop_the=True)


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "The Kurdistan Freedom Front said on Monday that police had arrested 14 students in "
            "Sanandaj. The Front also reported that a 19-year-old student, Aram Kazemi, died in custody "
            "on Sunday.",
            "death_in_custody",
            ["Kurdistan Freedom Front"],
        ),
        (
            "The Baloch Solidarity Network has documented such cases since 2019. The Network said at "
            "least 30 men were hanged in Zahedan prison last year.",
            "execution",
            ["Baloch Solidarity Network"],
        ),
        (
            "The Tamil Rights Commission published its annual report on Friday. According to the "
            "Commission, police tortured at least 40 detainees in Jaffna.",
            "torture",
            ["Tamil Rights Commission"],
        ),
        (
            "The Andean Justice Observatory opened an office in Quito in 2021. The Observatory said "
            "soldiers shot dead five miners in Esmeraldas on Tuesday.",
            "killing",
            ["Andean Justice Observatory"],
        ),
        (
            "The Nile Centre for Human Rights said in March that 12 detainees had died in custody. The "
            "Centre also said police shot dead two protesters in Aswan on Friday.",
            "killing",
            ["Nile Centre for Human Rights"],
        ),
    ],
)
def test_a_short_head_names_the_body_named_before(
    nlp: Language, text: str, kind: str, claimants: list[str]
) -> None:
    assert _claims(nlp, text, kind) == claimants


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        # negative: no body the text named carries that head: it stays as written
        (
            "The Baloch Solidarity Network opened an office in Quetta in May. The Committee also "
            "documented 56 cases of torture of detainees held by the intelligence service.",
            "torture",
            ["Committee"],
        ),
        # negative: a full name is not shortened
        (
            "The Kurdistan Freedom Front said police had arrested 14 students in Sanandaj on Monday.",
            "arrest",
            ["Kurdistan Freedom Front"],
        ),
    ],
)
def test_a_head_no_named_body_carries_stays(
    nlp: Language, text: str, kind: str, claimants: list[str]
) -> None:
    assert _claims(nlp, text, kind) == claimants


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "The Sahel Justice Initiative has tracked detentions since 2020. The organisation believes "
            "that soldiers detained more than 300 people in Gao last year.",
            "arrest",
            ["Sahel Justice Initiative"],
        ),
        (
            "His family believes he was tortured in police custody in Lahore before he died.",
            "torture",
            ["His family"],
        ),
        (
            "Manabadhikar Forum Bangladesh (MFB) said police had killed nine people in the first week "
            "of June. MFB also listed seven people who had been abducted by men in plain clothes.",
            "enforced_disappearance",
            ["Manabadhikar Forum Bangladesh"],
        ),
        (
            "The Kenya Rights Network listed 14 people who had been shot dead by police in Nairobi "
            "since March.",
            "killing",
            ["Kenya Rights Network"],
        ),
    ],
)
def test_believing_and_listing_tell_an_account(
    nlp: Language, text: str, kind: str, claimants: list[str]
) -> None:
    assert _claims(nlp, text, kind) == claimants


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a passive "listed" or "believed", and a belief in something, name no source
        "Police shot dead four men in Kano on Monday. The men were listed as suspected robbers.",
        "Amina Yusuf, 34, was shot dead by police in Kano on Monday. Her name was listed among the dead.",
        "Police shot dead four men in Kano on Monday. Many residents believe in firm action on crime.",
        "Police shot dead four men in Kano on Monday. One of them is believed to have been 17.",
    ],
)
def test_passive_listing_or_belief_names_no_source(nlp: Language, text: str) -> None:
    assert _claims(nlp, text, "killing") == ["publisher"]


def test_a_reports_list_is_no_new_teller(nlp: Language) -> None:
    # negative: "the report listed" is not a body's own list; the report's figure stays a report's
    text = "Soldiers shot dead nine villagers in Kidal on Monday. The army's report listed seven rebels."
    assert _claims(nlp, text, "killing") == ["publisher"]


def test_our_office_is_the_publishers(nlp: Language) -> None:
    text = (
        "Spokesperson for the UN High Commissioner for Human Rights: Marta Lind\n\n"
        "According to information gathered by our Office, more than 800 people have been arrested in "
        "Caracas since the election. The Office of the Attorney General has put the death toll at 25."
    )
    found = incidents_of(nlp, text, "arrest", publisher=_OHCHR, required=True)
    assert claimant_names(found[0]) != ["Office of the Attorney General"]


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "The pair were arrested in November after neighbours broke into their room, according to "
            "court documents.",
            "arrest",
            ["Court documents"],
        ),
        (
            "More than 9,000 people have been detained since the coup, according to government figures.",
            "arrest",
            ["Government figures"],
        ),
        (
            "Three students were detained in Harare on Monday, according to police records.",
            "arrest",
            ["Police records"],
        ),
    ],
)
def test_records_of_no_named_body_stay_as_written(
    nlp: Language, text: str, kind: str, claimants: list[str]
) -> None:
    assert _claims(nlp, text, kind) == claimants


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        # negatives: one statement of a body, and a named keeper's figures, stay the body's
        ("Soldiers shot dead nine villagers in Kidal, according to an army statement.", "killing", ["Army"]),
        ("At least 40 were killed in the clashes, according to Reuters figures.", "killing", ["Reuters"]),
    ],
)
def test_a_bodys_statement_or_named_figures_stay_the_bodys(
    nlp: Language, text: str, kind: str, claimants: list[str]
) -> None:
    assert _claims(nlp, text, kind) == claimants
