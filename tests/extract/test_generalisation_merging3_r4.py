"""Which mentions of one sentence tell the same act twice (round 4, third pass): "Among those
hanged were ..., including X, who was executed on <day>" is one execution of X, not a second
one for "those hanged"; a witness's quoted words ("they shot him") and the narration that
attributes them ("said Y, whose son X was among those killed") are one killing; "held
incommunicado for 24 days and subjected to beatings" is the ill-treatment, not a disappearance.
Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import incidents_of
from spacy.language import Language

# --- "Among those VERBed": a pointer to the people the clause names -----------------------------


def test_among_those_hanged_and_the_named_execution_are_one_incident(nlp: Language) -> None:
    text = (
        "Among those hanged were at least four men, including Karim Basri, 41, "
        "who was executed in Varna Prison on 3 May."
    )
    [execution] = incidents_of(nlp, text, "execution")
    assert execution.victim_names == ["Karim Basri"]


def test_among_those_sent_to_the_gallows_with_a_named_woman_is_one_execution(nlp: Language) -> None:
    text = (
        "Among those sent to the gallows were three women, including Leila Amiri, 29, "
        "who was hanged in Shiraz on 14 April."
    )
    [execution] = incidents_of(nlp, text, "execution")
    assert "Leila Amiri" in execution.victim_names


def test_a_second_person_told_in_a_coordinated_clause_stays_apart(nlp: Language) -> None:
    text = (
        "Among those hanged on Monday were four men from Tabas, "
        "and a fifth prisoner, Samir Zand, was hanged on Friday."
    )
    assert len(incidents_of(nlp, text, "execution")) == 2


# --- a witness's words and the narration around them ---------------------------------------------


def test_a_quoted_retelling_and_its_attribution_are_one_killing(nlp: Language) -> None:
    text = (
        '"The soldiers took him behind the school and shot him," said Nuru Salim, 45, '
        "whose 20-year-old nephew, Ali Salim, was among those killed."
    )
    [killing] = incidents_of(nlp, text, "killing")
    assert "Ali Salim" in killing.victim_names


def test_a_quoted_shooting_and_a_dated_narration_are_one_killing(nlp: Language) -> None:
    text = (
        '"The police shot him in the back," said Joseph Mwale, 52, '
        "whose 23-year-old son, Peter Mwale, was among those killed on Sunday."
    )
    [killing] = incidents_of(nlp, text, "killing")
    assert "Peter Mwale" in killing.victim_names


def test_two_arrests_told_without_a_quotation_stay_apart(nlp: Language) -> None:
    text = "He was arrested on 3 May, two weeks after police arrested his brother, Samir Haddad."
    assert len(incidents_of(nlp, text, "arrest")) == 2


# --- an incommunicado spell coordinated with the ill-treatment it frames --------------------------


def test_held_incommunicado_and_subjected_to_beatings_is_torture_only(nlp: Language) -> None:
    text = (
        "According to a monitoring group, he was held incommunicado for 24 days and subjected to "
        "beatings and electric shocks to extract a confession."
    )
    assert incidents_of(nlp, text, "enforced_disappearance") == []
    assert len(incidents_of(nlp, text, "torture")) == 1


def test_held_incommunicado_and_beaten_with_batons_is_torture_only(nlp: Language) -> None:
    text = (
        "The two journalists were held incommunicado for three weeks and beaten with batons, "
        "their lawyer said."
    )
    assert incidents_of(nlp, text, "enforced_disappearance") == []
    assert len(incidents_of(nlp, text, "torture")) == 1


def test_ill_treatment_told_as_later_keeps_the_incommunicado_spell(nlp: Language) -> None:
    text = "He was held incommunicado for a month and later tortured in another prison."
    assert len(incidents_of(nlp, text, "enforced_disappearance")) == 1


def test_an_incommunicado_spell_without_ill_treatment_stays_a_disappearance(nlp: Language) -> None:
    text = "She was held incommunicado for 23 days before appearing before a prosecutor."
    assert len(incidents_of(nlp, text, "enforced_disappearance")) == 1
