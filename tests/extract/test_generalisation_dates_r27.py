"""Round 27, dates. (1) "this morning", "this afternoon", "this evening" are the day of publication,
as "today" is: in a story dated only to its month they give that month. (2) A news story's scene
sentence that opens on a place and tells deaths with no date of its own ("In Kalay, 12 people
were killed") takes the day the lead gave the deaths. (3) A death sentence told right after a
sentence that dates an execution ("X was hanged on Monday. He was sentenced to death for ...")
does not take the hanging's day. Guards: "in the morning", a telling "this morning" and a day
publication keep their dates; a scene with its own date, a tally in the present perfect, a lead
told as a period and a lead of another kind give no day; a death sentence after a trial's day
keeps it."""

from __future__ import annotations

import pytest
from extraction_helpers import event_date, event_dates
from spacy.language import Language

_THIS_MORNING = [
    (
        "Amir Karimi, 31, was executed in Qezel Hesar prison this morning, his lawyer said.",
        "execution",
        "2019-05",
    ),
    ("Guards hanged Farid Rostami in Urmia Central Prison this morning.", "execution", "2021-03"),
    ("Police arrested the journalist Anna Petrova at her home in Minsk this afternoon.", "arrest", "2022-11"),
    ("Soldiers shot dead two farmers near Kaya this evening, witnesses said.", "killing", "2020-06"),
]


@pytest.mark.parametrize(("text", "kind", "month"), _THIS_MORNING)
def test_probe_this_morning_is_the_month_published(nlp: Language, text: str, kind: str, month: str) -> None:
    assert event_date(nlp, text, kind, published=month) == month


@pytest.mark.parametrize(
    ("text", "kind", "published", "expected"),
    [
        (
            "Amir Karimi, 31, was executed in Qezel Hesar prison this morning, his lawyer said.",
            "execution",
            "2019-05-14",
            "2019-05-14",
        ),
        (
            "Amir Karimi was executed in 2017. His lawyer said this morning that he had been tortured.",
            "execution",
            "2019-05",
            "2017",
        ),
        ("Police arrested the journalist Anna Petrova in Minsk in the morning.", "arrest", "2022-11", None),
    ],
)
def test_probe_other_mornings_keep_their_dates(
    nlp: Language, text: str, kind: str, published: str, expected: str | None
) -> None:
    assert event_date(nlp, text, kind, published=published) == expected


_SCENES = [
    (
        "At least 20 protesters were killed across the country on Saturday, a monitoring group said.\n\n"
        "In Kalay, 12 people were killed by soldiers.",
        "2022-04-11",
        "2022-04-09",
    ),
    (
        "Security forces killed at least 15 demonstrators on Friday, witnesses said. In Mopti, four men "
        "were shot dead near the market.",
        "2023-02-06",
        "2023-02-03",
    ),
    (
        "Troops killed 30 villagers in the north on Sunday, local officials said. Nine people died in "
        "Tamale. In a similar raid that took place in Bolga, a teacher was shot dead in his classroom.",
        "2020-09-15",
        "2020-09-13",
    ),
    (
        "Police killed at least nine marchers on Tuesday, a rights group said. In Gulu, a student was "
        "shot dead outside his school.",
        "2021-07-09",
        "2021-07-06",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), _SCENES)
def test_probe_place_scene_takes_the_lead_day(nlp: Language, text: str, published: str, day: str) -> None:
    assert event_dates(nlp, text, "killing", published=published)[-1] == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 20 protesters were killed across the country on Saturday, a monitoring group said. "
            "In Kalay, 12 people were killed by soldiers in 2019.",
            "2019",
        ),
        (
            "At least 20 protesters were killed across the country on Saturday, a monitoring group said. "
            "In Kalay, 12 people have been killed by soldiers since January.",
            "2022",
        ),
        (
            "At least 20 protesters were killed across the country since January, a monitoring group said. "
            "In Kalay, 12 people were killed by soldiers.",
            None,
        ),
        (
            "At least 20 protesters were arrested across the country on Saturday, a monitoring group said. "
            "In Kalay, a student was shot dead.",
            None,
        ),
    ],
)
def test_probe_scene_without_a_lead_day_keeps_its_date(
    nlp: Language, text: str, expected: str | None
) -> None:
    assert event_dates(nlp, text, "killing", published="2022-04-11")[-1] == expected


