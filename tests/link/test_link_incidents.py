from __future__ import annotations

import pytest
from sqlalchemy import select

from link import builders as b
from tallybook.link.incidents import IncidentFacts, dates_compatible, decide
from tallybook.link.places import relation
from tallybook.link.service import judge, link_all
from tallybook.store.db import Store
from tallybook.store.schema import Incident, LinkCandidate


def test_dates_at_their_precision() -> None:
    assert dates_compatible("2019-11", "2019-11-15")
    assert dates_compatible("2019", "2019-11")
    assert dates_compatible("2019-11-15", "2019-11-16") is False
    assert dates_compatible(None, "2019") is None


def test_place_hierarchy() -> None:
    assert relation("Evin Prison", "Tehran") == "within"
    assert relation("Tehran", "Iran") == "within"
    assert relation("Karaj", "Shiraz") == "different"
    assert relation("Somewhere Unlisted", "Iran") == "unknown"


def test_country_and_year_alone_never_merge() -> None:
    a = IncidentFacts(1, "execution", 1, "2020", "Iran", counts=[(1.0, 1.0)])
    c = IncidentFacts(2, "execution", 2, "2020", "Iran", counts=[(1.0, 1.0)])
    assert decide(a, c)[0] == "apart"


def _roots(store: Store) -> dict[int, int]:
    with store.session() as s:
        return {i.id: i.merged_into or i.id for i in s.scalars(select(Incident))}


@pytest.mark.postgres
def test_one_event_many_sources(store: Store) -> None:
    with store.session() as s:
        d1 = b.document(s, "Amnesty: at least 304 killed in Tehran in November 2019.", publisher="Amnesty")
        d2 = b.document(
            s, "Reuters: about 300 protesters were killed in Tehran on 2019-11-16.", publisher="Reuters"
        )
        d3 = b.document(s, "Navid Afkari was executed in Shiraz.", publisher="BBC")
        d4 = b.document(s, "Afkari hanged at Adelabad prison.", publisher="IHR")
        d5 = b.document(s, "Another execution in Iran in 2020.", publisher="X")
        i1 = b.incident(
            s,
            d1,
            "killing",
            "2019-11",
            "Tehran",
            claims=({"claimant": "Amnesty", "count": 304, "qualifier": "at_least"},),
        )
        i2 = b.incident(
            s,
            d2,
            "killing",
            "2019-11-16",
            "Tehran",
            claims=({"claimant": "Reuters", "count": 300, "qualifier": "about"},),
        )
        i3 = b.incident(s, d3, "execution", "2020-09-12", "Shiraz", victims=("Navid Afkari",))
        i4 = b.incident(s, d4, "execution", "2020-09", "Adelabad Prison", victims=("Navid Afkary",))
        i5 = b.incident(s, d5, "execution", "2020", "Iran", claims=({"claimant": "X", "count": 1},))
        ids = [i.id for i in (i1, i2, i3, i4, i5)]
    link_all(store)
    roots = _roots(store)
    assert roots[ids[0]] == roots[ids[1]]
    assert roots[ids[2]] == roots[ids[3]]
    assert roots[ids[4]] == ids[4]
    assert roots[ids[0]] != roots[ids[2]]


@pytest.mark.postgres
def test_conflicting_counts_go_to_review_and_judgement_merges(store: Store) -> None:
    with store.session() as s:
        d1, d2, d3, d4 = (b.document(s, t) for t in "abcd")
        i1 = b.incident(s, d1, "killing", "2019-11", "Mahshahr", claims=({"claimant": "A", "count": 40},))
        i2 = b.incident(s, d2, "killing", "2019-11-16", "Mahshahr", claims=({"claimant": "B", "count": 148},))
        # same day, same city: one event with conflicting figures
        i3 = b.incident(s, d3, "killing", "2022-10-08", "Zahedan", claims=({"claimant": "C", "count": 19},))
        i4 = b.incident(s, d4, "killing", "2022-10-08", "Zahedan", claims=({"claimant": "D", "count": 66},))
        a, c, same_day = i1.id, i2.id, (i3.id, i4.id)
    link_all(store)
    assert _roots(store)[a] != _roots(store)[c]
    assert _roots(store)[same_day[1]] == same_day[0]
    with store.session() as s:
        assert s.scalars(select(LinkCandidate).where(LinkCandidate.subject == "incident")).one().left_id == a
        judge(s, a, c, "same", "tester", subject="incident")
    link_all(store)
    assert _roots(store)[c] == a
    link_all(store, incremental=False)
    assert _roots(store)[c] == a


def test_different_types_and_places_stay_apart(store: Store) -> None:
    with store.session() as s:
        d1, d2, d3 = b.document(s, "a"), b.document(s, "b"), b.document(s, "c")
        b.incident(s, d1, "arrest", "2022-10-01", "Tehran", claims=({"claimant": "A", "count": 10},))
        b.incident(s, d2, "killing", "2022-10-01", "Tehran", claims=({"claimant": "B", "count": 10},))
        b.incident(s, d3, "arrest", "2022-10-01", "Shiraz", claims=({"claimant": "C", "count": 10},))
    report = link_all(store)
    assert report.incidents.merged == 0
