"""Who claims an incident, on texts the rules were not written from: the nearest subject of the
reporting verb, the innermost of nested sources, "it" and generic heads ("the group", "the office",
"the experts") resolved to what the text named, the reach of "according to", descriptions kept
whole, and quote speakers across sentences. Texts written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import LEDGER, claimant_names, extract_one, extracted_roles, last_incident
from spacy.language import Language

from tallybook.model import Stance


def test_the_subject_nearest_the_reporting_verb_is_the_source(nlp: Language) -> None:
    text = (
        "Addressing reporters in Vienna, ministry spokesperson Karl Brandt said that Tomas Weller, 31, "
        "died on Sunday, two days after he was detained by border guards at his farm."
    )
    assert claimant_names(last_incident(nlp, text, "arrest")) == ["Karl Brandt"]


def test_nested_sources_give_the_innermost(nlp: Language) -> None:
    text = (
        "“The raids were a massacre,” said Lucia Ferraz, director of Tamarind Watch. She said the "
        "group had documented at least 12 other killings in the district since May."
    )
    assert claimant_names(last_incident(nlp, text, "killing")) == ["Tamarind Watch"]


def test_it_after_a_named_speaker_is_that_speaker(nlp: Language) -> None:
    # guards the innermost-source rule: "it" must not stop the search at an unresolved pronoun
    text = (
        "The Lakeside Prisoners Committee, which has run a vigil in Dorran since 2015, says it has "
        "recorded 58 new cases of enforced disappearance in the region this year."
    )
    assert claimant_names(last_incident(nlp, text, "enforced_disappearance")) == [
        "Lakeside Prisoners Committee"
    ]


def test_it_said_is_the_organisation_named_before(nlp: Language) -> None:
    text = (
        "The Coastal Rights Network said the demonstrators had gathered outside the port authority. "
        "It said at least 25 people were detained during the protest."
    )
    assert claimant_names(last_incident(nlp, text, "arrest")) == ["Coastal Rights Network"]


def test_the_group_is_the_organisation_named_before_not_an_official(nlp: Language) -> None:
    text = (
        "Police shot dead nine protesters in Varna on Friday, the Coastal Rights Network said. "
        "A regional official put the death toll at three.\n\n"
        "Among those killed was a 16-year-old boy, Emil Doran, the group said."
    )
    toll, boy = [i for i in extract_one(nlp, text).incidents if i.type == "killing"]
    assert claimant_names(boy) == ["Coastal Rights Network"]
    # a rival toll disputes the figure; it does not confirm it
    assert [(c.claimant, c.stance) for c in toll.claims][1:] == [("A regional official", Stance.DISPUTES)]


def test_the_office_is_the_organisation_with_office_in_its_name(nlp: Language) -> None:
    text = (
        "The Office of the Ombudsman for Detainees published its findings on Tuesday.\n\n"
        "According to the office, 40 prisoners were tortured at Harrow Point jail in March."
    )
    incident = last_incident(nlp, text, "torture", publisher="Daily Ledger")
    assert claimant_names(incident) == ["Office of the Ombudsman for Detainees"]


def test_according_to_covers_only_its_own_clause(nlp: Language) -> None:
    text = (
        "Rights Watchers International said today that the teacher Ivo Marek was sentenced to death. "
        "He was detained in Pellan in May 2021 and, according to his brother, was beaten repeatedly "
        "during interrogation."
    )
    extraction = extract_one(nlp, text, publisher="Rights Watchers International")
    arrest = next(i for i in extraction.incidents if i.type == "arrest")
    assert "Ivo Marek's brother" not in claimant_names(arrest)
    torture = next(i for i in extraction.incidents if i.type == "torture")
    assert claimant_names(torture) == ["Ivo Marek's brother"]  # "his" named, as CONVENTIONS.md writes it


def test_a_citation_mark_ends_the_sentence_for_attribution(nlp: Language) -> None:
    text = (
        "According to the Valley Rights Group, 14 people were killed in Orlan on 3 June, among them a "
        "student, Piet Aalders, who was shot in the back.[2] The Interior Ministry said three people had "
        "died and blamed armed gangs."
    )
    extraction = extract_one(nlp, text, publisher="Wikipedia")
    claims = {c for i in extraction.incidents if i.type == "killing" for c in claimant_names(i)}
    assert claims == {"Valley Rights Group"}


def test_a_participle_description_stays_part_of_the_source(nlp: Language) -> None:
    text = (
        "According to lawyers representing the miners, police took the men to the central station in "
        "Kolby. The lawyers said that two of the miners were beaten with clubs during questioning."
    )
    claimants = claimant_names(last_incident(nlp, text, "torture"))
    assert [c.lower() for c in claimants] == ["lawyers representing the miners"]


def test_several_of_a_described_group_are_the_source(nlp: Language) -> None:
    text = (
        "In April, soldiers detained at least 30 aid workers in Tavel. Several of those later freed "
        "told us they had been whipped with cables while in detention."
    )
    claimants = claimant_names(last_incident(nlp, text, "torture"))
    assert [c.lower() for c in claimants] == ["those later freed"]


def test_information_she_received_is_hers(nlp: Language) -> None:
    text = (
        "The Special Rapporteur, Mirela Costa, said the trial had lasted ten minutes. According to "
        "information she received, the teacher Ivo Marek was beaten in custody until he confessed."
    )
    assert claimant_names(last_incident(nlp, text, "torture")) == ["Mirela Costa"]


def test_a_conclusion_is_a_claim(nlp: Language) -> None:
    text = (
        "A doctor who examined the body at the family's request, Dr. Lena Fischer, found burns on his "
        "hands and concluded that he had been tortured."
    )
    assert claimant_names(last_incident(nlp, text, "torture", publisher="Daily Ledger")) == ["Lena Fischer"]


def test_the_experts_are_the_experts_the_text_lists(nlp: Language) -> None:
    text = (
        "Two UN human rights experts have condemned the execution of a teenager in Marlow.\n\n"
        "Jonas Pereira, 17, was arrested in March during a protest, according to a statement issued by "
        "the experts.\n\n"
        "“This execution violates international law,” said the two UN Special Rapporteurs – Maria Lund "
        "and Peter Okafor."
    )
    assert sorted(claimant_names(last_incident(nlp, text, "arrest", publisher="UN News"))) == [
        "Maria Lund",
        "Peter Okafor",
    ]


def test_a_new_sentence_after_a_quote_does_not_name_its_speaker(nlp: Language) -> None:
    text = (
        "“Hanging people on the basis of coerced confessions is arbitrary,” said Nadia Rahimi, the "
        "Observatory's director. “Iraq must halt all executions at once.” Should the authorities in "
        "Iraq carry out more hangings, the Observatory said, it would seek an inquiry."
    )
    quotes = extract_one(nlp, text).quotes
    assert [q.speaker for q in quotes] == ["Nadia Rahimi", "Nadia Rahimi"]


def test_a_number_of_experts_that_fits_the_named_experts_is_them(nlp: Language) -> None:
    text = (
        "Two independent UN human rights experts have condemned the execution of Jonas Pereira, 17, in "
        "Marlow on 2 May.\n\n"
        "“This execution violates international law,” said the two UN Special Rapporteurs – Maria Lund "
        "and Peter Okafor."
    )
    claimants = claimant_names(last_incident(nlp, text, "execution", publisher="UN News"))
    assert sorted(claimants) == ["Maria Lund", "Peter Okafor"]


def test_a_pronoun_sentence_carries_on_the_source_named_at_the_end_before(nlp: Language) -> None:
    text = (
        "Four farmers were arrested in Delmar in April 2023 and charged with sedition, according to a "
        "statement by the Harvest Rights Coalition.\n\n"
        "They were sentenced to death in May."
    )
    incident = last_incident(nlp, text, "death_sentence", publisher="Daily Ledger")
    assert claimant_names(incident) == ["Harvest Rights Coalition"]


_roles = partial(extracted_roles, publisher=LEDGER)


def test_a_life_span_after_a_name_marks_a_person(nlp: Language) -> None:
    text = (
        "Death of Tiago Ébano Ruas-Pinto\n\n"
        "Date: 9 July 2021\nLocation: DMI headquarters, Tarsk\nCause: Disputed (official: heart failure)\n"
        "Arrests: 3\nInquiries: Office of the Inspector General; UN Mission\n\n"
        "Tiago Ébano Ruas-Pinto (3 March 1979 – 9 July 2021) was a Norlandic army captain who died in the "
        "custody of the Directorate of Military Intelligence (DMI) in Tarsk.\n\n"
        "Arrest and detention\nRuas-Pinto and two other officers were arrested in Orvo on 1 July 2021."
    )
    assert _roles(nlp, text).get("Tiago Ébano Ruas-Pinto") == "victim"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The whereabouts of opposition activist Marta Kovalenko, held incommunicado since March, "
            "remained unknown at the end of the year.",
            "Marta Kovalenko",
        ),
        (
            "The ministry admitted six deaths.\n\nAmong the dead was Tomas Reyland, a 19-year-old "
            "apprentice who was shot near the town hall on 4 May.",
            "Tomas Reyland",
        ),
    ],
)
def test_victims_named_by_whereabouts_or_among_the_dead(nlp: Language, text: str, name: str) -> None:
    assert _roles(nlp, text).get(name) == "victim"


def test_a_doctor_who_concludes_torture_is_not_its_victim(nlp: Language) -> None:
    text = (
        "A pathologist who examined the body, Dr. Lena Fischer, found burns on his hands and bruises on "
        "his back, and concluded that he had been tortured."
    )
    assert _roles(nlp, text).get("Lena Fischer") != "victim"


def test_newspapers_and_governorates_are_not_people(nlp: Language) -> None:
    text = (
        "Marlow Herald – Security forces killed four protesters in Qaryat Governorate on Sunday, "
        "witnesses told the Marlow Herald."
    )
    names = set(_roles(nlp, text))
    assert not any("Herald" in n or "Governorate" in n for n in names)


def test_a_source_after_a_semicolon_covers_only_its_own_statement(nlp: Language) -> None:
    text = (
        "Kamil Orzeł, a 38-year-old miner, was detained in Varna on 3 May. He died two days later in the "
        "custody of the border police; his relatives said his body bore signs of torture."
    )
    incident = last_incident(nlp, text, "death_in_custody", publisher="Daily Ledger")
    assert claimant_names(incident) == ["publisher"]


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "Ilya Voronin's lawyer said he was beaten in Lefortovo detention centre in May.",
            "torture",
            "lawyer",
        ),
        (
            "The mother of Sara Halloran told reporters that her daughter was beaten in custody.",
            "torture",
            "mother",
        ),
        (
            "Sara Halloran's family said she had been arrested by intelligence agents on 3 May.",
            "arrest",
            "family",
        ),
    ],
)
def test_a_relative_or_lawyer_is_the_source_not_the_person_named(
    nlp: Language, text: str, kind: str, source: str
) -> None:
    claimants = claimant_names(last_incident(nlp, text, kind, publisher="Daily Ledger"))
    assert len(claimants) == 1 and claimants[0].endswith(f"'s {source}")


def test_an_acronym_in_brackets_names_the_organisation(nlp: Language) -> None:
    text = (
        "In a statement, the UN Office of the High Commissioner for Human Rights (OHCHR) said 11 men had "
        "been hanged in Tarsk prison on 22 April."
    )
    claimants = claimant_names(last_incident(nlp, text, "execution", publisher="Daily Ledger"))
    assert claimants == ["Office of the United Nations High Commissioner for Human Rights"]


def test_the_organisation_speaks_for_its_own_staff(nlp: Language) -> None:
    text = "The Dorran Prison Watch said its researchers had documented 87 cases of torture in police cells."
    assert claimant_names(last_incident(nlp, text, "torture", publisher="Daily Ledger")) == [
        "Dorran Prison Watch"
    ]


def test_adding_that_keeps_the_speaker(nlp: Language) -> None:
    text = (
        "Two detainees died in custody in Orvo last month, the Marsh Rights League said in a statement, "
        "adding that one of them had been beaten with cables."
    )
    incident = last_incident(nlp, text, "torture", publisher="Daily Ledger")
    assert claimant_names(incident) == ["Marsh Rights League"]


def test_united_nations_and_un_name_the_same_office(nlp: Language) -> None:
    text = (
        "The United Nations Human Rights Office said it had received reports that at least 19 people "
        "were killed in Orvo on 30 September."
    )
    claimants = claimant_names(last_incident(nlp, text, "killing", publisher="Daily Ledger"))
    assert claimants == ["Office of the United Nations High Commissioner for Human Rights"]


def test_according_to_a_role_and_its_name_quotes_the_named_person(nlp: Language) -> None:
    text = (
        "According to the network's director, Mahmood Karimi-Sadr, “the authorities are using hangings "
        "to spread fear in the province.”"
    )
    assert [q.speaker for q in extract_one(nlp, text).quotes] == ["Mahmood Karimi-Sadr"]
