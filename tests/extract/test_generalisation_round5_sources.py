"""Sources and speakers, fifth round: a joint release of UN experts speaks for its experts, a
report set off by commas sources its own clause, "the cases documented in the report" go to whoever
issued it, a descriptor or a foreign particle does not change an organisation's name, a part of a
body ("the army's information team") speaks for it, and places and clergy titles are not people.
Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, extract_one
from spacy.language import Language

from tallybook.model import DocumentExtraction

_OHCHR = "Office of the United Nations High Commissioner for Human Rights"


_extract = partial(extract_one, publisher=LEDGER)


def _claimants(doc: DocumentExtraction, incident_type: str) -> set[str]:
    return {c.claimant for i in doc.incidents if i.type == incident_type for c in i.claims}


def test_a_joint_release_of_un_experts_speaks_for_the_listed_experts(nlp: Language) -> None:
    text = (
        "Kalvaria: UN experts decry arrests of journalists\n\n"
        "GENEVA (3 June 2024) \u2013 UN experts today voiced alarm at a crackdown on the press "
        "in Kalvaria.\n\n"
        "Two reporters, Ana Morell and Luka Brenn, were arrested in Dorna in May and remain in custody.\n\n"
        "\u201cJournalism is not a crime and these reporters must be released at once,\u201d "
        "said the experts \u2013 Mira Oduya, Special Rapporteur on freedom of expression; "
        "Tomas Leyva, Special Rapporteur on "
        "human rights defenders; and Ruth Anselm, Special Rapporteur on torture."
    )
    doc = _extract(nlp, text, publisher=_OHCHR)
    assert _claimants(doc, "arrest") == {"Mira Oduya", "Tomas Leyva", "Ruth Anselm"}
    assert [q.speaker for q in doc.quotes] == ["Mira Oduya"]


def test_a_report_set_off_by_commas_is_the_source_of_its_clause(nlp: Language) -> None:
    text = (
        "Karim Sadeghi had been arrested in March 2022 and, his family said, was held in solitary "
        "confinement for 40 days during which interrogators beat him."
    )
    doc = _extract(nlp, text)
    assert _claimants(doc, "torture") == {"Karim Sadeghi's family"}


def test_cases_documented_in_the_report_belong_to_its_author(nlp: Language) -> None:
    text = (
        "In its annual report, the Northern Commission for Civil Liberties said it had verified 40 deaths "
        "in custody this year. The Government of Kalvaria rejected the Commission\u2019s figures, saying "
        "the report relied on hostile sources.\n\n"
        "Among the cases documented in the report is that of Rami Tallis, a 41-year-old teacher from Hama "
        "who was arrested at a checkpoint in May 2022."
    )
    doc = _extract(nlp, text)
    assert _claimants(doc, "arrest") == {"Northern Commission for Civil Liberties"}


def test_a_descriptor_with_a_nationality_is_not_part_of_the_name(nlp: Language) -> None:
    text = (
        "== Execution ==\nThe Kurdish rights group Hengaw reported that Karim Sadeghi was hanged at dawn "
        "on 3 May in Urmia Prison."
    )
    doc = _extract(nlp, text)
    assert _claimants(doc, "execution") == {"Hengaw"}


def test_a_lowercase_particle_stays_inside_an_organisation_name(nlp: Language) -> None:
    text = (
        "The domestic rights organization Jan o Shanti Kendra (JSK) reported that 12 people died in "
        "police custody during the year."
    )
    doc = _extract(nlp, text)
    assert [o.name for o in doc.organizations] == ["Jan o Shanti Kendra"]
    assert _claimants(doc, "death_in_custody") == {"Jan o Shanti Kendra"}
    assert doc.people == []


def test_a_sentence_stop_ends_an_organisation_name(nlp: Language) -> None:
    text = (
        "Marek Tollin, 44, died on Sunday in Penal Colony No. 9, according to lawyer Jan Borek. "
        'The Federal Prison Service (FPSB) said in a statement that he "lost consciousness after a walk and '
        'could not be revived," and gave the cause of death as heart failure.'
    )
    doc = _extract(nlp, text)
    assert "Federal Prison Service" in [o.name for o in doc.organizations]
    assert [q.speaker for q in doc.quotes] == ["Federal Prison Service"]


def test_a_part_of_a_body_speaks_for_it_and_a_reference_mark_ends_a_sentence(nlp: Language) -> None:
    text = (
        "Soldiers of the Kalvar Army killed 12 villagers in Dorna on 3 May.[1] Among the dead was Jon Pell, "
        "a 20-year-old student who had returned home.[2] The army's information team said that troops had "
        "come under attack and killed five fighters of the Free Hills Front (FHF), a rebel group: "
        '"Security forces came under attack and returned fire, killing five terrorists."[3]'
    )
    doc = _extract(nlp, text)
    assert [q.speaker for q in doc.quotes] == ["Kalvar Army"]


def test_clergy_titles_places_and_institutions_are_not_people(nlp: Language) -> None:
    text = (
        "Abba Tesfaye Gebre, a priest, was killed at Debre Abbay Monastery on 3 May. Police later arrested "
        "20 people in Port Said and in Southern Africa, witnesses said."
    )
    doc = _extract(nlp, text)
    assert [p.name for p in doc.people] == ["Tesfaye Gebre"]
    assert [i.victim_names for i in doc.incidents if i.type == "killing"] == [["Tesfaye Gebre"]]


def test_a_headline_verb_is_not_part_of_a_name(nlp: Language) -> None:
    text = (
        "Kalvarian Anti-War Activist Dies in Penal Colony\n\n"
        "Kalvarian activist Petar Lund died in a penal colony on Sunday, his lawyer said."
    )
    doc = _extract(nlp, text)
    assert [p.name for p in doc.people] == ["Petar Lund"]
