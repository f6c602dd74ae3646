"""Review decisions on a real store: status, origin, audit, survival across re-extraction."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from tallybook.errors import NotFound
from tallybook.extract.persist import save_extraction
from tallybook.model import DocumentExtraction, ExtractedClaim, ExtractedIncident, Figure, Span
from tallybook.review import decisions
from tallybook.review.audit import events_for
from tallybook.store.db import Store
from tallybook.store.schema import AuditEvent, Claim, Document, Incident

TEXT = "Police shot dead 7 demonstrators in Basra on 2 March 2021, a rights group said."


def _seed(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        doc = Document(
            sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
            source="test",
            content_type="text/plain",
            size=len(TEXT),
            text=TEXT,
        )
        s.add(doc)
        s.flush()
        inc = Incident(document_id=doc.id, type="killing", place="Basra", start=0, end=57)
        s.add(inc)
        s.flush()
        claim = Claim(
            incident_id=inc.id,
            document_id=doc.id,
            claimant="a rights group",
            count=7,
            qualifier="exact",
            start=0,
            end=len(TEXT) - 1,
        )
        s.add(claim)
        s.flush()
        return doc.id, inc.id, claim.id


@pytest.mark.postgres
def test_confirm_sets_status_keeps_origin_and_audits(store: Store) -> None:
    _, inc_id, _ = _seed(store)
    with store.session() as s:
        decisions.confirm(s, "incident", inc_id, user="maya", reason="matches the source")
    with store.session() as s:
        inc = s.get(Incident, inc_id)
        assert inc is not None and inc.status == "confirmed" and inc.origin == "machine"
        (event,) = events_for(s, "incidents", inc_id)
        assert (event.user, event.action, event.reason) == ("maya", "confirmed", "matches the source")
        assert event.before is not None and event.before["status"] == "proposed"
        assert event.after is not None and event.after["status"] == "confirmed"


@pytest.mark.postgres
def test_edit_changes_fields_and_span_and_records_before_after(store: Store) -> None:
    _, _, claim_id = _seed(store)
    with store.session() as s:
        decisions.edit(
            s, "claim", claim_id, {"count": "9", "start": 5, "end": 30}, user="maya", reason="typo"
        )
    with store.session() as s:
        claim = s.get(Claim, claim_id)
        assert claim is not None
        assert (claim.count, claim.start, claim.end, claim.status, claim.origin) == (
            9,
            5,
            30,
            "edited",
            "machine",
        )
        (event,) = events_for(s, "claims", claim_id)
        assert event.action == "edit"
        assert event.before is not None and event.after is not None
        assert (event.before["count"], event.after["count"]) == (7, 9)
        assert (event.before["start"], event.after["start"]) == (0, 5)


@pytest.mark.postgres
@pytest.mark.parametrize(
    "changes",
    [
        {"start": 0, "end": len(TEXT) + 1},  # beyond the text
        {"start": 20, "end": 10},  # reversed
        {"count": "many"},
        {"count": -3},
        {"qualifier": "roughly"},
        {"claimed_on": "March 2021"},
        {"claimant": "   "},
        {"no_such_field": 1},
    ],
)
def test_bad_edits_are_refused_and_leave_nothing(store: Store, changes: dict[str, object]) -> None:
    _, _, claim_id = _seed(store)
    with pytest.raises(decisions.ReviewError), store.session() as s:
        decisions.edit(s, "claim", claim_id, changes, user="maya")
    with store.session() as s:
        claim = s.get(Claim, claim_id)
        assert claim is not None and claim.status == "proposed" and claim.count == 7
        assert s.scalars(select(AuditEvent)).first() is None


@pytest.mark.postgres
def test_edit_that_changes_nothing_is_refused(store: Store) -> None:
    _, inc_id, _ = _seed(store)
    with pytest.raises(decisions.ReviewError), store.session() as s:
        decisions.edit(s, "incident", inc_id, {"place": "Basra"}, user="maya")


def test_unknown_record_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound), store.session() as s:
        decisions.confirm(s, "incident", 999, user="maya")
    with pytest.raises(NotFound), store.session() as s:
        decisions.confirm(s, "planet", 1, user="maya")


@pytest.mark.postgres
def test_reviewed_rows_survive_re_extraction(store: Store) -> None:
    doc_id, inc_id, claim_id = _seed(store)
    with store.session() as s:
        decisions.reject(s, "incident", inc_id, user="maya", reason="not an incident")
    fresh = DocumentExtraction(
        incidents=[
            ExtractedIncident(
                type="killing",
                span=Span(0, 57),
                figure=Figure(count=7, qualifier="exact"),
                claims=[ExtractedClaim(claimant="a rights group")],
            ),
        ]
    )
    with store.session() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None
        save_extraction(s, doc, fresh, "test")
    with store.session() as s:
        rows = list(s.scalars(select(Incident).where(Incident.document_id == doc_id)))
        # The rejected incident is still there and the overlapping proposal did not come back.
        assert [(r.id, r.status) for r in rows] == [(inc_id, "rejected")]
        assert s.get(Claim, claim_id) is not None


@pytest.mark.postgres
def test_confidential_marking_is_audited(store: Store) -> None:
    doc_id, _, _ = _seed(store)
    with store.session() as s:
        decisions.set_confidential(s, doc_id, True, user="maya", reason="names a witness")
    with store.session() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None and doc.confidential is True
        (event,) = events_for(s, "documents", doc_id)
        assert event.action == "mark_confidential" and event.reason == "names a witness"


@pytest.mark.postgres
def test_best_figure_is_a_judgement_and_audited(store: Store) -> None:
    from tallybook.store.schema import Judgement

    _, inc_id, claim_id = _seed(store)
    with store.session() as s:
        decisions.choose_best_figure(s, inc_id, claim_id, user="maya", reason="most careful source")
    with store.session() as s:
        inc = s.get(Incident, inc_id)
        assert inc is not None and inc.attrs["best"]["count"] == 7 and inc.attrs["best"]["user"] == "maya"
        judgement = s.scalars(select(Judgement)).one()
        assert (judgement.kind, judgement.payload["claim_id"]) == ("best_figure", claim_id)
        assert [e.action for e in events_for(s, "incidents", inc_id)] == ["best_figure"]
    with pytest.raises(decisions.ReviewError), store.session() as s:
        decisions.choose_best_figure(s, inc_id, 999, user="maya")
