"""What the pages and the API read, each query filtered by `tallybook.store.visibility`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, select, true, union_all
from sqlalchemy.orm import Session

from tallybook.errors import NotFound
from tallybook.report.claim_selection import Excluded
from tallybook.report.cluster_claims import ClusterSelection, cluster_selection
from tallybook.review.audit import events_for, events_for_many
from tallybook.store.schema import (
    Alias,
    AuditEvent,
    Base,
    Claim,
    Document,
    Entity,
    Incident,
    Mention,
    Quote,
    Victim,
)
from tallybook.store.visibility import document_visible, record_visible
from tallybook.web.highlight import Annotation

T = TypeVar("T", bound=Base)


def visible(model: type[Base], include_confidential: bool) -> ColumnElement[bool]:
    """Visibility filter for any table with a `document_id` column."""
    return record_visible(model.__table__.c.document_id, include_confidential)


def page(session: Session, stmt: Select[T], limit: int, offset: int) -> tuple[list[T], int]:
    """One page of `stmt` and the total number of rows."""
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    rows = list(session.scalars(stmt.limit(limit).offset(offset)))
    return rows, int(total)


# ---- documents -------------------------------------------------------------------------


@dataclass
class DocumentView:
    document: Document
    incidents: list[Incident]
    claims: list[Claim]
    quotes: list[Quote]
    mentions: list[Mention]
    victims: list[Victim]
    audit: list[AuditEvent]

    def annotations(self) -> list[Annotation]:
        out: list[Annotation] = []
        for i in self.incidents:
            if i.start is not None and i.end is not None and i.status != "rejected":
                out.append(Annotation("incident", i.id, i.start, i.end, i.type, f"/incidents/{i.id}"))
        for c in self.claims:
            if c.start is not None and c.end is not None and c.status != "rejected":
                label = f"{c.claimant} {c.stance}" + (f" {c.count}" if c.count is not None else "")
                out.append(Annotation("claim", c.id, c.start, c.end, label, f"/incidents/{c.incident_id}"))
        for q in self.quotes:
            if q.status != "rejected":
                out.append(
                    Annotation(
                        "quote", q.id, q.start, q.end, q.speaker or "unknown speaker", f"#row-quote-{q.id}"
                    )
                )
        for m in self.mentions:
            if m.start is None or m.end is None or m.status == "rejected":
                continue
            kind = "person" if m.entity.kind == "person" else "organization"
            url = f"/{'people' if kind == 'person' else 'organizations'}/{m.entity_id}"
            out.append(Annotation(kind, m.id, m.start, m.end, f"{m.entity.name} ({m.role})", url))
        return out


def get_document(session: Session, document_id: int, include_confidential: bool) -> Document:
    doc = session.scalars(
        select(Document).where(Document.id == document_id, document_visible(include_confidential))
    ).first()
    if doc is None:
        raise NotFound(f"document {document_id} not found")
    return doc


def document_view(session: Session, document_id: int, include_confidential: bool) -> DocumentView:
    doc = get_document(session, document_id, include_confidential)

    def rows(model: type[T]) -> list[T]:
        col = model.__table__.c
        return list(
            session.scalars(select(model).where(col.document_id == doc.id).order_by(col.start, col.id))
        )

    return DocumentView(
        document=doc,
        incidents=rows(Incident),
        claims=rows(Claim),
        quotes=rows(Quote),
        mentions=rows(Mention),
        victims=rows(Victim),
        audit=events_for(session, "documents", doc.id),
    )


# ---- incidents ---------------------------------------------------------------------------


@dataclass
class Figures:
    low: int | None
    high: int | None
    best: dict[str, Any] | None
    corroboration: int  # distinct claimants asserting or confirming it
    disputed_by: list[str] = field(default_factory=list)
    open_ended: bool = False  # a figure says "at least": the true count may exceed high
    sources: list[str] = field(default_factory=list)  # the claimants behind `corroboration`
    not_counted: list[Excluded] = field(default_factory=list)  # claims this reader sees, and why


def figures(cluster: ClusterSelection) -> Figures:
    """Low and high over the claims that count for this reader (`select_claims`, the selection
    the reports count by); best as a reviewer chose it, by the same rule (`best_figure`)."""
    chosen = cluster.selection
    bounds = chosen.bounds
    return Figures(
        low=bounds[0] if bounds else None,
        high=bounds[1] if bounds else None,
        best=chosen.best.as_dict() if chosen.best is not None else None,
        corroboration=len(chosen.sources),
        disputed_by=chosen.disputed_by,
        open_ended=bounds[2] if bounds else False,
        sources=chosen.sources,
        not_counted=chosen.excluded,
    )


@dataclass
class IncidentView:
    incident: Incident
    merged: list[Incident]  # incidents linking folded into this one
    claims: list[Claim]  # every claim about the event this reader sees
    victims: list[Victim]
    figures: Figures
    audit: list[AuditEvent]
    event_id: int = 0  # the incident the figures are counted under (this one, or its canonical)

    def not_counted(self, claim_id: int) -> str | None:
        return next((e.reason for e in self.figures.not_counted if e.claim_id == claim_id), None)


def get_incident(session: Session, incident_id: int, include_confidential: bool) -> Incident:
    row = session.scalars(
        select(Incident).where(Incident.id == incident_id, visible(Incident, include_confidential))
    ).first()
    if row is None:
        raise NotFound(f"incident {incident_id} not found")
    return row


def incident_view(session: Session, incident_id: int, include_confidential: bool) -> IncidentView:
    """The incident and the event it is part of: its claims and figures as this reader sees them."""
    incident = get_incident(session, incident_id, include_confidential)
    cluster = cluster_selection(session, incident.id, include_confidential=include_confidential)
    if cluster is None:
        raise NotFound(f"incident {incident_id} not found")
    merged = [m for m in cluster.members if m.merged_into == incident.id]
    ids = [m.id for m in cluster.members]
    claims = sorted(
        (c for m in cluster.members for c in m.claims if cluster.sees(c.document_id)),
        key=lambda c: (c.claimed_on is not None, c.claimed_on or "", c.id),
    )
    victims = list(
        session.scalars(
            select(Victim).where(Victim.incident_id.in_(ids), visible(Victim, include_confidential))
        )
    )
    audit = events_for_many(session, "incidents", ids) + events_for_many(
        session, "claims", [c.id for c in claims]
    )
    audit.sort(key=lambda e: (e.at, e.id))
    return IncidentView(incident, merged, claims, victims, figures(cluster), audit, cluster.id)


# ---- people and organizations -----------------------------------------------------------


@dataclass
class EntityView:
    entity: Entity
    spellings: list[tuple[str, int]]  # name as written, times seen
    aliases: list[Alias]
    roles: list[tuple[str, int]]
    mentions: list[Mention]
    incidents: list[Incident]
    claims: list[Claim]


def entity_view(session: Session, kind: str, entity_id: int, include_confidential: bool) -> EntityView:
    entity = session.scalars(select(Entity).where(Entity.id == entity_id, Entity.kind == kind)).first()
    if entity is None:
        raise NotFound(f"{kind} {entity_id} not found")
    ids = [entity.id, *session.scalars(select(Entity.id).where(Entity.merged_into == entity.id))]
    mentions = list(
        session.scalars(
            select(Mention)
            .where(Mention.entity_id.in_(ids), visible(Mention, include_confidential))
            .order_by(Mention.document_id, Mention.start)
        )
    )
    if not include_confidential and not session.scalar(
        select(func.count()).select_from(Entity).where(Entity.id == entity.id, entity_visible(False))
    ):
        raise NotFound(f"{kind} {entity_id} not found")
    aliases = list(
        session.scalars(
            select(Alias)
            .where(Alias.entity_id.in_(ids), visible(Alias, include_confidential))
            .order_by(Alias.alias)
        )
    )
    spellings = Counter(m.name_as_written for m in mentions)
    roles = Counter(m.role for m in mentions)
    incident_ids = set(
        session.scalars(
            select(Victim.incident_id).where(Victim.entity_id.in_(ids), visible(Victim, include_confidential))
        )
    )
    claims = list(
        session.scalars(
            select(Claim)
            .where(Claim.claimant_entity_id.in_(ids), visible(Claim, include_confidential))
            .limit(200)
        )
    )
    incident_ids.update(c.incident_id for c in claims)
    incidents = list(
        session.scalars(
            select(Incident)
            .where(Incident.id.in_(incident_ids), visible(Incident, include_confidential))
            .order_by(Incident.date)
        )
    )
    return EntityView(
        entity=entity,
        spellings=spellings.most_common(),
        aliases=aliases,
        roles=roles.most_common(),
        mentions=mentions,
        incidents=incidents,
        claims=claims,
    )


def _entity_references(include_confidential: bool) -> Any:
    """Ids of entities that records this reader may see point at (all records when None)."""
    parts = [
        select(Mention.entity_id.label("eid")).where(visible(Mention, include_confidential)),
        select(Claim.claimant_entity_id).where(
            Claim.claimant_entity_id.is_not(None), visible(Claim, include_confidential)
        ),
        select(Victim.entity_id).where(Victim.entity_id.is_not(None), visible(Victim, include_confidential)),
        select(Quote.speaker_entity_id).where(
            Quote.speaker_entity_id.is_not(None), visible(Quote, include_confidential)
        ),
        select(Alias.entity_id).where(Alias.document_id.is_not(None), visible(Alias, include_confidential)),
    ]
    return union_all(*parts)


def entity_visible(include_confidential: bool) -> ColumnElement[bool]:
    """An entity is visible when a visible record names it, or when no document names it
    at all (a person made it); an entity known only from confidential documents is not."""
    if include_confidential:
        return true()
    seen = _entity_references(False).subquery()
    anywhere = _entity_references(True).subquery()
    merged_seen = select(Entity.merged_into).where(Entity.id.in_(select(seen.c.eid)))
    merged_anywhere = select(Entity.merged_into).where(
        Entity.id.in_(select(anywhere.c.eid)), Entity.merged_into.is_not(None)
    )
    unreferenced = ~Entity.id.in_(select(anywhere.c.eid)) & ~Entity.id.in_(merged_anywhere)
    return Entity.id.in_(select(seen.c.eid)) | Entity.id.in_(merged_seen) | unreferenced


def entities_stmt(kind: str, include_confidential: bool, name: str | None = None) -> Select[Entity]:
    stmt = select(Entity).where(
        Entity.kind == kind, Entity.merged_into.is_(None), entity_visible(include_confidential)
    )
    if name:
        stmt = stmt.where(Entity.name.ilike(f"%{name[:100]}%"))
    return stmt.order_by(Entity.name, Entity.id)


# ---- dashboard -----------------------------------------------------------------------------


@dataclass
class Dashboard:
    documents: int
    incidents: int
    by_type: list[tuple[str, int]]
    by_year: list[tuple[str, int]]
    latest: list[Document]
    awaiting: dict[str, int]


def dashboard(session: Session, include_confidential: bool) -> Dashboard:
    live = (
        visible(Incident, include_confidential),
        Incident.status != "rejected",
        Incident.merged_into.is_(None),
    )
    by_type = session.execute(
        select(Incident.type, func.count()).where(*live).group_by(Incident.type).order_by(func.count().desc())
    )
    year = func.substr(Incident.date, 1, 4)
    by_year = session.execute(
        select(year, func.count()).where(*live, Incident.date.is_not(None)).group_by(year).order_by(year)
    )
    latest = session.scalars(
        select(Document).where(document_visible(include_confidential)).order_by(Document.id.desc()).limit(10)
    )
    awaiting = {}
    for name, model in (("incident", Incident), ("claim", Claim), ("quote", Quote), ("mention", Mention)):
        awaiting[name] = int(
            session.scalar(
                select(func.count())
                .select_from(model)
                .where(model.__table__.c.status == "proposed", visible(model, include_confidential))
            )
            or 0
        )
    docs = session.scalar(
        select(func.count()).select_from(Document).where(document_visible(include_confidential))
    )
    types = [(str(t), int(n)) for t, n in by_type]
    return Dashboard(
        documents=int(docs or 0),
        incidents=sum(n for _, n in types),
        by_type=types,
        by_year=[(str(y), int(n)) for y, n in by_year],
        latest=list(latest),
        awaiting=awaiting,
    )
