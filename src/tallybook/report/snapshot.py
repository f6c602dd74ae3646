"""The records a reader may see, table by table: the common input of every export.

Confidentiality comes from `tallybook.store.visibility` (documents, and records with a
`document_id`); entities, judgements and review-queue pairs carry no document, so they are
visible when what they are about is:
- an entity is visible when it has no evidence tied to a document, or some visible evidence
  (a mention, alias, victim row, claim or quote naming it);
- a judgement or link candidate is visible when the records it names are.
References to hidden records are cut (set to None) so that the export never names them.
Users and API tokens are never exported; the audit log only with confidential material
(its before/after values may quote anything).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.store.schema import (
    Alias,
    AuditEvent,
    Base,
    Claim,
    Document,
    Entity,
    Incident,
    Judgement,
    LinkCandidate,
    Mention,
    Page,
    Quote,
    Victim,
)
from tallybook.store.visibility import document_visible, record_visible

# Export order = import order (what a row points at comes first).
TABLES: tuple[tuple[str, type[Base]], ...] = (
    ("documents", Document),
    ("pages", Page),
    ("entities", Entity),
    ("aliases", Alias),
    ("incidents", Incident),
    ("claims", Claim),
    ("mentions", Mention),
    ("victims", Victim),
    ("quotes", Quote),
    ("judgements", Judgement),
    ("link_candidates", LinkCandidate),
    ("audit_log", AuditEvent),
)
# Judgement / LinkCandidate subjects -> the table their ids point into.
SUBJECT_TABLES = {"entity": "entities", "incident": "incidents", "claim": "claims", "watchlist": "entities"}


@dataclass
class Snapshot:
    include_confidential: bool
    rows: dict[str, list[Any]] = field(default_factory=dict)
    _ids: dict[str, tuple[int, set[int]]] = field(default_factory=dict)

    def ids(self, table: str) -> set[int]:
        rows = self.rows.get(table, [])
        cached = self._ids.get(table)
        if cached is None or cached[0] != len(rows):
            cached = (len(rows), {r.id for r in rows if hasattr(r, "id")})
            self._ids[table] = cached
        return cached[1]

    def by_id(self, table: str) -> dict[int, Any]:
        return {r.id: r for r in self.rows.get(table, [])}


def _all(session: Session, stmt: Any) -> list[Any]:
    return list(session.scalars(stmt))


def _visible_entities(session: Session, hidden_docs: set[int]) -> list[Entity]:
    evidence: dict[int, list[int | None]] = defaultdict(list)
    sources: list[Any] = [
        select(Mention.entity_id, Mention.document_id),
        select(Alias.entity_id, Alias.document_id),
        select(Victim.entity_id, Victim.document_id),
        select(Claim.claimant_entity_id, Claim.document_id),
        select(Quote.speaker_entity_id, Quote.document_id),
    ]
    for stmt in sources:
        for entity_id, document_id in session.execute(stmt):
            if entity_id is not None:
                evidence[entity_id].append(document_id)
    entities = _all(session, select(Entity).order_by(Entity.id))
    return [
        e
        for e in entities
        if not evidence.get(e.id) or any(d is None or d not in hidden_docs for d in evidence[e.id])
    ]


def collect(session: Session, *, include_confidential: bool = False) -> Snapshot:
    """The visible rows of every exported table, in id order. The ORM objects are detached
    copies' sources: callers must not change them (references to hidden rows are cut in
    `cut_references`, on plain dicts)."""
    snap = Snapshot(include_confidential)
    docs = _all(session, select(Document).where(document_visible(include_confidential)).order_by(Document.id))
    snap.rows["documents"] = docs
    visible_docs = {d.id for d in docs}
    hidden_docs = set(session.scalars(select(Document.id))) - visible_docs
    snap.rows["pages"] = [
        p
        for p in _all(session, select(Page).order_by(Page.document_id, Page.number))
        if p.document_id in visible_docs
    ]
    snap.rows["entities"] = (
        _all(session, select(Entity).order_by(Entity.id))
        if include_confidential
        else _visible_entities(session, hidden_docs)
    )
    entity_ids = snap.ids("entities")
    snap.rows["aliases"] = [
        a
        for a in _all(
            session,
            select(Alias).where(record_visible(Alias.document_id, include_confidential)).order_by(Alias.id),
        )
        if a.entity_id in entity_ids
    ]
    tables: tuple[tuple[str, Any], ...] = (("incidents", Incident), ("quotes", Quote))
    for name, table in tables:
        stmt = select(table).where(record_visible(table.document_id, include_confidential))
        snap.rows[name] = _all(session, stmt.order_by(table.id))
    incident_ids = snap.ids("incidents")
    tables = (("claims", Claim), ("victims", Victim))
    for name, table in tables:
        stmt = select(table).where(record_visible(table.document_id, include_confidential))
        snap.rows[name] = [r for r in _all(session, stmt.order_by(table.id)) if r.incident_id in incident_ids]
    stmt = select(Mention).where(record_visible(Mention.document_id, include_confidential))
    snap.rows["mentions"] = [m for m in _all(session, stmt.order_by(Mention.id)) if m.entity_id in entity_ids]
    claim_ids = snap.ids("claims")

    def subject_visible(subject: str, *ids: int | None) -> bool:
        table = SUBJECT_TABLES.get(subject)
        if table is None:
            return include_confidential
        known = snap.ids(table)
        return all(i is None or i in known for i in ids)

    judgements = _all(session, select(Judgement).order_by(Judgement.id))
    snap.rows["judgements"] = [
        j
        for j in judgements
        if subject_visible(j.subject, j.subject_id, j.other_id)
        and (not isinstance(j.payload.get("claim_id"), int) or j.payload["claim_id"] in claim_ids)
    ]
    candidates = _all(session, select(LinkCandidate).order_by(LinkCandidate.id))
    snap.rows["link_candidates"] = [
        c for c in candidates if subject_visible(c.subject, c.left_id, c.right_id)
    ]
    snap.rows["audit_log"] = (
        _all(session, select(AuditEvent).order_by(AuditEvent.id)) if include_confidential else []
    )
    return snap


# Columns that point at another exported table: (table, column) -> target table.
REFERENCES: dict[tuple[str, str], str] = {
    ("pages", "document_id"): "documents",
    ("entities", "merged_into"): "entities",
    ("aliases", "entity_id"): "entities",
    ("aliases", "document_id"): "documents",
    ("incidents", "document_id"): "documents",
    ("incidents", "merged_into"): "incidents",
    ("claims", "incident_id"): "incidents",
    ("claims", "document_id"): "documents",
    ("claims", "claimant_entity_id"): "entities",
    ("mentions", "entity_id"): "entities",
    ("mentions", "document_id"): "documents",
    ("victims", "incident_id"): "incidents",
    ("victims", "entity_id"): "entities",
    ("victims", "document_id"): "documents",
    ("quotes", "document_id"): "documents",
    ("quotes", "speaker_entity_id"): "entities",
    ("quotes", "repeat_of"): "quotes",
}


def cut_references(snap: Snapshot, table: str, row: dict[str, Any]) -> dict[str, Any]:
    """Set to None the references of `row` that point at records the reader may not see."""
    for (t, column), target in REFERENCES.items():
        if t == table and row.get(column) is not None and row[column] not in snap.ids(target):
            row[column] = None
    return row
