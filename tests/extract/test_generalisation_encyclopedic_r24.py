"""Round 24, encyclopedia articles: a lead that defines the event its title names by a verb of
referring ("The X disappearances refers to the enforced disappearance of seventeen young men") is
told by the article itself: the title's noun phrase (or the name inside it) is no teller, the
incident is the publisher's. Guards: a report, a person or a body that "refers to" a violation
stays its teller."""

from __future__ import annotations

import pytest
from extraction_helpers import first_incident
from spacy.language import Language

_DEFINING_LEADS = [
    (
        "The San Isidro Tlaxcalpan disappearances refers to the enforced disappearance of seventeen "
        "young men in Puebla in September 2014.",
        "enforced_disappearance",
    ),
    (
        "The disappearance of Tharshan Selvarajah refers to the enforced disappearance of a Tamil "
        "fisherman who was last seen in the custody of the Sri Lankan Navy on 14 May 2009.",
        "enforced_disappearance",
    ),
    (
        "The Bamenda shootings refers to the killing of six traders by soldiers at the Bamenda market "
        "on 9 July 2019.",
        "killing",
    ),
    (
        "The abduction of Ahmed Saleh refers to the enforced disappearance of a Yemeni journalist who "
        "was taken by security officers from his home in Aden on 4 May 2018.",
        "enforced_disappearance",
    ),
    (
        "The Dhaka raid refers to the arrest of 40 students by police at a hostel in Dhaka on 2 March 2020.",
        "arrest",
    ),
    (
        "The case of Lina Haddad refers to the torture of a Syrian teacher by intelligence officers in "
        "Homs in 2012.",
        "torture",
    ),
]


def _claimants(nlp: Language, text: str, kind: str) -> list[str]:
    return [c.claimant for c in first_incident(nlp, text, kind, published=None).claims]


@pytest.mark.parametrize(("text", "kind"), _DEFINING_LEADS)
def test_probe_defining_lead_is_the_articles(nlp: Language, text: str, kind: str) -> None:
    assert _claimants(nlp, text, kind) == ["publisher"]


@pytest.mark.parametrize(
    ("text", "kind", "teller"),
    [
        (
            "The Special Rapporteur's report refers to the executions of 12 men in Shiraz in May 2021.",
            "execution",
            "The Special Rapporteur",
        ),
        (
            "Amnesty International referred to the killing of 12 protesters by police in Khartoum on "
            "3 June 2019.",
            "killing",
            "Amnesty International",
        ),
        (
            "Human Rights Watch refers to the arrest of 30 activists by police in Minsk in May 2021.",
            "arrest",
            "Human Rights Watch",
        ),
    ],
)
def test_probe_tellers_who_refer_stay(nlp: Language, text: str, kind: str, teller: str) -> None:
    assert teller in _claimants(nlp, text, kind)
