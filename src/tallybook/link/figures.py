"""Conflicting figures: every count claimed about an incident, who claimed it and when.

The tool takes no side: low and high span every stated figure, a rival figure from a claimant
who disputes another source's included (officials say 2, a monitor at least 12: low 2, high
12, open-ended). A denial (disputes with no figure, or zero) counts into neither. Which claims
count is `tallybook.report.claim_selection.select_claims`, the selection the reports count by
(rejected claims never, a claimant's reviewed figure over its proposed ones, confidential
claims only for readers who may see them). A best figure exists only when a
reviewer chose one (`choose_best`), stored as a Judgement (kind 'best_figure') with an
AuditEvent, and shown with who chose it and why.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.errors import NotFound, TallybookError
from tallybook.link.incidents import members
from tallybook.report.claim_selection import ClusterSelection, cluster_selection
from tallybook.store.schema import AuditEvent, Claim, Incident, Judgement


class FigureError(TallybookError):
    pass


@dataclass
class ClaimedFigure:
    claim_id: int
    claimant: str
    stance: str
    count: int | None
    qualifier: str | None
    low: int | None
    high: int | None
    claimed_on: str | None
    document_id: int
    incident_id: int
    counts: bool = True  # its figure counts into low and high
    not_counted: str | None = None  # why not (a denial counts into neither: no reason given)


@dataclass
class Figures:
    incident_id: int
    claimed: list[ClaimedFigure] = field(default_factory=list)
    low: int | None = None
    high: int | None = None
    open_ended: bool = False  # a figure says "at least": the true count may exceed high
    best: dict[str, Any] | None = None  # claim_id, count, claimant, user, reason, at
    sources: list[str] = field(default_factory=list)  # claimants asserting or confirming it
    disputed_by: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "incident_id": self.incident_id,
            "low": self.low,
            "high": self.high,
            "open_ended": self.open_ended,
            "sources": self.sources,
            "disputed_by": self.disputed_by,
            "best": self.best,
            "claimed": [asdict(c) for c in self.claimed],
        }


def _label(claim: Claim) -> str:
    if claim.claimant in ("publisher", "") and claim.document is not None and claim.document.publisher:
        return claim.document.publisher
    return claim.claimant


def figures(
    session: Session,
    incident_id: int,
    *,
    include_confidential: bool = False,
    cluster: ClusterSelection | None = None,
) -> Figures:
    """The incident's claimed figures, low, high and best, as this reader may see them."""
    if cluster is None:
        cluster = cluster_selection(session, incident_id, include_confidential=include_confidential)
    if cluster is None:
        raise NotFound(f"incident {incident_id}: no such incident")
    chosen = cluster.selection
    result = Figures(incident_id=cluster.id, sources=chosen.sources, disputed_by=chosen.disputed_by)
    seen = [*chosen.claims, *(c for m in cluster.members for c in m.claims if chosen.reason(c.id))]
    for c in sorted(seen, key=lambda c: c.id):
        if c.count is None and c.count_low is None and c.count_high is None:
            continue
        result.claimed.append(
            ClaimedFigure(
                claim_id=c.id,
                claimant=chosen.name(c),
                stance=c.stance,
                count=c.count,
                qualifier=c.qualifier,
                low=c.count_low,
                high=c.count_high,
                claimed_on=c.claimed_on,
                document_id=c.document_id,
                incident_id=c.incident_id,
                counts=chosen.counts(c.id),
                not_counted=chosen.reason(c.id),
            )
        )
    bounds = chosen.bounds
    if bounds is not None:
        result.low, result.high, result.open_ended = bounds
    result.best = _best(session, cluster.root_id, {c.id for c in chosen.claims}, result.claimed)
    return result


def _best(session: Session, root: int, live: set[int], claimed: list[ClaimedFigure]) -> dict[str, Any] | None:
    """The reviewer's choice, unless its claim is hidden from this reader or rejected."""
    latest = session.scalars(
        select(Judgement)
        .where(Judgement.subject == "incident", Judgement.subject_id == root, Judgement.kind == "best_figure")
        .order_by(Judgement.created_at.desc(), Judgement.id.desc())
    ).first()
    if latest is None:
        return None
    claim_id = int(latest.payload.get("claim_id", -1))
    if "claim_id" in latest.payload and claim_id not in live:
        return None
    chosen = next((c for c in claimed if c.claim_id == claim_id), None)
    return {
        "claim_id": claim_id,
        "count": chosen.count if chosen else latest.payload.get("count"),
        "claimant": chosen.claimant if chosen else latest.payload.get("claimant"),
        "user": latest.user,
        "reason": latest.reason,
        "at": latest.created_at.isoformat(),
    }


def choose_best(
    session: Session, incident_id: int, claim_id: int, user: str, reason: str | None
) -> Judgement:
    """A reviewer picks one claimed figure as the best for the incident."""
    cluster = members(session, incident_id)
    if not cluster:
        raise NotFound(f"incident {incident_id}: no such incident")
    root_id = cluster[0].merged_into or cluster[0].id
    claim = session.get(Claim, claim_id)
    if claim is None or claim.incident_id not in {i.id for i in cluster}:
        raise FigureError(f"claim {claim_id}: not a claim about incident {root_id}")
    if claim.count is None and claim.count_low is None:
        raise FigureError(f"claim {claim_id}: states no figure")
    payload = {"claim_id": claim.id, "count": claim.count, "claimant": _label(claim)}
    judgement = Judgement(
        subject="incident", subject_id=root_id, kind="best_figure", user=user, reason=reason, payload=payload
    )
    session.add(judgement)
    root = session.get(Incident, root_id)
    assert root is not None
    before = dict(root.attrs.get("best") or {}) or None
    root.attrs = {**root.attrs, "best": {**payload, "user": user, "reason": reason}}
    session.flush()
    session.add(
        AuditEvent(
            user=user,
            action="choose_best_figure",
            table_name="incidents",
            record_id=root_id,
            before={"best": before},
            after={"best": root.attrs["best"], "judgement_id": judgement.id},
            reason=reason,
        )
    )
    return judgement
