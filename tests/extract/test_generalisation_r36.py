"""Round 36, read on new real pages (cc-sets, then dd-sets, session 23): who a report's source
is, how many a phrase joins, when a period or a report's year dates an act, and what is no act.

- Claimants: a month before a source's name is when, not who ("According to a June LRG report");
  "..., concluding that" and "..., finding that" after a body published something tell its
  finding; "In March X.info, a local news website, reported": the name before the apposition the
  parser made the subject; "Conservative estimates place the death toll at ..." as "put".
- Counts: "he and 14 of his colleagues" (15), "him and another journalist" (2), "both he and his
  cousin" (2); "executed alongside A" (2, both named); a year of an earlier century after a word of
  time ("hanged in 1871", "By 1890, public hanging ...") is no count, "the toll of 1500" is.
- Dates: the year of "a 2012 study of the massacre" is the study's; an annual report's title
  names the year it covers (State Department by that year, Amnesty by the year after, its
  "Report 2020" by that year), whatever later year its text names; an infobox's death day dates
  the death a biography tells of "he" in the early 1970s, and its cause-of-death line wherever
  the sentence starts; "between December 15 and December 18, 2013" is that month; "from March
  onwards" the year ("from 2015 onwards" up to a later year: none); "as of August" the year (a
  tally up to then), "as of Monday" still the day.
- No act: "only 23 countries carried out executions" counts states; a "not" of the first of two
  verbs joined by "and" is not the second's when that has its own auxiliary ("did not receive a
  fair trial and was tortured"); a court's decision to sentence someone to death is the sentence.
- A line's second word continues its first ("Amnesty | International deeply regrets ..." had been
  cut after the first word of a paragraph); a penalty table row ("Criminal penalty | Death |",
  "- Penalty: Death") is a death sentence of the article's subject.
- Second round (dd-sets, once scored closed): a counted toll of protest deaths ("As a result of
  the protests, 13 people died", "42 deaths were confirmed in the context of the protests") is a
  killing, not when illness or an accident caused it or another word of killing in the sentence
  tells another version of it.
"""

from __future__ import annotations

import pytest
from extraction_helpers import (
    claimant_names,
    event_date,
    evidence,
    extracted_types,
    first_incident,
    incident_figure,
)
from spacy.language import Language


@pytest.mark.parametrize("month", ["June", "September"])
def test_probe_a_month_before_a_source_name_is_no_part_of_it(nlp: Language, month: str) -> None:
    text = (
        "The Lagos Rights Group (LRG) said police detained 40 students in March. "
        f"According to a {month} LRG report, soldiers killed at least 32 villagers in Kebbi in May."
    )
    assert claimant_names(first_incident(nlp, text, "killing")) == ["Lagos Rights Group"]


@pytest.mark.parametrize("verb", ["concluding", "finding"])
def test_probe_a_finding_told_by_a_participle_is_the_bodys(nlp: Language, verb: str) -> None:
    text = (
        "The Coastal Justice Network released a report on Monday, "
        f"{verb} that soldiers killed 5 fishermen in Port Town."
    )
    assert claimant_names(first_incident(nlp, text, "killing")) == ["Coastal Justice Network"]


@pytest.mark.parametrize("site", ["Riverwatch.org", "Newsline.info"])
def test_probe_the_name_before_an_apposition_is_the_source(nlp: Language, site: str) -> None:
    text = (
        f"In March {site}, a local news website, reported that Ali Karimov, a farmer, died in "
        "Nukus after he was detained by police."
    )
    assert claimant_names(first_incident(nlp, text, "death_in_custody")) == [site]


def test_probe_estimates_that_place_a_toll_claim_it(nlp: Language) -> None:
    text = (
        "The Kivu massacres were a series of killings committed in Zaire in 1977 by the army. "
        "Conservative estimates place the death toll of the event between 10,000 and 15,000 killed, "
        "while some estimates go as high as 30,000."
    )
    assert claimant_names(first_incident(nlp, text, "killing")) == ["Conservative estimates"]


