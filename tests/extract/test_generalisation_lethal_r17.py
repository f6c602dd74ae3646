"""Round 17 missed lethal and torture incidents: "credible reports/allegations that he had been
tortured into confessing" tells one event when the passive verb's subject is a personal pronoun
(a person told before), and a "that"-clause the parser hung on "reports" as a participle is a
clause, not a participle of a kind; "their convictions rested on confessions extracted under
torture" is the torture of the people whose verdict it is (counted from the names told before);
a bare "sentenced" that tells a dated part ("including against X, ... sentenced ... on 9 May",
"among them A and B, who were sentenced ... last month") of the death sentences its sentence
counts is a death sentence of its own; a larger figure "in the same year" beside a figure of
another type is an aggregate of its own, not a part of a smaller one told before; "tied in
painful positions", "tied in the “helicopter” position" is torture."""

from __future__ import annotations

import pytest
from extraction_helpers import evidence, incidents_of
from spacy.language import Language

# --- torture told through a report about people told before -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two men were hanged in Orvik Prison last Tuesday. Their trials were grossly unfair, and "
        "there were credible reports that they had been tortured into confessing, the spokesperson said.",
        "On 3 May the authorities executed Tomas Rehn, a 28-year-old fisherman, in Orvik Prison, "
        "despite credible allegations that he had been tortured into confessing.",
    ],
)
def test_credible_reports_about_a_pronoun_victim_are_torture(nlp: Language, text: str) -> None:
    found = incidents_of(nlp, text, "torture", required=True)
    assert any("tortured" in evidence(text, i) for i in found)


def test_their_convictions_rested_on_tortured_confessions(nlp: Language) -> None:
    text = (
        "On Friday, Tomas Rehn and Piet Alder were hanged in Orvik Prison. We have serious concerns "
        "that their convictions rested on confessions extracted under torture."
    )
    found = incidents_of(nlp, text, "torture", required=True)
    assert found[0].figure.count == 2


@pytest.mark.parametrize(
    "text",
    [
        # an agent pronoun may be a force: unspecific reports stay hearsay
        "There were numerous reports that they tortured detainees in several provinces.",
        # a bare plural of no one in particular: talk of a practice
        "There were credible reports that detainees were beaten in several jails.",
        # a practice: bare trials with no people pointed at
        "Courts often hand down verdicts that rest on confessions extracted under torture.",
        # the verdicts of no one in particular
        "Many convictions rested on confessions extracted under torture.",
    ],
)
def test_general_talk_of_forced_confessions_stays_general(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "torture") == []


# --- a dated part of a count of death sentences ----------------------------------------------------


def test_including_against_a_person_sentenced_on_a_day(nlp: Language) -> None:
    text = (
        "Courts issued about 30 new death sentences during the month, including against Lev Orlov, "
        "a 40-year-old miner sentenced by the Criminal Court of Darak on 9 May."
    )
    found = incidents_of(nlp, text, "death_sentence")
    assert sorted(i.figure.count for i in found) == [1, 30]
    single = next(i for i in found if i.figure.count == 1)
    assert single.victim_names == ["Lev Orlov"]


def test_among_them_people_sentenced_last_month(nlp: Language) -> None:
    text = (
        "Military courts have sentenced at least 90 people to death since the coup, the office said, "
        "among them two union leaders, Ivo Brandt and Lev Orlov, who were sentenced by a closed court "
        "inside Darak prison last month."
    )
    found = incidents_of(nlp, text, "death_sentence")
    assert sorted(i.figure.count or 0 for i in found) == [2, 90]


@pytest.mark.parametrize(
    "text",
    [
        # a prison term: no death sentence
        "Courts issued about 30 new death sentences during the month; separately, Lev Orlov was "
        "sentenced to ten years on 9 May.",
        # an undated part stays in the count
        "Courts issued about 30 new death sentences during the month, including against Lev Orlov, "
        "a miner sentenced by the Criminal Court of Darak.",
        # no count of death sentences before it
        "Lev Orlov, a miner, was sentenced by the Criminal Court of Darak on 9 May, including a fine.",
    ],
)
def test_bare_sentenced_outside_a_dated_part_is_no_death_sentence(nlp: Language, text: str) -> None:
    found = incidents_of(nlp, text, "death_sentence")
    assert all(i.figure.count != 1 for i in found)


# --- a larger figure "in the same period" is no part of a smaller aggregate ------------------------


def test_larger_figure_in_the_same_year_is_its_own_aggregate(nlp: Language) -> None:
    text = (
        "On 2 May, the Criminal Court in Orvik sentenced 12 defendants to death after a mass trial. "
        "The monitor said the country carried out more than 20 executions in 2023, while courts handed "
        "down at least 400 death sentences in the same year."
    )
    found = incidents_of(nlp, text, "death_sentence")
    assert 400 in [i.figure.count for i in found]


def test_smaller_part_in_the_same_period_stays_a_part(nlp: Language) -> None:
    text = (
        "At least 120 people were executed in the country in the first half of the year, with at "
        "least four women hanged in the same period."
    )
    found = incidents_of(nlp, text, "execution")
    assert [i.figure.count for i in found] == [120]


def test_rival_larger_count_over_the_same_period_is_no_new_aggregate(nlp: Language) -> None:
    text = (
        "At least 14 detainees have died in prisons since July, a monitoring group said. Another "
        "group, the Orvik Rights Centre, has recorded 21 deaths in custody over the same period."
    )
    found = incidents_of(nlp, text, "death_in_custody")
    assert 21 not in [i.figure.count for i in found]


# --- torture told by a stress position ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Former detainees at the Orvik camp described being tied in the “helicopter” position for "
        "hours at a time.",
        "Conscripts caught fleeing the Orvik training camp in May had been tied in painful positions "
        "for hours as punishment.",
    ],
)
def test_tied_in_painful_positions_is_torture(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "torture", required=True)


@pytest.mark.parametrize(
    "text",
    [
        "The boat was tied in position at the dock on Monday.",
        "The parcels were tied in the same position as before.",
    ],
)
def test_tied_in_position_of_things_is_no_torture(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "torture") == []
