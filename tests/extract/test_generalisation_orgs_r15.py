"""Organisation names as claimants and speakers (round 15): a time phrase the name picked up from
its clause ("Through March the X Commission (ACR)", "the UN Human Rights Office on Monday") and a
descriptor before a name the text defines ("the UN-backed X", "the NGO X (ACR)") are no part of
the name; the two UN working groups under the names the registry gives them; "Mizan Online" where
the text never writes "Mizan News Agency". Each test pairs the rule with a look-alike that must
not change. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import document_claimants, extract_one, organization_names, speaker_quoting
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Through November the Andean Rights Commission (CADN) received 41 complaints of torture "
            "by state police.",
            "torture",
            "Andean Rights Commission",
        ),
        (
            "During May the National Prisoners Council (CNPM) recorded 17 killings by soldiers in the "
            "delta region.",
            "killing",
            "National Prisoners Council",
        ),
        # negative: a name the acronym does not start at a time word keeps its words
        (
            "The Andean Rights Commission (CADH) received 41 complaints of torture by state police.",
            "torture",
            "Andean Rights Commission",
        ),
    ],
)
def test_a_time_phrase_before_a_defined_name_is_no_part_of_it(
    nlp: Language, text: str, kind: str, name: str
) -> None:
    doc = extract_one(nlp, text)
    assert name in organization_names(doc)
    assert document_claimants(doc, kind) == [name]


def test_a_time_phrase_after_a_registry_name_is_no_part_of_it(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "The UN Human Rights Office on Friday voiced alarm at a sharp rise in hangings, saying at "
        "least 60 prisoners had been put to death since March.",
    )
    assert document_claimants(doc, "execution") == [
        "Office of the United Nations High Commissioner for Human Rights"
    ]


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Soldiers killed at least 60 villagers, according to the UN-backed Commission for Rural "
            "Memory (CEMR).",
            "killing",
            "Commission for Rural Memory",
        ),
        (
            "The NGO Andean Program of Legal Aid in Human Rights (PALDH) documented at least 80 cases "
            "of torture in 2021.",
            "torture",
            "Andean Program of Legal Aid in Human Rights",
        ),
    ],
)
def test_a_descriptor_before_a_defined_name_is_no_part_of_it(
    nlp: Language, text: str, kind: str, name: str
) -> None:
    doc = extract_one(nlp, text)
    assert name in organization_names(doc)
    assert document_claimants(doc, kind) == [name]


def test_name_edges_keep_names_that_only_look_like_them() -> None:
    from tallybook.extract.entities.org_name_edges import bare_org_name, without_time_words

    # a month word opening a name, a capitalised word ending in "-backed" inside it, a trailing place
    assert without_time_words("May Fourth Movement") == "May Fourth Movement"
    assert (
        without_time_words("Commission on Human Rights in Colombia")
        == "Commission on Human Rights in Colombia"
    )
    assert bare_org_name("NGO Forum") == "NGO Forum"  # one word would be left
    assert bare_org_name("Zimbabwe Human Rights NGO Forum") == "Zimbabwe Human Rights NGO Forum"
    assert without_time_words("Office of the Prosecutor on Monday") == "Office of the Prosecutor"


def test_the_working_groups_take_their_registry_names(nlp: Language) -> None:
    doc = extract_one(
        nlp,
        "The UN Working Group on Enforced or Involuntary Disappearances said on Monday that police had "
        "abducted 12 students in the capital.",
    )
    assert document_claimants(doc, "enforced_disappearance") == [
        "Working Group on Enforced or Involuntary Disappearances"
    ]
    doc = extract_one(
        nlp,
        "The United Nations Working Group on Arbitrary Detention said 30 students were arrested in "
        "the capital on Monday.",
    )
    assert "Working Group on Arbitrary Detention" in organization_names(doc)
    # another working group keeps the name the text gives it
    doc = extract_one(
        nlp,
        "The Working Group on Prison Conditions said police arrested 30 students in the capital on Monday.",
    )
    assert "Working Group on Enforced or Involuntary Disappearances" not in organization_names(doc)


def test_an_outlet_named_only_by_its_own_name(nlp: Language) -> None:
    text = (
        "Two men were hanged in Qom on Sunday, the judiciary's Mizan Online website reported. \"The "
        'sentence was carried out after all legal stages," Mizan said.'
    )
    doc = extract_one(nlp, text)
    assert "Mizan Online" in organization_names(doc)
    assert document_claimants(doc, "execution") == ["Mizan Online"]
    assert speaker_quoting(doc, "The sentence was carried out") == "Mizan Online"
    # a text that also writes the agency's name keeps the registry name
    doc = extract_one(
        nlp,
        "Two men were hanged in Qom on Sunday, the judiciary's Mizan news agency reported. The Mizan "
        "Online website later named them.",
    )
    assert "Mizan News Agency" in organization_names(doc)
