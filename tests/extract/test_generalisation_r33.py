"""Round 33, read on new real pages (r-sets, session 20): names, speakers and sentences the
extractor cut apart.

- A holder named after an office and its body keeps every word of the name, also where the model
  tags only its last words ("UN High Commissioner for Human Rights A B C D": A was lost), and
  where time words follow ("... Rights A B on Monday" named no one, and the quotation's speaker
  became the whole phrase).
- "The UN chief" is the Secretary-General, not a head of state the text also names; a holder the
  text names only as the one its spokesperson speaks for is known by name.
- "The executions of wrestler A B and journalist C D": the second name, which the parser made the
  subject of the verb after the phrase, is a victim too.
- "Stoned to death" is an execution; "slain" a killing; "died amid demonstrations" and "died
  during these protests" are deaths in a crackdown, as "died during the protests" was.
- "Spokesperson A B of the Office of the UN High Commissioner for Human Rights (OHCHR)": the
  acronym leaves out "UN", so the name it abbreviates starts at "Office" (it swallowed the
  spokesperson, who was lost).
- "..., the UN experts said" after the release named its experts is the first-named expert
  (CONVENTIONS.md), as "the experts said" was; "the UN Experts* said" is the same phrase. A
  claimant called "UN experts" takes CONVENTIONS' name, as the speaker did.
- Names whose family name is set in capitals ("Gift TANDARE" style, in urgent actions) are people.
- A text set in fixed-width lines: a line break inside a sentence no longer starts a sentence, so
  a wrapped line is no title (its incidents were dropped) and "according to" split over two lines
  names its source.
- A claimant written as an office and the holder's name is that person; "the agency added" is the
  UN body or news agency named last; "I" outside a quotation (a letter's writer) is the publisher.
- Second pass (read off the s-sets, closed until then): "McAllister" is one word of a name; a
  Title Case headline's small words ("X On Imminent Execution In Y") end a name; "Secretary of
  State X Y" names X Y where the model tags the name a place; "X's death in custody" and "X's
  death while he was in police custody" are X's; "Those executed were A; B; and two others, C
  and D" names the people counted before it; a role in a body of up to ninety characters ("X,
  Deputy Regional Director for ... at Amnesty International, said:") leaves X the speaker; "may
  have executed" estimates the past, where "may execute" and "could have" tell no incident; "X,
  Amnesty International's Belarus Researcher, said:" makes X a person and the speaker.
- Third pass (read off the t-sets once they had been scored closed): the occasion after a speaker
  ("said the experts while presenting their findings to the Council") is no part of the
  speaker; in a release by the UN's experts, "the experts" are they, not another panel of experts
  the release names.
"""

from __future__ import annotations

import pytest
from extraction_helpers import (
    claimant_names,
    extract_one,
    first_incident,
    incident_figure,
    incidents_of,
    people_roles,
    person_names,
    quote_speakers,
)
from spacy.language import Language

from tallybook.extract.entities.person_fixes import names_after_titled_body
from tallybook.extract.entities.un_expert_groups import UN_EXPERTS


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“No one should hang for a peaceful protest,” said UN High Commissioner for Human Rights "
            "Bashir Nadim Al Farouqi in a statement.",
            "Bashir Nadim Al Farouqi",
        ),
        (
            "“The arrests must end today,” said Commissioner for Human Rights Lidija Kovacevic on Monday.",
            "Lidija Kovacevic",
        ),
        (
            "“The arrests must end today,” said the Commissioner for Human Rights Lidija Kovacevic.",
            "Lidija Kovacevic",
        ),
    ],
)
def test_probe_holder_after_an_office_keeps_the_whole_name(nlp: Language, text: str, speaker: str) -> None:
    assert quote_speakers(nlp, text) == [speaker]
    assert speaker in person_names(nlp, text)


def test_probe_the_un_chief_is_the_secretary_general(nlp: Language) -> None:
    text = (
        "President Dmitri Valenko ordered the airliner to land. “The Secretary-General is alarmed by the "
        "arrest of the blogger on board”, said a statement from the Spokesperson for Ban Ki-moon.\n"
        "The UN chief called for “a prompt and independent inquiry into this arrest” and urged calm."
    )
    assert quote_speakers(nlp, text) == ["Ban Ki-moon", "Ban Ki-moon"]


