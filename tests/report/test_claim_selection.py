"""`select_claims`: which claims about one event count for one reader, and why the others do not."""

from __future__ import annotations

from tallybook.report.claim_selection import claimant_key, select_claims
from tallybook.store.schema import Claim, Incident

PUBLIC, SECRET = 1, 2


def _incident(id_: int, document_id: int, status: str = "proposed") -> Incident:
    return Incident(id=id_, document_id=document_id, type="killing", status=status)


def _claim(id_: int, incident_id: int, claimant: str, count: int | None, **kw: object) -> Claim:
    fields: dict[str, object] = {"stance": "asserts", "status": "proposed", "document_id": PUBLIC}
    fields.update(kw)
    return Claim(id=id_, incident_id=incident_id, claimant=claimant, count=count, **fields)


INCIDENTS = {10: _incident(10, PUBLIC), 11: _incident(11, PUBLIC, "rejected"), 12: _incident(12, SECRET)}
CLAIMS = [
    _claim(1, 10, "Monitor", 10),
    _claim(2, 10, "monitor ", 14, qualifier="at_least", status="edited"),  # the same claimant
    _claim(3, 10, "Officials", 2, stance="disputes"),  # a rival figure counts
    _claim(4, 10, "Army", None, stance="disputes"),  # a denial: no figure
    _claim(5, 10, "Clinic", 30, status="rejected"),
    _claim(6, 11, "Council", 99),  # about a rejected report
    _claim(7, 12, "Witness", 60, status="confirmed"),  # about a confidential report
    _claim(8, 10, "Witness", 5),
    _claim(9, 10, "Witness", 70, status="confirmed", document_id=SECRET),  # made in a confidential one
]


def _public(document_id: int | None) -> bool:
    return document_id != SECRET


def test_a_public_reader() -> None:
    chosen = select_claims(CLAIMS, INCIDENTS, root_id=10, sees=_public)
    assert [c.id for c in chosen.claims] == [1, 2, 3, 4, 8]
    assert [c.id for c in chosen.figures] == [2, 3, 8]
    assert chosen.bounds == (2, 14, True)
    assert [claimant_key(n) for n in chosen.sources] == ["monitor", "witness"]
    assert chosen.disputed_by == ["Army", "Officials"]
    assert chosen.hidden == 2  # and nothing says what they were
    assert chosen.reason(5) == "claim rejected"
    assert chosen.reason(6) == "incident 11 was rejected"
    assert chosen.reason(1) == "set aside: Monitor's reviewed figure (claim 2) counts instead"
    assert chosen.reason(7) is None and chosen.reason(8) is None and chosen.counts(8)


def test_a_reader_who_sees_everything() -> None:
    chosen = select_claims(CLAIMS, INCIDENTS, root_id=10, sees=lambda _: True)
    assert [c.id for c in chosen.figures] == [2, 3, 7, 9]
    assert chosen.bounds == (2, 70, True)
    assert chosen.reason(8) == "set aside: Witness's reviewed figure (claim 7) counts instead"
    assert chosen.hidden == 0


def test_a_rejected_event_counts_nothing() -> None:
    incidents = {**INCIDENTS, 10: _incident(10, PUBLIC, "rejected")}
    chosen = select_claims(CLAIMS, incidents, root_id=10, sees=lambda _: True)
    assert chosen.claims == [] and chosen.figures == [] and chosen.bounds is None
    assert {e.reason for e in chosen.excluded} == {"incident 10 was rejected"}


def test_names_group_claimants() -> None:
    names = {1: "Monitor", 2: "Monitor", 8: "Monitor"}  # e.g. one entity under three labels
    chosen = select_claims(CLAIMS[:2] + CLAIMS[7:8], INCIDENTS, root_id=10, sees=_public, names=names)
    assert [c.id for c in chosen.figures] == [2]
    assert chosen.sources == ["Monitor"]