_AFTER_HANGING = [
    "Guards hanged Ali Rezaei in Qom prison on Monday. He was sentenced to death by a revolutionary "
    "court for drug trafficking.",
    "Saudi Arabia executed Omar Haddad in Riyadh on 3 December. He was sentenced to death after a "
    "trial his lawyers called unfair.",
    "\u201cMajid Karimi was hanged in Mashhad this morning ... he was sentenced to death for moharebeh "
    "after a fight with two guards,\u201d the agency said.",
    "\u201cMajid Karimi was hanged in Mashhad on Monday ... he was sentenced to death for moharebeh "
    "after a fight with two guards,\u201d the agency said.",
    "The authorities hanged the Baluch prisoner Karim Naroui in Zahedan on Sunday. He was sentenced to "
    "death on drug charges.",
    "Iran executed Reza Ahmadi in Isfahan on 2 December. He had been sentenced to death in a mass trial.",
]


@pytest.mark.parametrize("text", _AFTER_HANGING)
def test_probe_death_sentence_after_a_hanging_takes_no_day(nlp: Language, text: str) -> None:
    assert event_date(nlp, text, "death_sentence", published="2022-12-14") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trial of Ali Rezaei opened in Qom on Monday. He was sentenced to death by a revolutionary "
            "court after a brief hearing.",
            "2022-12-12",
        ),
        (
            "Ali Rezaei was hanged in Qom on Monday and Hassan Moradi was sentenced to death on Tuesday.",
            "2022-12-13",
        ),
        (
            "Ali Rezaei was hanged in Qom on Monday after being sentenced to death in 2019 for theft.",
            "2019",
        ),
    ],
)
def test_probe_death_sentence_with_its_own_day_keeps_it(nlp: Language, text: str, expected: str) -> None:
    assert event_date(nlp, text, "death_sentence", published="2022-12-14") == expected


# (4) A seizure told in the simple past with "since" ("was detained since October 2020") happened
# at that date, at the phrase's own precision; the perfect stays a period.
_SEIZED_SINCE = [
    (
        "Ali Karimi and Reza Nouri are the two prisoners who were detained since December 7, 2009 and "
        "have been sentenced to death.",
        "arrest",
        "2016-06-01",
        "2009-12-07",
    ),
    (
        "Ali Karimi was detained since 3 March 2019 after he was stopped at a checkpoint.",
        "arrest",
        "2021-06-01",
        "2019-03-03",
    ),
    (
        "Omid Rahimi was detained since June 2021 after he was kidnapped in Erbil.",
        "arrest",
        "2023-05-08",
        "2021-06",
    ),
    (
        "The journalist Omid Rahimi was abducted since 2 February 2020 by unknown men in Karaj.",
        "enforced_disappearance",
        "2021-06-01",
        "2020-02-02",
    ),
]


@pytest.mark.parametrize(("text", "kind", "published", "day"), _SEIZED_SINCE)
def test_probe_simple_past_seizure_since_is_its_date(
    nlp: Language, text: str, kind: str, published: str, day: str
) -> None:
    assert event_date(nlp, text, kind, published=published) == day


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("More than 300 people have been detained since 29 July, the Office said.", "2024-08-09", "2024"),
        ("Ali Karimi had been detained since 3 March 2019 when the court sentenced him.", "2021-06-01", None),
        ("Ali Karimi, who has been detained since 3 March 2019, was sentenced to death.", "2021-06-01", None),
    ],
)
def test_probe_perfect_seizure_since_stays_a_period(
    nlp: Language, text: str, published: str, expected: str | None
) -> None:
    assert event_date(nlp, text, "arrest", published=published) == expected
