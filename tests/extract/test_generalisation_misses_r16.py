"""Round 16 missed incidents: a counted plural "detentions" is an aggregate of arrests ("the
monitor counted 127 detentions"), unless its sentence already told the arrest it is another
figure for; a death is in custody when the words around "died" say the person was held (a held
participle on the subject, a place behind the cause of death, "while serving a sentence", "was
moved to a punishment cell ... and died there", "pre-trial facilities", "after being denied
medical care"); a passive "was shot" of people, within three sentences after deaths are told and
with no wound survived, is a killing; homes someone burned down are an incident of type other; a
relative named after the name, "said X, the boy's father", is the one who tells it; a family
"forced to bury" its dead is an incident of type other; a person "seized by masked men" (men who
are no named force) is an enforced disappearance, one seized by a named force an arrest."""

from __future__ import annotations

import pytest
from extraction_helpers import claimant_names, incidents_of
from spacy.language import Language

# --- counted detentions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "In Minsk, where supporters gathered outside the court, the rights group Vesna counted 214 "
            "detentions on Saturday.",
            214,
        ),
        (
            "The mission has documented more than 350 such detentions in the eastern provinces since March.",
            350,
        ),
    ],
)
def test_counted_detentions_are_arrests(nlp: Language, text: str, count: int) -> None:
    found = incidents_of(nlp, text, "arrest", required=True)
    assert count in [i.figure.count for i in found]


@pytest.mark.parametrize(
    "text",
    [
        # another figure for the arrest its sentence told
        "At least 212 students were arrested in the capital last week, whereas the ministry "
        'acknowledged only "64 detentions made in accordance with the law".',
        # no number: no aggregate
        "Monitors have recorded detentions of students in several towns since the vote.",
        # a rule, not an event
        "The decree allows police to carry out detentions without a warrant.",
    ],
)
def test_no_counted_detentions(nlp: Language, text: str) -> None:
    counts = [i.figure.count for i in incidents_of(nlp, text, "arrest")]
    assert 64 not in counts
    if "212" not in text:
        assert counts == []


# --- deaths in custody told around "died" ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Karim Haddad, a blogger jailed over his posts on social media, died in a hospital in Sousse "
        "on Tuesday.",
        "The family received a death certificate stating that Omar Selim had died of \u201ccardiac "
        "arrest\u201d in Tadmur Prison.",
        "Local monitors said at least seven people had died in the region's pre-trial facilities "
        "since January.",
        "Pavel Orlov was a Russian union organiser who died while serving a sentence in Penal Colony "
        "No. 4 in Tula.",
        "Pavel Orlov was moved to a punishment cell in Vladimir prison on 3 May and died there ten "
        "days later.",
        "Her brother said that Amina Yusuf, a 58-year-old trader, died at the Dera camp in March after "
        "being denied medical care for her asthma.",
    ],
)
def test_held_deaths(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "death_in_custody"), "no death in custody"


@pytest.mark.parametrize(
    "text",
    [
        # released before the death
        "Karim Haddad, a blogger jailed in 2012 and released in 2016, died in a hospital in Sousse on "
        "Tuesday.",
        # a cause with no place of detention
        "Omar Selim died of a heart attack in his home in Homs.",
        # serving as something, not serving a sentence
        "Leila Ahmadi died while serving as a nurse in the camp.",
        # moved to a place that holds no one
        "Pavel Orlov was moved to a village in the north and died there in 2019.",
        # care no holder withheld
        "Amina Yusuf died in hospital after being denied entry to the country.",
    ],
)
def test_no_held_death(nlp: Language, text: str) -> None:
    assert not incidents_of(nlp, text, "death_in_custody")