def test_probe_the_un_chief_titled_in_the_text(nlp: Language) -> None:
    text = (
        "President Dmitri Valenko ordered the airliner to land. UN Secretary-General Anselm Okoro was "
        "alarmed.\nThe UN chief called for “a prompt and independent inquiry into this arrest” and "
        "urged calm."
    )
    assert quote_speakers(nlp, text) == ["Anselm Okoro"]


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        (
            "Last year's executions of wrestler Farid Kamali and journalist Hamid Sadeghpour shocked "
            "the world.",
            "execution",
            ["Farid Kamali", "Hamid Sadeghpour"],
        ),
    ],
)
def test_probe_second_described_name_of_an_of_phrase(
    nlp: Language, text: str, kind: str, names: list[str]
) -> None:
    assert first_incident(nlp, text, kind).victim_names == names
    assert incident_figure(nlp, text, kind) == (2, "exact")


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        (
            "The executions of Farid Kamali and Hamid Sadeghpour shocked the world.",
            "execution",
            ["Farid Kamali", "Hamid Sadeghpour"],
        ),
        (
            "The arrest of lawyer Mina Sotoudi and activist Parvin Mahdavi drew protests abroad.",
            "arrest",
            ["Mina Sotoudi", "Parvin Mahdavi"],
        ),
    ],
)
def test_two_names_of_an_of_phrase_still_two(nlp: Language, text: str, kind: str, names: list[str]) -> None:
    assert first_incident(nlp, text, kind).victim_names == names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Reports said Davud Ahangar had been stoned to death in secret in Vakilabad Prison on 2 May.",
            "execution",
        ),
        ("About 300 people were slain and hundreds were wounded in the capital after the vote.", "killing"),
        ("At least 14 people reportedly died amid demonstrations over fuel prices.", "killing"),
        (
            "In four days, at least 23 people died during these protests, most of them from gunshots.",
            "killing",
        ),
    ],
)
def test_probe_more_words_of_death(nlp: Language, text: str, kind: str) -> None:
    assert [i.type for i in incidents_of(nlp, text)] == [kind]


def test_a_stoning_by_a_mob_is_no_execution(nlp: Language) -> None:
    text = "A police officer was stoned to death by protesters in the market town."
    assert incidents_of(nlp, text, "execution") == []


def test_probe_an_acronym_without_the_un_does_not_swallow_the_spokesperson(nlp: Language) -> None:
    text = (
        "“We have credible reports that some of the detainees were beaten,” Spokesperson Rosa Hallberg "
        "of the Office of the UN High Commissioner for Human Rights (OHCHR) told reporters in Geneva."
    )
    assert quote_speakers(nlp, text) == ["Rosa Hallberg"]
    assert "Rosa Hallberg" in person_names(nlp, text)


_NAMED_EXPERTS = (
    "GENEVA (3 March 2023) – The UN Special Rapporteur on the situation of human rights in Arlandia, "
    "Petra Lindqvist, and the UN Special Rapporteur on torture, Joaquim Saraiva, today condemned the "
    "hanging of three men.\n\n“We are appalled by these hangings after grossly unfair trials,” {cue}."
)


@pytest.mark.parametrize("cue", ["the UN experts said", "the UN Experts* said"])
def test_probe_the_un_experts_after_named_experts_are_the_first_named(nlp: Language, cue: str) -> None:
    assert quote_speakers(nlp, _NAMED_EXPERTS.format(cue=cue)) == ["Petra Lindqvist"]


def test_the_experts_after_named_experts_still_the_first_named(nlp: Language) -> None:
    assert quote_speakers(nlp, _NAMED_EXPERTS.format(cue="the experts said")) == ["Petra Lindqvist"]


def test_probe_unnamed_un_experts_with_a_footnote_mark_under_one_name(nlp: Language) -> None:
    text = (
        "GENEVA (3 March 2023) – UN experts today condemned the hanging of three men.\n\n“We are appalled "
        "by these hangings after grossly unfair trials,” the UN Experts* said."
    )
    assert quote_speakers(nlp, text) == [UN_EXPERTS]
    assert claimant_names(first_incident(nlp, text, "execution")) == [UN_EXPERTS]


_CAPITAL_SURNAMES = (
    "I am writing about the reported torture of opposition leaders, including Tendai MAKONI and Rudo "
    "CHIKWANHA, after their arrest on 4 June. Police also shot Farai NYATHI at a vigil."
)


def test_probe_family_names_in_capitals_are_people(nlp: Language) -> None:
    names = person_names(nlp, _CAPITAL_SURNAMES)
    assert {"Tendai MAKONI", "Rudo CHIKWANHA", "Farai NYATHI"} <= set(names)


