"""Victim counts, round 11: a named victim and a number of "other" people taken with them,
whatever noun names those others ("together with two other contributors", "environmental activist
A and two other members of ..."), with the companions the text names beside their count. Texts
written for these tests."""

from __future__ import annotations

from extraction_helpers import first_incident, incidents_of
from spacy.language import Language


def _count(nlp: Language, text: str, kind: str) -> tuple[int | None, str | None]:
    fig = first_incident(nlp, text, kind).figure
    return fig.count, fig.qualifier


# "together with N other Xs": the others counted whatever noun names them


def test_together_with_other_contributors(nlp: Language) -> None:
    text = (
        "Ahmed Salem was detained by state security officers in Alexandria on 9 June 2015, together with "
        "four other contributors to the weekly, Khaled Mansour and Tarek Fahmy."
    )
    assert _count(nlp, text, "arrest") == (5, "exact")


def test_together_with_other_lawyers_names_them(nlp: Language) -> None:
    text = (
        "Samir Khalil was detained in Cairo on 5 May 2021 together with two other lawyers, "
        "Omar Nabil and Hany Fouad."
    )
    inc = first_incident(nlp, text, "arrest")
    assert inc.figure.count == 3
    assert {"Samir Khalil", "Omar Nabil", "Hany Fouad"} <= set(inc.victim_names)


# "descriptor A and N other Xs": a lower-case descriptor before the name


def test_descriptor_name_and_other_members(nlp: Language) -> None:
    text = (
        "Police detained the lawyer Samir Khalil and two other members of the bar association in Cairo "
        "on Monday."
    )
    assert _count(nlp, text, "arrest") == (3, "exact")


def test_activist_and_other_villagers_abducted(nlp: Language) -> None:
    text = (
        "On 3 March, gunmen in army fatigues abducted land rights defender Teresa Quispe and four other "
        "residents of the hamlet of Llaqta."
    )
    assert _count(nlp, text, "enforced_disappearance") == (5, "exact")


# near misses: the others are not counted beside a named victim


def test_relatives_of_a_named_person_are_not_added(nlp: Language) -> None:
    text = (
        "Police detained the father and two other relatives of the blogger Samir Khalil in Cairo on Monday."
    )
    assert _count(nlp, text, "arrest") == (2, "exact")


def test_other_without_number_adds_nothing(nlp: Language) -> None:
    text = (
        "Ahmed Salem was detained by state security officers in Alexandria on 9 June 2015, together with "
        "other editors."
    )
    assert _count(nlp, text, "arrest") == (1, "exact")


# a number in brackets after a person's name is an age, not a count


def test_age_in_brackets_after_first_of_two_names(nlp: Language) -> None:
    text = (
        "Hassan Karimi (41) and Reza Amini, a 30-year-old labourer from Zahedan, were executed together "
        "on Monday."
    )
    assert _count(nlp, text, "execution") == (2, "exact")


def test_age_in_brackets_after_a_lone_name(nlp: Language) -> None:
    text = "Hassan Karimi (41) was executed in Zahedan prison on Monday."
    assert _count(nlp, text, "execution") == (1, "exact")


def test_bracketed_number_after_a_group_word_still_counts(nlp: Language) -> None:
    text = "Security forces killed protesters (41 in all) in Zahedan on Monday."
    assert _count(nlp, text, "killing") == (41, "exact")


# an article's section heading ("Arrest and detention") folds into the arrest it announces even
# when that arrest counts more people than the article's subject

_ARTICLE = (
    "= Dariush Farahani =\n\n"
    "Dariush Farahani (2 May 1958 – 14 June 2001) was an Iranian novelist and teacher who was executed in "
    'Qezel Hesar Prison after being convicted of "enmity against God" by a Revolutionary Court in Tehran.\n\n'
    "Arrest and detention\n"
    "Farahani was arrested by Ministry of Intelligence agents in Tabriz on 4 October 1999, together with "
    "three other members of the writers' circle, Nader Sadeghi and Hamid Alavi. His family were not told "
    "where he was held for five months.\n"
)


def test_heading_folds_into_arrest_with_companions(nlp: Language) -> None:
    arrests = incidents_of(nlp, _ARTICLE, "arrest", publisher="Wikipedia")
    assert [a.figure.count for a in arrests] == [4]
    assert {"Dariush Farahani", "Nader Sadeghi", "Hamid Alavi"} <= set(arrests[0].victim_names)
