"""Quotes, speakers and people (round 4, second pass): a holder named right after an office and
its body, ranks with their grade and courtesy titles kept out of names, regnal numbers, an age in
apposition, descriptors the model took for names, other spellings of one name, publications and
headline words that are no people, statements carried by another outlet, and a naming
participle that quotes a statement. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import person_names, quote_pairs
from spacy.language import Language

from tallybook.extract.entities.people import resolve_person


# -- a holder named after an office and its body -----------------------------------------------------
def test_name_after_an_office_and_its_body_is_a_person_and_the_title_speaks_for_them(nlp: Language) -> None:
    text = (
        "Regional Commissioner for Human Rights Halvard Estremo condemned the hangings. “These hangings "
        "must be the last ones this country ever sees,” the Commissioner said. “I call for a halt.”"
    )
    assert "Halvard Estremo" in person_names(nlp, text)
    assert [who for who, _ in quote_pairs(nlp, text)] == ["Halvard Estremo", "Halvard Estremo"]


def test_an_office_and_its_body_without_a_name_make_no_person(nlp: Language) -> None:
    text = (
        "The Commissioner for Human Rights and the Minister of Interior Affairs met in the capital on Friday."
    )
    assert person_names(nlp, text) == []


# -- ranks with a grade, courtesy titles, regnal numbers -------------------------------------------
def test_a_graded_rank_is_no_part_of_the_speakers_name(nlp: Language) -> None:
    text = (
        "“Our men opened fire only after they were shot at from the rooftops,” police spokesperson "
        "Senior Inspector Obiora Nwankwo-Ede said on Tuesday."
    )
    assert quote_pairs(nlp, text)[0][0] == "Obiora Nwankwo-Ede"
    assert person_names(nlp, text) == ["Obiora Nwankwo-Ede"]


def test_an_elders_courtesy_title_is_dropped_from_the_name(nlp: Language) -> None:
    text = "Soldiers shot dead Pa Ebenezer Fomukong, a retired teacher, outside his farm near Bamessing."
    assert person_names(nlp, text) == ["Ebenezer Fomukong"]


def test_a_given_name_that_begins_like_a_title_is_kept_whole(nlp: Language) -> None:
    text = "Pamela Oyelaran, a nurse at the clinic, was arrested at her home on Sunday."
    assert person_names(nlp, text) == ["Pamela Oyelaran"]


def test_a_regnal_number_closes_a_name(nlp: Language) -> None:
    text = "The traditional ruler of the village, Mbah Tarkang Nfor II, gave a toll of nine dead."
    assert "Mbah Tarkang Nfor II" in person_names(nlp, text)


# -- an age in apposition -------------------------------------------------------------------------
def test_an_age_after_a_name_makes_it_a_person(nlp: Language) -> None:
    text = (
        "At the detention centre of Karvash-e Bala, Dariush Pezeshkian-Rad, a 27-year-old stevedore, "
        "was given 60 lashes on March 3."
    )
    assert "Dariush Pezeshkian-Rad" in person_names(nlp, text)


def test_an_age_of_a_thing_after_a_capitalised_run_makes_no_person(nlp: Language) -> None:
    text = "Residents of Marlow Heights, a 30-year-old housing estate, said the raid lasted two hours."
    assert person_names(nlp, text) == []


def test_a_descriptor_the_model_took_for_a_name_resolves_to_the_person_it_describes(nlp: Language) -> None:
    doc = nlp("Tomas Quirante, a 19-year-old jeepney barker, was shot dead on Friday.")
    assert resolve_person(doc, "jeepney barker") == "Tomas Quirante"
    assert resolve_person(doc, "fishmonger") is None


# -- other spellings, publications, headlines, places ---------------------------------------------
def test_another_spelling_of_a_name_is_an_alias(nlp: Language) -> None:
    text = (
        "Among the dead was a 16-year-old, Ruslan Temirov (also spelled Ruslan Timirov), who was shot "
        "in the market. Local media spelled the boy's name as Ruslan Timurov."
    )
    people = nlp(text)._.tb_people
    assert [p.name for p in people] == ["Ruslan Temirov"]
    assert {"Ruslan Timirov", "Ruslan Timurov"} <= set(people[0].aliases)


def test_two_people_named_one_after_the_other_stay_two(nlp: Language) -> None:
    text = "Ruslan Temirov was shot in the market. His cousin, Aslan Dzhabrailov, was arrested."
    assert person_names(nlp, text) == ["Ruslan Temirov", "Aslan Dzhabrailov"]


def test_a_publication_named_after_its_kind_is_no_person(nlp: Language) -> None:
    text = "The newspaper Vecerni Glas, which keeps its own tally, counted 12 dead in the region."
    assert person_names(nlp, text) == []


def test_a_headline_with_a_plural_event_noun_is_no_person(nlp: Language) -> None:
    text = "Police Executions Mount in Harlow County\n\nSix men were shot dead by police on Monday."
    assert person_names(nlp, text) == []


def test_a_name_before_prison_is_a_place(nlp: Language) -> None:
    text = "Guards at the Vorkan Tesh prison beat the inmates. Vorkan Tesh holds 900 men."
    assert person_names(nlp, text) == []


# -- statements carried by another outlet ------------------------------------------------------------
def test_a_statement_carried_by_an_agency_speaks_for_its_owner(nlp: Language) -> None:
    text = (
        "Four of the men were hanged for drug trafficking, according to a justice ministry statement "
        "carried by the state agency RTV, which said they had “confessed to every charge brought "
        "against them”."
    )
    who = quote_pairs(nlp, text)[0][0]
    assert who is not None and "justice" in who.lower() and "RTV" not in who


def test_an_agency_that_speaks_itself_stays_the_speaker(nlp: Language) -> None:
    text = (
        "Four of the men were hanged for drug trafficking, according to the state agency RTV, which "
        "said they had “confessed to every charge brought against them”."
    )
    assert quote_pairs(nlp, text)[0][0] == "RTV"


# -- a naming participle after a statement ---------------------------------------------------------
def test_a_naming_participle_after_a_statement_quotes_that_statement(nlp: Language) -> None:
    text = (
        "The Ministry of Internal Security said on Monday that four men had died, calling them "
        "“armed robbers and their helpers”, and denied any abuse."
    )
    pairs = quote_pairs(nlp, text)
    assert len(pairs) == 1 and pairs[0][1] == "armed robbers and their helpers"
    assert pairs[0][0] is not None and "Internal Security" in pairs[0][0]


def test_a_naming_participle_without_a_statement_is_still_an_epithet(nlp: Language) -> None:
    text = (
        "Officers arrived at dawn, calling the villagers “thieves and their friends” as they searched homes."
    )
    assert quote_pairs(nlp, text) == []


def test_unbalanced_marks_beside_the_new_rules_do_not_crash(nlp: Language) -> None:
    text = (
        "Regional Commissioner for Human Rights Halvard Estremo said “the men were\n\n"
        "according to a justice ministry statement carried by RTV, which said “they had ” confessed "
        "Pa Ebenezer Fomukong, a 19-year-old, ” calling them “robbers"
    )
    doc = nlp(text)
    assert isinstance(doc._.tb_quotes, list)
