"""Round 10: words of violation that tell no incident of their own. A prison term handed to the
perpetrators of a violation the text tells ("sentenced two sergeants to 22 years for the
killing"), the arrest of "the officer responsible", killings committed by separatists (a
non-state crime, also as an item of "committed abuses, including ..."), an arrest told only
as what a killing came after ("killed after they had been detained"), an age at arrest ("when
they were under 18") and a participle that only says who suffered the act a noun tells ("the
ill-treatment of persons detained", "the deaths in custody of persons arrested"). A "compared
with N during the same period last year" of an aggregate not yet dated is its own aggregate;
"N of the killings" is a part of the killings told, however far back. Each class has negative cases that
keep the events the same words tell."""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of, pipeline_types
from spacy.language import Language


# -- a prison term for the violation told: the perpetrators' punishment ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "In March a tribunal in Ostrava sentenced three prison wardens to 14 years in prison for the "
        "beating.",
        "In 2019 a court in Cobán convicted four former militiamen and a retired captain of crimes "
        "against humanity for the massacre, sentencing each to 600 years in prison.",
        "The guard responsible was detained and in May was sentenced to eight years in prison.",
    ],
)
def test_prison_term_of_perpetrators_is_no_incident(nlp: Language, text: str) -> None:
    assert "other" not in pipeline_types(nlp, text)


def test_officer_responsible_arrested_is_no_arrest(nlp: Language) -> None:
    text = "The constable responsible was arrested on Friday in Mwanza."
    assert "arrest" not in pipeline_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "In June a court in Minsk sentenced the blogger Pavel Zhuk to nine years in prison for his posts.",
        "A judge sentenced the teacher Lena Ortiz to six years in prison over a protest in Tarija.",
    ],
)
def test_prison_term_of_a_dissident_stays(nlp: Language, text: str) -> None:
    assert "other" in pipeline_types(nlp, text)


def test_responsible_elsewhere_keeps_the_arrest(nlp: Language) -> None:
    text = "Police arrested the journalist Omar Sy, who was responsible for the paper's crime desk, in Dakar."
    assert "arrest" in pipeline_types(nlp, text)


# -- killings committed by separatists: a non-state crime -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Separatist fighters also committed killings, including of nurses and village chiefs.",
        "Armed secessionists have also committed grave abuses, including abductions and the killing "
        "of nurses.",
    ],
)
def test_killings_committed_by_separatists_are_no_incident(nlp: Language, text: str) -> None:
    assert "killing" not in pipeline_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers committed killings of civilians in Bamenda in May, including of nurses.",
        "Police committed grave abuses, including the killing of two students in Kumba.",
    ],
)
def test_killings_committed_by_state_agents_stay(nlp: Language, text: str) -> None:
    assert "killing" in pipeline_types(nlp, text)


# -- an arrest told only as what a killing came after ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The monitors said that six farmers were killed near their fields after they had been "
        "detained, among them the brothers Rui Lopes, 30, and Caio Lopes, 27.",
        "Two fishermen were found shot dead a day after soldiers detained them at a checkpoint, "
        "their families said.",
    ],
)
def test_arrest_before_killing_is_no_arrest(nlp: Language, text: str) -> None:
    found = [i.type for i in incidents_of(nlp, text)]
    assert "killing" in found
    assert "arrest" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 30 villagers in Tarso after two officers were killed.",
        "He died in custody in Lome two days after he was arrested.",
    ],
)
def test_arrest_not_under_a_killing_verb_stays(nlp: Language, text: str) -> None:
    assert "arrest" in [i.type for i in incidents_of(nlp, text)]


# -- an age at arrest given as "under 18" ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Two of the hanged men were arrested when they were under 18, their relatives said.",
        "• 4 child offenders, detained when they were under 18",
    ],
)
def test_arrest_when_under_an_age_is_no_arrest(nlp: Language, text: str) -> None:
    assert "arrest" not in pipeline_types(nlp, text)


def test_arrest_of_men_under_an_age_stays(nlp: Language) -> None:
    text = "Police arrested 12 men under 30 in Harare on Monday."
    assert "arrest" in pipeline_types(nlp, text)


# -- "compared with N during the same period last year" of an aggregate not yet dated -------------
def test_comparison_with_last_year_of_an_undated_aggregate(nlp: Language) -> None:
    text = (
        "The UN office said it was alarmed by a sharp rise in hangings in Ruritania, with at least 140 "
        "people put to death in the first half of the year, compared with 95 during the same period "
        "last year."
    )
    found = incidents_of(nlp, text, "execution")
    compared = [i for i in found if i.figure.count == 95]
    assert len(compared) == 1
    assert compared[0].date is not None and compared[0].date.value == "2023"
    assert any(i.figure.count == 140 for i in found)


def test_comparison_without_a_period_stays_no_incident(nlp: Language) -> None:
    text = (
        "The UN office said at least 140 people had been put to death in Ruritania this year, "
        "compared with 95 a month ago."
    )
    assert [i.figure.count for i in incidents_of(nlp, text, "execution")] == [140]


# -- a participle that says who suffered the act a noun tells: no arrest of its own ----------------
@pytest.mark.parametrize(
    "text",
    [
        "The monitor recorded at least 40 cases of torture and ill-treatment of persons detained for "
        "their union work during the year.",
        "The group has counted at least nine death sentences issued against people arrested in "
        "connection with the 2021 strikes.",
        "Officials confirmed the deaths in custody of two persons arrested during the riots in Osh.",
    ],
)
def test_participle_naming_the_sufferers_is_no_arrest(nlp: Language, text: str) -> None:
    found = pipeline_types(nlp, text)
    assert found
    assert "arrest" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The families of at least 12 students arrested during the march in Lome say they have no news.",
        "The monitor described the ill-treatment of a teacher detained in May 2020 in Gitega.",
    ],
)
def test_participle_with_a_date_or_no_act_keeps_the_arrest(nlp: Language, text: str) -> None:
    assert "arrest" in pipeline_types(nlp, text)


# -- "N of the killings" far from the aggregate it is a part of ------------------------------------
_FAR_PART = (
    "Police in the district of Varna killed at least 31 people during raids between March and June, "
    "the rights group Civic Watch said on Monday. The group interviewed 40 witnesses. Its researchers "
    "visited the district twice. The report runs to 80 pages. It calls for an independent inquiry. "
    "The interior ministry did not answer questions. Local officials declined to speak. "
    "The national ombudsman said it had opened inquiries into eight of the killings."
)


def test_part_of_killings_told_far_back_is_no_incident(nlp: Language) -> None:
    counts = [i.figure.count for i in incidents_of(nlp, _FAR_PART, "killing")]
    assert counts == [31]


def test_part_larger_than_anything_told_stays(nlp: Language) -> None:
    text = _FAR_PART.replace("at least 31 people", "at least five people")
    counts = [i.figure.count for i in incidents_of(nlp, text, "killing")]
    assert 8 in counts
