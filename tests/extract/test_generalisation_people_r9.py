"""Round 9 people: kin given names listed before one family name ("brothers A, B and C D") or set
after a full name's possessive ("A B's sons, C and D") carry that family name; a name heading an
infobox (a "Born" line after it) and a South Asian "-ul" compound given name ("Aminul Haque X")
are names; a country, a place before "massacres", a people before "villagers" and a citation's
outlet after the quoted title are no person. Each class has negatives."""

from __future__ import annotations

import pytest
from extraction_helpers import people_roles
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Guards shot the brothers Tomasz, Pawel and Jerzy Kowalczyk near the border post on Friday.",
            ["Tomasz Kowalczyk", "Pawel Kowalczyk", "Jerzy Kowalczyk"],
        ),
        (
            "Police later detained three of Dariush Ahmadpour's sons, Kaveh and Bijan, at their home.",
            ["Kaveh Ahmadpour", "Bijan Ahmadpour"],
        ),
        (
            "Lê Thị Thu Trang\nBorn 9 April 1979\nHuế, Vietnam\n\n"
            "The Lê Thị Thu Trang case concerns a teacher.",
            ["Lê Thị Thu Trang"],
        ),
        (
            "On 4 June, Aminul Haque Chowdhury died in custody in Rajshahi after his arrest.",
            ["Aminul Haque Chowdhury"],
        ),
    ],
)
def test_names_found(nlp: Language, text: str, names: list[str]) -> None:
    found = people_roles(nlp, text)
    assert all(n in found for n in names), found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a given name that already carries its own family name keeps it
        ("Dariush Ahmadpour's sons, Kaveh and Bijan Rostami, were arrested on Monday.", "Kaveh Ahmadpour"),
        # a "Born" line after prose is no infobox head
        ("The report was written by several staff.\nBorn in 1990, he grew up in Tabriz.", "Tabriz"),
        ("Sierra Leone: UN experts urge inquiry into killings\n\n8 May 2024", "Sierra Leone"),
        ("See also\nAlto Verde massacres\nList of killings", "Alto Verde"),
        ("Soldiers killed 40 Maya Qeqchi villagers in the hamlet in 1982.", "Maya Qeqchi"),
        ('References\n^ "Journalist jailed for four years". Thanh Niên.', "Thanh Niên"),
    ],
)
def test_non_persons_absent(nlp: Language, text: str, absent: str) -> None:
    assert absent not in people_roles(nlp, text)
