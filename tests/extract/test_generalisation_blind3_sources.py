"""Quote speakers and claimants, third round: a stop outside the closing mark starts a new
sentence, "she said" goes back to whoever spoke, "received by the experts, X" is no list of
experts, and a victim "arrested and accused of" something is no source. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, extract_one
from spacy.language import Language

from tallybook.model import Stance

_extract = partial(extract_one, publisher=LEDGER)


def test_a_new_sentence_after_the_closing_mark_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "Amnesty International said the verdict was "
        "\u201ca cruel act of revenge against peaceful critics\u201d. "
        "His brother, Tomas Rell, wrote on social media: \u201cWe were not even allowed to see him.\u201d"
    )
    speakers = {q.text[:10]: q.speaker for q in _extract(nlp, text).quotes}
    assert speakers.get("a cruel ac") != "Tomas Rell"
    assert speakers.get("We were no") == "Tomas Rell"


def test_she_said_is_the_spokesperson_not_the_victims_named_later(nlp: Language) -> None:
    text = (
        "Spokesperson Mirela Tosk told journalists in Geneva that the men were hanged at dawn. "
        "Two of them, Oskar Vell and Jan Pirro, were minors when arrested, according to their relatives.\n\n"
        "\u201cHanging children is forbidden under international law in all circumstances,\u201d she said."
    )
    assert [q.speaker for q in _extract(nlp, text).quotes] == ["Mirela Tosk"]


def test_a_victim_named_after_information_received_by_experts_is_not_an_expert(nlp: Language) -> None:
    text = (
        "GENEVA (3 May 2024) \u2013 UN experts today voiced alarm at executions in Veloria.\n\n"
        "According to information received by the experts, Daro Keshvani, who was 16 at the time, "
        "was hanged at Mirat Prison on Tuesday.\n\n"
        "\u201cThis must stop at once,\u201d said the experts \u2013 "
        "Ana Liddell, Special Rapporteur on torture; "
        "and Omar Feist, Special Rapporteur on executions."
    )
    doc = _extract(nlp, text)
    hanged = [i for i in doc.incidents if i.type == "execution"][-1]
    assert "Daro Keshvani" not in hanged.claimants(Stance.ASSERTS)


def test_arrested_and_accused_is_not_a_report_by_the_arresting_agents(nlp: Language) -> None:
    text = (
        "Pavel Orsk was arrested by agents of the State Security Service in Lendrin on 4 May "
        "and accused of arson."
    )
    arrest = [i for i in _extract(nlp, text).incidents if i.type == "arrest"][-1]
    assert arrest.claimants(Stance.ASSERTS) == ["publisher"]
