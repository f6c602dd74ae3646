"""Round 5: statements that report no event at all. A principle about confessions
("Evidence obtained under torture is inadmissible"), a year's summary told by one bare plural
("Deaths in detention were reported in several provinces"), a denial over a whole group ("denied
that any of the detainees had been beaten"), the killing a person is suspected of ("on suspicion
of killing a shopkeeper") and the second noun of "a pattern of X and Y" name no incident.
Each class has negative cases that keep the events the same words tell."""

from __future__ import annotations

import pytest
from extraction_helpers import pipeline_types
from spacy.language import Language


# -- concern at reports of a kind of abuse: a real report's claim, kept --------------------------
def test_concern_at_reports_of_secret_hangings_keeps_the_claim(nlp: Language) -> None:
    text = "The envoy said she was alarmed by reports of secret hangings of protesters in Zahedan."
    assert "execution" in pipeline_types(nlp, text)


# -- a principle about what torture yields (a bare mass noun, like a bare plural) ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Evidence obtained under torture is inadmissible under the convention.",
        "Testimony obtained by torture cannot be the basis of a death sentence.",
    ],
)
def test_principle_about_evidence_is_no_torture(nlp: Language, text: str) -> None:
    assert "torture" not in pipeline_types(nlp, text)


def test_confessions_of_named_men_keep_the_torture(nlp: Language) -> None:
    text = (
        "The four brothers were convicted in 2019 on the basis of confessions obtained through "
        "torture at a police station in Kandy."
    )
    assert "torture" in pipeline_types(nlp, text)


# -- a year's summary told by one bare plural ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "itype"),
    [
        ("Deaths in detention were reported in several provinces.", "death_in_custody"),
        ("Arbitrary arrests were reported in many districts.", "arrest"),
    ],
)
def test_bare_plural_summary_is_no_event(nlp: Language, text: str, itype: str) -> None:
    assert itype not in pipeline_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        ("Twelve arrests were reported in Dhaka on Tuesday.", "arrest"),
        ("Arrests of students were reported in Chittagong.", "arrest"),
        ("Arrests of students continued on Tuesday.", "arrest"),
    ],
)
def test_counted_or_placed_reports_keep_the_event(nlp: Language, text: str, itype: str) -> None:
    assert itype in pipeline_types(nlp, text)


# -- a denial over a whole group ------------------------------------------------------------------
def test_denial_over_a_group_is_no_torture(nlp: Language) -> None:
    text = "A police spokesman denied that any of the detainees had been beaten, calling the claims lies."
    assert "torture" not in pipeline_types(nlp, text)


def test_denial_of_named_victims_torture_is_not_dropped_here(nlp: Language) -> None:
    text = (
        "Guards beat 12 detainees with batons at the central prison in Mombasa on Friday, the "
        "commission said. A prison official denied that any of the detainees had been beaten."
    )
    found = [i for i in nlp(text)._.tb_incidents if i.type == "torture"]
    assert len(found) == 1


# -- the killing a person is accused of -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mendez was held for a week without a lawyer after his arrest on suspicion of killing a shopkeeper.",
        "Police arrested the trader on suspicion of killing his business partner.",
    ],
)
def test_killing_a_person_is_accused_of_is_no_killing(nlp: Language, text: str) -> None:
    assert "killing" not in pipeline_types(nlp, text)


def test_killing_by_troops_on_suspicion_is_kept(nlp: Language) -> None:
    text = "Troops shot dead four men in Gao on Monday on suspicion of links to armed groups."
    assert "killing" in pipeline_types(nlp, text)


# -- the second noun of "a pattern of X and Y" ----------------------------------------------------
def test_pattern_of_two_kinds_is_no_event(nlp: Language) -> None:
    text = (
        "At least 60 people have been killed since the vote, the office said, warning that a "
        "worrying pattern of abductions and torture had taken hold in the capital."
    )
    types = pipeline_types(nlp, text)
    assert "torture" not in types
    assert "killing" in types


# -- an age at arrest told by the noun ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Three young men who were minors at the time of their arrest remain on death row, the group said.",
        "Karimov, who was 16 at the time of his arrest, faces a death sentence, his lawyer said.",
    ],
)
def test_age_at_the_time_of_arrest_is_no_arrest(nlp: Language, text: str) -> None:
    assert "arrest" not in pipeline_types(nlp, text)


def test_dated_arrest_at_the_time_is_kept(nlp: Language) -> None:
    text = "Police beat the journalist at the time of his arrest in Minsk on 4 May 2021."
    assert "arrest" in pipeline_types(nlp, text)


# -- a demand about everyone held ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The junta must free all those arbitrarily detained.",
        "Authorities should release everyone detained for peaceful protest.",
    ],
)
def test_demand_about_everyone_held_is_no_arrest(nlp: Language, text: str) -> None:
    assert "arrest" not in pipeline_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The junta must free all those detained in Bamako on 3 May.",
        "The junta must free the 40 students detained in Bamako last week.",
    ],
)
def test_demand_about_dated_or_counted_arrest_keeps_it(nlp: Language, text: str) -> None:
    assert "arrest" in pipeline_types(nlp, text)


# -- a habit said of a kind of event against a kind of people ----------------------------------
@pytest.mark.parametrize(
    ("text", "itype"),
    [
        ("Killings of journalists often go unpunished.", "killing"),
        ("Abductions of activists routinely go uninvestigated in the province.", "enforced_disappearance"),
    ],
)
def test_habit_of_a_kind_is_no_event(nlp: Language, text: str, itype: str) -> None:
    assert itype not in pipeline_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Killings of three journalists in Veracruz shocked the town last week.",
        "Attacks and killings of farmers were reported in Benue on Sunday.",
    ],
)
def test_counted_or_dated_killings_of_a_kind_are_kept(nlp: Language, text: str) -> None:
    assert "killing" in pipeline_types(nlp, text)
