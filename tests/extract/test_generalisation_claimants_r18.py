"""Claimants (round 18, breadth probes): a source that "put the toll at" a count of people a
participle says were killed counts them, as "X said N were killed" would ("The Y Network put the
toll at 18 protesters shot dead by ..." -> the Y Network); an organisation's name the model cut at
a hyphen ("ODK" of "ODK-Info") is the whole hyphenated name wherever the text writes it; an
unnamed source's relative clause that only says how it spoke ("a relative who asked not to be
named", "who spoke on condition of anonymity") is no part of its description, while one that says
which people are meant ("witnesses who spoke to the newspaper") stays; a title the model tagged
only by its last word ("the Special Rapporteur said", tagged "Rapporteur") keeps its capitalised
first words, and, like a bare "the Rapporteur", stands for the one rapporteur the text names;
"..., killing at least nine people, the X Watch said", where the parser makes the people killed
the subject of "said" and the body their conjunct or apposition, is told by the body. Each rule
is paired with look-alikes that must not change. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import claims_of
from spacy.language import Language


def test_a_group_that_puts_the_toll_at_counted_victims_asserts_them(nlp: Language) -> None:
    text = (
        "The Omdurman Medics Network put the toll at 18 protesters shot dead by the paramilitary "
        "forces in Omdurman on Friday."
    )
    assert claims_of(nlp, text, "killing") == [["Omdurman Medics Network"]]


def test_unnamed_people_who_put_the_toll_at_a_count_assert_it(nlp: Language) -> None:
    text = "Local activists put the toll at 27 villagers killed by soldiers near Kidal last week."
    assert claims_of(nlp, text, "killing") == [["Local activists"]]


def test_a_toll_put_before_the_killing_clause_is_unchanged(nlp: Language) -> None:
    # negative: the toll's count is put on the killing told in an "after" clause, as before
    text = "The Jonglei Peace Mission put the death toll at 47 after soldiers fired on villagers in Akobo."
    assert claims_of(nlp, text, "killing") == [["Jonglei Peace Mission"]]


def test_putting_a_prisoner_at_a_place_is_no_toll(nlp: Language) -> None:
    # negative: "put" with no toll, figure or number as its object reports nothing
    text = "Guards put Karim Nasseri at the end of the corridor, where he was beaten by two officers."
    assert claims_of(nlp, text, "torture") == [["publisher"]]


def test_a_hyphenated_name_the_model_cut_is_whole_before_an_apposition(nlp: Language) -> None:
    text = "Police detained 58 people in Kazan on Saturday, ODK-Info, an independent monitoring group, said."
    assert claims_of(nlp, text, "arrest") == [["ODK-Info"]]


def test_a_hyphenated_name_is_whole_after_according_to(nlp: Language) -> None:
    text = "According to ODK-Info, which tracks arrests, police detained 58 people in Kazan on Saturday."
    assert claims_of(nlp, text, "arrest") == [["ODK-Info"]]


def test_a_name_followed_by_a_lower_case_compound_keeps_its_own_end(nlp: Language) -> None:
    # negative: "-based" is no part of the name ("the Oslo-based group Hengaw"), nor is a hyphen
    # set off by spaces
    text = "The London-based Justice Watch said police detained 58 people in Kazan on Saturday."
    assert claims_of(nlp, text, "arrest") == [["Justice Watch"]]


def test_a_relative_who_asked_not_to_be_named_is_a_relative(nlp: Language) -> None:
    text = "Farid Karimi was hanged in Mashhad on Sunday, a relative who asked not to be named told AFP."
    assert [[c.lower() for c in cs] for cs in claims_of(nlp, text, "execution")] == [["a relative"]]


def test_a_source_speaking_on_condition_of_anonymity_is_the_source(nlp: Language) -> None:
    text = "A guard who spoke on condition of anonymity said Farid Karimi was hanged in Mashhad on Sunday."
    assert [[c.lower() for c in cs] for cs in claims_of(nlp, text, "execution")] == [["a guard"]]


def test_a_relative_who_declined_to_be_identified_is_a_relative(nlp: Language) -> None:
    text = (
        "Farid Karimi was hanged in Mashhad on Sunday, according to a cousin who declined to be identified."
    )
    assert [[c.lower() for c in cs] for cs in claims_of(nlp, text, "execution")] == [["a cousin"]]


def test_a_clause_that_says_which_witnesses_stays(nlp: Language) -> None:
    # negative: the clause says which people speak, so it is part of their description
    text = "Witnesses who spoke to the newspaper said Farid Karimi was hanged in Mashhad on Sunday."
    assert claims_of(nlp, text, "execution") == [["Witnesses who spoke to the newspaper"]]


def test_a_clause_that_says_where_a_relative_lives_stays(nlp: Language) -> None:
    # negative: "who lives in X" is no request for anonymity
    text = "A relative who lives in Mashhad said Farid Karimi was hanged there on Sunday."
    assert claims_of(nlp, text, "execution") == [["A relative who lives in Mashhad"]]


def test_a_title_tagged_by_its_last_word_keeps_its_first_words(nlp: Language) -> None:
    text = "Omid Jaberi, a poet, was arrested in Ahvaz on 3 June, the Special Rapporteur said."
    assert claims_of(nlp, text, "arrest") == [["Special Rapporteur"]]


def test_a_title_after_the_verb_is_unchanged(nlp: Language) -> None:
    # negative: written after "said", the title was already read whole
    text = "Omid Jaberi, a poet, was arrested in Ahvaz on 3 June, said the Special Rapporteur."
    assert claims_of(nlp, text, "arrest") == [["The Special Rapporteur"]]


def test_a_title_read_whole_still_stands_for_the_rapporteur_the_text_names(nlp: Language) -> None:
    # negative: with the holder named, the title read whole still stands for her
    text = (
        "Report of the Special Rapporteur on the situation of human rights in Freedonia, Lena "
        "Marsh-Okoro. Omid Jaberi, a poet, was arrested in Ahvaz on 3 June, the Special Rapporteur said."
    )
    assert claims_of(nlp, text, "arrest") == [["Lena Marsh-Okoro"]]


def test_a_source_after_the_killed_people_is_the_source_not_the_people(nlp: Language) -> None:
    # the parser makes "nine people" the subject of "said" and the body its conjunct
    text = (
        "Soldiers opened fire on protesters in Kano on Friday, killing at least nine people, the "
        "state-funded Northern Rights Watch (NRW) said on Saturday."
    )
    assert claims_of(nlp, text, "killing") == [["Northern Rights Watch"]]


def test_a_semi_official_source_after_the_killed_people_is_the_source(nlp: Language) -> None:
    # the parser makes the body an apposition of "seven people"
    text = (
        "Police opened fire on marchers outside the governor's office in Tamale on Friday evening, "
        "killing at least seven people, the semi-official Northern Ghana Rights Commission (NGRC) "
        "said on Saturday, as anger over fuel prices grew for a second week."
    )
    assert claims_of(nlp, text, "killing") == [["Northern Ghana Rights Commission"]]


def test_a_named_victim_s_apposition_is_no_source(nlp: Language) -> None:
    # negative: "a student" describes the man killed; his brother tells it
    text = (
        "Soldiers opened fire on a crowd in Kano on Friday, killing Musa Bello, a student, his brother said."
    )
    assert claims_of(nlp, text, "killing") == [["Musa Bello's brother"]]


def test_a_plain_source_after_the_killed_people_is_unchanged(nlp: Language) -> None:
    # negative: the parser reads this one right
    text = (
        "Soldiers opened fire on protesters in Kano on Friday, killing nine people, a local rights "
        "group said."
    )
    assert [[c.lower() for c in cs] for cs in claims_of(nlp, text, "killing")] == [["a local rights group"]]
