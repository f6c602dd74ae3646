"""Organisation names as claimants (round 16): a defined name of purpose that holds an article
("Council for a Free X (ACR)") or opens with a word "and" joins ("the Truth and Justice Commission
(CVJ)") keeps its first words; a name of purpose the model cut before the country or region it
names ("Centre for X in Africa") and the UN human rights office written with the country it works
in keep their place. Each rule is paired with a look-alike that must not change. Texts written
for these tests."""

from __future__ import annotations

from extraction_helpers import claims_of, document_claimants, extract_one, organization_names
from spacy.language import Language

OHCHR = "Office of the United Nations High Commissioner for Human Rights"


def test_a_name_of_purpose_keeps_its_article(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "Police shot dead four protesters in Omdurman on Monday, according to information obtained "
        "by the Council for a Free Sudan (CFS) from sources in the city. At least 11 other "
        "prisoners are facing execution, the CFS said.",
    )
    assert organization_names(doc) == ["Council for a Free Sudan"]
    assert document_claimants(doc, "death_sentence") == ["Council for a Free Sudan"]


def test_an_acronym_that_does_not_spell_the_article_is_unchanged(nlp: Language) -> None:
    # negative: a name of purpose without an article reads as before
    doc = extract_one(
        nlp,
        "Riot police beat dozens of detainees in Kassala, the Movement for Democratic Change (MDC) "
        "said on Tuesday.",
    )
    assert "Movement for Democratic Change" in organization_names(doc)


def test_a_name_joined_by_and_keeps_its_first_word(nlp: Language) -> None:
    text = "According to the Truth and Justice Commission (CVJ), soldiers killed at least 31 people."
    assert claims_of(nlp, text, "killing") == [["Truth and Justice Commission"]]


def test_a_second_body_after_and_is_not_joined_to_the_first(nlp: Language) -> None:
    # negative: the word before "and" is a body of its own, the name after it a registry name
    doc = extract_one(
        nlp,
        "Police shot dead two protesters in the capital on Friday, according to the BBC and "
        "Agence France-Presse (AFP).",
    )
    names = organization_names(doc)
    assert "Agence France-Presse" in names
    assert not any("BBC and" in name for name in names)


def test_a_name_of_purpose_keeps_its_region(nlp: Language) -> None:
    text = (
        "On March 2, soldiers killed nine villagers, according to local residents and the Centre "
        "for Rights and Justice in Africa."
    )
    assert claims_of(nlp, text, "killing") == [["Local residents", "Centre for Rights and Justice in Africa"]]


def test_a_city_after_a_name_of_purpose_is_no_part_of_it(nlp: Language) -> None:
    # negative: "in Dushanbe" says where the body sits, not what it is
    doc = extract_one(
        nlp,
        "Officers of the State Committee for National Security in Dushanbe beat him for hours, "
        "his lawyer said.",
    )
    assert organization_names(doc) == ["State Committee for National Security"]


def test_the_un_human_rights_office_in_a_country_is_its_country_office(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "The UN Human Rights Office in Peru said police had killed 12 protesters since March. "
        "The Office also said 30 people had been detained.",
    )
    office = f"{OHCHR} in Peru"
    assert organization_names(doc) == [office]
    assert document_claimants(doc, "killing") == [office]
    assert document_claimants(doc, "arrest") == [office]


def test_the_un_human_rights_office_in_a_city_is_the_office(nlp: Language) -> None:
    # negative: Geneva is where the office sits, no country office
    doc = extract_one(
        nlp, "The UN Human Rights Office in Geneva said police had killed 12 protesters since March."
    )
    assert organization_names(doc) == [OHCHR]


def test_a_bare_government_that_tells_is_the_government_the_text_names(nlp: Language) -> None:
    text = (
        "Police shot dead a student in Dhaka last week. The government said 212 people were "
        "killed in police operations across Bangladesh last year."
    )
    assert claims_of(nlp, text, "killing")[-1] == ["Government of Bangladesh"]


def test_a_bare_government_of_no_named_country_is_kept_as_written(nlp: Language) -> None:
    # negative: no country named, so no government to name
    text = "The government said 212 people were killed in police operations last year."
    assert claims_of(nlp, text, "killing") == [["The government"]]


def test_a_definite_bare_count_that_tells_stands_for_the_people_named(nlp: Language) -> None:
    text = (
        "Three young men arrested during the protests, Reza Amini, Kaveh Nouri and Omid Sadri, were "
        "sentenced to death by a Revolutionary Court last month. In letters smuggled out of prison, "
        "the three say they were tortured into confessing."
    )
    assert claims_of(nlp, text, "torture") == [["Reza Amini", "Kaveh Nouri", "Omid Sadri"]]


def test_a_definite_count_that_fits_no_list_is_kept(nlp: Language) -> None:
    # negative: four people named, "the three" are not all of them
    text = (
        "Four young men, Reza Amini, Kaveh Nouri, Omid Sadri and Ali Rad, were sentenced to death "
        "last month. In letters smuggled out of prison, the three say they were tortured into "
        "confessing."
    )
    claimants = claims_of(nlp, text, "torture")[0]
    assert "Reza Amini" not in claimants


def test_a_counted_part_speaks_as_the_people_named_beside_it(nlp: Language) -> None:
    text = (
        "Nine people were arrested during the raid. Two of them, Paulo Souza and Marcos Lima, told "
        "the public defender that they had been kicked and beaten inside a police vehicle."
    )
    assert claims_of(nlp, text, "torture") == [["Paulo Souza", "Marcos Lima"]]


def test_a_counted_part_named_nowhere_beside_it_is_not_the_group_named_before(nlp: Language) -> None:
    # negative: the two named before were arrested with others; "Two of them" may be any two
    text = (
        "Paulo Souza and Marcos Lima were arrested with seven others during the raid. Two of them "
        "told the public defender that they had been beaten inside a police vehicle."
    )
    claimants = claims_of(nlp, text, "torture")[0]
    assert "Paulo Souza" not in claimants
