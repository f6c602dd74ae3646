"""Loading what `claim_selection` decides over: one incident cluster, the reader's visibility,
claimant names as counted and the best-figure judgements, from the store."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.report.claim_selection import (
    BEST_FIGURE,
    PUBLISHER_LABELS,
    ClaimSelection,
    Sees,
    best_claim_id,
    root_of,
    select_claims,
)
from tallybook.store.schema import Claim, Document, Entity, Incident, Judgement
from tallybook.store.visibility import document_visible


def document_sees(session: Session, document_ids: Iterable[int | None], include_confidential: bool) -> Sees:
    """The reader's visibility over these documents, by `tallybook.store.visibility`."""
    if include_confidential:
        return lambda _: True
    wanted = sorted({d for d in document_ids if d is not None})
    seen: set[int] = set()
    for chunk in range(0, len(wanted), 500):
        stmt = select(Document.id).where(Document.id.in_(wanted[chunk : chunk + 500]))
        seen.update(session.scalars(stmt.where(document_visible(False))))
    return lambda d: d is None or d in seen


def _publishers(session: Session, document_ids: set[int]) -> dict[int, str]:
    """A claim the text itself makes belongs to the document's publisher."""
    found: dict[int, str] = {}
    wanted = sorted(document_ids)
    for chunk in range(0, len(wanted), 500):
        stmt = select(Document.id, Document.publisher).where(Document.id.in_(wanted[chunk : chunk + 500]))
        found.update({i: p for i, p in session.execute(stmt) if p})
    return found


def _entity_names(session: Session, claims: Sequence[Claim]) -> dict[int, str]:
    """Claims tied to an entity are grouped under the entity's surviving name."""
    ids = {c.claimant_entity_id for c in claims if c.claimant_entity_id is not None}
    if not ids:
        return {}
    parent: dict[int, int | None] = {}
    names: dict[int, str] = {}
    for eid, merged, name in session.execute(select(Entity.id, Entity.merged_into, Entity.name)):
        parent[eid] = merged
        names[eid] = name
    return {i: names[root_of(i, parent)] for i in ids if i in names}


def claimant_names(session: Session, claims: Sequence[Claim]) -> dict[int, str]:
    """claim id -> the claimant as counted: the entity's surviving name, else the document's
    publisher for a claim the text itself makes, else the claimant as written."""
    entity = _entity_names(session, claims)
    publishers = _publishers(session, {c.document_id for c in claims if c.claimant in PUBLISHER_LABELS})
    return {
        c.id: (entity.get(c.claimant_entity_id) if c.claimant_entity_id is not None else None)
        or (publishers.get(c.document_id) if c.claimant in PUBLISHER_LABELS else None)
        or c.claimant
        for c in claims
    }


def best_judgements(session: Session, claim_ids: Iterable[int] | None = None) -> list[Judgement]:
    """The best-figure judgements about these claims (every one when None), oldest first."""
    stmt = select(Judgement).where(Judgement.kind == BEST_FIGURE).order_by(Judgement.id)
    if claim_ids is None:
        return list(session.scalars(stmt))
    wanted = set(claim_ids)
    # about a claim: by its id; an older judgement about an incident names it in its payload
    about = (Judgement.subject == "claim") & Judgement.subject_id.in_(sorted(wanted))
    rows = session.scalars(stmt.where(about | (Judgement.subject != "claim")))
    return [j for j in rows if best_claim_id(j) in wanted]


@dataclass
class ClusterSelection:
    """One incident cluster as one reader sees it."""

    root_id: int
    members: list[Incident]  # the members the reader sees, oldest first
    selection: ClaimSelection
    sees: Sees

    @property
    def id(self) -> int:
        """The canonical incident when the reader sees it, else the first member seen."""
        ids = [m.id for m in self.members]
        return self.root_id if self.root_id in ids or not ids else ids[0]


def cluster_selection(
    session: Session, incident_id: int, *, include_confidential: bool
) -> ClusterSelection | None:
    """The cluster `incident_id` belongs to and the claims that count in it, or None when
    there is no such incident or the reader sees none of the cluster."""
    start = session.get(Incident, incident_id)
    if start is None:
        return None
    parent: dict[int, int | None] = {start.id: start.merged_into}
    current = start
    while current.merged_into is not None and current.merged_into not in parent:
        nxt = session.get(Incident, current.merged_into)
        if nxt is None:
            break
        parent[nxt.id] = nxt.merged_into
        current = nxt
    root_id = root_of(start.id, parent)
    everyone = _descendants(session, root_id)
    sees = document_sees(
        session,
        [i.document_id for i in everyone] + [c.document_id for i in everyone for c in i.claims],
        include_confidential,
    )
    seen = [i for i in everyone if sees(i.document_id)]
    if not seen:
        return None
    claims = [c for i in everyone for c in i.claims]
    chosen = select_claims(
        claims,
        {i.id: i for i in everyone},
        root_id=root_id,
        sees=sees,
        names=claimant_names(session, claims),
        judgements=best_judgements(session, [c.id for c in claims]),
    )
    return ClusterSelection(root_id=root_id, members=seen, selection=chosen, sees=sees)


def _descendants(session: Session, root_id: int) -> list[Incident]:
    """The canonical incident and every incident folded into it, directly or by a chain."""
    found: dict[int, Incident] = {}
    frontier = [root_id]
    while frontier:
        rows = list(
            session.scalars(
                select(Incident).where(Incident.id.in_(frontier) | Incident.merged_into.in_(frontier))
            )
        )
        frontier = [r.id for r in rows if r.id not in found]
        found.update({r.id: r for r in rows})
    return sorted(found.values(), key=lambda i: i.id)
