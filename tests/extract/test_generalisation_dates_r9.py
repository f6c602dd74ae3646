"""Incident dates, round 9: a disappearance told only as a state of the people the sentence
before took ("Their whereabouts remain unknown") dates from that taking; "N months later" counted
from an event dated to its month moves that month; "a day after the attack", which the model
reads as no date, counts from the event told. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language

_REPORT = "2022-05-11"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Police raided the offices of a farmers' union in Kasama on 4 March 2022 and arrested "
            "at least 15 of its members. Their whereabouts remain unknown, the union said.",
            "2022-03-10",
            "2022-03-04",
        ),
        (
            "Soldiers detained at least 25 fishermen near the harbour of Sittwe on 9 April. The fate "
            "of at least four of them remains unknown.",
            _REPORT,
            "2022-04-09",
        ),
        (
            "Agents of the interior ministry arrested the cleric Yusuf Harun at a mosque in Bandar "
            "on Sunday. His whereabouts remain unknown, his congregation said.",
            _REPORT,
            "2022-05-08",
        ),
        # guards: "since then" runs up to the telling; a stated length makes a period
        (
            "Intelligence officers detained the poet Leyla Sadri in Tabriz on 3 February. Since "
            "then, the authorities have refused to disclose her fate or whereabouts to her family.",
            _REPORT,
            "2022",
        ),
        (
            "Police arrested the journalist Ines Baptista in Luanda on 28 April. Her family was not "
            "told where she was for 10 days.",
            _REPORT,
            "2022",
        ),
    ],
)
def test_a_disappearance_told_as_a_state_dates_from_the_taking_before(
    nlp: Language, text: str, published: str, expected: str
) -> None:
    assert event_dates(nlp, text, "enforced_disappearance", published=published)[-1] == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The activist Omid Karimi was detained in March 2021 and sentenced to death eight "
            "months later by a revolutionary court.",
            "death_sentence",
            "2021-11",
        ),
        # guards: a day anchor still counts by the day; "ago" still counts from the report
        (
            "The teacher Farid Nasseri was arrested on 14 January 2021 and sentenced to death two "
            "months later.",
            "death_sentence",
            "2021-03",
        ),
        ("Police arrested the lawyer Sami Idris three months ago.", "arrest", "2022-02"),
    ],
)
def test_months_counted_on_from_a_month(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_dates(nlp, text, kind, published=_REPORT)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police shot dead four traders in the market of Kumasi on Friday. Witnesses also said "
            "that officers who returned to the town of Ejisu a day after the shooting detained 12 "
            "traders.",
            "2022-05-07",
        ),
        (
            "Government troops shelled the village of Kapoeta on Saturday, killing nine civilians. "
            "Soldiers who came back a day after the attack arrested about 30 young men, villagers "
            "said.",
            "2022-05-08",
        ),
        # guard: a day after something else than the event told is no count from it
        (
            "Government troops shelled the village of Kapoeta on Saturday, killing nine civilians. "
            "On 2 May soldiers arrested about 30 young men, a day after his release.",
            "2022-05-02",
        ),
    ],
)
def test_a_day_after_the_event_told(nlp: Language, text: str, expected: str) -> None:
    assert event_dates(nlp, text, "arrest", published=_REPORT)[-1] == expected
