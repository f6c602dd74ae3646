"""Round 7, incident detection (second pass): an arrest told by a participle clause after a raid
("stormed the village, detaining 14 farmers"), a family told nothing about a person's whereabouts
or fate, a state that "did not account for" people it arrested (and the dated arrest inside that
denial), a stock "under sentence of death", a running total whose "to N" the parser hangs on a date
phrase, and one named member of a group told before ("One of those killed, X, ..."). Each class
has guards that keep the same words from making an event where they tell none."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        ("Soldiers stormed the village on Tuesday, detaining 14 farmers.", "arrest"),
        (
            "Riot police broke up the sit-in outside parliament, arresting 30 students and two teachers.",
            "arrest",
        ),
        (
            "The relatives of the 20 men say they have been told nothing about their whereabouts.",
            "enforced_disappearance",
        ),
        (
            "The families of the students held since March have received no information about their fate.",
            "enforced_disappearance",
        ),
        (
            "The authorities have not accounted for 30 students taken into custody in 2019.",
            "enforced_disappearance",
        ),
        ("Rights groups say at least four others remain under sentence of death.", "death_sentence"),
        ("One of those killed, Samuel Otieno, 19, was a student.", "killing"),
    ],
)
def test_told_events_are_found(nlp: Language, text: str, itype: str) -> None:
    assert itype in extracted_types(nlp, text)


def test_dated_arrest_inside_a_denial(nlp: Language) -> None:
    text = "The government did not account for the 12 teachers arrested in March 2020."
    assert {"arrest", "enforced_disappearance"} <= set(extracted_types(nlp, text))


def test_running_total_is_its_own_aggregate(nlp: Language) -> None:
    # the parser hangs "to more than 300" on the date phrase "since the start of 2023"
    text = (
        "The execution of the three men takes the number of hangings documented by Amnesty "
        "International since the start of 2023 to more than 300."
    )
    counts = [i.figure.count for i in incidents_of(nlp, text, "execution")]
    assert 3 in counts and len(counts) == 2


def test_family_kept_from_whereabouts_counts_the_people(nlp: Language) -> None:
    text = (
        "The families of at least nine fishermen say they have received no information about "
        "their whereabouts."
    )
    found = incidents_of(nlp, text, "enforced_disappearance", required=True)
    assert found[0].figure.count == 9


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        ("The agency denied detaining him.", "arrest"),
        ("Officers were accused of arresting protesters without warrants.", "arrest"),
        (
            "His lawyer told the court about his whereabouts on the night of the robbery.",
            "enforced_disappearance",
        ),
        ("The ministry did not account for the missing funds.", "enforced_disappearance"),
        ("At least 41 of those executed were from the Baluch minority.", "execution"),
        ("Prisoners under sentence of death may appeal to the president for clemency.", "death_sentence"),
        ("The number of executions since the start of the year is not known.", "execution"),
    ],
)
def test_no_event_is_told(nlp: Language, text: str, itype: str) -> None:
    assert itype not in extracted_types(nlp, text)


def test_a_tally_put_to_death_on_a_day_is_no_event(nlp: Language) -> None:
    text = (
        "The group deplored the execution of 12 men on Friday, the highest number put to death "
        "in the country on a single day since 2019."
    )
    assert [i.figure.count for i in incidents_of(nlp, text, "execution")] == [12]