def test_one_capitalised_acronym_after_a_word_is_no_person(nlp: Language) -> None:
    text = "Soldiers opened fire on End SARS protesters at the toll gate, killing at least 12 people."
    assert not any("SARS" in name for name in person_names(nlp, text))


def test_an_acronym_used_alone_is_no_family_name(nlp: Language) -> None:
    text = (
        "Members of the Rapid Response Brigade (RRB) detained 20 men. Witnesses said Stop RRB and Free "
        "UNAM banners were torn down."
    )
    assert not any(name.endswith(("RRB", "UNAM")) for name in person_names(nlp, text))


_WRAPPED = (
    "Whereas at least 9,000 Velorians have been detained across Veloria according to\n"
    "official sources, and many thousands more have been held according\n"
    "to independent monitors;"
)


def test_probe_a_wrapped_line_is_no_title(nlp: Language) -> None:
    found = extract_one(nlp, _WRAPPED, published="2023-01-10").incidents
    assert found and found[0].type == "arrest" and found[0].figure.count == 9000
    assert claimant_names(found[0]) == ["Official sources"]


def test_a_quotation_over_wrapped_lines_keeps_its_line_breaks(nlp: Language) -> None:
    text = "“The men were taken away\nby police and nobody has seen them,” said\nMaryam Saberi, a lawyer."
    doc = extract_one(nlp, text)
    assert [(q.speaker, q.text) for q in doc.quotes] == [
        ("Maryam Saberi", "The men were taken away\nby police and nobody has seen them,")
    ]
    assert doc.incidents and doc.incidents[0].type == "enforced_disappearance"


def test_probe_a_claimant_written_with_the_office_is_the_holder(nlp: Language) -> None:
    text = (
        "“I am alarmed that opposition leaders Rafael Ortuno and Camila Vasquez have again been detained "
        "by the security forces,” said UN High Commissioner for Human Rights Bashir Nadim Al Farouqi in "
        "a statement."
    )
    assert claimant_names(first_incident(nlp, text, "arrest")) == ["Bashir Nadim Al Farouqi"]


def test_probe_the_agency_added_is_the_un_body_named_last(nlp: Language) -> None:
    text = (
        "Arlandia has hanged at least six people since March, according to reports received by the "
        "Office of the High Commissioner for Human Rights (OHCHR).\n\nMore than 90 people were believed "
        "to be on death row in the country, the agency added."
    )
    sentenced = incidents_of(nlp, text, "death_sentence", required=True)
    assert claimant_names(sentenced[0]) == ["Office of the United Nations High Commissioner for Human Rights"]


def test_a_described_agency_is_not_the_body_named_last(nlp: Language) -> None:
    text = (
        "Two men were caned in public on Friday, an Archipelago News Service reporter saw.\n\nLast week, a "
        "woman received 100 lashes in the port town, the provincial religious agency said."
    )
    claimants = [claimant_names(i) for i in incidents_of(nlp, text, "corporal_punishment")]
    assert ["Archipelago News Service"] not in claimants[1:]


def test_probe_a_letter_writer_is_the_publisher(nlp: Language) -> None:
    text = "I write to voice my deep alarm at the killing of Simba Moyo by riot police on 11 March."
    incident = first_incident(nlp, text, "killing", publisher="Rights Action Network")
    assert claimant_names(incident) == ["publisher"]


def test_i_inside_a_quotation_is_its_speaker(nlp: Language) -> None:
    text = "“I saw the police beat my brother to death on Monday,” said Amir Tavakoli, a shopkeeper."
    assert claimant_names(first_incident(nlp, text, "killing")) == ["Amir Tavakoli"]
    assert people_roles(nlp, text).get("Amir Tavakoli") != "victim"


# -- round 33, second pass (read off the s-sets) ------------------------------------------------


def test_probe_a_family_name_opening_mc_is_whole(nlp: Language) -> None:
    text = "The campaign was led by lawyer Fiona McAllister, who was detained on Monday."
    assert person_names(nlp, text) == ["Fiona McAllister"]  # not also "Fiona Mc"


def test_probe_a_title_case_headline_is_no_name(nlp: Language) -> None:
    text = (
        "Comment By Rights Office Spokesperson Martin Ostrander On Imminent Execution In Arlandia\n\n"
        "Geneva, 11 August 2023. We are alarmed that a man was hanged in Arlandia on Monday."
    )
    assert not any(" On " in name or name.endswith(" In") for name in person_names(nlp, text))


