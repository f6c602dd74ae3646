"""Round 7, victims: the name a singular pronoun victim of a reported clause stands for (the teller
himself, "X told reporters he had been beaten"; the person whose relatives tell it, "the family of
X said he was taken away"), and a "who" the parser hung on a
station's name ("a reporter with the station Radio Y, who was last seen ..."). Guards: a teller
who speaks for others by office, a teller the text marks as of the other sex."""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language


def _names(nlp: Language, text: str, kind: str) -> list[list[str]]:
    return [i.victim_names for i in incidents_of(nlp, text, kind, required=True)]


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "The family of Tomas Okafor, a 30-year-old mechanic, said he was taken away by masked "
            "agents on 4 April.",
            "enforced_disappearance",
            "Tomas Okafor",
        ),
        (
            "Relatives of jailed former mayor Lucia Ferreira Brandao said she was beaten by guards at "
            "the women's jail on 2 May.",
            "torture",
            "Lucia Ferreira Brandao",
        ),
        (
            "The activist Peter Wanjala was held for a week. Wanjala later told reporters that he had "
            "been beaten with batons while in the cells.",
            "torture",
            "Peter Wanjala",
        ),
    ],
)
def test_reported_pronoun_takes_the_teller_name(nlp: Language, text: str, kind: str, name: str) -> None:
    assert [name] in _names(nlp, text, kind)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # a teller who speaks by office is not the victim
        (
            "Prison spokesman Daniel Mbeki said he died in custody on Monday after a fall in his cell.",
            "death_in_custody",
            "Daniel Mbeki",
        ),
        # the text marks the teller as a woman: "he" is someone else
        (
            "Ms Irene Kovacs said that he had been beaten by guards in the cells.",
            "torture",
            "Irene Kovacs",
        ),
    ],
)
def test_reported_pronoun_guards(nlp: Language, text: str, kind: str, name: str) -> None:
    assert all(name not in names for names in _names(nlp, text, kind))


def test_station_name_is_no_who(nlp: Language) -> None:
    text = (
        "Among them is Juan Perez, a 40-year-old reporter with the private station Radio Sol, who "
        "was last seen being pushed into a car in the market on 3 May."
    )
    found = incidents_of(nlp, text, "enforced_disappearance", required=True)
    assert found[0].victim_names == ["Juan Perez"]
    assert found[0].figure.count == 1
