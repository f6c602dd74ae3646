"""Incident dates, round 17. A date inside a participle or relative clause that describes the
person beside the trigger ("X, a miner held without charge since 2019, died in June"; "X, who had
worked in Y since 2020, was abducted on 3 May") tells a state of that person, not when the event
happened: the sentence's own date wins, also for a disappearance when the person's clause gives only
a "since" period. The period after comparing words ("compared with 90 in the same period last
year", "more than double the figure for the same period last year", "up from 12 in 2021") dates
the compared figure, never the aggregate told before it, which keeps its own period. An article
about one past event whose first paragraph naming a day names only that one ("The X massacre was
the killing of 64 farmers ... on 3 April 1985"), and an undated page about one event (an "On this
day" page), lend that day to "Among the dead was X" and the lead that retell it. Texts written for
these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "In March, Tomasz Wierzbicki, a miner held without charge since 2019, died in Zalesie "
            "prison, officially of pneumonia.",
            "death_in_custody",
            "2024-03",
        ),
        (
            "On 14 April, Halim Rostov, a 40-year-old engineer serving a six-year term handed down in "
            "December 2021, died in Penal Colony No. 5.",
            "death_in_custody",
            "2024-04-14",
        ),
        (
            "On 3 May, reporter Dana Okafor, who had worked in Lagos since 2020, was taken from her car "
            "by unknown men.",
            "enforced_disappearance",
            "2024-05-03",
        ),
    ],
)
def test_person_clause_date_gives_way_to_the_sentence_date(
    nlp: Language, text: str, kind: str, expected: str
) -> None:
    assert event_dates(nlp, text, kind) == [expected]


def test_taking_told_in_the_person_clause_still_dates_a_disappearance(nlp: Language) -> None:
    # look-alike: the relative clause tells the taking itself, not a state
    text = "The 12 men, who were seized by soldiers on 4 March, have disappeared, relatives said."
    assert event_dates(nlp, text, "enforced_disappearance") == ["2024-03-04"]


def test_only_date_in_a_person_clause_still_dates(nlp: Language) -> None:
    # look-alike: no other date in the sentence, so the person's clause still gives it
    text = "Karim Otieno, a driver arrested on 9 February, was beaten in the cells."
    assert event_dates(nlp, text, "arrest") == ["2024-02-09"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The monitor has recorded the executions of at least 130 people since 1 January, more "
            "than double the figure for the same period last year.",
            "2024-05-10",
            "2024",
        ),
        (
            "Officials said at least 96 prisoners were put to death in the first half of the year, "
            "compared with 41 during the same period last year.",
            "2023-07-20",
            "2023",
        ),
    ],
)
def test_compared_period_does_not_date_the_aggregate(
    nlp: Language, text: str, published: str, expected: str
) -> None:
    assert event_dates(nlp, text, "execution", published=published)[0] == expected


def test_date_before_the_comparing_words_still_dates(nlp: Language) -> None:
    # look-alike: the aggregate's own year stands before "compared with"
    text = "The monitor counted 38 executions in 2023, compared with 41 in 2022."
    assert event_dates(nlp, text, "execution", published="2024-05-10")[0] == "2023"


def test_figure_for_a_day_is_no_comparison(nlp: Language) -> None:
    # look-alike: "the number for" is no comparing cue when the trigger comes after the date
    text = "On 2 May, police arrested 30 protesters in Harlow, raising the number for the week."
    assert event_dates(nlp, text, "arrest", published="2024-05-10") == ["2024-05-02"]


def test_picked_up_from_a_place_is_no_comparison(nlp: Language) -> None:
    # look-alike: "up from" before a place, not a number
    text = "Her brother said police had picked her up from a bus stop on 3 May."
    assert event_dates(nlp, text, "arrest", published="2024-05-10") == ["2024-05-03"]


def test_participle_retelling_the_act_keeps_its_date(nlp: Language) -> None:
    # look-alike: the participle beside the name tells the sentence's own act again
    text = (
        "Judges handed down about 15 death sentences during the month, including against Omar Basri, "
        "a 30-year-old shepherd sentenced by the Criminal Court of Harlow on 9 May on a charge of sedition."
    )
    assert "2024-05-09" in event_dates(nlp, text, "death_sentence")


_ARTICLE = (
    "Massacre at Lomas Verdes\n\nLomas Verdes massacre\n\n"
    "The Lomas Verdes massacre was the killing of 64 farmers, most of them men, by soldiers of the army "
    "and members of a rural militia in the hamlet of Lomas Verdes, on 3 April 1985.[1] It followed a "
    "week of raids in the district.\n\n"
    "Survivors later described how the soldiers gathered the men in the school. Among the dead was the "
    "local schoolteacher, Rafael Ochoa, who was shot outside the school.[2]\n"
)
_DAY_PAGE = (
    "Killings at Lomas Verdes: what happened on 3 April 1985\n\nHistorical events on April 3\n\n"
    "1985 – Killings at Lomas Verdes\n\n"
    "On 3 April 1985, soldiers and members of a rural militia entered the hamlet of Lomas Verdes and "
    "killed at least 64 farmers, according to a truth commission report.[1]\n\n"
    "A forensic team, which opened two graves near the hamlet between 1998 and 2000, estimated that up "
    "to 80 people were killed.[2] The army said at the time that 12 rebels had died in a clash. Among "
    "the dead was the local schoolteacher, Rafael Ochoa, who was shot outside the school.[3]\n"
)


@pytest.mark.parametrize("text", [_ARTICLE, _DAY_PAGE])
def test_one_day_of_the_lead_dates_its_retellings(nlp: Language, text: str) -> None:
    dates = event_dates(nlp, text, "killing", published=None)
    assert dates[0] == "1985-04-03"
    assert dates[-1] == "1985-04-03"


def test_lead_paragraph_with_a_range_lends_no_single_day(nlp: Language) -> None:
    # look-alike: the opening paragraph names two days, a range: no one day is lent
    text = _ARTICLE.replace("on 3 April 1985", "between 3 April 1985 and 5 April 1985")
    assert "1985-04-03" not in event_dates(nlp, text, "killing", published=None)


def test_tally_in_a_spaced_background_section_keeps_its_year(nlp: Language) -> None:
    # look-alike: a background section (its heading marks spaced out) tells a tally of its own
    text = (
        "Lomas Verdes shooting\n\n"
        "The Lomas Verdes shooting was the killing of 9 protesters by soldiers in the market town of "
        "Lomas Verdes on 3 April 1985, when troops fired on a crowd without warning.[1]\n\n"
        "= = Background = =\n\n"
        "By the end of 1985, security forces had killed more than 900 people across the country, "
        "according to a monitoring group.[2]\n"
    )
    assert event_dates(nlp, text, "killing", published=None)[-1] == "1985"
