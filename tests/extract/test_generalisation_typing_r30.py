"""Round 30, incidents of the wrong type or made from no incident: the rape a hanged man was
"convicted by the court of having" committed and the deaths of an attack those "suspected of
involvement in" it are held over are no violations; the ages of people "when executed" are no
count and no second execution; "was killed in police custody" and "in whose custody she was
killed" are deaths in custody; "was arrested ... and remains missing" is an enforced
disappearance; "may have been arrested because of" guesses at the reason, not the arrest. Guards:
rape by soldiers, a killing of suspects, deaths by soldiers in a protest others are accused
of organising, a death "when" something else happened, a shooting with
no custody, an arrest followed by a prison or by another person missing, and a bare "may have
been arrested" stay as they were."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types, incidents_of
from spacy.language import Language

_PUBLISHED = "2016-08-01"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a crime the executed were convicted of, the "of" hung on the court by the parser
        (
            "Karim Nouri and Hassan Rahimi were hanged on 3 May 2011 in Tabriz after being convicted "
            "by the court of having raped a young woman.",
            ["execution"],
        ),
        # the deaths of an attack others are suspected of, deep in the phrase
        (
            "It appears that they were detained because of their ties to those suspected of involvement "
            "in blowing up a bus carrying police cadets on 9 June in Turbat, in which at least nine "
            "people were killed.",
            ["arrest"],
        ),
        # ages "when executed": no count, the execution told again
        (
            "Karim Nouri and Hassan Rahimi were hanged in public on 3 May 2011 in Tabriz. Their ages are "
            "disputed, with some reports claiming they were fifteen and sixteen at the time of their "
            "arrests and seventeen and eighteen when executed.",
            ["execution"],
        ),
        ("Davud Karimi was killed in police custody in Shiraz in March 2009.", ["death_in_custody"]),
        (
            "She is remembered for the conditions in which she was held by the police in Shiraz, in "
            "whose custody she was killed in June 2009.",
            ["arrest", "death_in_custody"],
        ),
        (
            "Journalist Omar Haddad was arrested by security forces in May 2013 in Homs and remains "
            "missing three years later.",
            ["enforced_disappearance"],
        ),
        (
            "All four men were sentenced to death in April. It seems they may have been arrested because "
            "of their ties to a banned party.",
            ["death_sentence", "arrest"],
        ),
    ],
)
def test_probe_wrong_type_or_no_incident_fixed(nlp: Language, text: str, types: list[str]) -> None:
    assert extracted_types(nlp, text, published=_PUBLISHED) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Soldiers raped two women in Quetta on 3 March.", ["other"]),
        ("Police shot dead three men suspected of theft in Quetta on 3 March.", ["killing"]),
        # deaths with a doer of their own, deep under an accusation: the state's killing stays
        (
            "The activists were accused of organising a protest in which 30 people were killed by soldiers.",
            ["killing"],
        ),
        (
            "Police opened fire on the crowd on 3 May, and 12 protesters were killed when the march "
            "reached the square.",
            ["killing"],
        ),
        ("Davud Karimi was shot dead in Shiraz in March 2009 while trying to avoid arrest.", ["killing"]),
        ("Omar Haddad was detained in May 2013 and remains in Adra prison.", ["arrest"]),
        ("Omar Haddad was detained in May 2013 and his brother remains missing.", ["arrest"]),
        ("The four men may have been arrested in April, a source said.", []),
        ("He could have been killed because of his reporting.", []),
    ],
)
def test_probe_look_alikes_stay(nlp: Language, text: str, types: list[str]) -> None:
    assert extracted_types(nlp, text, published=_PUBLISHED) == types


def test_probe_ages_when_executed_are_no_count(nlp: Language) -> None:
    text = (
        "Karim Nouri and Hassan Rahimi were hanged in public on 3 May 2011 in Tabriz. Their ages are "
        "disputed, with some reports claiming they were fifteen and sixteen at the time of their "
        "arrests and seventeen and eighteen when executed."
    )
    found = incidents_of(nlp, text, "execution", published=_PUBLISHED, required=True)
    assert [i.figure.count for i in found] == [2]


def test_probe_count_before_a_clause_of_time_stays(nlp: Language) -> None:
    text = (
        "Police opened fire on the crowd on 3 May, and 12 protesters were killed when the march "
        "reached the square."
    )
    found = incidents_of(nlp, text, "killing", published=_PUBLISHED, required=True)
    assert [i.figure.count for i in found] == [12]