# --- a shooting among the deaths told before ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police said nine people had died in the protests. Officials added that 300 people had been "
            "arrested. In Kaduna, a 15-year-old boy, Sani Lawal, was shot in the head on Friday as he "
            "walked home.",
            "Sani Lawal",
        ),
        (
            "Soldiers killed at least eleven civilians in the village on Sunday, residents said. A "
            "farmer said his brother, Paul Nkem, 58, was shot outside his house.",
            "Paul Nkem",
        ),
    ],
)
def test_shot_among_deaths(nlp: Language, text: str, name: str) -> None:
    found = incidents_of(nlp, text, "killing")
    assert any(name in i.victim_names for i in found)


@pytest.mark.parametrize(
    "text",
    [
        # a wound survived
        "Soldiers killed at least eleven civilians in the village on Sunday. Two other men, Paul "
        "Nkem and Ade Ojo, were shot in the legs and taken to hospital.",
        # no death told before
        "Police fired tear gas at the crowd on Monday. A student, Sani Lawal, was shot in the head "
        "near the square.",
        # a pronoun: whoever it stands for may be among the wounded
        "Soldiers killed at least eleven civilians in the village on Sunday. He was shot outside his house.",
    ],
)
def test_no_shot_among_deaths(nlp: Language, text: str) -> None:
    found = incidents_of(nlp, text, "killing")
    assert all(i.span.start < text.index(".") for i in found)


def test_kin_named_after_the_name(nlp: Language) -> None:
    text = (
        "Police said seven people had died in the protests. In Kano, a 16-year-old boy, Musa Bello, "
        "was shot in the head on Friday as he walked home, his father told reporters. \u201cHe was "
        "not protesting,\u201d said Ibrahim Sani, the boy's father."
    )
    found = [i for i in incidents_of(nlp, text, "killing") if "Musa Bello" in i.victim_names]
    assert found
    assert claimant_names(found[0]) == ["Ibrahim Sani"]


# --- burned homes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said soldiers also set fire to more than 60 homes in the village.",
        "The agency reported that troops had burned more than 300 homes in the district in April.",
        "Troops killed five villagers and torched 40 houses on Sunday.",
    ],
)
def test_burned_homes(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "other"), "no burned homes"


@pytest.mark.parametrize(
    "text",
    [
        "A blaze destroyed 40 homes in the town on Sunday.",
        "The fire burned 30 houses before firefighters arrived.",
        "A woman walks past burned houses in the village.",
    ],
)
def test_no_burned_homes(nlp: Language, text: str) -> None:
    assert not incidents_of(nlp, text, "other")


# --- a burial imposed on the family ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The family was forced to bury Reza Amini at night on Thursday, with only a few relatives "
        "present, and his brother was arrested the same day.",
        "Relatives of Omid Rahimi, who died in custody last week, were made to bury him at night under "
        "heavy security.",
    ],
)
def test_burial_imposed_on_kin(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "other"), "no burial imposed"


@pytest.mark.parametrize(
    "text",
    [
        # not kin: villagers burying the victims of a flood
        "Villagers were forced to bury the victims of the flood in a mass grave.",
        # a prospect, not an event
        "Families may be forced to bury their dead without ceremony if the law passes.",
    ],
)
def test_no_burial_imposed(nlp: Language, text: str) -> None:
    assert not incidents_of(nlp, text, "other")


# --- seized by men who are no named force -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The experts also raised the case of the blogger Olga Marchenko, who was seized by masked men "
        "outside her flat in Gomel on 4 April.",
        "Tariq Aziz, 29, a student leader, was seized on 3 May by three men, one of whom wore a police "
        "uniform, witnesses said.",
    ],
)
def test_seized_by_unnamed_men(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "enforced_disappearance"), "no disappearance"


@pytest.mark.parametrize(
    "text",
    [
        # a named force: an arrest
        "Lawyer Ana Ruiz was seized by officers of the National Guard outside her home on 7 May.",
        # a thing seized
        "Police seized 40 kilograms of heroin from the men on Monday.",
    ],
)
def test_not_seized_by_unnamed_men(nlp: Language, text: str) -> None:
    assert not incidents_of(nlp, text, "enforced_disappearance")
