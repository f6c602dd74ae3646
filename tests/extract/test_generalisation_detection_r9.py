"""Round 9, incident detection: a monitor's count of violent deaths ("has documented 27 deaths
during the demonstrations", "58 civilian deaths", "19 such deaths" after a sentence about
killings), a violation told in a relative clause under a noun's "for" phrase ("a vigil for X, whom
police shot dead"; "the Centre for Y, whose staff documented 64 killings"), people "detained as
teenagers" who "remain on death row" (the age phrase the parser reads as a clause of its own), and
a flogging listed with other ill-treatment ("flogged, hung by her wrists and threatened"): torture;
and a prospect "would be the first member ... put to death" when the tagger reads "put" as past.
Guards: deaths counted from disease or on the roads, a rival count "over the same period", "such
deaths" after a sentence with no violence, killings a person was convicted of, an arrest "as"
a time clause, and floggings carried out as sentences."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        # a monitor's count of deaths in a setting of state violence
        (
            "The Lima-based monitor Sentinela has documented at least 27 deaths during the "
            "demonstrations since April.",
            "killing",
        ),
        ("The regional rights office recorded 58 civilian deaths in the province in March.", "killing"),
        (
            "The commission says it has registered 33 deaths linked to the crackdown in the north.",
            "killing",
        ),
        # a relative clause under the "for" phrase of a noun
        (
            "Hundreds attended a vigil for Karim Tahir, whom soldiers shot dead at a roadblock on Friday.",
            "killing",
        ),
        (
            "The prize went to the Centre for Legal Aid, whose staff documented 64 killings by the "
            "army in 2021.",
            "killing",
        ),
        # "detained as teenagers remain on death row": a death-row stock
        ("Four other women who were detained as teenagers remain on death row.", "death_sentence"),
    ],
)
def test_told_events_are_found(nlp: Language, text: str, itype: str) -> None:
    assert itype in extracted_types(nlp, text)


def test_such_deaths_after_killings(nlp: Language) -> None:
    text = (
        "Officers have shot dead dozens of suspects in staged gunfights. The local bar association "
        "has recorded 19 such deaths in the first half of this year."
    )
    counts = [i.figure.count for i in incidents_of(nlp, text, "killing")]
    assert 19 in counts


def test_age_at_arrest_is_no_arrest(nlp: Language) -> None:
    text = "Four other women who were detained as teenagers remain on death row."
    assert "arrest" not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry recorded 300 deaths from dengue fever in the province last year.",
        "Traffic officials recorded 1,200 road deaths in the capital in 2022.",
        "Heatwaves have become more frequent. The health ministry recorded 93 such deaths in July.",
        "He was convicted of murder, which he committed in 2009 when he killed a shopkeeper.",
        (
            "The three had been convicted under the 2016 Security Law of involvement in a 2014 "
            "truck bombing in Kirkuk that killed 9 soldiers."
        ),
    ],
)
def test_no_killing(nlp: Language, text: str) -> None:
    assert "killing" not in extracted_types(nlp, text)


def test_rival_count_over_the_same_period(nlp: Language) -> None:
    text = (
        "Police killed 20 people in the raids, the commission said. A second group, Odhikar, "
        "recorded 31 deaths in police operations over the same period."
    )
    counts = [i.figure.count for i in incidents_of(nlp, text, "killing")]
    assert 31 not in counts


def test_arrest_as_a_time_clause_is_kept(nlp: Language) -> None:
    text = "Police detained the teacher Omar Said as he left the school on 3 March."
    assert "arrest" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a flogging listed with other ill-treatment in custody
        (
            "Relatives say she was held for a month at a police station in Bam, where she was "
            "repeatedly flogged, hung by her wrists and threatened with rape."
        ),
        "The detainees were beaten and flogged with cables during interrogation.",
    ],
)
def test_flogging_among_abuses_is_torture(nlp: Language, text: str) -> None:
    types = extracted_types(nlp, text)
    assert "torture" in types
    assert "corporal_punishment" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The teacher was flogged 74 times in public and then released.",
        "Two men were flogged 80 times in Qazvin and a third was hanged.",
    ],
)
def test_flogging_sentence_stays_corporal(nlp: Language, text: str) -> None:
    assert "corporal_punishment" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a prospect: "would be the first ... put to death", with "put" tagged as a past verb
        (
            "If the sentence is carried out, Ali Moradi would be the first member of the Arab "
            "minority put to death in connection with the strikes."
        ),
        (
            "If Hamid Zarei is hanged, he would be the second member of the teachers' union put to "
            "death since the uprising."
        ),
    ],
)
def test_would_be_the_first_put_to_death(nlp: Language, text: str) -> None:
    assert "execution" not in extracted_types(nlp, text)


def test_the_first_put_to_death_in_a_past_clause(nlp: Language) -> None:
    text = "Rights groups said Daniel Osei was the first journalist put to death by the junta."
    assert "execution" in extracted_types(nlp, text)
