"""Quotes, speakers and people (round 4, third pass): a spokesperson named beside the body they
speak for, names led by initials, a person told by "who" after a described noun or by a title in
brackets, a person headed by a noun of one who does something ("the blogger X"), and Vietnamese
letters in names. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import person_names, quote_pairs
from spacy.language import Language


# -- a spokesperson named beside the body they speak for ----------------------------------------------
def test_a_spokeswoman_named_beside_her_body_speaks_the_quote_after_a_colon(nlp: Language) -> None:
    text = (
        "Dara Qoli-Fard, a spokeswoman for the Sahar Rights Network, said: “Every month the prisons "
        "fill with more people who did nothing but speak. The world must act now.”"
    )
    assert [who for who, _ in quote_pairs(nlp, text)] == ["Dara Qoli-Fard"]


def test_staff_of_a_body_speak_for_it_when_no_apposition_names_a_person(nlp: Language) -> None:
    text = (
        "Dara Qoli-Fard met the lawyers of the group on Monday, and staff for the Sahar Rights Network "
        "said: “Every month the prisons fill with more people who did nothing but speak.”"
    )
    assert [who for who, _ in quote_pairs(nlp, text)] == ["Sahar Rights Network"]


# -- names led by initials ---------------------------------------------------------------------------
def test_a_name_led_by_an_initial_is_a_person_and_the_pronoun_finds_him(nlp: Language) -> None:
    text = (
        "His sister, Meena Rajalingam, 31, spoke to reporters. A lawyer for the family, K. Ilango "
        "Rajadurai, said two of the men arrested with him were beaten. “These are not isolated "
        "incidents,” he said."
    )
    assert "K. Ilango Rajadurai" in person_names(nlp, text)
    assert [who for who, _ in quote_pairs(nlp, text)] == ["K. Ilango Rajadurai"]


def test_the_tail_of_an_abbreviation_leads_no_name(nlp: Language) -> None:
    text = "The U.S. State Department and the U.N. Human Rights Council issued statements on the case."
    assert person_names(nlp, text) == []


# -- "who" after a described noun; a title in brackets --------------------------------------------
def test_a_described_noun_followed_by_who_makes_the_name_a_person(nlp: Language) -> None:
    text = (
        "Kidane Mebrahtu, a former guard who fled to Ethiopia in 2017, claimed that as many as 40 "
        "prisoners had died there."
    )
    assert "Kidane Mebrahtu" in person_names(nlp, text)


def test_a_title_in_brackets_makes_a_person_who_speaks_for_the_title(nlp: Language) -> None:
    text = (
        "“The State cannot hide behind walls of silence. If they are alive, let us see them,” said the "
        "Chair-Rapporteur of the Working Group. The Working Group is composed of Inés Calderón Urquiza "
        "(Chair-Rapporteur) and four other independent experts."
    )
    assert "Inés Calderón Urquiza" in person_names(nlp, text)
    assert [who for who, _ in quote_pairs(nlp, text)] == ["Inés Calderón Urquiza"]


# -- an agent noun heading a name; Vietnamese letters ---------------------------------------------
def test_an_agent_noun_before_a_vietnamese_name_makes_a_person(nlp: Language) -> None:
    text = (
        "Meanwhile, in Đông Hòa commune, 61-year-old land petitioner Trương Văn Sáu died in the custody "
        "of the district police. Police in Phu Loc district snatched the Facebook commentator "
        "Đinh Quốc Hưng from outside his home."
    )
    people = person_names(nlp, text)
    assert "Trương Văn Sáu" in people
    assert "Đinh Quốc Hưng" in people


def test_a_noun_of_a_place_before_a_name_run_makes_no_person(nlp: Language) -> None:
    text = "Troops crossed the border Kanto Hills Road after the curfew began."
    assert person_names(nlp, text) == []
