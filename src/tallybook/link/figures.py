"""Conflicting figures: every count claimed about an incident, who claimed it and when.

The tool takes no side: low and high span every stated figure, a rival figure from a claimant
who disputes another source's included (officials say 2, a monitor at least 12: low 2, high
12, open-ended). A denial (disputes with no figure, or zero) counts into neither. Which claims
count is `tallybook.report.claim_selection.select_claims`, the selection the reports count by
(rejected claims never, a claimant's reviewed figure over its proposed ones, confidential
claims only for readers who may see them). A best figure exists only when a
reviewer chose one (`choose_best`), stored as a Judgement (kind 'best_figure') about the chosen
claim, so that it follows the claim through any re-clustering, with an AuditEvent, and shown
with who chose it and why; which choice is shown is `tallybook.report.claim_selection.best_figure`,
the rule the reports count by.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from tallybook.errors import NotFound, TallybookError
from tallybook.report.claim_selection import BEST_FIGURE
from tallybook.report.cluster_claims import ClusterSelection, cluster_selection
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
    best: dict[str, Any] | None = None  # `BestFigure.as_dict`: claim_id, count, claimant, user, reason, at
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
    result.best = chosen.best.as_dict() if chosen.best is not None else None
    return result


def choose_best(
    session: Session,
    incident_id: int,
    claim_id: int,
    user: str,
    reason: str | None,
) -> Judgement:
    """A reviewer picks one claimed figure as the best for the incident's cluster (the event).

    The claim may be about any report folded into the event. The choice is a Judgement about
    the claim (subject 'claim'), which never moves between clusters; the incident it was
    chosen on keeps a copy in attrs["best"] (for the record; what is shown is
    `claim_selection.best_figure`), and the audit log has who, when and why."""
    cluster = cluster_selection(session, incident_id, include_confidential=True)
    if cluster is None:
        raise NotFound(f"incident {incident_id}: no such incident")
    claim = session.get(Claim, claim_id)
    if claim is None or claim.incident_id not in {m.id for m in cluster.members}:
        raise FigureError(f"claim {claim_id}: not a claim about incident {incident_id}")
    if claim.count is None and claim.count_low is None:
        raise FigureError(f"claim {claim_id}: states no figure")
    if not cluster.selection.counts(claim.id):
        why = cluster.selection.reason(claim.id) or "a denial"
        raise FigureError(f"claim {claim_id}: its figure does not count ({why})")
    incident = session.get(Incident, incident_id)
    assert incident is not None
    # the incident it was chosen on is in the audit event, not here: the choice is the claim's
    payload = {"claim_id": claim.id, "count": claim.count, "claimant": cluster.selection.name(claim)}
    judgement = Judgement(
        subject="claim", subject_id=claim.id, kind=BEST_FIGURE, user=user, reason=reason, payload=payload
    )
    session.add(judgement)
    before = dict((incident.attrs or {}).get("best") or {}) or None
    best = {**payload, "user": user, "reason": reason}
    incident.attrs = {**(incident.attrs or {}), "best": best}
    session.flush()
    session.add(
        AuditEvent(
            user=user,
            action=BEST_FIGURE,
            table_name="incidents",
            record_id=incident.id,
            before={"best": before},
            after={"best": best, "judgement_id": judgement.id},
            reason=reason,
        )
    )
    return judgement
