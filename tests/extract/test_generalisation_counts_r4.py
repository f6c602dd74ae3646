"""Round 4 victim counts, qualifiers and victim names: upper bounds ("as high as", "no more than",
"fewer than") and "upward of"; "a mother of two" is no count; a running total ("bring to 87 the
number of people executed", "bring the number ... to at least 63"); the "of" phrase hung on the
last word of "deaths in custody"; the people a penalty is carried out against; the subject of a
raising verb ("are believed to be facing execution"); names set beside the last noun of a counted
phrase ("Two reporters from the same paper, A and B"); plural speakers who tell of themselves
("Former inmates said they had been beaten"). Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, incidents_of
from spacy.language import Language

from tallybook.extract.particulars.figures import parse_figure

_of_type = partial(incidents_of, publisher=LEDGER)


# --- qualifiers ---------------------------------------------------------------------------------


def test_as_high_as_is_an_upper_bound() -> None:
    fig = parse_figure("as high as 52 villagers")
    assert (fig.count, fig.qualifier) == (52, "up_to")


def test_no_more_than_and_fewer_than_are_upper_bounds() -> None:
    assert parse_figure("no more than 12 detainees").qualifier == "up_to"
    assert parse_figure("fewer than 20 students").qualifier == "up_to"
    fig = parse_figure("no less than 30 protesters")  # the lower bound stays one
    assert (fig.count, fig.qualifier) == (30, "at_least")


def test_upward_of_is_more_than() -> None:
    assert parse_figure("upward of 70 miners").qualifier == "more_than"


def test_a_mother_of_two_is_not_a_count(nlp: Language) -> None:
    assert parse_figure("Nadia Saleh, a mother of two").count is None
    text = "Among those hanged was Nadia Saleh, 41, a mother of two who was executed in Shiraz on Sunday."
    found = _of_type(nlp, text, "execution")
    assert found and found[0].figure.count == 1
    assert parse_figure("two of the mothers").count == 2  # a counted noun still counts


# --- running totals -----------------------------------------------------------------------------


def test_bring_to_n_the_number_of(nlp: Language) -> None:
    text = (
        "Authorities in Tabuk hanged four men on Monday. "
        "The hangings bring to 87 the number of people executed in the kingdom since January."
    )
    counts = {(i.figure.count, i.figure.qualifier) for i in _of_type(nlp, text, "execution")}
    assert (87, "exact") in counts and (4, "exact") in counts
    text = "Police shot dead two men on Friday. Rights groups are still checking the number of people killed."
    assert {i.figure.count for i in _of_type(nlp, text, "killing")} <= {2, None}  # no total given


def test_bring_the_number_to_at_least_n(nlp: Language) -> None:
    text = (
        "Authorities in Tabuk hanged four men on Monday. "
        "The hangings bring the number of people executed in the kingdom this year to at least 63."
    )
    counts = {(i.figure.count, i.figure.qualifier) for i in _of_type(nlp, text, "execution")}
    assert (63, "at_least") in counts


# --- victim slots -------------------------------------------------------------------------------


def test_deaths_in_custody_of_n_prisoners(nlp: Language) -> None:
    text = (
        "Ms. Rao said the office had also recorded the deaths in custody of at least six detained "
        "journalists since March, including Ali Noor and Faisal Jan."
    )
    found = _of_type(nlp, text, "death_in_custody")
    assert found and (found[0].figure.count, found[0].figure.qualifier) == (6, "at_least")
    text = "Ms. Rao said the office had recorded the deaths in custody of Ali Noor and Faisal Jan in May."
    found = _of_type(nlp, text, "death_in_custody")
    assert found and found[0].figure.count == 2  # named people: the names count


def test_death_penalty_carried_out_against_n_people(nlp: Language) -> None:
    text = "Jordan has carried out the death penalty against at least 14 people since March, the group said."
    found = _of_type(nlp, text, "execution")
    assert found and (found[0].figure.count, found[0].figure.qualifier) == (14, "at_least")


def test_believed_to_be_facing_execution(nlp: Language) -> None:
    text = "More than 3,000 prisoners are believed to be facing execution in Yemen, the group said."
    found = _of_type(nlp, text, "death_sentence")
    assert found and (found[0].figure.count, found[0].figure.qualifier) == (3000, "more_than")


# --- names ---------------------------------------------------------------------------------------


def test_names_set_beside_the_last_noun_of_a_counted_phrase(nlp: Language) -> None:
    text = (
        "Two other reporters from the same paper, Lina Farouk and Ahmed Nasser, were detained in Amman "
        "last week."
    )
    found = _of_type(nlp, text, "arrest")
    assert found and set(found[0].victim_names) == {"Lina Farouk", "Ahmed Nasser"}
    # a name that is not as many as the phrase counts belongs to someone else
    text = "Three reporters from the paper of its founder, Lina Farouk, were detained in Amman last week."
    found = _of_type(nlp, text, "arrest")
    assert found and found[0].figure.count == 3 and not found[0].victim_names


def test_several_of_those_released_speak_of_themselves(nlp: Language) -> None:
    text = (
        "Police detained Sami Aziz in May. "
        "Several of those released later told our team that they had been beaten with cables."
    )
    found = _of_type(nlp, text, "torture")
    assert found and found[0].figure.count is None and not found[0].victim_names
    text = (
        "Police detained Sami Aziz and Omar Bakr in May. "
        "Their relatives said they had been beaten with cables at the station."
    )
    found = _of_type(nlp, text, "torture")  # relatives tell of the people named before
    assert found and set(found[0].victim_names) == {"Sami Aziz", "Omar Bakr"}


def test_former_inmates_speak_of_themselves(nlp: Language) -> None:
    text = (
        "Police detained Sami Aziz in May. Former inmates said they had been beaten with cables at the "
        "station."
    )
    found = _of_type(nlp, text, "torture")
    assert found and not found[0].victim_names

    text = (
        "Police detained Sami Aziz, Omar Bakr and Ali Reza in May. The experts said the three had been "
        "held for a month, during which time they were reportedly beaten."
    )
    found = _of_type(nlp, text, "torture")  # experts tell of others: "they" are the three named
    assert found and found[0].figure.count == 3
