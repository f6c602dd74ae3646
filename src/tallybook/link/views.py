"""What the `incident`, `person` and `orgs` commands show, as plain dicts (also their JSON)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.errors import NotFound
from tallybook.link.corroboration import corroboration
from tallybook.link.figures import figures
from tallybook.link.organizations import organizations
from tallybook.link.service import find_entities
from tallybook.report.cluster_claims import cluster_selection
from tallybook.store.schema import Entity, Incident, Mention, Victim


def incident_view(
    session: Session, incident_id: int, *, include_confidential: bool = False
) -> dict[str, Any]:
    """The incident's cluster as this reader may see it; claims that do not count say why
    (`tallybook.report.claim_selection`, the selection the reports count by)."""
    cluster = cluster_selection(session, incident_id, include_confidential=include_confidential)
    if cluster is None:
        raise NotFound(f"incident {incident_id}: no such incident")
    seen = cluster.members
    chosen = cluster.selection
    head = next((i for i in seen if i.id == cluster.id), seen[0])
    figs = figures(session, incident_id, cluster=cluster)
    corr = corroboration(session, incident_id, cluster=seen, claims=chosen.claims)
    claims = []
    for inc in seen:
        for c in sorted(inc.claims, key=lambda c: c.id):
            if not cluster.sees(c.document_id):
                continue
            claims.append(
                {
                    "claim_id": c.id,
                    "incident_id": inc.id,
                    "document_id": c.document_id,
                    "claimant": c.claimant,
                    "stance": c.stance,
                    "certainty": c.certainty,
                    "count": c.count,
                    "qualifier": c.qualifier,
                    "claimed_on": c.claimed_on,
                    "status": c.status,
                    "evidence": [c.start, c.end],
                    "counts": chosen.counts(c.id),
                    "not_counted": chosen.reason(c.id),
                }
            )
    sources = []
    for inc in seen:
        if inc.document is not None:
            doc = inc.document
            sources.append(
                {"document_id": doc.id, "title": doc.title, "publisher": doc.publisher, "source": doc.source}
            )
    victims = {
        v.name for i in seen for v in i.victims if v.status != "rejected" and cluster.sees(v.document_id)
    }
    return {
        "id": cluster.id,
        "type": head.type,
        "dates": sorted({i.date for i in seen if i.date}),
        "places": sorted({p for i in seen for p in (i.place, i.country) if p}),
        "members": [i.id for i in seen],
        "victims": sorted(victims),
        "claims": claims,
        "figures": figs.as_dict(),
        "sources": sources,
        "confirmations": corr.confirmations,
        "disputes": corr.disputes,
        "corroboration": corr.as_dict(),
    }


def person_view(session: Session, name: str) -> list[dict[str, Any]]:
    """One entry per surviving person matching `name`, with every spelling, incident and role."""
    found = find_entities(session, name, kind="person")
    heads = sorted({e.merged_into or e.id for e in found})
    if not heads:
        raise NotFound(f"person {name!r}: not in the store")
    out = []
    for head in heads:
        group = list(
            session.scalars(
                select(Entity).where((Entity.id == head) | (Entity.merged_into == head)).order_by(Entity.id)
            )
        )
        ids = [e.id for e in group]
        spellings = {e.name for e in group} | {a.alias for e in group for a in e.aliases}
        mentions = list(session.scalars(select(Mention).where(Mention.entity_id.in_(ids))))
        spellings |= {m.name_as_written for m in mentions}
        incident_ids = {
            v.incident_id for v in session.scalars(select(Victim).where(Victim.entity_id.in_(ids)))
        }
        incidents = []
        for iid in sorted(incident_ids):
            inc = session.get(Incident, iid)
            if inc is not None:
                incidents.append(
                    {"id": inc.merged_into or inc.id, "type": inc.type, "date": inc.date, "place": inc.place}
                )
        unique_incidents = list({i["id"]: i for i in incidents}.values())
        out.append(
            {
                "id": head,
                "name": group[0].name if group[0].id == head else session.get(Entity, head).name,  # type: ignore[union-attr]
                "entities": ids,
                "spellings": sorted(spellings),
                "roles": sorted({m.role for m in mentions}),
                "descriptions": sorted(
                    {d for d in [*(e.description for e in group), *(m.description for m in mentions)] if d}
                ),
                "incidents": unique_incidents,
                "documents": sorted({m.document_id for m in mentions}),
            }
        )
    return out


def organizations_view(session: Session) -> list[dict[str, Any]]:
    orgs = organizations(session)
    heads = [o for o in orgs if o.merged_into is None]
    out = []
    for head in heads:
        group = [o for o in orgs if o.id == head.id or o.merged_into == head.id]
        names_ = {o.name for o in group}
        aliases = sorted({a.alias for o in group for a in o.aliases} - names_)
        user_aliases = sorted({a.alias for o in group for a in o.aliases if a.origin == "person"})
        out.append(
            {
                "id": head.id,
                "name": head.name,
                "kind": head.org_kind,
                "names": sorted(names_),
                "aliases": aliases,
                "user_aliases": user_aliases,
                "entities": [o.id for o in group],
            }
        )
    return out
