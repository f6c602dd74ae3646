"""Incident classes found on unseen reports: victims read from the right phrase, places that are not
names, verdicts on an event already told, coordinated and open-ended dates. Texts written for these
tests, not taken from any evaluation set."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language

from tallybook.extract.pipeline import SourceText, extract_texts
from tallybook.extract.timing.dates import enclosing
from tallybook.model import ExtractedIncident

_incidents = partial(incidents_of, published="2024-07-19")


def _one(nlp: Language, text: str, kind: str, published: str = "2024-07-19") -> ExtractedIncident:
    found = _incidents(nlp, text, kind, published=published)
    assert len(found) == 1, found
    return found[0]


# --- counts taken from the victim phrase, wherever the parser hangs it ---


@pytest.mark.parametrize(
    ("text", "kind", "count", "qualifier"),
    [
        # "security forces [who were] arrested": a misparse; the counted people follow the verb
        (
            "In March security forces arrested up to 55 persons in Aswan following protests over fuel "
            "prices, according to local activists.",
            "arrest",
            55,
            "up_to",
        ),
        # the victims of a nominal trigger through "whose"
        (
            "Some 90 prisoners whose death sentences have been confirmed are at imminent risk of execution.",
            "death_sentence",
            90,
            "about",
        ),
        # "beat and administered shocks to N": the conjoined verb's recipient is the victim of both
        (
            "Activists said that in May police in Kerman beat and administered electric shocks to about "
            "two dozen Kurdish detainees.",
            "torture",
            24,
            "about",
        ),
    ],
)
def test_count_of_the_victim_phrase(nlp: Language, text: str, kind: str, count: int, qualifier: str) -> None:
    inc = _one(nlp, text, kind, "2024-04-10")
    assert (inc.figure.count, inc.figure.qualifier) == (count, qualifier)


def test_a_place_of_origin_is_not_a_victim_name(nlp: Language) -> None:
    text = (
        "Among those executed on 9 May was Saleh al-Mutairi, a young man from Qatif who was arrested at 17."
    )
    inc = _one(nlp, text, "execution", "2024-05-20")
    assert inc.victim_names == ["Saleh al-Mutairi"]
    assert inc.figure.count == 1


def test_a_plural_relative_clause_covers_every_named_victim(nlp: Language) -> None:
    text = (
        "Among the victims were Said Karimi, 17, and Nasrin Ahmadi, 24, who were shot dead near the "
        "city's main square on 14 May."
    )
    inc = _one(nlp, text, "killing", "2024-05-20")
    assert inc.victim_names == ["Said Karimi", "Nasrin Ahmadi"]
    assert inc.figure.count == 2


# --- a verdict on an event is not the event ---


def test_a_verdict_on_a_named_execution_is_not_its_evidence(nlp: Language) -> None:
    text = (
        "Among those put to death was Karim al-Dosari, a young man from Hofuf who was executed in Dammam "
        "on 4 March. “Karim al-Dosari’s execution is a flagrant breach of international law,” said Lina "
        "Haddad of the group."
    )
    found = _incidents(nlp, text, "execution", published="2025-03-20")
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end].startswith("Among those put to death")


# --- dates ---


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Police killed 9 suspected drug dealers in a series of raids in Cavite province on Tuesday "
            "and Wednesday, officials said.",
            "2024-07-19",
            "2024-07",
        ),
        (
            "Rights monitors said at least 41 people were hanged in March and April 2024.",
            "2024-07-19",
            "2024",
        ),
        (
            "Authorities have detained at least 25 activists in Davao since mid-May and held them without "
            "charge.",
            "2024-07-19",
            "2024",
        ),
        (
            "At least 60 people have been put to death in Iran since the start of the year.",
            "2024-07-19",
            "2024",
        ),
        (
            "(Lusaka, May 8, 2024) – Zambian police have abducted at least 12 members of the opposition in "
            "Lusaka since mid-March and held them in unacknowledged detention, Rights Watchers said today.",
            "2024-05-08",
            "2024",
        ),
    ],
)
def test_periods_and_coordinated_dates_take_the_unit_containing_them(
    nlp: Language, text: str, published: str, expected: str
) -> None:
    incidents = _incidents(nlp, text, published=published)
    assert len(incidents) == 1
    assert enclosing(incidents[0].date) == expected


def test_undated_incidents_of_an_annual_report_take_the_covered_year(nlp: Language) -> None:
    text = (
        "Section 1. Respect for the Integrity of the Person\n\n"
        "On March 3, police in Gorvan detained the blogger Teodor Vasko.\n\n"
        "Local monitors reported that at least nine detainees were kept in solitary confinement at the "
        "Ostrava-North prison for weeks at a time.\n\n"
        "Monitors recorded many arrests during the year."
    )
    dates = {i.type: enclosing(i.date) for i in _incidents(nlp, text, published="2024-03-20")}
    assert dates.get("other") == "2023"


def test_a_detention_that_lasts_takes_the_period_from_the_arrest(nlp: Language) -> None:
    text = (
        "Journalist Mirela Dostan was arrested at her flat in Velgrad on June 25. "
        "She was held incommunicado for 20 days before being brought before a prosecutor."
    )
    dates = [
        enclosing(i.date)
        for i in _incidents(nlp, text, published="2023-10-01")
        if i.type == "enforced_disappearance"
    ]
    assert dates == ["2023"]


def test_a_beating_of_the_person_just_named_takes_the_arrest_date(nlp: Language) -> None:
    text = (
        "On April 11, police in Larvik detained the teacher Oskar Brandt at a bus stop. "
        "According to his sister, officers punched him repeatedly in the station for three hours."
    )
    dates = [enclosing(i.date) for i in _incidents(nlp, text, published="2024-06-01") if i.type == "torture"]
    assert dates == ["2024-04-11"]


# --- statements about a practice, verdicts and evidence of a cause are not incidents ---


@pytest.mark.parametrize(
    "text",
    [
        "Our Office has also documented a pattern of arrests of aid workers.",
        "The code forbids torture but permits punishments such as caning, stoning, and amputation for "
        "more than 80 offenses.",
        "“Hanging people on the strength of confessions obtained under torture is an arbitrary deprivation "
        "of life,” said Ilse Marwood.",
        "The envoy warned that a return to public hangings, which some clerics have demanded, would deepen "
        "the harm.",
        "“Young men are being dragged from buses in daylight and taken to secret sites where they are "
        "beaten, and in one case beaten to death,” said Ilse Marwood, a researcher.",
        "“Students are being pulled off the streets at night and held in secret houses where they are "
        "beaten, and in one case beaten to death,” said Ilse Marwood, a researcher.",
        "The monitor also documented killings by armed groups: in May, gunmen from a rival clan killed a "
        "farmer in Najaf, and ISIS fighters killed four herders near Mosul.",
    ],
)
def test_practices_prospects_and_non_state_killings_are_not_incidents(nlp: Language, text: str) -> None:
    assert _incidents(nlp, text, published="2024-03-15") == []


def test_marks_of_beatings_on_the_dead_are_not_a_separate_torture(nlp: Language) -> None:
    text = (
        "Soldiers shot dead three farmers near Kessa on 2 May, the office said, adding that their bodies "
        "bore marks of beatings."
    )
    assert [i.type for i in _incidents(nlp, text, published="2024-05-10")] == ["killing"]


# --- deaths in custody however the words are ordered ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police arrested Darius Fenwick on 3 April. He died two days later in the custody of the State "
            "Security Service in Velgrad.",
            "Darius Fenwick",
        ),
        (
            "One detainee, Peter Okello, 31, a bus driver, died in a Gulu hospital on April 19.",
            "Peter Okello",
        ),
        (
            "The office also said it had received credible reports that Min Thu Aung, a poet held since "
            "2021, died in Obo Prison in October after being denied treatment for malaria.",
            "Min Thu Aung",
        ),
    ],
)
def test_deaths_of_people_the_state_held(nlp: Language, text: str, name: str) -> None:
    inc = _one(nlp, text, "death_in_custody", "2024-05-08")
    assert inc.victim_names == [name]
    assert inc.figure.count == 1


def test_a_report_naming_a_prison_is_not_a_section_opener(nlp: Language) -> None:
    text = "There were reports that guards at Harlow Prison beat inmates and denied them medical care."
    assert [i.type for i in _incidents(nlp, text, published="2024-04-10")] == ["torture"]


# --- more counts and stocks ---


@pytest.mark.parametrize(
    ("text", "kind", "count", "qualifier"),
    [
        (
            "The monitoring group Spring reported that authorities detained between 2,100 and 2,400 persons "
            "on politically motivated grounds during the year.",
            "arrest",
            2100,
            "at_least",
        ),
        (
            "At least 14 other people remain on death row in connection with the 2021 protests.",
            "death_sentence",
            14,
            "at_least",
        ),
        (
            "She said the group had documented at least seven other killings in the province since May.",
            "killing",
            7,
            "at_least",
        ),
        (
            "He said 25 people were detained during and after the march and that police had refused to hand "
            "over the bodies of at least two of the dead to their families.",
            "other",
            2,
            "at_least",
        ),
        (
            "Lieutenant Arturo Bello-Cruz and four other officers were arrested in Valencia on 3 July 2023 "
            "and accused of plotting a coup.",
            "arrest",
            5,
            "exact",
        ),
    ],
)
def test_counts_of_ranges_stocks_and_parts(
    nlp: Language, text: str, kind: str, count: int, qualifier: str
) -> None:
    inc = _one(nlp, text, kind, "2023-08-01")
    assert (inc.figure.count, inc.figure.qualifier) == (count, qualifier)


def test_a_year_naming_another_event_does_not_date_the_incident(nlp: Language) -> None:
    text = "At least 14 other people remain on death row in connection with the 2021 protests."
    assert _one(nlp, text, "death_sentence", "2023-08-01").date is None
    dated = _one(nlp, "Police arrested 40 students during the 2021 protests.", "arrest", "2023-08-01")
    assert enclosing(dated.date) == "2021"


def test_who_died_is_not_a_separate_arrest(nlp: Language) -> None:
    text = (
        "Police killed 9 people in raids on Tuesday. One man detained in the raids, Carlo Mendez, 41, died "
        "in a cell at the Tarlac police station late on Wednesday."
    )
    assert [i.type for i in _incidents(nlp, text)] == ["killing", "death_in_custody"]


def test_a_death_days_after_an_arrest_is_a_death_in_custody(nlp: Language) -> None:
    text = (
        "Briefing reporters, the spokesperson said that Rahim Karimi, 25, died last Sunday, three days after "
        "he was detained by intelligence agents at his home."
    )
    assert sorted(i.type for i in _incidents(nlp, text)) == ["arrest", "death_in_custody"]


def test_an_undated_article_dates_its_undated_incidents_by_its_event(nlp: Language) -> None:
    text = (
        "2021 Kessa protests\n\n"
        "Date: 3–9 March 2021\nLocation: Kessa\n\n"
        "The 2021 Kessa protests were a week of demonstrations against water cuts in the town of Kessa "
        "that began on 3 March 2021 and ended after a curfew.\n\n"
        "Riot police fired live rounds at the crowds, killing at least 11 protesters, according to a "
        "local rights group."
    )
    extraction = next(extract_texts([SourceText(text, None)], nlp))
    dates = [enclosing(i.date) for i in extraction.incidents if i.type == "killing"]
    assert dates == ["2021-03"]


# --- named victims beside a description, and whose fate is hidden ---


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Among the dead was Kamal Hadi Saeed, a 19-year-old student who was shot in the chest near the "
            "governor's office on 8 October.",
            "killing",
            "Kamal Hadi Saeed",
        ),
        (
            "The rapporteur also raised the case of Omar al-Zahrani, a 22-year-old student who was arrested "
            "at a checkpoint in Hofuf on 5 February and has been held without charge since then.",
            "arrest",
            "Omar al-Zahrani",
        ),
        (
            "The whereabouts of opposition activist Pavel Stsepanau, held incommunicado since March, "
            "remained unknown at year's end.",
            "enforced_disappearance",
            "Pavel Stsepanau",
        ),
    ],
)
def test_named_victims_of_descriptions_and_hidden_fates(
    nlp: Language, text: str, kind: str, name: str
) -> None:
    inc = _one(nlp, text, kind, "2024-03-14")
    assert inc.victim_names == [name]
    assert inc.figure.count == 1


def test_a_hidden_fate_since_an_arrest_lasts_until_the_report(nlp: Language) -> None:
    text = (
        "Laleh Moradi was detained in Karaj on 2 January. Since then, the authorities have refused to "
        "disclose her fate or whereabouts to her family."
    )
    inc = _one(nlp, text, "enforced_disappearance", "2024-03-14")
    assert inc.victim_names == ["Laleh Moradi"]
    assert enclosing(inc.date) == "2024"


def test_a_relative_clause_under_a_demand_still_reports_its_event(nlp: Language) -> None:
    text = (
        "The group said the crowd had gathered outside the governor's office to demand the release of a "
        "local teacher, Arman Sadeghi, who was detained in the town on Monday."
    )
    inc = _one(nlp, text, "arrest", "2024-10-04")
    assert inc.victim_names == ["Arman Sadeghi"]
    assert enclosing(inc.date) == "2024-09-30"


def test_people_arrested_whose_release_is_demanded_were_arrested(nlp: Language) -> None:
    text = (
        "The authorities must immediately release the 31 students arrested at Tanta University on 4 May, "
        "Amnesty International said today."
    )
    inc = _one(nlp, text, "arrest", "2023-05-24")
    assert (inc.figure.count, enclosing(inc.date)) == (31, "2023-05-04")


def test_deaths_in_police_or_military_custody_are_counted_by_complaints(nlp: Language) -> None:
    text = (
        "The national rights commission said it registered 27 complaints of deaths in police or military "
        "custody across the country in 2022."
    )
    inc = _one(nlp, text, "death_in_custody", "2023-05-24")
    assert (inc.figure.count, enclosing(inc.date)) == (27, "2022")


@pytest.mark.parametrize(
    ("text", "count", "names"),
    [
        ("Police beat and sent 12 protesters to prison on Sunday.", 12, []),
        ("Guards beat and then took Ali Rezaei to hospital.", 1, ["Ali Rezaei"]),
    ],
)
def test_the_shared_object_of_conjoined_verbs_is_a_person_not_a_place(
    nlp: Language, text: str, count: int, names: list[str]
) -> None:
    inc = _one(nlp, text, "torture", "2024-04-10")
    assert (inc.figure.count, inc.victim_names) == (count, names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Briefing reporters, the spokesperson said that Rahim Karimi, 25, died last Sunday, three days "
            "after he was detained by intelligence agents at his home.",
            "2024-07-11",
        ),
        ("Ali Rezaei was released on 9 May, two weeks after police arrested him in Tabriz.", "2024-04-25"),
    ],
)
def test_an_arrest_n_days_before_a_dated_event(nlp: Language, text: str, expected: str) -> None:
    assert enclosing(_one(nlp, text, "arrest").date) == expected


def test_a_back_reference_dated_over_two_days_dates_the_event(nlp: Language) -> None:
    text = (
        "ABUJA — Soldiers killed at least 14 people during nationwide strikes against fuel prices, the group "
        "said on Monday. The killings took place last Thursday and Friday in the states of Kano and Borno, "
        "the group said."
    )
    assert enclosing(_one(nlp, text, "killing", "2024-08-07").date) == "2024-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hasan Ali was arrested at a checkpoint in Sitra in March 2014. He told his family that in the "
            "weeks after his arrest he had been beaten with cables at the police station in Hoora to force a "
            "confession.",
            "2014",
        ),
        (
            "Omar Saleh was arrested on 2 June 2015. He told his lawyer that in the weeks after his arrest "
            "he had been beaten with cables at the police station in Hoora.",
            "2015-06",
        ),
    ],
)
def test_the_weeks_after_an_arrest_run_on_from_its_date(nlp: Language, text: str, expected: str) -> None:
    assert enclosing(_one(nlp, text, "torture", "2024-01-18").date) == expected
