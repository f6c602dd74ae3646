"""Round 11 span classes: a named member of a group takes the group's type ("Among those missing
is X, who was pushed into a car" is a disappearance, "Among the dead was X, who was hanged from a
beam" a killing); a title line is never the evidence of an incident the body does not tell. Texts
written for these tests."""

from __future__ import annotations

from extraction_helpers import evidence, incidents_of, of_type
from spacy.language import Language

# --- a named member of a group takes the group's type ------------------------------------------


def test_member_of_the_missing_is_a_disappearance(nlp: Language) -> None:
    text = (
        "Relatives say that at least nine opposition supporters have gone missing since the vote in "
        "the district. Among those missing is Peter Okello, a 31-year-old bricklayer, who was pushed "
        "into an unmarked car outside his workshop in Lira on June 3, his brother said."
    )
    found = incidents_of(nlp, text)
    named = [i for i in found if "Peter Okello" in i.victim_names]
    assert [i.type for i in named] == ["enforced_disappearance"]
    assert not of_type(found, "arrest")


def test_member_of_the_dead_hanged_by_soldiers_is_a_killing(nlp: Language) -> None:
    text = (
        "Soldiers attacked the village of Santa Rosa at dawn, killing at least 40 people. Among the "
        "dead was the local teacher, Juan Perez Coj, who was hanged from a beam in the school."
    )
    found = incidents_of(nlp, text)
    assert not of_type(found, "execution")
    assert any("Juan Perez Coj" in i.victim_names for i in of_type(found, "killing"))


def test_member_of_those_taken_after_a_disappearance_count(nlp: Language) -> None:
    text = (
        "The group said that at least 20 activists had vanished after being taken by security agents "
        "in the province. Among those taken was Karim Haddad, a pharmacist, who was detained at a "
        "checkpoint near Homs on 4 May."
    )
    found = incidents_of(nlp, text)
    named = [i for i in found if "Karim Haddad" in i.victim_names]
    assert [i.type for i in named] == ["enforced_disappearance"]


def test_member_of_those_detained_stays_an_arrest(nlp: Language) -> None:
    # negative: the group is one of arrests, so the member's arrest is left as told
    text = (
        "Police detained more than 50 students after the rally in the capital. Among those detained "
        "was Samir Nasser, a law student, who was arrested at his home in the early hours of Sunday."
    )
    found = incidents_of(nlp, text)
    named = [i for i in found if "Samir Nasser" in i.victim_names]
    assert named and all(i.type == "arrest" for i in named)
    assert not of_type(found, "enforced_disappearance")


def test_member_of_them_after_an_arrest_count_stays_an_arrest(nlp: Language) -> None:
    # negative: "them" points back at arrests, not at the disappeared
    text = (
        "Police arrested at least 30 protesters in the town on Friday. Among them was Lina Haddad, "
        "a nurse, who was detained outside the hospital where she works."
    )
    found = incidents_of(nlp, text)
    named = [i for i in found if "Lina Haddad" in i.victim_names]
    assert named and all(i.type == "arrest" for i in named)


# --- a title line alone is not an incident --------------------------------------------------------


_BODY = (
    "A blogger jailed over posts critical of the governor died on Tuesday after a 40-day hunger "
    "strike, his lawyer said.\n\n"
    "Police in the capital arrested 14 people who had gathered outside the prison on Wednesday."
)


def test_title_alone_is_not_the_evidence(nlp: Language) -> None:
    text = "Jailed blogger dies in custody after hunger strike, lawyer says\n\n" + _BODY
    found = incidents_of(nlp, text, published="2024-05-10")
    title_end = text.find("\n")
    assert all(i.span.start >= title_end for i in found)
    assert of_type(found, "arrest")


def test_title_over_a_body_that_tells_the_death_keeps_the_incident(nlp: Language) -> None:
    # negative: the body tells the death in custody itself, so the incident stays, told by the body
    text = (
        "Unionist dies in custody after hunger strike, lawyer says\n\n"
        "A trade unionist held over posts criticising the mayor died in custody in a prison hospital "
        "on Tuesday, his lawyer said, after refusing food for 40 days."
    )
    found = incidents_of(nlp, text, "death_in_custody", published="2024-05-10", required=True)
    assert "died in custody" in evidence(text, found[0])
