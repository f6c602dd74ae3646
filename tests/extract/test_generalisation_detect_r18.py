"""Round 18, incident detection and type from breadth probes: "the hanging of" a proper name the
model tags a place or a body (an execution); a death sentence "implemented" or "enforced" (an
execution); people "held by" a named force (an arrest); people "placed in pre-trial detention" or
"sent to re-education camps" (an arrest); a person "nothing has been heard of since" being taken
(an enforced disappearance), as is one who "disappeared after being arrested" or "has been missing
since" it; "died after being beaten by police" (a killing); a man "suspected of
murdering" someone arrested (a criminal suspect: no incident); "killed the engine", "executed a
free kick" (no one killed); "It is unclear whether X was arrested" (a clause "whether" opens
asserts nothing). Guards: things hanged, sentences not carried out, things held or sent,
terms of prison, punitive cells, things unheard of, deaths by accident, suspicions that name no
ordinary crime, people killed."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a proper name the model does not tag a person
        (
            "The hanging of Navid Sadeghi in Mashhad on 12 March drew condemnation from rights groups.",
            "execution",
        ),
        # a sentence implemented or enforced, without the particle of "carried out"
        (
            "The judiciary confirmed that the death sentence against Ruhollah Zam had been implemented.",
            "execution",
        ),
        ("Authorities enforced the death sentence of Ali Reza Karimi in Qom on Monday.", "execution"),
        # held by a named force
        ("Two journalists were held by intelligence agents in Bujumbura for five days.", "arrest"),
        # placed or sent where the state holds people
        (
            "A blogger, Ngo Thi Lan, was placed in pre-trial detention in Hanoi for 'propaganda against "
            "the state'.",
            "arrest",
        ),
        ("Hundreds of Uyghurs were sent to re-education camps in 2018.", "arrest"),
        (
            "Dozens of students who returned from abroad were sent to detention camps, the report said.",
            "arrest",
        ),
        # nothing heard of a person since the state took them
        (
            "Nothing has been heard of Jamal Mohammed since he was detained by military intelligence in "
            "Aleppo in 2013.",
            "enforced_disappearance",
        ),
        (
            "No one has heard from Karim Nasser since he was detained by military intelligence in Homs.",
            "enforced_disappearance",
        ),
        (
            "Jamal Mohammed was detained in Aleppo in 2013. Nothing has been heard of him since.",
            "enforced_disappearance",
        ),
        # an arrest that opens a clause of time under a verb of vanishing
        ("Karim disappeared after being detained by soldiers at a checkpoint.", "enforced_disappearance"),
        (
            "Seven students have been missing since they were detained at a checkpoint by soldiers.",
            "enforced_disappearance",
        ),
        # a death after a blow by a force
        ("Ana Flores died after being beaten by police in Lima.", "killing"),
        (
            "Protester Ana Flores died of her injuries after being struck by a police tear gas canister in "
            "Lima.",
            "killing",
        ),
    ],
)
def test_probe_constructions_are_found(nlp: Language, text: str, kind: str) -> None:
    assert kind in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a criminal suspect's arrest (CONVENTIONS)
        "Police arrested a man suspected of murdering his neighbour in Lagos.",
        "Two men suspected of robbery were detained in Kano.",
        # things killed or executed
        "The striker executed a perfect free kick in the final minute.",
        "The new policy is killing small businesses, the opposition said.",
        "Police killed the engine and towed the car away.",
        # a clause "whether" opens asserts nothing
        "It is unclear whether Aziz Khan was arrested or went into hiding.",
        "Relatives asked whether Aziz Khan had been detained by police.",
    ],
)
def test_probe_look_alikes_give_nothing(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The hanging of Christmas lights in Tehran was banned.", "execution"),
        ("The court refused to implement the death sentence of Ali Reza.", "execution"),
        ("The death sentence of Ali Reza was not implemented.", "execution"),
        ("The archive is held by the ministry.", "arrest"),
        ("The meeting was held by police chiefs in Lagos.", "arrest"),
        ("Thousands of books were sent to education camps.", "arrest"),
        ("He was sent to prison for ten years.", "arrest"),
        ("The files were placed in custody of the court.", "arrest"),
        ("The prisoner was placed in a punishment cell.", "arrest"),
        (
            "Nothing has been heard of the plan since it was taken up by the council.",
            "enforced_disappearance",
        ),
        (
            "Jamal Mohammed was detained in Aleppo. Nothing has been heard of it since.",
            "enforced_disappearance",
        ),
        ("Ana Flores died after being hit by a car in Lima.", "killing"),
        ("The files have been missing since he was arrested.", "enforced_disappearance"),
        ("Karim Saleh was released after being arrested by police in Taiz.", "enforced_disappearance"),
    ],
)
def test_probe_guards_keep_their_reading(nlp: Language, text: str, kind: str) -> None:
    assert kind not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police arrested three activists suspected of links to the opposition.", "arrest"),
        ("Police killed two protesters and a bystander in Conakry.", "killing"),
        ("The death sentence against Ruhollah Zam was carried out on Saturday.", "execution"),
        ("Ana Flores died after being shot by police in Lima.", "killing"),
        ("Aziz Khan was arrested on Monday, whether or not the warrant was valid.", "arrest"),
        ("It was not known whether the two men executed on Monday had seen lawyers.", "execution"),
        ("The prisoner was placed in a punishment cell.", "other"),
    ],
)
def test_probe_neighbours_still_found(nlp: Language, text: str, kind: str) -> None:
    assert kind in extracted_types(nlp, text)
