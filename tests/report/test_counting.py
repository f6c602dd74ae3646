"""Every counted number of the known store, checked against the hand-worked truth."""

from __future__ import annotations

import pytest
from report_truth import Truth

from tallybook.model import claim_interval
from tallybook.report.counting import count_incidents, counting_rules
from tallybook.store.db import Store


def _summary(store: Store, include_confidential: bool) -> dict[int, tuple[object, ...]]:
    with store.session() as s:
        rows = count_incidents(s, include_confidential=include_confidential)
    return {
        i.id: (i.type, i.date, i.place, i.low, i.high, i.best, i.sources, i.documents, i.open_ended)
        for i in rows
    }


@pytest.mark.postgres
def test_public_counts_match_the_truth(store: Store, known: Truth) -> None:
    i = known.incidents
    assert _summary(store, False) == {
        i["i1"]: ("execution", "2019-11", "Shiraz prison", 3, 5, 5, 3, 3, True),
        # more than 10 (RWI) -> [11, open]; IHR's rival 8 (disputes) -> [8, 8]: both count
        i["i4"]: ("execution", "2020-02", "Tehran", 8, 11, None, 1, 1, True),
        i["i7"]: ("killing", "2021-03", "Zahedan", 1, 50, None, 2, 1, False),
        i["i8"]: ("arrest", None, None, 2, 2, None, 1, 1, False),
        i["i9"]: ("execution", "2020-02", "Tehran", 6, 6, None, 1, 1, False),
        i["i10"]: ("death_sentence", "2021", "Isfahan", 2, 2, None, 1, 1, False),
    }


@pytest.mark.postgres
def test_confidential_member_joins_its_group_only_for_admins(store: Store, known: Truth) -> None:
    i = known.incidents
    full = _summary(store, True)
    assert i["i9"] not in full
    assert full[i["i5"]] == ("execution", "2020-02", "Tehran", 6, 7, None, 2, 2, False)
    assert len(full) == 6


def test_group_details(store: Store, known: Truth) -> None:
    with store.session() as s:
        rows = {r.id: r for r in count_incidents(s)}
    a = rows[known.incidents["i1"]]
    assert a.member_ids == sorted(known.incidents[k] for k in ("i1", "i2", "i3"))
    assert a.claimants == ["Amnesty Example", "Iran Human Rights", "Rights Watch Iran"]
    assert a.disputed_by == ["Judiciary"]
    assert a.approximate and a.conflicting
    assert {f.claim_id for f in a.figures} == {known.claims[k] for k in ("rwi_3", "ihr_4", "amn_5")}
    assert [v.name for v in a.victims] == ["Navid Example"]
    assert [v.name for v in rows[known.incidents["i8"]].victims] == ["Sara Example", "Ali Example"]
    assert not rows[known.incidents["i8"]].figure_known
    assert rows[known.incidents["i8"]].claimants == ["News Agency"]  # "publisher" = the document's publisher
    rival = rows[known.incidents["i4"]]
    assert rival.claimants == ["Rights Watch Iran"] and rival.disputed_by == ["Iran Human Rights"]
    assert [(f.claimant, f.as_written) for f in rival.disputes] == [("Iran Human Rights", "8")]
    assert [(f.claimant, f.as_written) for f in a.disputes] == [("Judiciary", "denies")]


@pytest.mark.parametrize(
    ("qualifier", "count", "low", "high", "expected"),
    [
        ("exact", 3, None, None, (3, 3)),
        ("about", 5, None, None, (5, 5)),
        ("at_least", 4, None, None, (4, None)),
        ("more_than", 10, None, None, (11, None)),
        ("up_to", 50, None, None, (1, 50)),
        (None, None, 40, 30, (30, 40)),
        (None, None, None, None, None),
    ],
)
def test_claim_intervals(
    qualifier: str | None, count: int | None, low: int | None, high: int | None, expected: object
) -> None:
    assert claim_interval(qualifier, count, low, high) == expected


def test_rules_are_written_down() -> None:
    rules = counting_rules()
    assert len(rules) == 10
    assert rules[0].startswith("Rejected never counts")
    assert "rival figure" in rules[4] and "Only a denial" in rules[4]
