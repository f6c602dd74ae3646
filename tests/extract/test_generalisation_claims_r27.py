"""Round 27, claimants and counts. Three rules, each with probes of our own:

- two kin nouns under one article are two people: "a father and son", "the husband and wife" (2,
  exact), as conjoined persons count one each in every gold set; a bare noun of no kin ("a man and
  family") or a pair used as a modifier ("the father and son company owners") stays as it was;
- records the text calls available with a body tell that body's count: "as per the data available
  on X", "figures available with X" credit X, as "figures compiled by X" does in every gold set; a
  date, a time or a place after "available" names no keeper;
- the people "under arrest" are the subject of the copula or the object of the verb that sets them
  there: "X had been under arrest since May" (X, one), "police put him under house arrest" (him).
"""

from __future__ import annotations

import pytest
from extraction_helpers import claims_of, incident_figure, incidents_of
from spacy.language import Language

_KIN_PAIRS = [
    ("Police in the town detained a mother and daughter at a checkpoint on 3 May.", "arrest"),
    ("A husband and wife were executed in Ghezel Hesar prison on Tuesday.", "execution"),
    ("Soldiers shot dead a father and son near the market on Friday.", "killing"),
    ("The brother and sister were arrested by security agents in Tabriz last week.", "arrest"),
]


@pytest.mark.parametrize(("text", "kind"), _KIN_PAIRS)
def test_probe_kin_pair_under_one_article_is_two(nlp: Language, text: str, kind: str) -> None:
    assert incident_figure(nlp, text, kind) == (2, "exact")


@pytest.mark.parametrize(
    ("text", "kind", "figure"),
    [
        ("A man and family were arrested by police on 2 May.", "arrest", (1, "exact")),
        ("The father and son company owners were arrested on 2 May.", "arrest", (None, None)),
        ("Guards beat an elderly man and his son in the cell on 4 June.", "torture", (2, "exact")),
    ],
)
def test_probe_no_kin_pair_stays(
    nlp: Language, text: str, kind: str, figure: tuple[int | None, str | None]
) -> None:
    assert incident_figure(nlp, text, kind) == figure


_AVAILABLE_RECORDS = [
    (
        "As per the data available on KHRN, at least 40 people were executed in 2023.",
        "execution",
        "Kurdistan Human Rights Network",
    ),
    (
        "As per data available with the Rights Monitor, 55 protesters have been killed since March.",
        "killing",
        "Rights Monitor",
    ),
    (
        "According to figures available with the Bar Council, 31 lawyers were detained in Lahore in May.",
        "arrest",
        "Bar Council",
    ),
    ("As per the figures available on HRMI, 300 protesters were arrested in Minsk in May.", "arrest", "HRMI"),
]


@pytest.mark.parametrize(("text", "kind", "keeper"), _AVAILABLE_RECORDS)
def test_probe_records_available_with_a_body_are_its_claim(
    nlp: Language, text: str, kind: str, keeper: str
) -> None:
    assert claims_of(nlp, text, kind) == [[keeper]]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("According to the data available in March, 40 people were executed in 2023.", "execution"),
        (
            "According to the information available at the time, 40 people were executed in Tabriz in 2023.",
            "execution",
        ),
        (
            "As per the data available on the ground, at least 126 people have been killed in Yangon so far.",
            "killing",
        ),
    ],
)
def test_probe_available_with_no_keeper_names_none(nlp: Language, text: str, kind: str) -> None:
    (claimants,) = claims_of(nlp, text, kind)
    assert not any(c in {"March", "time", "ground"} for c in claimants)


_UNDER_ARREST = [
    (
        "On 3 May, Mr. Hamid Rostami and Mr. Ali Karimi were executed. Rostami and Karimi had been under"
        " arrest since 2021.",
        2,
        ["Hamid Rostami", "Ali Karimi"],
    ),
    ("Hamid Rostami had been under arrest since May 2020.", 1, ["Hamid Rostami"]),
    ("Police put the journalist under house arrest on 2 May.", 1, []),
    ("Rostami was placed under arrest on 4 May.", 1, ["Rostami"]),
]


@pytest.mark.parametrize(("text", "count", "names"), _UNDER_ARREST)
def test_probe_people_under_arrest_are_the_victims(
    nlp: Language, text: str, count: int, names: list[str]
) -> None:
    found = incidents_of(nlp, text, "arrest", required=True)
    assert found[-1].figure.count == count
    assert found[-1].victim_names == names


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The arrest of three men in Tabriz on 2 May was condemned.", 3),
        ("Hamid Rostami was arrested on 2 May.", 1),
        ("Karim Nouri and Saeed Bahrami were detained on 2 May by police in Tabriz.", 2),
    ],
)
def test_probe_other_arrests_keep_their_victims(nlp: Language, text: str, count: int) -> None:
    assert incident_figure(nlp, text, "arrest") == (count, "exact")


# A person told again by a noun of a kin pair just counted two is one of that pair: the same arrest,
# which keeps the pair's count (before the pair counted two, the same figure tied them).
_PAIR_RETOLD = [
    "Police detained a father and son in Tabriz on 2 May. His son was also detained by the police.",
    "Agents arrested a mother and daughter near Zahedan. The daughter was arrested at gunpoint.",
    "A husband and wife were arrested by police in Minsk on Friday. Her husband was detained in the street.",
    "Soldiers detained a brother and sister in the village on 9 June. His sister was arrested at home.",
]


@pytest.mark.parametrize("text", _PAIR_RETOLD)
def test_probe_member_of_a_kin_pair_retold_is_one_arrest(nlp: Language, text: str) -> None:
    found = incidents_of(nlp, text, "arrest", required=True)
    assert [i.figure.count for i in found] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Police detained a mother and daughter in Tabriz on 2 May. Her son was detained on 9 May.",
        "A man and his wife were arrested in Minsk on 2 May. A neighbour was arrested on 3 May.",
        "Police detained a father and son in Tabriz on 2 May. A teacher was detained in Shiraz on 9 May.",
    ],
)
def test_probe_other_person_after_a_kin_pair_is_own_arrest(nlp: Language, text: str) -> None:
    assert len(incidents_of(nlp, text, "arrest", required=True)) == 2
