from __future__ import annotations

import pytest
from sqlalchemy import select

from link import builders as b
from tallybook.link.service import judge, link_all
from tallybook.store.db import Store
from tallybook.store.schema import Entity, LinkCandidate


def _heads(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {
            e.name: e.merged_into or e.id for e in s.scalars(select(Entity).where(Entity.kind == "person"))
        }


def _seed_spellings(store: Store) -> None:
    with store.session() as s:
        d1 = b.document(s, "Mohammad-Reza Rahimi, 24, was hanged in Karaj.")
        d2 = b.document(s, "Mohammadreza Rahimi was executed in Karaj.")
        d3 = b.document(s, "Muhammad Reza Rahimi, a 24-year-old protester, was executed.")
        d4 = b.document(s, "Hassan Karimi was arrested in Shiraz.")
        p1 = b.person(s, d1, "Mohammad-Reza Rahimi")
        p2 = b.person(s, d2, "Mohammadreza Rahimi")
        p3 = b.person(s, d3, "Muhammad Reza Rahimi", description="a 24-year-old protester")
        p4 = b.person(s, d4, "Hassan Karimi")
        b.incident(s, d1, "execution", "2023-01", "Karaj", victims=(p1,))
        b.incident(s, d2, "execution", "2023-01-07", "Karaj", victims=(p2,))
        b.incident(s, d3, "execution", "2023-01", "Karaj", victims=(p3,))
        b.incident(s, d4, "arrest", "2022-10", "Shiraz", victims=(p4,))


@pytest.mark.postgres
def test_spellings_of_one_person_are_merged(store: Store) -> None:
    _seed_spellings(store)
    report = link_all(store)
    heads = _heads(store)
    assert heads["Mohammad-Reza Rahimi"] == heads["Mohammadreza Rahimi"] == heads["Muhammad Reza Rahimi"]
    assert heads["Hassan Karimi"] != heads["Mohammad-Reza Rahimi"]
    assert report.people.merged == 2


def test_empty_store_links_nothing(store: Store) -> None:
    report = link_all(store)
    assert report.people.records == 0 and report.incidents.incidents == 0 and not report.conflicts


@pytest.mark.postgres
def test_different_judgement_splits_and_survives_full_relink(store: Store) -> None:
    _seed_spellings(store)
    link_all(store)
    with store.session() as s:
        ids = {e.name: e.id for e in s.scalars(select(Entity))}
        judge(
            s, ids["Mohammad-Reza Rahimi"], ids["Muhammad Reza Rahimi"], "different", "tester", "two people"
        )
    link_all(store)
    link_all(store, incremental=False)
    heads = _heads(store)
    assert heads["Mohammad-Reza Rahimi"] != heads["Muhammad Reza Rahimi"]


@pytest.mark.postgres
def test_same_judgement_forces_a_merge(store: Store) -> None:
    with store.session() as s:
        d1, d2 = b.document(s, "Sara Tabrizi spoke."), b.document(s, "Narges Yazdani spoke.")
        p1, p2 = (
            b.person(s, d1, "Sara Tabrizi", role="source"),
            b.person(s, d2, "Narges Yazdani", role="source"),
        )
        judge(s, p1.id, p2.id, "same", "tester", "pen name")
    link_all(store, incremental=False)
    heads = _heads(store)
    assert heads["Sara Tabrizi"] == heads["Narges Yazdani"]


def test_conflicting_judgements_are_reported_not_fatal(store: Store) -> None:
    with store.session() as s:
        docs = [b.document(s, f"text {i}") for i in range(3)]
        a, bb, c = (
            b.person(s, d, n)
            for d, n in zip(docs, ["Omid Kazemi", "Arash Nouri", "Kaveh Amini"], strict=True)
        )
        judge(s, a.id, bb.id, "same", "u1")
        judge(s, a.id, c.id, "different", "u2")
        judge(s, bb.id, c.id, "same", "u3")
    report = link_all(store)
    assert len(report.conflicts) == 1 and "conflicts with" in report.conflicts[0]
    heads = _heads(store)
    assert heads["Omid Kazemi"] == heads["Arash Nouri"] != heads["Kaveh Amini"]


@pytest.mark.postgres
def test_nameless_and_single_token_people_are_guarded(store: Store) -> None:
    with store.session() as s:
        docs = [b.document(s, f"report {i}") for i in range(4)]
        b.person(s, docs[0], "a 17-year-old protester", description="a 17-year-old protester")
        b.person(s, docs[1], "a 17-year-old protester", description="a 17-year-old protester")
        b.person(s, docs[2], "Ali", attrs={"place": "Tehran"})
        b.person(s, docs[3], "Ali", attrs={"place": "Zahedan"})
    report = link_all(store)
    assert report.people.merged == 0
    with store.session() as s:
        assert all(e.merged_into is None for e in s.scalars(select(Entity)))


@pytest.mark.postgres
def test_single_token_name_links_with_strong_other_evidence(store: Store) -> None:
    with store.session() as s:
        d1, d2 = b.document(s, "Ali, 19, was killed in Zahedan."), b.document(s, "Ali was shot in Zahedan.")
        p1 = b.person(s, d1, "Ali", attrs={"birth_year": 2003})
        p2 = b.person(s, d2, "Ali", attrs={"birth_year": 2003})
        b.incident(s, d1, "killing", "2022-09-30", "Zahedan", victims=(p1,))
        b.incident(s, d2, "killing", "2022-09-30", "Zahedan", victims=(p2,))
    link_all(store)
    heads = _heads(store)
    assert len(set(heads.values())) == 1


def test_unsure_pairs_wait_in_the_review_queue(store: Store) -> None:
    with store.session() as s:
        d1, d2 = b.document(s, "x"), b.document(s, "y")
        b.person(s, d1, "Navid Afkari", role="victim")
        b.person(s, d2, "Navid Afkari Sangari", role="other")
    link_all(store)
    with store.session() as s:
        queued = list(s.scalars(select(LinkCandidate).where(LinkCandidate.subject == "entity")))
        merged = [e for e in s.scalars(select(Entity)) if e.merged_into]
    assert len(queued) + len(merged) == 1
    if queued:
        assert 0.25 <= queued[0].probability < 0.9


def test_incremental_run_only_touches_new_rows(store: Store) -> None:
    _seed_spellings(store)
    link_all(store)
    again = link_all(store)
    assert again.people.merged == 0 and again.people.candidates == 0
    with store.session() as s:
        d = b.document(s, "Mohamad Reza Rahimi")
        b.person(s, d, "Mohamad Reza Rahimi")
    link_all(store)
    heads = _heads(store)
    assert heads["Mohamad Reza Rahimi"] == heads["Mohammadreza Rahimi"]


def test_large_input_model_runs_inside_duckdb() -> None:
    from tallybook.link.engine import predict
    from tallybook.link.people import TIGHT_BLOCKING_FROM, PersonRecord, person_frame, person_model

    records = [
        PersonRecord(1, "Mohammad-Reza Rahimi", birth_year=1990, place="Karaj"),
        PersonRecord(2, "Rahimi, Mohammadreza", birth_year=1990, place="Karaj"),
        PersonRecord(3, "Hassan Karimi", birth_year=1990, place="Karaj"),
    ]
    model = person_model(TIGHT_BLOCKING_FROM)
    conditions = [getattr(level, "sql_condition", "") for level in model.comparisons[0]._comparison_levels]
    assert any("name_key_l = name_key_r" in c for c in conditions)
    assert not any("tb_name_sim" in c for c in conditions)
    pairs = predict([person_frame(records)], model, threshold=0.5)
    assert {(int(a), int(b)) for a, b in zip(pairs.unique_id_l, pairs.unique_id_r, strict=True)} == {(1, 2)}
