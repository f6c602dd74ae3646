"""The place of an incident (sixth round): words that are no place (a Title Case headline's
words, a capitalised common noun, a people's adjective, an organisation named after its kind, a
possessive); a facility whose noun is in lower case; a definite noun that refers to the place
named before ("the same prison", "the town"); the town a story is set in for sentences that name
no place, except aggregates over the country; the country a text names only by its capital.

Texts written for these tests, not taken from any evaluation set."""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language


def _places(nlp: Language, text: str, kind: str) -> list[str | None]:
    return [i.place for i in incidents_of(nlp, text, kind, required=True)]


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "Rights Groups Demand Inquiry Into Beatings\n\nPolice in Irvania beat 12 protesters on Monday.",
            "torture",
            "Irvania",
        ),
        (
            "The monitors told this Centre that guards beat 14 detainees in Irvania on 2 May.",
            "torture",
            "Irvania",
        ),
        ("Police arrested a Tibetan herder on 3 May, his relatives said.", "arrest", None),
        ("The human rights center Ostrava documented at least 40 arrests during May.", "arrest", None),
    ],
)
def test_words_that_name_no_place(nlp: Language, text: str, kind: str, place: str | None) -> None:
    places = _places(nlp, text, kind)
    assert all(p is None or p == place for p in places), places
    assert not any(p in {"Beatings", "Centre", "Tibetan", "Ostrava"} for p in places)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Karim Nasser was hanged at dawn on 4 May in Lahore's Kot Lakhpat jail, officials said.",
            "Kot Lakhpat jail",
        ),
        ("Two men were hanged in Marvdasht prison on 4 May, the group said.", "Marvdasht prison"),
    ],
)
def test_facility_named_with_lower_case_noun(nlp: Language, text: str, place: str) -> None:
    assert _places(nlp, text, "execution") == [place]


def test_the_same_prison_is_the_prison_named_before(nlp: Language) -> None:
    text = (
        "Karim Nasser was hanged in Dastgerd Prison on 4 May, the group said. "
        "Two other men were hanged in the same prison on 9 May."
    )
    assert set(_places(nlp, text, "execution")) == {"Dastgerd Prison"}


def test_a_prison_word_alone_names_no_facility(nlp: Language) -> None:
    text = "Karim Nasser was hanged in an Iranian prison on 4 May, the group said."
    assert _places(nlp, text, "execution") == ["Iran"]


_STORY = (
    "Soldiers fire on farmers in Velmora\n\n"
    "Soldiers opened fire on farmers in the town of Velmora on 3 May, killing four people, "
    "residents said.\n\n"
    "The soldiers then detained 20 men, witnesses told the Velmora Farmers Union.\n\n"
)


def test_a_story_set_in_one_town_places_its_unplaced_sentences(nlp: Language) -> None:
    assert _places(nlp, _STORY, "arrest") == ["Velmora"]


def test_an_aggregate_over_the_country_keeps_the_country(nlp: Language) -> None:
    text = (
        _STORY + "Across the country, security forces arrested more than 900 people in Ruritania during May."
    )
    places = _places(nlp, text, "arrest")
    assert "Ruritania" in places or None in places


def test_the_capital_tells_the_country_of_a_report(nlp: Language) -> None:
    text = (
        "On March 25, riot police detained 30 people at a rally in Minsk.\n\n"
        "Authorities detained more than 2,000 persons on political grounds during the year."
    )
    places = _places(nlp, text, "arrest")
    assert "Belarus" in places
