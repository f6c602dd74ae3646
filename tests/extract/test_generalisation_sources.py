"""Who claims an incident, second round (continues test_generalisation_claimants.py): people with
hyphenated surnames and long titles, Burmese honorifics and village names, joint statements of
listed experts, transcript turns, "the organization" of a report, "his family", campaign names
and figures "verified by" a source. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, claimant_names, extract_one, last_incident
from spacy.language import Language

_extract = partial(extract_one, publisher=LEDGER)
_incident = partial(last_incident, publisher=LEDGER)


_RAPPORTEUR = (
    "GENEVA (3 May 2024) – The UN Special Rapporteur on the situation of human rights in Veloria, "
    "Ingrid Castellanos-Mbeki, today voiced concern about the treatment of detainees.\n\n"
    "Two farmers, Piet Rondell and Arvo Linnak, were sentenced to death last month by a military "
    "court in Dorran, the expert said.\n\n"
    "“These trials are a mockery of justice and must be stopped,” the Special Rapporteur said.\n\n"
    "“No one should be hanged on the basis of a forced confession,” Ms. Castellanos-Mbeki said."
)


def test_a_hyphenated_surname_with_a_long_title_is_the_person(nlp: Language) -> None:
    doc = _extract(nlp, _RAPPORTEUR)
    assert "Ingrid Castellanos-Mbeki" in [p.name for p in doc.people]
    sentence = [i for i in doc.incidents if i.type == "death_sentence"][-1]
    assert claimant_names(sentence) == ["Ingrid Castellanos-Mbeki"]
    assert {q.speaker for q in doc.quotes} == {"Ingrid Castellanos-Mbeki"}


def test_burmese_honorific_daw_is_not_part_of_the_name_and_villages_are_not_people(nlp: Language) -> None:
    text = (
        "Soldiers raided Htan Ma Gyi village on Tuesday and shot dead a nurse, Daw Mya Thet Khaing, 41. "
        "Residents said troops detained 12 men in the village of Kyun Pin Taw the next day."
    )
    names = [p.name for p in _extract(nlp, text).people]
    assert "Mya Thet Khaing" in names
    assert not {"Htan Ma Gyi", "Kyun Pin Taw", "Daw Mya Thet Khaing"} & set(names)


def test_un_experts_of_a_release_are_every_listed_expert(nlp: Language) -> None:
    text = (
        "GENEVA (2 April 2024) – UN experts today said that at least 15 journalists had been arrested "
        "in Veloria since January.\n\n"
        "The experts also received information that a teacher, Orla Fenn, died in custody in Dorran "
        "on 3 March.\n\n"
        "The experts: Tarik Osei-Brandt, Special Rapporteur on the situation of human rights in "
        "Veloria; Leni Marchetti, Special Rapporteur on the independence of judges and lawyers; and "
        "Marta Ilves, Chair-Rapporteur of the Working Group on Arbitrary Detention."
    )
    doc = _extract(nlp, text)
    experts = {"Tarik Osei-Brandt", "Leni Marchetti", "Marta Ilves"}
    for kind in ("arrest", "death_in_custody"):
        assert set(claimant_names(next(i for i in doc.incidents if i.type == kind))) == experts


def test_a_transcript_turn_is_asserted_by_its_speaker(nlp: Language) -> None:
    text = (
        "TRANSCRIPT – Press briefing on Veloria\n\n"
        "SPOKESPERSON (Rhea Lindqvist, UN Human Rights Office): Good afternoon. On Friday, police in "
        "Dorran arrested 23 students who had joined a sit-in.\n\n"
        "QUESTION: Were any of them hurt?\n\n"
        "SPOKESPERSON: We are told that two of the students were beaten in the police station."
    )
    doc = _extract(nlp, text)
    for kind in ("arrest", "torture"):
        assert claimant_names(next(i for i in doc.incidents if i.type == kind)) == ["Rhea Lindqvist"]


def test_the_organization_of_a_report_that_names_none_is_its_publisher(nlp: Language) -> None:
    text = (
        "VELORIA 2023\n\nAccording to information gathered by the organization, at least 40 people were "
        "executed during the year."
    )
    assert claimant_names(_incident(nlp, text, "execution")) == ["publisher"]


def test_his_family_is_the_family_of_the_person_named_before(nlp: Language) -> None:
    text = (
        "In May a court in Dorran sentenced Tomas Wrede, a 30-year-old baker, to death. His family said "
        "he had been arrested at his home in 2021 and held for three months without a lawyer."
    )
    assert claimant_names(_incident(nlp, text, "arrest")) == ["Tomas Wrede's family"]


def test_a_campaign_is_named_without_its_generic_head(nlp: Language) -> None:
    text = "The Free Our Teachers campaign documented 212 arrests of teachers in Veloria during 2023."
    assert claimant_names(_incident(nlp, text, "arrest")) == ["Free Our Teachers"]


def test_figures_verified_by_a_source_are_that_sources_figures(nlp: Language) -> None:
    text = (
        "More than 900 civilians have been killed by the army since 2022, according to figures verified "
        "by the Veloria Monitoring Group."
    )
    assert claimant_names(_incident(nlp, text, "killing")) == ["Veloria Monitoring Group"]