def test_placing_someone_under_house_arrest_tells_no_source(nlp: Language) -> None:
    text = "Police placed the lawyer Omar Haddad under house arrest in Tunis on 3 May."
    assert claimant_names(first_incident(nlp, text, "arrest")) == ["publisher"]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("In 1961, he and 14 of his colleagues were arrested by the secret police.", "arrest", 15),
        ("Police detained him and another journalist, Omar Haddad, after the rally.", "arrest", 2),
        ("Both he and his cousin were severely tortured by the police in 2009.", "torture", 2),
    ],
)
def test_probe_a_pronoun_joined_to_others_counts_them_all(
    nlp: Language, text: str, kind: str, count: int
) -> None:
    assert incident_figure(nlp, text, kind) == (count, "exact")


def test_a_pronoun_alone_is_one(nlp: Language) -> None:
    assert incident_figure(nlp, "In 1961, he was arrested by the secret police.", "arrest") == (1, "exact")


def test_probe_companions_by_name_are_counted_and_named(nlp: Language) -> None:
    text = "Arturo Ruiz was executed alongside Tomas Pena and Luis Vega in July 1989."
    found = first_incident(nlp, text, "execution")
    assert (found.figure.count, found.victim_names) == (3, ["Arturo Ruiz", "Tomas Pena", "Luis Vega"])


def test_probe_a_year_of_an_earlier_century_is_no_count(nlp: Language) -> None:
    text = "The assassin of the governor in 1871 was publicly hanged in the main square."
    assert incident_figure(nlp, text, "execution", published=None)[0] != 1871


def test_a_number_after_of_stays_a_count(nlp: Language) -> None:
    text = "Witnesses confirmed the death toll of 1500 protesters killed by security forces."
    assert incident_figure(nlp, text, "killing")[0] == 1500


def test_probe_a_studys_year_does_not_date_the_event(nlp: Language) -> None:
    text = (
        "Estimates vary on the number of people killed in the days after the attack. Local sources "
        "claimed that soldiers killed 20,000 people, while other estimates range between 1,000 and "
        "5,000 deaths; a 2012 study of the massacre stated that about 12,000 people were killed."
    )
    assert event_date(nlp, text, "killing", published=None) is None


@pytest.mark.parametrize(
    ("title", "published", "day"),
    [
        ("Amnesty International Report 2015", "2016-05", "2015-03"),
        ("Annual Report: Freedonia 2013", "2013-05-23", "2012-03"),
        ("2009 Human Rights Report: Freedonia", "2010-03-11", "2009-03"),
    ],
)
def test_probe_an_annual_reports_title_gives_the_year_it_covers(
    nlp: Language, title: str, published: str, day: str
) -> None:
    text = (
        f"{title}\n\nIn March, police killed 12 protesters in the capital. The president said he "
        f"would stand in the elections of {published[:4]}."
    )
    assert event_date(nlp, text, "killing", published=published) == day


PUIG_LIKE = (
    "Jordi Vila | |\n---|---|\nBorn | Girona, Spain | 3 May 1950\nDied | 2 March 1975 Girona, Spain | "
    "(aged 24)\nCause of death | Execution by garrote |\nJordi Vila (3 May 1950 – 2 March 1975) was a "
    "Catalan activist. After years in the underground movement in the early 1970s, he was convicted "
    "and executed by garrote for the death of a guard.\n"
)


def test_probe_a_biographys_he_is_its_subject_for_the_day_of_death(nlp: Language) -> None:
    assert event_date(nlp, PUIG_LIKE, "execution", published=None) == "1975-03-02"


