"""Recall and victim counts (round 5): a stock held "still behind bars", deaths "in connection
with" protests, a death from injuries suffered in custody, people held at an undisclosed barracks,
a count raised out of "believed to have been executed", companions counted with the victim ("along
with six others"), a relative clause hung on the agent of a participle, a pronoun that stands for
the counted subject of a time clause, one person named by kinship, a relative clause left out of
the counted names, counted speakers the parser hung on "said"; and look-alikes that must not
change. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import first_incident, incidents_of
from spacy.language import Language


def _count(nlp: Language, text: str, kind: str) -> int | None:
    return first_incident(nlp, text, kind).figure.count


def test_a_stock_still_behind_bars_is_counted(nlp: Language) -> None:
    text = (
        "According to the Karsk Monitor, at least 14 members of the Green Dawn movement are still "
        "behind bars."
    )
    assert _count(nlp, text, "arrest") == 14


def test_being_behind_schedule_is_no_stock_of_prisoners(nlp: Language) -> None:
    text = "The new prison wing in Varn is currently behind schedule, the ministry said."
    assert incidents_of(nlp, text, "arrest") == []


def test_deaths_in_connection_with_protests_are_killings(nlp: Language) -> None:
    text = (
        "At least 23 people died in connection with the anti-government protests in Morvia last "
        "week, the group said."
    )
    assert _count(nlp, text, "killing") == 23


def test_resigning_in_connection_with_protests_is_no_killing(nlp: Language) -> None:
    text = "Two regional governors resigned in connection with the fuel protests in Morvia last week."
    assert incidents_of(nlp, text, "killing") == []


def test_succumbing_to_injuries_suffered_in_custody_is_a_death_in_custody(nlp: Language) -> None:
    text = (
        "Tomas Reyk, a 31-year-old mechanic, was arrested in Dorn on 4 May. "
        "He succumbed a week later to the wounds received in detention."
    )
    inc = first_incident(nlp, text, "death_in_custody")
    assert inc.figure.count == 1


def test_succumbing_to_injuries_from_an_accident_is_no_death_in_custody(nlp: Language) -> None:
    text = "The driver succumbed a week later to the injuries sustained in the crash near Dorn."
    assert incidents_of(nlp, text, "death_in_custody") == []


def test_people_held_at_an_undisclosed_barracks_vanished(nlp: Language) -> None:
    text = "Nine of the farmers were still being held on Monday at an undisclosed army barracks near Tela."
    assert _count(nlp, text, "enforced_disappearance") == 9


def test_a_meeting_held_at_an_undisclosed_base_is_no_vanishing(nlp: Language) -> None:
    text = "The rebel commanders held a press conference on Monday at an undisclosed base near Tela."
    assert incidents_of(nlp, text, "enforced_disappearance") == []


def test_a_count_raised_out_of_a_passive_infinitive(nlp: Language) -> None:
    text = "Some 250 prisoners are thought to have been hanged in Varn since 2010, the monitor said."
    inc = first_incident(nlp, text, "execution")
    assert (inc.figure.count, inc.figure.qualifier) == (250, "about")


def test_a_victim_detained_along_with_others_counts_them_all(nlp: Language) -> None:
    pronoun = "Police in Dorn said she was detained at the border on 3 May along with 12 others."
    assert _count(nlp, pronoun, "arrest") == 13
    named = "Ilya Morn, a baker, was detained in Dorn on 3 May along with four other young men."
    assert _count(nlp, named, "arrest") == 5


def test_beaten_with_two_batons_counts_no_companions(nlp: Language) -> None:
    text = "Guards at Dorn prison said he was beaten with two batons on 3 May."
    assert _count(nlp, text, "torture") == 1


def test_a_relative_clause_on_the_agent_is_about_the_people_taken(nlp: Language) -> None:
    text = (
        "The monitors recorded 22 cases of villagers taken away by agents of the border guard or "
        "the police who have not been seen since."
    )
    assert _count(nlp, text, "enforced_disappearance") == 22


def test_a_pronoun_stands_for_the_counted_subject_of_a_time_clause(nlp: Language) -> None:
    text = (
        "The group said that, nine days after four farmers from the hamlet of Tela were stopped by "
        "army troops at a checkpoint on the coast road, their whereabouts remain unknown."
    )
    assert _count(nlp, text, "enforced_disappearance") == 4


def test_an_uncounted_subject_of_a_time_clause_gives_no_count(nlp: Language) -> None:
    text = "A month after the students were detained by soldiers in Tela, their whereabouts remain unknown."
    assert _count(nlp, text, "enforced_disappearance") is None


def test_one_person_named_by_kinship_counts_one(nlp: Language) -> None:
    text = "Her brother was tortured for weeks in the basement of the Dorn police station."
    assert _count(nlp, text, "torture") == 1


def test_a_plural_kin_noun_gives_no_count(nlp: Language) -> None:
    text = "Their sons were tortured for weeks in the basement of the Dorn police station."
    assert _count(nlp, text, "torture") is None


def test_a_relative_clause_with_a_date_is_no_count_of_named_people(nlp: Language) -> None:
    text = (
        "Tomas Varga and Ilya Morn, who were hanged together at Dorn prison on 5 March, had been "
        "convicted of espionage."
    )
    inc = first_incident(nlp, text, "execution")
    assert inc.figure.count == 2


def test_counted_speakers_hung_on_said_count_the_victims(nlp: Language) -> None:
    text = (
        "A lawyer for the family, J. Oskar Velt, said two of the men arrested with Daran, who were "
        "freed on Tuesday, told him they had been hung from the ceiling and beaten with rubber hoses."
    )
    assert _count(nlp, text, "torture") == 2


def test_the_person_given_a_torture_method_is_the_victim(nlp: Language) -> None:
    text = "One detainee, released on 4 June, said he was given electric shocks until he fainted."
    assert _count(nlp, text, "torture") == 1
