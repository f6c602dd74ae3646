"""Claimants (round 19, breadth probes): an "as" adverbial names the source of the clause it
modifies ("As reported by X, ...", "As X said, ...", "As per X, ..."); verbs that tell a source's
account ("X stressed/disclosed that ...", not "the family learned") report it; a
statement or report "from" or "by" a body names that body, a common-noun body too ("a statement
from the army said"); a briefing or statement a body was said to issue, pointed back at as "the
statement", is that body's. Each rule is paired with a look-alike that must not change. Texts
written for these tests."""

from __future__ import annotations

from extraction_helpers import claims_of
from spacy.language import Language


def test_as_reported_by_names_the_source(nlp: Language) -> None:
    text = "As reported by the Kurdistan Human Rights Network, Hiwa Karimi was hanged in Sanandaj on Sunday."
    assert claims_of(nlp, text, "execution") == [["Kurdistan Human Rights Network"]]


def test_as_the_group_said_names_the_source(nlp: Language) -> None:
    text = "As Hengaw said on Monday, Hiwa Karimi was hanged in Sanandaj prison on Sunday."
    assert claims_of(nlp, text, "execution") == [["Hengaw"]]


def test_as_per_names_the_source(nlp: Language) -> None:
    text = "As per the Human Rights Commission of Pakistan, police shot dead nine protesters in Peshawar."
    assert claims_of(nlp, text, "killing") == [["Human Rights Commission of Pakistan"]]


def test_as_reported_earlier_names_no_one(nlp: Language) -> None:
    # negative: an "as" clause with no teller leaves the text's own account
    text = "As reported earlier, police shot dead nine protesters in Peshawar on Friday."
    assert claims_of(nlp, text, "killing") == [["publisher"]]


def test_as_with_a_pronoun_names_no_new_source(nlp: Language) -> None:
    # negative: "as he said" points back, it names no source of its own
    text = "As he said, police shot dead nine protesters in Peshawar on Friday."
    assert claims_of(nlp, text, "killing") != [["he"]]


def test_verbs_that_tell_an_account(nlp: Language) -> None:
    for verb in ("stressed", "disclosed"):
        text = f"The Baloch Rights Council {verb} that Nasir Rind was shot dead by border guards near Mand."
        assert claims_of(nlp, text, "killing") == [["Baloch Rights Council"]], verb


def test_a_family_informed_by_officials_keeps_its_teller(nlp: Language) -> None:
    # negative: a passive "was informed" does not make the informed family the source
    text = "Nasir Rind was hanged in Zahedan on Monday. His family was not informed beforehand."
    assert claims_of(nlp, text, "execution") == [["publisher"]]


def test_a_statement_from_a_body_is_the_bodys(nlp: Language) -> None:
    text = "Nine protesters were shot dead by police in Peshawar on Friday, a statement from the army said."
    assert [[c.lower().removeprefix("the ") for c in cs] for cs in claims_of(nlp, text, "killing")] == [
        ["army"]
    ]


def test_a_statement_by_a_named_body_is_the_bodys(nlp: Language) -> None:
    text = "A statement by Hengaw said Hiwa Karimi was hanged in Sanandaj prison on Sunday."
    assert claims_of(nlp, text, "execution") == [["Hengaw"]]


def test_a_briefing_issued_before_is_its_issuers(nlp: Language) -> None:
    text = (
        "The Zimbabwe Lawyers Network published a briefing on Tuesday. The briefing says police "
        "beat at least 14 detainees in Bulawayo in April."
    )
    assert claims_of(nlp, text, "torture") == [["Zimbabwe Lawyers Network"]]


def test_a_statement_issued_before_is_its_issuers(nlp: Language) -> None:
    text = (
        "The Baloch Rights Council issued a statement on Friday. According to the statement, Nasir "
        "Rind was hanged in Zahedan prison on Wednesday."
    )
    assert claims_of(nlp, text, "execution") == [["Baloch Rights Council"]]


def test_a_statement_only_rejected_before_is_not_given_an_issuer(nlp: Language) -> None:
    # negative: rejecting a statement does not issue it
    text = (
        "The ministry rejected the statement. According to the statement, Nasir Rind was hanged "
        "in Zahedan prison on Wednesday."
    )
    assert claims_of(nlp, text, "execution") != [["ministry"]]


def test_a_family_that_learned_of_a_death_is_not_its_source(nlp: Language) -> None:
    # negative: learning of a death is not telling it
    text = (
        "According to the Baloch Rights Council, Nasir Rind's family learned on Monday that he had "
        "died in custody in Zahedan prison."
    )
    assert claims_of(nlp, text, "death_in_custody") == [["Baloch Rights Council"]]


def test_an_as_clause_with_its_own_object_is_not_the_source(nlp: Language) -> None:
    # negative: "as" here is "while"; the sister accuses, the police tell the death
    text = (
        "A farmer died in police custody in Jaffna on Sunday, police said, as his wife accused "
        "officers of beating him."
    )
    assert claims_of(nlp, text, "death_in_custody") == [["Police"]]