def test_probe_a_cause_of_death_line_inside_a_sentence_takes_the_day(nlp: Language) -> None:
    text = (
        "Mei Lan\nMei Lan | |\n---|---|\nBorn |\nMei Lan 2 June 1931 |\nDied |\n18 May 1967 35) "
        "Nanjing | (aged\nCause of death | Execution by firing squad |\nAlma mater | Nanjing "
        "University |\nMei Lan (June 2, 1931 – May 18, 1967) was a poet born in Nanjing.\n"
    )
    assert event_date(nlp, text, "execution", published=None) == "1967-05-18"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "More than 4,000 civilians were massacred in four days between December 15 and "
            "December 18, 2013.",
            "2013-12",
        ),
        ("Security forces unlawfully killed at least 66 people in the period from March onwards.", "2016"),
        ("From 2015 onwards, police detained 300 activists.", None),
        ("The commission reported 15 unlawful killings by security forces as of August.", "2015"),
    ],
)
def test_probe_periods_take_the_unit_that_holds_them(nlp: Language, text: str, date: str | None) -> None:
    kind = extracted_types(nlp, text, published="2016-04")[0]
    assert event_date(nlp, text, kind, published="2016-04") == date


def test_a_stock_as_of_a_day_keeps_the_day(nlp: Language) -> None:
    text = "As of Monday, the rights centre counted 1,223 political prisoners."
    assert event_date(nlp, text, "arrest", published="2022-07-13") == "2022-07-11"


def test_probe_states_that_carry_out_executions_are_counted_states(nlp: Language) -> None:
    assert extracted_types(nlp, "In 2010 only 23 countries carried out executions, the group said.") == []


def test_forces_in_counted_states_still_kill(nlp: Language) -> None:
    assert incident_figure(nlp, "Security forces in three states killed 40 protesters.", "killing") == (
        40,
        "exact",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Halabi did not receive a fair trial and was tortured during his detention.",
        "Mr. Halabi did not receive a fair trial and was subjected to torture during his detention.",
    ],
)
def test_probe_a_not_stays_with_its_own_verb(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == ["torture"]


@pytest.mark.parametrize("text", ["He was not arrested and was not tortured.", "Police did not arrest him."])
def test_negated_conjuncts_stay_negated(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Responding to today's decision by the tribunal to sentence former minister Ali Haddad to death, "
        "the group said the trial was unfair.",
        "The tribunal decided to sentence Ali Haddad to death on Monday.",
    ],
)
def test_probe_a_decision_to_sentence_is_the_sentence(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == ["death_sentence"]


def test_a_plan_to_sentence_is_not(nlp: Language) -> None:
    assert extracted_types(nlp, "Prosecutors plan to sentence Ali Haddad to death.") == []


def test_probe_a_paragraphs_second_word_continues_its_first(nlp: Language) -> None:
    text = (
        "Ruvania: executions must stop, says Amnesty International\n\nAmnesty International deeply "
        "regrets the hanging of four men — Tomas Pena, 61, and Luis Vega, 64 — in Ruvania today, "
        "Thursday 10 April.\n\nThese executions bring to seven the number announced this year.\n"
    )
    found = first_incident(nlp, text, "execution", published="2008-04-10")
    assert evidence(text, found).startswith("Amnesty International deeply regrets")


@pytest.mark.parametrize("row", ["Criminal penalty | Death |", "- Penalty: Death"])
def test_probe_a_penalty_row_is_the_subjects_death_sentence(nlp: Language, row: str) -> None:
    text = f"Jon Brandt\nBorn | Oslo | 1920\n{row}\nJon Brandt was a Norwegian sailor convicted of espionage."
    found = first_incident(nlp, text, "death_sentence", published=None)
    assert found.victim_names == ["Jon Brandt"]


@pytest.mark.parametrize(
    "text",
    [
        "As a result of the protests, 13 people died and over 400 were injured.",
        "According to the latest figure, 42 deaths were confirmed in the context of the protests.",
    ],
)
def test_probe_a_counted_toll_of_protest_deaths_is_a_killing(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == ["killing"]


@pytest.mark.parametrize(
    "text",
    [
        "Two people died of cholera during the protests.",
        "Three people died in a road accident on the way to the demonstration.",
    ],
)
def test_deaths_no_one_inflicted_are_no_killing(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []


def test_a_toll_beside_another_version_is_not_a_second_killing(nlp: Language) -> None:
    text = (
        "Officials said on Sunday that nine people had died in three days of unrest in the city, but "
        "a rights group said security forces had shot dead between 40 and 60 protesters."
    )
    assert extracted_types(nlp, text, published="2025-09-14") == ["killing"]
