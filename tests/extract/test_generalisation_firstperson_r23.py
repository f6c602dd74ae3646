"""Round 23, first-person and relayed-testimony texts: an interview whose questions stand
unlabelled as paragraphs of their own ("How were you arrested?") gives what its answers tell to
the interviewee its introduction names, not to the publisher; and a question an interviewer asks,
labelled ("Review: How many of your clients were sentenced to death?") or not, tells no event.
Guards: an article with one question heading, answers with no person named in the introduction,
and a named source inside an answer keep their own claimants."""

from __future__ import annotations

import pytest
from extraction_helpers import claimant_names, extracted_types, incidents_of
from spacy.language import Language

_INTERVIEWS = [
    (
        "Nadia Karimova, a 38-year-old teacher from Osh, spent a year in jail. We met her in Almaty.\n\n"
        "How were you detained?\n\n"
        "Police arrested me at the school gate in May 2022, in front of my pupils.\n\n"
        "And afterwards?\n\n"
        "I was released in June. Nobody explained anything.",
        "arrest",
    ),
    (
        "Former detainee Samuel Okoro talks about the months he spent in a military barracks.\n\n"
        "What happened in the barracks?\n\n"
        "In the first week soldiers beat me with cables every night.\n\n"
        "Did anyone help you?\n\n"
        "No one. My family did not know where I was.",
        "torture",
    ),
    (
        "We spoke to Maria Lopez about her brother and the crackdown.\n\n"
        "What happened to your brother?\n\n"
        "Security officers detained my brother Rauf at his office in April last year.\n\n"
        "Have you seen him since?\n\n"
        "Only once, through glass.",
        "arrest",
    ),
    (
        "Ivan Petrov spent two years in a penal colony. He now lives in Riga.\n\n"
        "How many people were taken after the protests?\n\n"
        "After the protests more than 2,000 people were detained in our city alone.\n\n"
        "What do you ask of the world?\n\n"
        "Pressure, and names.",
        "arrest",
    ),
]


@pytest.mark.parametrize(("text", "kind"), _INTERVIEWS)
def test_probe_unlabelled_interview_answers_are_the_interviewees(nlp: Language, text: str, kind: str) -> None:
    found = incidents_of(nlp, text, kind, publisher="Regional Review", required=True)
    guest = text.split(",")[0].split(" talks")[0].split(" spent")[0]
    guest = guest.removeprefix("We spoke to ").removeprefix("Former detainee ").split(" about")[0]
    assert any(claimant_names(i) == [guest] for i in found)


_ASKED = [
    "Karim Haddad has represented detainees in Tunis since 2015.\n\n"
    "Were any of your clients sentenced to death in 2023?\n\n"
    "That is not something I can discuss.\n\n"
    "Do you fear for yourself?\n\n"
    "Every day.",
    "Amina Yusuf ran a shelter in Maiduguri.\n\n"
    "Were the three boys from the market killed by soldiers in June 2021?\n\n"
    "Nobody has ever answered that.\n\n"
    "What do the mothers want?\n\n"
    "Answers.",
    "Mona Rahimi defended prisoners for ten years.\n\n"
    "How many of the prisoners you defended were executed in Karaj?\n\n"
    "I prefer not to give a figure.\n\n"
    "What do you hope for?\n\n"
    "Very little.",
    "Mona Rahimi worked in Tabriz until 2022.\n\n"
    "Were people executed in the city prison that year?\n\n"
    "I do not know.\n\n"
    "Why did you leave?\n\n"
    "For my children.",
]


@pytest.mark.parametrize("text", _ASKED)
def test_probe_interviewer_questions_tell_nothing(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text, publisher="Daily Ledger") == []


def test_probe_one_question_heading_keeps_publisher(nlp: Language) -> None:
    text = (
        "Where is Ahmed Salem?\n\n"
        "Ahmed Salem, a lawyer, was arrested by police in Cairo on 3 May. His family has heard nothing."
    )
    found = incidents_of(nlp, text, "arrest", publisher="Daily Ledger", required=True)
    assert all("Ahmed Salem" not in claimant_names(i) for i in found)


def test_probe_interview_without_named_guest_keeps_publisher(nlp: Language) -> None:
    text = (
        "A former guard agreed to talk on condition of anonymity.\n\n"
        "What did you see?\n\n"
        "In March 2021 guards beat a prisoner with batons in the yard.\n\n"
        "Why speak now?\n\n"
        "Because it haunts me."
    )
    found = incidents_of(nlp, text, "torture", publisher="Daily Ledger", required=True)
    assert all(claimant_names(i) != ["former guard"] for i in found)
    assert all("Guard" not in " ".join(claimant_names(i)) for i in found)


def test_probe_named_source_inside_answer_stays(nlp: Language) -> None:
    text = (
        "Olga Sidorova, a rights lawyer, spoke to us in Vilnius.\n\n"
        "How many people are held?\n\n"
        "Viasna said that at least 1,400 people were detained for political reasons.\n\n"
        "What next?\n\n"
        "We keep counting."
    )
    found = incidents_of(nlp, text, "arrest", publisher="Daily Ledger", required=True)
    assert any(claimant_names(i) == ["Viasna"] for i in found)


def test_probe_labelled_transcript_question_still_ignored_answer_kept(nlp: Language) -> None:
    text = (
        "QUESTION: Can you confirm that two journalists were detained?\n\n"
        "SPOKESPERSON (Jane Roe, UN office): Yes. On Monday police detained two journalists in Herat.\n\n"
        "QUESTION: Any news on the charges?\n\n"
        "SPOKESPERSON: None yet."
    )
    assert extracted_types(nlp, text, publisher="Daily Ledger") == ["arrest"]
