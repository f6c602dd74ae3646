"""Round 8 claimant classes: a described body the text names later ("the group, X"), a count a
body keeps ("by the count of X"), a name with a lower-case descriptor after it, and a body's part
named with its owner ("X's Women's Committee")."""

from __future__ import annotations

from extraction_helpers import claims_of
from spacy.language import Language


def test_described_group_named_in_apposition(nlp: Language) -> None:
    text = (
        "Police in the northern town of Tamara shot dead at least six demonstrators on Sunday, "
        "a Kurdish rights group said.\n\nThe march started after a funeral, according to the group, "
        "Kurdwatch. It said that scores of people were arrested overnight."
    )
    assert claims_of(nlp, text, "killing") == [["Kurdwatch"]]
    assert claims_of(nlp, text, "arrest") == [["Kurdwatch"]]


def test_described_group_without_name_keeps_description(nlp: Language) -> None:
    text = "Police killed two farmers on Monday, a local rights group said. A resident said he saw it."
    assert claims_of(nlp, text, "killing") == [["A local rights group"]]


def test_count_of_a_body(nlp: Language) -> None:
    text = (
        "He was hanged in 2021 over the unrest of 2019, during which, by the count of Amnesty "
        "International, at least 300 people were killed by the security forces."
    )
    assert claims_of(nlp, text, "killing") == [["Amnesty International"]]
    assert claims_of(nlp, text, "execution") == [["publisher"]]  # the main clause is the text's own


def test_own_count_is_no_body(nlp: Language) -> None:
    text = "By some estimates, at least 41 civilians were killed in the shelling of the town."
    assert claims_of(nlp, text, "killing") == [["publisher"]]


def test_name_with_trailing_descriptor(nlp: Language) -> None:
    text = (
        "At least 90 people were arrested in the state during the protests, the Foro Libre legal "
        "aid network said on Friday."
    )
    assert claims_of(nlp, text, "arrest") == [["Foro Libre"]]


def test_description_led_by_people_word_stays(nlp: Language) -> None:
    text = "At least 40 people were arrested in the province, according to the Iranian Kurdish rights group."
    assert claims_of(nlp, text, "arrest") == [["The Iranian Kurdish rights group"]]


def test_part_of_a_body_named_with_owner(nlp: Language) -> None:
    text = (
        "The National Council of Resistance of Iran (NCRI) held a rally in Paris on Saturday.\n\n"
        "According to the NCRI's Women's Committee, at least 40 women have been executed in Iran since 2013."
    )
    assert claims_of(nlp, text, "execution") == [
        ["Women's Committee of the National Council of Resistance of Iran"]
    ]


def test_country_office_is_not_a_part(nlp: Language) -> None:
    text = "Colombia's Ombudsman's Office said at least 20 people were killed in the protests."
    assert claims_of(nlp, text, "killing") != [["Ombudsman's Office of the Colombia"]]
