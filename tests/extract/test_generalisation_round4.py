"""Round 4 rules: a range written in number words ("between two and five") is a range, not a
sum; a named person "and two of his sons" counts them all; "the detention of at least N people"
is a counted arrest. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, incidents_of
from spacy.language import Language

from tallybook.extract.particulars.figures import parse_figure

_incidents = partial(incidents_of, publisher=LEDGER)


def test_a_range_in_number_words_is_the_lower_bound() -> None:
    fig = parse_figure("between two and five inmates")
    assert (fig.count, fig.qualifier, fig.high) == (2, "at_least", 5)


def test_hundred_and_is_still_one_number() -> None:
    assert parse_figure("one hundred and five men").count == 105


def test_a_word_range_in_a_sentence(nlp: Language) -> None:
    text = (
        "The regional monitor said that between two and five inmates had died after being beaten in custody."
    )
    found = [i for i in _incidents(nlp, text) if i.type == "death_in_custody"]
    assert found and (found[0].figure.count, found[0].figure.qualifier) == (2, "at_least")


def test_a_name_and_relatives_are_counted_together(nlp: Language) -> None:
    text = "Police in Vardan detained the cleric Omar Fellah and three of his brothers last week."
    found = [i for i in _incidents(nlp, text) if i.type == "arrest"]
    assert found and found[0].figure.count == 4


def test_a_counted_detention_is_an_arrest(nlp: Language) -> None:
    text = "The commission documented the detention of at least 212 people between 3 and 9 April."
    found = [i for i in _incidents(nlp, text) if i.type == "arrest"]
    assert found and (found[0].figure.count, found[0].figure.qualifier) == (212, "at_least")


def test_detention_as_a_place_is_not_an_arrest(nlp: Language) -> None:
    text = "The report described overcrowding in the detention centre on the outskirts of the city."
    assert not [i for i in _incidents(nlp, text) if i.type == "arrest"]


def test_deaths_during_unrest_are_killings(nlp: Language) -> None:
    text = "The mayor said four people had died during the unrest after police fired on the crowd."
    found = [i for i in _incidents(nlp, text) if i.type == "killing"]
    assert found and found[0].figure.count == 4


def test_a_death_in_a_war_is_not_a_protest_killing(nlp: Language) -> None:
    assert not _incidents(nlp, "Her grandfather died during the war when she was a child.")
