"""Who claims, confirms and disputes an incident (round 4): a source's own verification, an
eyewitness, a clause the parser hung across a semicolon, a participle clause of the reporting
body, confirmations of footage and of accounts, a publisher confirming its own count, experts
named in a footer, and look-alikes that must not change (publishing footage, a question, a
stance on something else). Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import claimant_names, first_incident
from spacy.language import Language

from tallybook.model import Stance

_by = partial(claimant_names, drop_the=True)


def test_a_source_verifying_an_account_of_its_own_asserts_it(nlp: Language) -> None:
    text = (
        "The Lumerian Rights Office voiced concern on Monday about the violence in Tarvel. "
        "Speaking to reporters, the spokesperson for the office, Pia Lindqvist, said the office had "
        "verified that at least 19 villagers were killed when soldiers fired on a market in Tarvel."
    )
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.ASSERTS) == ["Lumerian Rights Office"]
    assert _by(inc, Stance.CONFIRMS) == []


def test_a_figure_confirmed_by_another_source_stays_a_confirmation(nlp: Language) -> None:
    text = (
        "The Karsk Monitor said a case of torture was recorded in police custody in Vell in May, "
        "and the Lumerian Rights Office said soldiers killed at least 12 farmers in Vell on 3 May. "
        "The toll was confirmed by the Vell Bar Association."
    )
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.ASSERTS) == ["Lumerian Rights Office"]
    assert _by(inc, Stance.CONFIRMS) == ["Vell Bar Association"]
    # "X has confirmed" in X's own release: its own count, not a confirmation of it
    own = "At least 40 people were executed in Karsk in May, the Karsk Monitor has confirmed."
    mine = first_incident(nlp, own, "execution", publisher="Karsk Monitor")
    assert _by(mine, Stance.CONFIRMS) == []


def test_eyewitnesses_who_saw_it_are_its_source(nlp: Language) -> None:
    text = (
        "The body of a union organiser, Tomas Berglund, was found in a river near Vell, two days "
        "after neighbours saw him being dragged away by men in police uniform."
    )
    inc = first_incident(nlp, text, "enforced_disappearance")
    assert _by(inc, Stance.ASSERTS) == ["Neighbours"]
    # a month that "saw" executions is no eyewitness
    month = "The Karsk Monitor said May saw at least 31 prisoners executed in Karsk."
    assert _by(first_incident(nlp, month, "execution"), Stance.ASSERTS) == ["Karsk Monitor"]


def test_a_clause_hung_across_a_semicolon_keeps_its_own_source(nlp: Language) -> None:
    text = (
        "The Vell Human Rights Commission said it had opened an inquiry. Residents said a "
        "schoolteacher, Ines Marlow, was shot dead by soldiers at a checkpoint in Vell last week; "
        "the commission said its investigators had corroborated their accounts."
    )
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.ASSERTS) == ["Residents"]
    assert _by(inc, Stance.CONFIRMS) == ["Vell Human Rights Commission"]
    # a clause after the semicolon that only reacts confirms nothing
    reacts = (
        "Residents said a schoolteacher, Ines Marlow, was shot dead by soldiers at a checkpoint in "
        "Vell last week; the Vell Human Rights Commission said it was investigating."
    )
    inc = first_incident(nlp, reacts, "killing")
    assert _by(inc, Stance.CONFIRMS) == []


def test_the_body_that_documented_an_aggregate_before_urging_claims_it(nlp: Language) -> None:
    text = (
        "The Karsk Monitoring Mission on Friday urged the authorities to end public punishments, "
        "after documenting at least 212 people flogged in public across Karsk since January."
    )
    inc = first_incident(nlp, text, "corporal_punishment")
    assert _by(inc, Stance.ASSERTS) == ["Karsk Monitoring Mission"]


def test_verified_footage_of_an_event_confirms_it_but_published_footage_does_not(nlp: Language) -> None:
    text = (
        "Police shot dead four protesters in Tarvel on Saturday, the Karsk Monitor said. "
        "Footage of the shooting, verified by the Vell Bar Association, shows officers firing from a roof."
    )
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.CONFIRMS) == ["Vell Bar Association"]
    published = (
        "Police shot dead four protesters in Tarvel on Saturday, the Karsk Monitor said. "
        "Footage of the shooting was published by the Vell Bar Association."
    )
    assert _by(first_incident(nlp, published, "killing"), Stance.CONFIRMS) == []
    # nor does a question asking for confirmation
    question = (
        "SPOKESPERSON (Ana Rebane, Karsk Monitoring Mission): Last week two reporters were detained "
        "by intelligence officers in Vell.\n\n"
        "QUESTION (Lars Holm, reporter): Can you confirm reports that a man was hanged in Tarvel?\n\n"
        "SPOKESPERSON: We have not been able to verify them."
    )
    assert _by(first_incident(nlp, question, "arrest"), Stance.CONFIRMS) == []


def test_un_human_rights_experts_are_the_experts_named_in_the_footer(nlp: Language) -> None:
    text = (
        "GENEVA (3 June 2024) – UN human rights experts today expressed alarm at executions in "
        "Karsk, saying at least 52 people had been hanged since the beginning of April.\n\n"
        "ENDS\n\n"
        "The experts: Ms. Hedda Solheim, Special Rapporteur on the situation of human rights in "
        "Karsk; Mr. Jonas Arvidsson, Special Rapporteur on extrajudicial, summary or arbitrary "
        "executions."
    )
    publisher = "Office of the United Nations High Commissioner for Human Rights"
    inc = first_incident(nlp, text, "execution", publisher=publisher)
    assert sorted(_by(inc, Stance.ASSERTS)) == ["Hedda Solheim", "Jonas Arvidsson"]
