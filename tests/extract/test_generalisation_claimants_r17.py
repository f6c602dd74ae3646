"""Claimants (round 17): the officer of a UN Working Group a joint statement lists beside the
Special Rapporteurs ("X, Chair of the Working Group on Y", "Z, who chairs the Working Group") is
one of "the experts" who speak; unnamed people who were held or harmed ("nearly 40 detainees",
"survivors", "several of the men") whose accounts a named source reports ("The X Network said
that ... detainees had reported being beaten") tell through that source, which asserts the
incident; "his lawyer said" followed by "The lawyer, X, said" is X. Each rule is paired with a
look-alike that must not change. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import claims_of
from spacy.language import Language

_EXPERTS = ["Nadia Okwuosa", "Pedro Lindahl"]


def test_a_working_group_chair_listed_with_the_experts_speaks_with_them(nlp: Language) -> None:
    text = (
        "GENEVA (3 May 2024) – UN experts today condemned the hanging of six men in Freedonia on "
        'Tuesday. "These executions followed trials that fell far short of fair trial standards," '
        "the experts said.\n\n*The experts: Nadia Okwuosa, Special Rapporteur on extrajudicial, "
        "summary or arbitrary executions; Pedro Lindahl, Special Rapporteur on torture; Yasmin "
        "Tavares-Holt, Chair of the Working Group on Arbitrary Detention."
    )
    assert claims_of(nlp, text, "execution") == [[*_EXPERTS, "Yasmin Tavares-Holt"]]


def test_a_member_who_chairs_the_working_group_speaks_with_the_experts(nlp: Language) -> None:
    text = (
        "Six men were hanged in Freedonia on Tuesday, according to the experts – Nadia Okwuosa, "
        "the Special Rapporteur on extrajudicial, summary or arbitrary executions; Pedro Lindahl, "
        "the Special Rapporteur on torture; and Yasmin Tavares-Holt, who chairs the Working Group "
        "on Arbitrary Detention."
    )
    assert claims_of(nlp, text, "execution") == [[*_EXPERTS, "Yasmin Tavares-Holt"]]


def test_a_chair_of_another_body_is_no_expert(nlp: Language) -> None:
    # negative: the chair of a national body, not of a Working Group, is left out of "the experts"
    text = (
        "GENEVA (3 May 2024) – UN experts today condemned the hanging of six men in Freedonia on "
        'Tuesday. "These executions followed trials that fell far short of fair trial standards," '
        "the experts said. Yasmin Tavares-Holt, Chair of the national bar council, called the "
        "trials a disgrace.\n\n*The experts: Nadia Okwuosa, Special Rapporteur on extrajudicial, "
        "summary or arbitrary executions; Pedro Lindahl, Special Rapporteur on torture."
    )
    assert claims_of(nlp, text, "execution") == [_EXPERTS]


def test_detainees_a_named_network_reports_tell_through_it(nlp: Language) -> None:
    text = (
        "The Delta Justice Network, a local monitoring group, said that more than 30 detainees had "
        "reported being beaten with rubber hoses at the camp since 2021."
    )
    assert claims_of(nlp, text, "torture") == [["Delta Justice Network"]]


def test_survivors_in_a_second_reported_clause_tell_through_the_source(nlp: Language) -> None:
    text = (
        "The Northern Rights Observatory said that five people had died in custody and that "
        "survivors described being suspended from the ceiling and whipped with cables."
    )
    assert claims_of(nlp, text, "torture") == [["Northern Rights Observatory"]]


def test_part_of_a_group_told_by_relatives_tells_through_them(nlp: Language) -> None:
    text = (
        "Relatives told the mission's staff that several of the prisoners had said they were "
        "beaten to force confessions."
    )
    assert claims_of(nlp, text, "torture") == [["Relatives"]]


def test_former_inmates_who_speak_for_themselves_keep_their_claim(nlp: Language) -> None:
    # negative: no source above them, the former inmates assert it themselves
    text = "Several former inmates told the court that guards had beaten them with batons at the prison."
    assert claims_of(nlp, text, "torture") == [["Several former inmates"]]


def test_journalists_a_spokesperson_cites_stay_the_innermost_source(nlp: Language) -> None:
    # negative: tellers who were not harmed themselves still speak as the innermost source
    text = (
        "The spokesperson said that local journalists had reported that police beat 12 fishermen "
        "in custody in March."
    )
    assert claims_of(nlp, text, "torture") == [["Local journalists"]]


_CUSTODY_DEATH = (
    "Retired army major Jorge Luis Paredes, 52, died in military custody on March 4, six days "
    "after he was arrested at his home in Valencia, his lawyer said. He died in a military "
    "hospital.\n\n"
)


def test_a_lawyer_the_next_sentences_name_speaks_by_name(nlp: Language) -> None:
    text = (
        _CUSTODY_DEATH
        + "The lawyer, Marisol Quintero, said that Paredes had been brought to court in a wheelchair."
    )
    assert claims_of(nlp, text, "death_in_custody") == [["Marisol Quintero"]]


def test_another_office_named_later_leaves_the_lawyer_unnamed(nlp: Language) -> None:
    # negative: the person named next holds another office, so the lawyer stays unnamed
    text = _CUSTODY_DEATH + "The prosecutor, Marisol Quintero, said that the case would be investigated."
    assert claims_of(nlp, text, "death_in_custody") == [["Jorge Luis Paredes's lawyer"]]
