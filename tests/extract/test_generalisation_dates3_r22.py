"""Round 22, dates: a sentence whose paragraph ends right before a line that looks like a
dateline (a bulletin's next capitalised heading and its dash, "DEATH SENTENCES\\n- ...", or a
wire story's "KARACHI —") keeps the dates of its own words; only a sentence that starts in or
after a dateline has its dateline's dates set aside. Guards: a dateline's own date still dates no
event told after it, and an undated item under a heading stays undated.

A named member picked out of a counted group taken just before ("detained 14 students. One of
them, student X, was beaten", "five of them, including X,", "Two of the detained farmers, A and
B,") is beaten in that group's custody and takes its date (custody_dates). Guards: a named person
not said to be one of them, a member's beating with its own date, and a custody years before the
telling with no end told."""

from __future__ import annotations

import pytest
from extraction_helpers import first_incident
from spacy.language import Language

_BEFORE_BULLETED_HEADING = [
    (
        "EXECUTIONS\n- A man convicted of drug trafficking was hanged in Qazvin on 3 May.\n\n"
        "DEATH SENTENCES\n- A court in Zahedan sentenced two Baluch men to death.",
        "execution",
        "2024-05-03",
    ),
    (
        "ARRESTS\n- Police detained twelve students outside the university in Lahore on 4 May.\n\n"
        "COURT CASES\n- The provincial court adjourned the hearing.",
        "arrest",
        "2024-05-04",
    ),
    (
        "On 21 May soldiers shot dead two farmers near the village of Douna.\n\n"
        "REACTIONS\n– The army denied any wrongdoing.",
        "killing",
        "2024-05-21",
    ),
    (
        "Security forces beat dozens of protesters in Sanandaj on 2 June, witnesses said.\n\n"
        "NEXT STEPS\n- The group called for an inquiry.",
        "torture",
        "2024-06-02",
    ),
]


@pytest.mark.parametrize(("text", "kind", "date"), _BEFORE_BULLETED_HEADING)
def test_probe_item_before_bulleted_heading_keeps_its_date(
    nlp: Language, text: str, kind: str, date: str
) -> None:
    incident = first_incident(nlp, text, kind)
    assert incident.date is not None and incident.date.value == date


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("KABUL (3 May 2024) – Taliban fighters arrested five journalists in Herat.", "arrest"),
        ("GENEVA (8 May 2024) – UN experts said soldiers killed 12 villagers.", "killing"),
        (
            "EXECUTIONS\n- A man was hanged in Qazvin on 3 May.\n\n"
            "DEATH SENTENCES\n- A court in Zahedan sentenced two Baluch men to death.",
            "death_sentence",
        ),
    ],
)
def test_probe_dateline_date_and_undated_items_stay_undated(nlp: Language, text: str, kind: str) -> None:
    assert first_incident(nlp, text, kind).date is None


_MEMBERS_BEATEN = [
    "Last Tuesday, agents raided a dormitory of the university in Tehran and detained 14 students. "
    "One of them, engineering student Sara Mohebbi, was beaten so badly during interrogation that "
    "she had to be taken to hospital, her brother said.",
    "Over the past week, more than 40 people have been detained in Minsk and Gomel in raids. At "
    "least five of them, including pensioner Halina Sidorava, 71, were beaten at the Okrestina "
    "detention centre, according to relatives.",
    "On 14 June police arrested 30 farmers in Kisumu during a protest over land. Two of the "
    "detained farmers, Peter Otieno and James Were, were beaten with batons at the police "
    "station, their lawyer said.",
    "On 17 June security forces detained 12 journalists in Harare. Three of them, including "
    "Tendai Moyo, were beaten in the cells, their lawyer said.",
]


@pytest.mark.parametrize("text", _MEMBERS_BEATEN)
def test_probe_named_member_of_group_taken_is_dated_by_the_custody(nlp: Language, text: str) -> None:
    torture = first_incident(nlp, text, "torture")
    assert torture.date is not None and torture.date.value == "2024-06"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "On 14 June police arrested 30 farmers in Kisumu. Peter Otieno, a local councillor, "
            "was beaten at his home by unknown men, his lawyer said.",
            None,
        ),
        (
            "On 14 June police arrested 30 farmers in Kisumu. One of the organisers, Peter "
            "Otieno, said he had been beaten by guards in 2019.",
            "2019",
        ),
        (
            "On 3 March 2021 soldiers detained 40 men in Gao. One of them, Moussa Traore, was "
            "beaten during interrogation, his brother said.",
            None,
        ),
    ],
)
def test_probe_unrelated_or_unbounded_member_beating_keeps_its_date(
    nlp: Language, text: str, date: str | None
) -> None:
    torture = first_incident(nlp, text, "torture")
    assert (torture.date.value if torture.date else None) == date
