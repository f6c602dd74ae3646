"""Who claims an incident (round 5): a body's full name where the model cut it short, a name
given in close apposition to a common noun, staff whose spokesperson reports their finding,
tellers an "according to" source relays, the publisher's own team, an unnamed official of a
body the sentence names, a conjunct that is a source's own part, a reviewer of case files, a
description of where relatives live; and look-alikes that must keep their source. Texts
written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import claimant_names, first_incident, incidents_of
from spacy.language import Language

from tallybook.model import Stance

_by = partial(claimant_names, drop_the=True)


def test_a_body_named_with_prepositions_keeps_its_whole_name(nlp: Language) -> None:
    # a guard: where the model reads the whole name, it stays whole
    text = (
        "According to the Moldavian Union for the Protection of Civil Liberties (MUPCL), at least "
        "85 students were arrested in Chisinau during the demonstrations in April."
    )
    inc = first_incident(nlp, text, "arrest")
    assert _by(inc, Stance.ASSERTS) == ["Moldavian Union for the Protection of Civil Liberties"]


def test_a_body_the_model_half_reads_as_a_person_keeps_its_name(nlp: Language) -> None:
    text = (
        "His family and lawyers from the legal charity Justice Initiative Karachi (JIK) said he was 16 "
        "when he was arrested. Justice Initiative Karachi estimates that about 900 prisoners remain on "
        "death row in Sindh."
    )
    inc = first_incident(nlp, text, "death_sentence")
    assert _by(inc, Stance.ASSERTS) == ["Justice Initiative Karachi"]


def test_a_name_in_close_apposition_to_a_common_noun(nlp: Language) -> None:
    text = (
        "According to the diaspora newspaper Voice of Taldor, dozens of students were rounded up "
        "by soldiers in the town of Vessa in March 2021."
    )
    inc = first_incident(nlp, text, "arrest")
    assert _by(inc, Stance.ASSERTS) == ["Voice of Taldor"]


def test_staff_whose_spokesperson_reports_their_finding(nlp: Language) -> None:
    text = (
        "Speaking in Nairobi, spokesperson Maria Oyelaran-Frost said mission staff had documented "
        "the killing of at least 23 villagers by soldiers in Kerro on 2 May."
    )
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.ASSERTS) == ["Maria Oyelaran-Frost"]


def test_staff_with_no_spokesperson_above_stay_the_source(nlp: Language) -> None:
    # nothing reports the team's finding: the sentence names no one else
    text = "Investigators documented the killing of at least 23 villagers by soldiers in Kerro on 2 May."
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.ASSERTS) == ["Investigators"]


def test_tellers_an_according_to_source_relays(nlp: Language) -> None:
    text = (
        "According to the Tavrian Helsinki Group, at least 60 detainees reported that they had been "
        "beaten by guards at the Osk remand centre in 2022."
    )
    inc = first_incident(nlp, text, "torture")
    assert _by(inc, Stance.ASSERTS) == ["Tavrian Helsinki Group"]


def test_case_files_give_their_reviewer(nlp: Language) -> None:
    text = (
        "According to court records reviewed by the Tavrian Helsinki Group, at least 12 defendants "
        "were beaten by interrogators at a police station in Osk in 2022."
    )
    inc = first_incident(nlp, text, "torture")
    assert _by(inc, Stance.ASSERTS) == ["Tavrian Helsinki Group"]
    text = (
        "According to case files examined by Veldia Watch, at least 12 defendants were beaten by "
        "interrogators in Osk in 2022."
    )
    inc = first_incident(nlp, text, "torture")
    assert _by(inc, Stance.ASSERTS) == ["Veldia Watch"]


def test_data_of_the_publishers_own_team(nlp: Language) -> None:
    text = (
        "Data gathered by our field team indicate that at least 31 people have been forcibly "
        "disappeared in the northern districts since March."
    )
    inc = first_incident(nlp, text, "enforced_disappearance", publisher="Karsk Rights Centre")
    assert [c.claimant for c in inc.claims] == ["publisher"]


def test_an_unnamed_official_of_a_body_the_sentence_names(nlp: Language) -> None:
    text = (
        "The National Human Rights Commission of Veldia received more than 250 complaints of torture "
        "by police last year, a commission official told reporters, speaking on condition of anonymity."
    )
    inc = first_incident(nlp, text, "torture")
    assert _by(inc, Stance.ASSERTS) == ["National Human Rights Commission of Veldia"]


def test_an_official_of_no_named_body_keeps_the_description(nlp: Language) -> None:
    text = "Tomas Vell, 44, was hanged at dawn in the Osk central prison, a prison official told reporters."
    inc = first_incident(nlp, text, "execution")
    assert _by(inc, Stance.ASSERTS) == ["A prison official"]


def test_a_sources_own_part_is_not_a_second_source(nlp: Language) -> None:
    text = (
        "The Veldian Freedom Council and its contacts inside the prisons reported that at least 40 "
        "prisoners were hanged in Veldia in May."
    )
    inc = first_incident(nlp, text, "execution")
    assert _by(inc, Stance.ASSERTS) == ["Veldian Freedom Council"]


def test_two_named_sources_stay_two(nlp: Language) -> None:
    text = (
        "The Veldian Freedom Council and Amnesty International reported that at least 40 prisoners "
        "were hanged in Veldia in May."
    )
    inc = first_incident(nlp, text, "execution")
    assert sorted(_by(inc, Stance.ASSERTS)) == ["Amnesty International", "Veldian Freedom Council"]


def test_relatives_described_by_where_they_live(nlp: Language) -> None:
    text = (
        "On 9 May, Daniyar Omarov, a 40-year-old teacher, died in police custody in Taldor, "
        "relatives living in exile said."
    )
    inc = first_incident(nlp, text, "death_in_custody")
    assert _by(inc, Stance.ASSERTS) == ["Relatives living in exile"]


def test_officials_speaking_anonymously_are_not_described_by_it(nlp: Language) -> None:
    text = "Soldiers killed at least 9 villagers in Kerro on 2 May, officials speaking anonymously said."
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.ASSERTS) == ["Officials"]


def test_a_victims_allegation_is_his_own_claim(nlp: Language) -> None:
    text = (
        "The experts raised the case of Anton Vaskevich, 38, whose death sentence was upheld in May "
        "despite his allegation that police officers beat him until he signed a confession."
    )
    inc = first_incident(nlp, text, "torture")
    assert _by(inc, Stance.ASSERTS) == ["Anton Vaskevich"]


def test_a_confession_he_says_was_extracted(nlp: Language) -> None:
    text = (
        "In May the Osk Regional Court sentenced Tomas Vellinger, 30, to death on the basis of a "
        "confession that he says was extracted through beatings."
    )
    inc = first_incident(nlp, text, "torture")
    assert _by(inc, Stance.ASSERTS) == ["Tomas Vellinger"]


def test_what_he_told_his_lawyer_at_the_time(nlp: Language) -> None:
    # the parser hangs the "that"-clause on "time" as a relative clause
    text = (
        "Tomas Vellinger was arrested in 2019. He told his lawyer at the time that interrogators had "
        "beaten him with batons at the Osk police station."
    )
    inc = first_incident(nlp, text, "torture")
    assert _by(inc, Stance.ASSERTS) == ["Tomas Vellinger"]


def test_a_named_relative_keeps_speaking_for_him(nlp: Language) -> None:
    text = (
        "Tomas Vellinger's lawyer said that interrogators had beaten him at the Osk police station in 2019."
    )
    inc = first_incident(nlp, text, "torture")
    assert _by(inc, Stance.ASSERTS) == ["Tomas Vellinger's lawyer"]


def test_the_report_named_before_gives_its_issuer(nlp: Language) -> None:
    text = (
        "Police in Tarvel have shot dead suspected smugglers in raids, Veldia Watch said in a report "
        "released today. The 40-page report documents 11 police raids in Tarvel between May and July "
        "that left 19 people dead."
    )
    incs = [i for i in incidents_of(nlp, text, "killing") if "19 people" in text[i.span.start : i.span.end]]
    assert incs and _by(incs[0], Stance.ASSERTS) == ["Veldia Watch"]


def test_a_tally_named_by_the_first_word_of_the_publisher(nlp: Language) -> None:
    text = "At least 87 people have been executed in Veldia since January, according to a Korva tally."
    inc = first_incident(nlp, text, "execution", publisher="Korva Press Agency")
    assert _by(inc, Stance.ASSERTS) == ["Korva Press Agency"]
