"""Who claims and disputes an incident (round 4, second part): a reporting verb that is itself
the trigger ("X reported 17 prisoners dead"), figures that show a count ("data gathered by X
show ..."), a reporting verb the tokenizer fused with a full stop before a citation mark, and
"refute" among the verbs of denying; with look-alikes that must not change. Texts written for
these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import claimant_names, first_incident
from spacy.language import Language

from tallybook.model import Stance

_by = partial(claimant_names, drop_the=True)


def test_a_reporting_verb_that_is_the_trigger_gives_its_own_subject(nlp: Language) -> None:
    text = (
        "Troops stormed the Vell remand centre on 4 March 2022. "
        "The Karsk Prosecutor's Office reported 17 inmates dead, all from gunshot wounds."
    )
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.ASSERTS) == ["Karsk Prosecutor's Office"]
    # no reporting verb: the publisher tells it
    plain = "Guards killed 17 prisoners at the Vell remand centre on 4 March 2022."
    assert _by(first_incident(nlp, plain, "killing"), Stance.ASSERTS) == ["publisher"]
    # "put to death" is the execution itself: its subject is no source
    put = "Karsk put 12 men to death on Monday, the Karsk News Agency said."
    assert _by(first_incident(nlp, put, "execution"), Stance.ASSERTS) == ["Karsk News Agency"]


def test_figures_that_show_a_count_give_their_keeper(nlp: Language) -> None:
    compiled = (
        "Figures compiled by the Tarvel Justice Project indicate that 40 prisoners were hanged in Vell "
        "in May."
    )
    assert _by(first_incident(nlp, compiled, "execution"), Stance.ASSERTS) == ["Tarvel Justice Project"]
    gathered = (
        "Data gathered by the Vell Bar Association show that 31 people were arrested in Darrow last week."
    )
    assert _by(first_incident(nlp, gathered, "arrest"), Stance.ASSERTS) == ["Vell Bar Association"]
    official = (
        "Official data from the Karsk Interior Ministry show that 55 people were killed in police raids "
        "in Darrow in 2021."
    )
    assert _by(first_incident(nlp, official, "killing"), Stance.ASSERTS) == ["Karsk Interior Ministry"]
    # an unnamed keeper: the figures as the text words them
    unnamed = "Police figures show 212 people killed in raids in Darrow since January."
    assert _by(first_incident(nlp, unnamed, "killing"), Stance.ASSERTS) == ["Police figures"]


def test_evidence_that_shows_an_event_is_no_source(nlp: Language) -> None:
    text = (
        "Police figures show 212 people killed in raids in Darrow since January. "
        "The autopsy shows that Amir Tal was beaten to death in police custody in Vell on 2 May."
    )
    assert _by(first_incident(nlp, text, "killing"), Stance.ASSERTS) == ["Police figures"]
    # an autopsy is no body of figures: the publisher tells what it shows
    assert _by(first_incident(nlp, text, "death_in_custody"), Stance.ASSERTS) == ["publisher"]


def test_a_reporting_verb_before_a_citation_mark_still_reports(nlp: Language) -> None:
    text = (
        "== Death ==\n"
        "Rami Tal was executed on 3 June 2020, the judiciary announced.[2] In a letter written weeks "
        "before, he asked for forgiveness."
    )
    inc = first_incident(nlp, text, "execution")
    assert _by(inc, Stance.ASSERTS) == ["judiciary"]


def test_refuting_allegations_disputes_them(nlp: Language) -> None:
    text = (
        "The Karsk Monitor said police tortured 12 detainees in Vell prison in April. "
        "The interior ministry refuted the allegations."
    )
    inc = first_incident(nlp, text, "torture")
    assert _by(inc, Stance.ASSERTS) == ["Karsk Monitor"]
    assert _by(inc, Stance.DISPUTES) == ["interior ministry"]
    # a refutation the text negates disputes nothing
    negated = (
        "The Karsk Monitor said police tortured 12 detainees in Vell prison in April. "
        "The interior ministry did not refute the allegations."
    )
    assert _by(first_incident(nlp, negated, "torture"), Stance.DISPUTES) == []
