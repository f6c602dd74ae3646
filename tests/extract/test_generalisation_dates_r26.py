"""Round 26, dates: (1) an active announcement whose object is the event noun ("Last Friday, the
bureau announced the execution of two men") dates the event by the announcement, as a passive
one does; not when the object has a time of its own, nor a clause or an inquiry announced.
(2) A dated news story that opens with one person's death in the present perfect and no time of
its own ("A prisoner ... has died in custody") dates it to the month of publication; not a tally
over a period, a death with its own year, nor a story with no day of publication."""

from __future__ import annotations

import pytest
from extraction_helpers import event_date
from spacy.language import Language

_ANNOUNCED = [
    (
        "Last Friday, the national prisons service announced the execution of two men convicted of "
        "smuggling heroin.",
        "execution",
        "2024-06-14",
    ),
    (
        "On Tuesday, the judiciary's news agency announced the hanging of a young Baluch man in Zahedan.",
        "execution",
        "2024-06-18",
    ),
    (
        "The Interior Ministry on 3 May announced the execution of four men convicted of armed robbery.",
        "execution",
        "2024-05-03",
    ),
    (
        "On Wednesday the provincial prosecutor announced the executions of three farmers in Quetta.",
        "execution",
        "2024-06-19",
    ),
]


@pytest.mark.parametrize(("text", "kind", "day"), _ANNOUNCED)
def test_probe_active_announcement_dates_event(nlp: Language, text: str, kind: str, day: str) -> None:
    assert event_date(nlp, text, kind, published="2024-06-20") == day


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "On Monday, the prosecutor announced the arrest of six activists made in March.",
            "arrest",
            "2024-03",
        ),
        (
            "On Monday the ministry announced an inquiry into the execution of Ali Karimi in March.",
            "execution",
            "2024-03",
        ),
        (
            "Last Friday, the ministry announced that it would review the executions carried out in 2019.",
            "execution",
            "2019",
        ),
        ("Last Friday, the group said the authorities executed two men.", "execution", "2024"),
    ],
)
def test_probe_announcement_lookalikes_unchanged(nlp: Language, text: str, kind: str, day: str) -> None:
    assert event_date(nlp, text, kind, published="2024-06-20") == day


_FRESH_DEATHS = [
    "A political prisoner held in the central prison of Tabriz has died after the guards denied him "
    "medical care.",
    "A journalist serving a three-year sentence for his reporting has died in custody, his lawyer said.",
    "An opposition activist has died in police custody in Lagos, his party said.",
    "Activist dies in jail\n\nA political prisoner has died in custody. He had been denied visits by "
    "his family.",
]


@pytest.mark.parametrize("text", _FRESH_DEATHS)
def test_probe_present_perfect_lead_death_takes_month(nlp: Language, text: str) -> None:
    assert event_date(nlp, text, "death_in_custody", published="2024-06-20") == "2024-06"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("At least 300 people have died in custody since 2019, the group said.", "2024-06-20", None),
        ("Rights groups say a detainee who died in custody in 2019 was tortured.", "2024-06-20", "2019"),
        ("A political prisoner has died in custody, his lawyer said.", None, None),
        (
            "A political prisoner has died in custody since his arrest in 2021, the group said.",
            "2024-06-20",
            None,
        ),
    ],
)
def test_probe_perfect_death_lookalikes_unchanged(
    nlp: Language, text: str, published: str | None, day: str | None
) -> None:
    assert event_date(nlp, text, "death_in_custody", published=published) == day
