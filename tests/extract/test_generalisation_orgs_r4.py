"""Organisation names as speakers and claimants (round 4): a state body named after its country's
possessive or its government's, a country's highest court named bare, ministries written in lower
case, and a person's title (or its acronym) that is no organisation. Each test pairs the rule with
a look-alike that must not change. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import document_claimants, extract_one, organization_names, speaker_quoting
from spacy.language import Language


def test_a_body_named_after_its_countrys_possessive_is_the_body_not_the_government(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "Aid workers said the shelling killed nine villagers near the border.\n\n"
        "Kenya’s Government Information Service rejected the reports as “a fabrication spread by "
        "people who wish us harm”, saying the army had hit only armed fighters.",
    )
    assert speaker_quoting(doc, "a fabrication spread") == "Government Information Service"
    assert "Government of Kenya" not in organization_names(doc)
    # the country's possessive with the government itself is still the government
    doc = extract_one(nlp, "Kenya's government said 20 people were killed in Nakuru on Sunday.")
    assert document_claimants(doc, "killing") == ["Government of Kenya"]


def test_the_governments_own_body_is_that_body_named_in_full_elsewhere(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "The Tanzanian Human Rights Commission opened an inquiry in March. Police detained 12 "
        "students in Arusha on Friday, the government's Human Rights Commission said.",
    )
    assert document_claimants(doc, "arrest") == ["Tanzanian Human Rights Commission"]
    assert organization_names(doc) == ["Tanzanian Human Rights Commission"]
    # "the government" on its own still names the government
    doc = extract_one(nlp, "Police detained 12 students in Arusha, Tanzania on Friday, the government said.")
    assert "Government of Tanzania" in organization_names(doc)


def test_a_bare_supreme_court_is_the_court_of_the_country_the_text_is_about(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "Gunmen executed two men in a stadium in Afghanistan last week, witnesses in Afghanistan said. "
        'The de facto Supreme Court said the verdict had been "reviewed carefully by several judges '
        'before it was carried out".',
    )
    assert speaker_quoting(doc, "reviewed carefully") == "Supreme Court of Afghanistan"
    # a court the text names with its country keeps that name
    doc = extract_one(
        nlp,
        "The Supreme Court of Japan upheld the death sentence of a man convicted of killing three "
        "people, lawyers in Iran and Iran's press said.",
    )
    assert "Supreme Court of Japan" in organization_names(doc)
    assert "Supreme Court of Iran" not in organization_names(doc)


def test_a_lower_case_ministry_is_the_ministry_of_the_country(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "Police in Egypt arrested 40 people in Alexandria on Monday, the interior ministry said. "
        "Egypt has denied any abuse.",
    )
    assert document_claimants(doc, "arrest") == ["Ministry of Interior of Egypt"]
    # a country's adjective before it says whose ministry it is
    doc = extract_one(
        nlp,
        "Troops shot dead six protesters in Kano, Nigeria, the Saudi foreign ministry said in a statement.",
    )
    assert "Ministry of Foreign Affairs of Saudi Arabia" in organization_names(doc)
    # "ministry" without a field before it is no name
    doc = extract_one(nlp, "Police arrested 40 people in Cairo, Egypt on Monday, a ministry official said.")
    assert not any("Ministry" in name for name in organization_names(doc))


def test_a_lower_case_ministry_is_the_one_the_text_names_in_full(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "The Ministry of Internal Affairs was asked for comment. Later the interior ministry said 30 "
        "people had been detained in Strelsau.",
    )
    assert document_claimants(doc, "arrest") == ["Ministry of Internal Affairs"]
    assert organization_names(doc) == ["Ministry of Internal Affairs"]
    # two ministries of other fields: the lower-case one is neither
    doc = extract_one(
        nlp,
        "The Ministry of Justice and the Ministry of Health were asked for comment. Later the home "
        "ministry said 30 people had been detained in Dhaka, Bangladesh.",
    )
    assert document_claimants(doc, "arrest") == ["Ministry of Home Affairs of Bangladesh"]


def test_a_persons_title_and_its_acronym_are_no_organisation(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "District Police Officer Kamran Aziz said two constables had been suspended after the death "
        'of a detainee. "Nobody is above the law in this district of ours," the DPO said.',
    )
    assert not any(
        name in ("DPO", "District Police", "District Police Officer") for name in organization_names(doc)
    )
    doc = extract_one(nlp, "The Inspector General of Police (IGP) said 14 suspects were arrested in Lagos.")
    assert not any(name in ("IGP", "Inspector General of Police") for name in organization_names(doc))
    # a body's acronym defined the same way is still the body
    doc = extract_one(
        nlp,
        "The Lagos State Police Command (LSPC) said officers had arrested 14 suspects. The LSPC "
        "said they would be charged.",
    )
    assert "Lagos State Police Command" in organization_names(doc)
    doc = extract_one(
        nlp,
        "Agents of the Directorate General of Border Security (DGBS) detained 14 men in Maracaibo, "
        "Venezuela. The DGBS did not comment.",
    )
    assert "Directorate General of Border Security" in organization_names(doc)