def test_probe_secretary_of_state_names_the_holder() -> None:
    # where the model tags the name a place ("... decried X's death"), the office still names it
    text = "Secretary of State Alden Whitcombe mourned the prisoner's death:"
    assert names_after_titled_body(text) == [(19, 34, "Alden Whitcombe")]


@pytest.mark.parametrize(
    "text",
    [
        "Activists blamed the police for Pavel Marozau’s death in custody in November.",
        "The court jailed those who exposed the truth about Pavel Marozau’s death while he was in "
        "police custody.",
    ],
)
def test_probe_a_possessor_dies_in_custody(nlp: Language, text: str) -> None:
    incident = first_incident(nlp, text, "death_in_custody")
    assert incident.victim_names == ["Pavel Marozau"]
    assert people_roles(nlp, text)["Pavel Marozau"] == "victim"


def test_probe_those_executed_were_names_the_counted_victims(nlp: Language) -> None:
    text = (
        "The junta hanged four activists on Monday, state media said. Those executed were poet Tun Lin "
        "Aung; ex-MP Kyaw Zin Oo; and two more men, Myo Thant and Zaw Win Naing."
    )
    incidents = incidents_of(nlp, text, "execution")
    assert len(incidents) == 1
    assert incidents[0].figure.count == 4
    assert incidents[0].victim_names == ["Tun Lin Aung", "Kyaw Zin Oo", "Myo Thant", "Zaw Win Naing"]


def test_those_executed_described_names_no_one(nlp: Language) -> None:
    text = "The judiciary has claimed that all those executed were dangerous drug traffickers."
    assert all(not i.victim_names for i in incidents_of(nlp, text))


def test_probe_a_long_role_in_a_body_still_names_the_speaker(nlp: Language) -> None:
    text = (
        "After two dissidents were hanged in secret on 27 July, Helena Vasquez, Deputy Regional "
        "Director for the Middle East and North Africa at Amnesty International, said:\n\n“These men were "
        "hanged after a trial that lasted only minutes.”"
    )
    assert quote_speakers(nlp, text) == ["Helena Vasquez"]


def test_probe_may_have_executed_is_an_estimate_of_the_past(nlp: Language) -> None:
    text = "By their count, Arlandia may already have executed at least 134 prisoners this year."
    assert incident_figure(nlp, text, "execution") == (134, "at_least")


@pytest.mark.parametrize(
    "text",
    [
        "Arlandia may execute at least 13 people next week, the experts said.",
        "The deaths could have been prevented, the experts said.",
    ],
)
def test_a_prospect_or_a_counterfactual_is_no_incident(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text) == []


def test_probe_a_post_a_named_body_holds_marks_the_person_and_the_speaker(nlp: Language) -> None:
    text = (
        "Commenting on the detention of bloggers at a vigil in Minsk on 3 February, held a year after "
        "the “special operation” began, Natalia Vorontsova, Amnesty International’s Belarus "
        "Researcher, said:\n“These brave women have met the usual response from the authorities.”"
    )
    assert "Natalia Vorontsova" in person_names(nlp, text)
    assert quote_speakers(nlp, text) == ["Natalia Vorontsova"]


# -- round 33, third pass (read off the t-sets after their closed scoring) ------------------------


def test_probe_the_occasion_after_the_speaker_is_no_part_of_it(nlp: Language) -> None:
    text = (
        "GENEVA (2 May 2019) – The UN Working Group on Arbitrary Detention today warned that secret "
        "detention is spreading.\n\n“We are alarmed that secret detention is spreading,” said the "
        "human rights experts while presenting their yearly findings to the UN Human Rights Council."
    )
    assert quote_speakers(nlp, text) == ["Working Group on Arbitrary Detention"]


def test_probe_the_experts_of_a_un_release_are_not_another_panel(nlp: Language) -> None:
    text = (
        "GENEVA (4 June 2018) – UN human rights experts* today urged Arlandia to end the crackdown, in "
        "which at least 90 people have been killed.\n\n“We are appalled by the killings,” the experts "
        "said.\n\nThey welcomed the arrival of the Independent Panel of Forensic Experts (IPFE), which will "
        "examine the deaths.\n\n“We urge the Government to grant the panel full access to the morgues,” "
        "said the experts."
    )
    assert quote_speakers(nlp, text) == [UN_EXPERTS, UN_EXPERTS]
