"""Attribution: who asserts, confirms or disputes an incident, and with what hedge."""

from __future__ import annotations

from spacy.language import Language

from tallybook.extract.attribution.claimants import PUBLISHER, attribute
from tallybook.extract.detection.triggers import TriggerMatcher
from tallybook.model import Certainty, Stance


def _attribution(nlp: Language, text: str) -> tuple[list[tuple[str, str]], str]:
    doc = nlp(text)
    trigger = TriggerMatcher(nlp.vocab)(doc)[0]
    found = attribute(trigger.root, trigger.span.sent)
    return [(name, str(stance)) for name, stance in found.claims], str(found.certainty)


def test_subject_of_a_reporting_verb(nlp: Language) -> None:
    claims, _ = _attribution(nlp, "Human Rights Watch said that 12 miners were killed by soldiers.")
    assert claims == [("Human Rights Watch", Stance.ASSERTS)]


def test_according_to(nlp: Language) -> None:
    claims, _ = _attribution(nlp, "According to local lawyers, nine students were arrested on Monday.")
    assert claims == [("Local lawyers", Stance.ASSERTS)]


def test_passive_agent_of_an_announcement(nlp: Language) -> None:
    claims, _ = _attribution(nlp, "The death toll of 70 was announced by the Kurdistan Human Rights Network.")
    assert claims[0][1] == Stance.ASSERTS
    assert "Kurdistan Human Rights Network" in claims[0][0]


def test_confirmation_without_an_asserter_keeps_the_publisher(nlp: Language) -> None:
    claims, _ = _attribution(nlp, "The BBC confirmed that three teachers were executed.")
    assert claims == [(PUBLISHER, Stance.ASSERTS), ("BBC", Stance.CONFIRMS)]


def test_denial_disputes(nlp: Language) -> None:
    claims, _ = _attribution(nlp, "The police chief denied that any marchers had been killed.")
    assert claims[0][1] == Stance.DISPUTES


def test_unattributed_hedge_is_the_publisher_reportedly(nlp: Language) -> None:
    claims, certainty = _attribution(nlp, "Two farmers were reportedly tortured in the district jail.")
    assert claims == [(PUBLISHER, Stance.ASSERTS)]
    assert certainty == Certainty.REPORTEDLY
    claims, certainty = _attribution(nlp, "Eight men were allegedly beaten by guards.")
    assert certainty == Certainty.ALLEGEDLY


def test_adjunct_clause_before_a_speech_verb_is_not_what_was_said(nlp: Language) -> None:
    claims, _ = _attribution(
        nlp, "After soldiers killed ten villagers, the spokeswoman Ana Ruiz said: we need calm."
    )
    assert claims == [(PUBLISHER, Stance.ASSERTS)]
