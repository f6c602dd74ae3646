"""Conflicting figures: every count claimed about an incident, who claimed it and when.

The tool takes no side: low and high span every stated figure, a rival figure from a claimant
who disputes another source's included (officials say 2, a monitor at least 12: low 2, high
12, open-ended). A denial (disputes with no figure, or zero) counts into neither. The rule is
`tallybook.model.figures`, the one the reports count by. A best figure exists only when a
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
from tallybook.model.figures import Interval, claim_interval, counts_into_range, figure_bounds
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


@dataclass
class Figures:
    incident_id: int
    claimed: list[ClaimedFigure] = field(default_factory=list)
    low: int | None = None
    high: int | None = None
    open_ended: bool = False  # a figure says "at least": the true count may exceed high
    best: dict[str, Any] | None = None  # claim_id, count, claimant, user, reason, at

    def as_dict(self) -> dict[str, Any]:
        return {
            "incident_id": self.incident_id,
            "low": self.low,
            "high": self.high,
            "open_ended": self.open_ended,
            "best": self.best,
            "claimed": [asdict(c) for c in self.claimed],
        }


def _label(claim: Claim) -> str:
    if claim.claimant in ("publisher", "") and claim.document is not None and claim.document.publisher:
        return claim.document.publisher
    return claim.claimant


def figures(session: Session, incident_id: int) -> Figures:
    cluster = members(session, incident_id)
    if not cluster:
        raise NotFound(f"incident {incident_id}: no such incident")
    root = cluster[0].merged_into or cluster[0].id
    result = Figures(incident_id=root)
    counted: list[Interval] = []
    for inc in cluster:
        for c in sorted(inc.claims, key=lambda c: c.id):
            if c.status == "rejected" or (c.count is None and c.count_low is None and c.count_high is None):
                continue
            result.claimed.append(
                ClaimedFigure(
                    claim_id=c.id,
                    claimant=_label(c),
                    stance=c.stance,
                    count=c.count,
                    qualifier=c.qualifier,
                    low=c.count_low,
                    high=c.count_high,
                    claimed_on=c.claimed_on,
                    document_id=c.document_id,
                    incident_id=inc.id,
                )
            )
            interval = claim_interval(c.qualifier, c.count, c.count_low, c.count_high)
            if interval is not None and counts_into_range(c.stance, interval):
                counted.append(interval)
    bounds = figure_bounds(counted)
    if bounds is not None:
        result.low, result.high, result.open_ended = bounds
    result.best = _best(session, root, {c.claim_id: c for c in result.claimed})
    return result


def _best(session: Session, root: int, claimed: dict[int, ClaimedFigure]) -> dict[str, Any] | None:
    latest = session.scalars(
        select(Judgement)
        .where(Judgement.subject == "incident", Judgement.subject_id == root, Judgement.kind == "best_figure")
        .order_by(Judgement.created_at.desc(), Judgement.id.desc())
    ).first()
    if latest is None:
        return None
    claim_id = int(latest.payload.get("claim_id", -1))
    chosen = claimed.get(claim_id)
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
