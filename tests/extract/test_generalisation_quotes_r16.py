"""Round 16 people, victims and speakers: a name written again in another transliteration
("Mohammad Reza X ... Mohammed Reza X", "Mohammad-Reza X") is one person under the first spelling,
not two; a two-word name, a later spelling the text calls a relative, or a name that differs in a
consonant, stays apart. A title before a name is no part of it: the judge's "Counsellor X", the
plural rank "Patrolmen A and B", the Spanish "Doña X". A publication's name is no person: "the
news site X", "X Weekly spoke to her", "Reporting by X bureau". A speaker is no name that cannot
speak: "he said" after a quotation is not a person named inside the quoted words, and a clause
whose subject is "A B, C's mother" is spoken by A B, not by C. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import extract_one, speaker_of
from spacy.language import Language


def _roles(nlp: Language, text: str) -> dict[str, str]:
    return {p.name: p.role for p in extract_one(nlp, text).people}


# --- one person in two transliterations ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "other"),
    [
        (
            "Among those executed was Mohammad Reza Tavana, 40, a baker from Qom, who was hanged "
            "in Qom Central Prison on 3 May. Mohammed Reza Tavana had been arrested in 2020.",
            "Mohammad Reza Tavana",
            "Mohammed Reza Tavana",
        ),
        (
            "Prison sources said one of the men hanged on Tuesday was Mohammad-Reza Fallahi, a "
            "driver. Mohammed Reza Fallahi's wife was not allowed a last visit.",
            "Mohammad-Reza Fallahi",
            "Mohammed Reza Fallahi",
        ),
        (
            "On 2 March a young man named Mohammed Amin Naroui was hanged in public in Iranshahr. "
            "The verdict shows that Mohammad Amin Naroui was tried in under an hour.",
            "Mohammed Amin Naroui",
            "Mohammad Amin Naroui",
        ),
    ],
)
def test_a_second_transliteration_is_the_same_person(
    nlp: Language, text: str, first: str, other: str
) -> None:
    roles = _roles(nlp, text)
    assert roles.get(first) == "victim"
    assert other not in roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # two words only: "Hamid" and "Hamed" are two given names
        (
            "Hamid Tavana was hanged on Monday in Qom. Hamed Tavana was arrested a week later.",
            ("Hamid Tavana", "Hamed Tavana"),
        ),
        # two words, given names that differ in a consonant
        (
            "Karim Tavana was hanged on Monday in Qom. Kazem Tavana was arrested a week later.",
            ("Karim Tavana", "Kazem Tavana"),
        ),
        # the later spelling is called a relative of the first
        (
            "Hamid Reza Tavana was hanged on Monday in Qom. His cousin Hamed Reza Tavana was "
            "arrested at the prison gate.",
            ("Hamid Reza Tavana", "Hamed Reza Tavana"),
        ),
        # a given name that differs in its consonants is another person
        (
            "Ali Reza Karami was hanged on Monday in Qom. Ali Reza Kazemi was arrested a week later.",
            ("Ali Reza Karami", "Ali Reza Kazemi"),
        ),
    ],
)
def test_other_names_stay_apart(nlp: Language, text: str, names: tuple[str, str]) -> None:
    roles = _roles(nlp, text)
    assert all(name in roles for name in names)


# --- titles before a name --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "At the hearing, defendant Samir Fawzi told the presiding judge, Counsellor Hany "
            "Mansour, that he had been beaten in custody.",
            "Hany Mansour",
            "Counsellor",
        ),
        (
            "The court found that Police Staff Sergeant Omar Balcena and Patrolmen Nilo Gatdula "
            "and Rey Ocampo shot the farmer in a field near the town on 4 June.",
            "Nilo Gatdula",
            "Patrolmen",
        ),
        (
            "At the meeting on Friday, Doña Rosa Mejía, the mother of one of the missing men, "
            'said: "We want our children back alive and well."',
            "Rosa Mejía",
            "Doña",
        ),
    ],
)
def test_a_title_is_no_part_of_the_name(nlp: Language, text: str, name: str, title: str) -> None:
    names = [p.name for p in extract_one(nlp, text).people]
    assert name in names
    assert f"{title} {name}" not in names


def test_a_given_name_like_a_title_stays(nlp: Language) -> None:
    # "Don" is also a given name: kept
    names = [
        p.name for p in extract_one(nlp, "Don Mattingly, a farmer, was shot dead by police on Monday.").people
    ]
    assert "Don Mattingly" in names


# --- a publication's name is no person ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "The arrest of four staff members of the news site Sahar Ekspress was announced by the "
            "ministry on Monday.",
            "Sahar Ekspress",
        ),
        (
            "Farzaneh Rahimi was arrested in 2022, she told Navid Weekly.",
            "Navid Weekly",
        ),
        (
            "At least 47 people were killed by security forces in Kampala in November 2020.\n\n"
            "(Reporting by Meridian Kampala bureau; Editing by Tom Harcourt)",
            "Meridian Kampala",
        ),
    ],
)
def test_a_publication_is_no_person(nlp: Language, text: str, outlet: str) -> None:
    assert outlet not in [p.name for p in extract_one(nlp, text).people]


def test_a_person_beside_a_publication_stays(nlp: Language) -> None:
    text = (
        "Farzaneh Rahimi, a lawyer, told the weekly Didban that her client was beaten.\n\n"
        "(Reporting by Tom Harcourt; Editing by Anna Lindqvist)"
    )
    names = [p.name for p in extract_one(nlp, text).people]
    assert "Farzaneh Rahimi" in names
    assert "Tom Harcourt" in names


# --- a name that cannot speak ------------------------------------------------------------------

_INSIDE = (
    "Kurdish political prisoner Karim Ahmadi, 38, died in Tabriz Central Prison last Tuesday.\n\n"
    "His brother, Nader Ahmadi, rejects that account. “When we washed his body there were bruises "
    "all over his back. Karim was not a man who would kill himself,” he said in a voice message."
)
_OWNER = (
    "Ernesto Mejía Bonilla was taken by soldiers in May. At the meeting, Rosa Bonilla, Ernesto's "
    "mother, spoke for everyone: “We want our sons back alive and well.”"
)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [(_INSIDE, "When we washed", "Nader Ahmadi"), (_OWNER, "We want our sons", "Rosa Bonilla")],
)
def test_a_name_that_cannot_speak_is_no_speaker(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the only person named before the quotation still speaks for "he"
        (
            "Karim Ahmadi, 38, was released on Tuesday. “They beat me every night. Nader was "
            "beaten too,” he said.",
            "They beat me",
            "Karim Ahmadi",
        ),
        # a named subject before the colon speaks, a possessor after it does not change that
        (
            "At the vigil, Rosa Bonilla spoke for the families of Ernesto's village: “We want our "
            "sons back alive and well.”",
            "We want our sons",
            "Rosa Bonilla",
        ),
    ],
)
def test_a_speaker_beside_a_named_one_stays(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker
