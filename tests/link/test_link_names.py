from __future__ import annotations

import pytest

from tallybook.link import names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammad-Reza Rahimi", "Mohammadreza Rahimi"),
        ("Mohammad Reza Rahimi", "Rahimi, Muhammad Reza"),
        ("Hossein Ronaghi", "Husein Ronaqi"),
        ("Hossein Ronaghi", "Hussein Ronaghi"),
        ("Abdolkarim Mousavi", "Abd al-Karim Musawi"),
        ("Abdel Karim Moussavi", "Abdulkarim Mousavi"),
        ("Mohammed Hosseini", "Mohamad Hoseyni"),
        ("Ebrahim Raisi", "Ibrahim Raeesi"),
        ("Ahmad al-Zahrani", "Ahmed Zahrani"),
        ("Khaled Yousef", "Khalid Yusuf"),
        ("Kaveh Darbari", "Kave Darbary"),
    ],
)
def test_variant_spellings_are_one_name(a: str, b: str) -> None:
    assert names.phonetic_key(a) == names.phonetic_key(b)
    assert names.similarity(a, b) >= 0.93


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hossein Ronaghi", "Hassan Ronaghi"),
        ("Navid Afkari", "Vahid Afkari"),
        ("Ali Karimi", "Ali Rahimi"),
        ("Zahra Ahmadi", "Maryam Ahmadi"),
    ],
)
def test_different_names_score_below_the_link_level(a: str, b: str) -> None:
    assert names.similarity(a, b) < 0.9


def test_similarity_is_bounded_and_symmetric() -> None:
    pairs = [("Ali", "Ali Rahimi"), ("", "Ali"), ("Navid Afkari", "Navid Afkari Sangari")]
    for a, b in pairs:
        s = names.similarity(a, b)
        assert 0.0 <= s <= 1.0
        assert s == pytest.approx(names.similarity(b, a))
    assert names.similarity("", "Ali") == 0.0


def test_descriptions_are_not_names() -> None:
    assert names.is_descriptive("a 17-year-old protester")
    assert names.is_descriptive("unidentified man")
    assert names.is_descriptive("")
    assert not names.is_descriptive("Navid Afkari")
    assert not names.is_descriptive("Ali")
