"""Round 13 people and place names: a rank written with a hyphen ("Lieutenant-General X") or an
Orthodox priest's title ("Kes X") is no part of the name, and the text before the rank still
speaks for the name ("the regional commander, Lieutenant-General X"); a name with kin or a lawyer
of its own ("X's son told") or after an office ("the group's co-chair X") is a person; a name in a
place's frame ("the province of X", "In X, a local official said", "X deputy mayor NAME") or
glossing a body's noun ("the religious police, known locally as X") is no person. Texts written
for these tests; each class has negatives."""

from __future__ import annotations

import pytest
from extraction_helpers import people_roles, speaker_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        # a hyphenated rank before a name the model tags as a work of art
        (
            "Soldiers opened fire on the crowd in Kivu, killing nine people. The regional commander, "
            "Lieutenant-General Mbala Kasongo Ilunga, said the troops had acted lawfully.",
            "Mbala Kasongo Ilunga",
            "Lieutenant-General Mbala Kasongo Ilunga",
        ),
        # the Orthodox priest's title of Ethiopia and Eritrea, beside "Abba"
        (
            "Gunmen killed three villagers near Gondar. Soldiers shot dead Kes Tadesse Mekonnen, an "
            "elderly priest, outside the church.",
            "Tadesse Mekonnen",
            "Kes Tadesse Mekonnen",
        ),
    ],
)
def test_title_is_no_part_of_the_name(nlp: Language, text: str, name: str, wrong: str) -> None:
    people = people_roles(nlp, text)
    assert name in people
    assert wrong not in people


def test_hyphenated_rank_leaves_the_speaker_bare(nlp: Language) -> None:
    text = (
        "Soldiers opened fire on the crowd in Kivu, killing nine people. The regional commander, "
        "Lieutenant-General Mbala Kasongo Ilunga, said the troops had acted lawfully. "
        '"No civilian was targeted by our men," Lieutenant-General Mbala Kasongo Ilunga said.'
    )
    assert speaker_of(nlp, text, "No civilian was targeted") == "Mbala Kasongo Ilunga"


def test_hyphenated_given_name_is_kept(nlp: Language) -> None:
    # a hyphen inside a given name is no rank: the name stays whole
    text = "Police arrested the journalist Jean-Paul Mbuyi Kalala in Goma on Monday."
    assert "Jean-Paul Mbuyi Kalala" in people_roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # kin or a lawyer of one's own
        (
            "Police detained the economist last month. Separately, Tarek Fawzy Nour's lawyer said on "
            "Thursday that his client had reappeared before prosecutors.",
            "Tarek Fawzy Nour",
        ),
        (
            "Soldiers beat the farmers in the market. Gebre Hailu Desta’s son told reporters that his "
            "father had been taken to a camp.",
            "Gebre Hailu Desta",
        ),
        # an office right before the name ("co-chair")
        (
            '"The pattern is unmistakable and it is systematic," the association\'s co-chair Leyla '
            "Aydın Korkmaz told reporters after police detained 14 lawyers.",
            "Leyla Aydın Korkmaz",
        ),
    ],
)
def test_person_found(nlp: Language, text: str, name: str) -> None:
    assert name in people_roles(nlp, text)


def test_family_court_makes_no_person(nlp: Language) -> None:
    text = "Saudi Arabia's family courts heard 40 cases last year, the ministry said."
    assert "Saudi Arabia" not in people_roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "the province of X"
        (
            "A farmer died in police custody in the highland province of Lam Dong on Tuesday, three "
            "days after he was detained.",
            "Lam Dong",
        ),
        # "In X, ..." opening a clause
        (
            "Police arrested 30 students last week. In Kandahar Dar, a local official said that "
            "soldiers had shot dead at least 12 civilians on Monday.",
            "Kandahar Dar",
        ),
        # a place before an office and its holder
        (
            '"Flogging is part of our law and its purpose is to teach," Kuala Terengganu deputy mayor '
            "Ahmad Zaki Hamzah told reporters after police arrested 20 people.",
            "Kuala Terengganu",
        ),
    ],
)
def test_place_is_no_person(nlp: Language, text: str, place: str) -> None:
    assert place not in people_roles(nlp, text)


def test_office_holder_after_a_place_speaks(nlp: Language) -> None:
    text = (
        '"Flogging is part of our law and its purpose is to teach," Kuala Terengganu deputy mayor '
        "Ahmad Zaki Hamzah told reporters after police arrested 20 people."
    )
    assert speaker_of(nlp, text, "Flogging is part") == "Ahmad Zaki Hamzah"


@pytest.mark.parametrize(
    "text",
    [
        # a person after "in" whose name is possessed, and after "arrested"
        "Police arrested Nguyen Van Binh on Monday. Little changed in Nguyen Van Binh's case since.",
        # the name after a place noun with no "of"
        "The province's governor, Nguyen Van Binh, said the police had arrested 12 people.",
    ],
)
def test_person_in_near_frames_is_kept(nlp: Language, text: str) -> None:
    assert "Nguyen Van Binh" in people_roles(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Six men were flogged in public on Friday. An officer of the religious police, known locally "
        "as Jundul Amri Hisbah, struck each of them 40 times.",
        "Six men were flogged in public on Friday after neighbours handed them to the religious police "
        "(Jundul Amri Hisbah). They were held for a week.",
    ],
)
def test_body_gloss_is_no_person(nlp: Language, text: str) -> None:
    assert "Jundul Amri Hisbah" not in people_roles(nlp, text)


def test_officer_known_as_is_a_person(nlp: Language) -> None:
    # "known locally as" after a person's noun, not a body's, names that person
    text = "A police officer, known locally as Hamid Reza Karimi, beat the detainees in Evin on Monday."
    assert "Hamid Reza Karimi" in people_roles(nlp, text)
