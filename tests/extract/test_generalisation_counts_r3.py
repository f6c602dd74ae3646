"""Round 3 victim counts and victim names: a definite group noun points back to the people just
listed ("These men", "the three men"); blows, body parts and numbered names are not counts
("a sentence of 500 lashes", "two of his fingers", "Group 24"); a name plus relatives ("A and two
of his sons"); a figure in a following clause ("recorded at least 21") or in what "the number of"
victims comes to; the victim of a passive gerund ("complained of being beaten"); and the words
that make a named person a victim ("Among the dead was X", "killing two protesters, A and B",
"former detainee X", "the family of X", "brothers A and B Surname"). Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, extract_one, incident_figure, incidents_of
from spacy.language import Language

_doc = partial(extract_one, publisher=LEDGER)
_of_type = partial(incidents_of, publisher=LEDGER)
_count = partial(incident_figure, publisher=LEDGER)


def _victims(nlp: Language, text: str) -> set[str]:
    return {p.name for p in _doc(nlp, text).people if p.role == "victim"}


# --- a group noun that points back to named people ---------------------------------------------


def test_the_three_men_are_the_listed_names(nlp: Language) -> None:
    text = (
        "Ali Karimi, 23, Reza Moradi, a teacher, and Hassan Azizi were arrested in Tabriz on Monday. "
        "The three men were later tortured in custody, their lawyer said."
    )
    torture = _of_type(nlp, text, "torture")
    assert torture and torture[0].figure.count == 3
    assert set(torture[0].victim_names) == {"Ali Karimi", "Reza Moradi", "Hassan Azizi"}


def test_these_men_take_the_number_of_the_listed_names(nlp: Language) -> None:
    text = (
        "Omar Said, Yusuf Kamal and Tarek Nabil were hanged in Cairo on Tuesday. "
        "These men were sentenced to death after an unfair trial, the lawyers said."
    )
    assert _count(nlp, text, "death_sentence") == (3, "exact")


def test_the_plain_article_does_not_point_at_a_named_subset(nlp: Language) -> None:
    text = (
        "Police arrested 64 students in Alexandria on Monday. Two of the students, Ali Karimi and "
        "Reza Moradi, were beaten. The prosecution ordered the students detained pending trial."
    )
    arrests = _of_type(nlp, text, "arrest")
    assert all(set(i.victim_names) != {"Ali Karimi", "Reza Moradi"} for i in arrests)


# --- numbers that count no people --------------------------------------------------------------


def test_a_sentence_of_lashes_counts_blows(nlp: Language) -> None:
    text = "The court upheld a sentence of 300 lashes for the blogger in March."
    assert all(i.figure.count != 300 for i in _doc(nlp, text).incidents)


def test_a_number_ending_a_name_is_not_a_count(nlp: Language) -> None:
    text = (
        "At least nine prisoners died in custody during the year, including Karim Nasr, a member of the "
        "banned movement Group 18, who died in Central Prison No. 5 in August."
    )
    counts = {i.figure.count for i in _of_type(nlp, text, "death_in_custody")}
    assert 18 not in counts and 5 not in counts
    assert 1 in counts


def test_body_parts_after_a_possessive_are_not_victims(nlp: Language) -> None:
    text = "Guards tortured the activist Ahmad Rezaei in May and broke three of his fingers."
    assert all(i.figure.count != 3 for i in _doc(nlp, text).incidents)


# --- counts from the phrase or the sentence ----------------------------------------------------


def test_a_name_and_his_relatives(nlp: Language) -> None:
    text = "Authorities in Kashgar detained Uyghur cleric Abdullah Tursun and two of his brothers in June."
    assert _count(nlp, text, "arrest") == (3, "exact")


def test_a_figure_recorded_in_a_following_clause(nlp: Language) -> None:
    text = (
        "Executions continued in 2023; the Observatory recorded at least 34, most of them for drug offences."
    )
    assert _count(nlp, text, "execution") == (34, "at_least")


def test_what_the_number_of_detainees_ranged_from(nlp: Language) -> None:
    text = (
        "Estimates of the number of Uyghurs detained in the camps since 2018 ranged from two million "
        "to 2.5 million."
    )
    found = _of_type(nlp, text, "arrest")
    assert found and found[0].figure.count == 2_000_000
    assert found[0].figure.qualifier == "at_least"


def test_a_verb_of_counting_without_a_number_gives_nothing(nlp: Language) -> None:
    text = "Executions continued in 2023; the Observatory recorded them with concern."
    assert all(i.figure.count is None for i in _of_type(nlp, text, "execution"))


def test_two_dozen_held_and_subjected(nlp: Language) -> None:
    text = "About two dozen men were taken to the barracks and subjected to torture by soldiers."
    assert _count(nlp, text, "torture") == (24, "about")


def test_the_subject_of_a_passive_gerund(nlp: Language) -> None:
    text = (
        "His lawyer said Pavel Sokolov had spent weeks in a punishment cell and had complained of being "
        "beaten by guards in March."
    )
    torture = _of_type(nlp, text, "torture")
    assert torture and torture[0].figure.count == 1


# --- names and victim roles --------------------------------------------------------------------


def test_an_abbreviated_given_name_and_a_surname_islam(nlp: Language) -> None:
    text = "Police in Sylhet arrested Md. Nazrul Islam, a lawyer, on Friday."
    assert "Md. Nazrul Islam" in _victims(nlp, text)


def test_islam_alone_is_no_person(nlp: Language) -> None:
    text = "Sunni Islam is the majority faith in the province, the report noted."
    assert not _doc(nlp, text).people


def test_siblings_share_the_surname(nlp: Language) -> None:
    text = "The two men, brothers Davood and Saeed Karimzadeh, were flogged in public in Qazvin on Friday."
    assert {"Davood Karimzadeh", "Saeed Karimzadeh"} <= _victims(nlp, text)


def test_among_the_dead_at_a_sentence_start(nlp: Language) -> None:
    text = "Soldiers opened fire on the village in May. Among the dead was Ko Min Thu, a 17-year-old student."
    assert "Ko Min Thu" in _victims(nlp, text)


def test_killing_two_protesters_named_after() -> None:
    # the people component's own reading, for names no incident of the parser picks up
    from tallybook.extract.entities.person_roles import victim_context  # a module new in this round

    text = "Troops fired on a march in Kassala, killing two protesters, Adil Osman and Bakri Salih, and more."
    for name in ("Adil Osman", "Bakri Salih"):
        start = text.index(name)
        assert victim_context(text, start, start + len(name))


def test_a_former_detainee_who_testifies(nlp: Language) -> None:
    text = "In May former detainee Aynur Kerim told a hearing that guards had beaten her in 2019."
    assert "Aynur Kerim" in _victims(nlp, text)


def test_the_family_of_a_person_speaks_for_the_victim(nlp: Language) -> None:
    text = "The family of Hossam Adel, a 31-year-old engineer, said he died after guards denied him care."
    assert "Hossam Adel" in _victims(nlp, text)


def test_at_risk_of_execution(nlp: Language) -> None:
    text = "A fourth man, Javad Rostami, 24, is at imminent risk of execution in the same prison."
    assert "Javad Rostami" in _victims(nlp, text)


def test_identified_as_with_an_honorific(nlp: Language) -> None:
    text = (
        "Police detained several people on Sunday. The priests were identified as the Rev. Pablo Andrés "
        "Mendoza, 61, and the Rev. Tomás Rivera Ocampo, 39."
    )
    assert {"Pablo Andrés Mendoza", "Tomás Rivera Ocampo"} <= _victims(nlp, text)


def test_named_attackers_are_not_victims(nlp: Language) -> None:
    text = "The attackers were identified as Karim Haddad and Samir Aoun, the police said."
    assert not {"Karim Haddad", "Samir Aoun"} & _victims(nlp, text)


def test_a_killing_spree_quote_names_no_victim(nlp: Language) -> None:
    text = "“They must end this killing spree now,” said Lina Haddad, a researcher at the group."
    assert "Lina Haddad" not in _victims(nlp, text)
