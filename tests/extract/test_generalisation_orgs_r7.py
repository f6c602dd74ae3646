"""Organisation names as claimants and speakers (round 7): an acronym the text spells out keeps the
text's meaning over the registry's, a translated name keeps its leading adjective and loses the
clause word before it, a unit named after a registry body is that unit, monitors named
"Observatory", "Collective" or "Unit", a descriptor compound before a name, a body whose own name
holds a possessive, and Bangladesh's monitors. Each test pairs the rule with a look-alike that must
not change. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import document_claimants, extract_one, organization_names, speaker_quoting
from spacy.language import Language


def test_an_acronym_the_text_spells_out_is_the_texts_body_not_the_registrys(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "The Movement for Social Freedom (MSF) said police arrested 12 students in Harare on Friday.",
    )
    assert "Movement for Social Freedom" in organization_names(doc)
    assert "Médecins Sans Frontières" not in organization_names(doc)
    # the registry body spelt out in full keeps its registry name
    doc = extract_one(nlp, "Doctors Without Borders (MSF) said soldiers killed 12 patients in Gao on Friday.")
    assert "Médecins Sans Frontières" in organization_names(doc)


def test_a_translated_name_keeps_its_leading_adjective(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "According to the Special Peace Tribunal (TEP), soldiers killed 40 farmers in Cauca in 2006.",
    )
    assert document_claimants(doc, "killing") == ["Special Peace Tribunal"]
    # a country's possessive before the name is no part of it
    doc = extract_one(
        nlp,
        "Peru's National Rights Commission (CNDR) said soldiers killed 40 farmers in Ayacucho in 2006.",
    )
    assert "National Rights Commission" in organization_names(doc)


def test_the_clause_word_before_a_spelt_out_name_is_no_part_of_it(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "According to the Angolan League for Human Rights (LADH), police detained 30 students in "
        "Huambo on Monday.",
    )
    assert "Angolan League for Human Rights" in organization_names(doc)
    assert not any(name.startswith("According") for name in organization_names(doc))


def test_a_unit_named_after_a_registry_body_is_that_unit(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "Police shot dead four refugees at the border camp on Sunday.\n\n"
        "The UNHCR Legal Protection Unit said in a statement: “No one should be sent back to face "
        "torture.”",
    )
    assert speaker_quoting(doc, "No one should be sent back") == "UNHCR Legal Protection Unit"
    # a registry name that only opens with the acronym stays the registry body
    doc = extract_one(
        nlp,
        "Police shot dead four refugees at the border camp on Sunday.\n\n"
        "The UN Security Council said in a statement: “No one should be sent back to face torture.”",
    )
    assert speaker_quoting(doc, "No one should be sent back") == "United Nations Security Council"


def test_monitors_named_observatory_collective_or_unit(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "The Andean Observatory of Social Protest said police killed three marchers in Cusco on Monday.",
    )
    assert document_claimants(doc, "killing") == ["Andean Observatory of Social Protest"]
    doc = extract_one(
        nlp, "The Never Forget Collective said soldiers detained nine teachers in Masaya on Monday."
    )
    assert document_claimants(doc, "arrest") == ["Never Forget Collective"]
    # a lower-case "unit" is no name
    doc = extract_one(nlp, "A police unit detained nine teachers in Masaya on Monday, residents said.")
    assert not any("unit" in name.lower() for name in organization_names(doc))


def test_a_descriptor_compound_before_a_name_is_no_part_of_it(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "The Geneva-based Death Penalty Research Unit said 31 prisoners were hanged in Shiraz in March.",
    )
    assert "Death Penalty Research Unit" in organization_names(doc)
    assert not any(name.startswith("Geneva") for name in organization_names(doc))


def test_a_body_whose_own_name_holds_a_possessive_loses_its_countrys(nlp: Language) -> None:
    doc = extract_one(
        nlp, "Kenya’s Ombudsman’s Office said two protesters were shot dead in Kisumu on Monday."
    )
    assert document_claimants(doc, "killing") == ["Ombudsman’s Office"]
    # the same office named without its country is named as written
    doc = extract_one(nlp, "The Ombudsman's Office said two protesters were shot dead in Kisumu on Monday.")
    assert document_claimants(doc, "killing") == ["Ombudsman's Office"]


def test_bangladeshs_monitors_are_organisations_not_people(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "The Dhaka-based rights group Ain o Salish Kendra said police shot dead two men in Khulna on Sunday.",
    )
    assert document_claimants(doc, "killing") == ["Ain o Salish Kendra"]
    assert not [p.name for p in doc.people if "Kendra" in p.name]
