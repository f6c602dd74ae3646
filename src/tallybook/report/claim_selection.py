"""Which claims about an incident count: the one selection behind the stats and reports
(`tallybook.report.counting`), `tallybook incident` (`tallybook.link.figures`) and the incident
page and API (`tallybook.web.queries`).

`select_claims` applies the claim-level counting rules to the claims of one incident cluster:

- rule 9, confidentiality: a claim is seen only when its document and its incident's document
  are visible to the reader (`tallybook.store.visibility`); a hidden claim is left out
  silently, not even listed as excluded;
- rule 1, rejection: a rejected claim, a claim about a rejected member incident and every
  claim about a rejected event (the canonical incident rejected) count into nothing;
- rule 3, review: per claimant, confirmed or edited figure claims set aside that claimant's
  proposed figure claims (they still make the claimant a source, rule 8);
- rules 4 and 5, figures: a claim's figure counts into low and high unless it is a denial;
- rule 6, the best figure: `best_figure`, below.

`tallybook.report.cluster_claims.cluster_selection` loads one cluster from the store and
selects for one reader.

The best figure (rule 6) is a reviewer's choice of one claim (`tallybook.link.figures.choose_best`),
kept as a Judgement of kind 'best_figure' about the claim (subject 'claim', subject_id the
claim). A claim belongs to one document incident and never moves, so the choice follows its
claim through any re-clustering (`tallybook link --full`, same/different judgements): the
best figure of a cluster is the latest best-figure judgement (created_at, then id) whose
chosen claim is about any member of the cluster and whose figure counts for this reader (in
`ClaimSelection.figures`: seen, not rejected, not set aside); else there is none. Its value is
the claim's number, or the low end of a range. Older judgements about an incident
(subject 'incident', the claim in payload["claim_id"]) are read the same way, by their claim;
a judgement that names no claim is ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tallybook.model.figures import claim_interval, counts_into_range, figure_bounds
from tallybook.store.schema import Claim, Incident, Judgement

REVIEWED = frozenset({"confirmed", "edited"})
REJECTED = "rejected"
PUBLISHER_LABELS = frozenset({"publisher", ""})

# Whether the reader may see a document (None: a row a person made without a document).
Sees = Callable[[int | None], bool]


def claimant_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def root_of(incident_id: int, parent: Mapping[int, int | None]) -> int:
    """The canonical incident: merged_into followed to its end (cycles stop)."""
    seen = {incident_id}
    current = incident_id
    while (nxt := parent.get(current)) is not None and nxt not in seen:
        seen.add(nxt)
        current = nxt
    return current


# ---- the counted form of a figure claim -------------------------------------------------


@dataclass(frozen=True)
class FigureClaim:
    """One claim that gives a number, as counted."""

    claim_id: int
    incident_id: int
    document_id: int
    claimant: str
    stance: str
    status: str
    qualifier: str | None
    count: int | None
    count_low: int | None
    count_high: int | None
    start: int | None
    end: int | None
    low: int
    high: int | None  # None: open-ended ("at least")

    @property
    def as_written(self) -> str:
        """The figure in words: "at least 12", "between 2800 and 3800"."""
        if self.count is None and self.count_low is None:
            return "denies"
        if self.count is None:
            return f"between {self.count_low} and {self.count_high}"
        words = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "up_to": "up to "}
        return f"{words.get(self.qualifier or 'exact', '')}{self.count}"


def figure_claim(claim: Claim, claimant: str | None = None, denial: bool = False) -> FigureClaim | None:
    """The claim's figure as an interval (rule 4); a denial, when asked for, as [0, 0]."""
    interval = claim_interval(claim.qualifier, claim.count, claim.count_low, claim.count_high)
    if interval is None and denial:
        interval = (0, 0)  # a denial: listed with its evidence, no figure
    if interval is None:
        return None
    return FigureClaim(
        claim_id=claim.id,
        incident_id=claim.incident_id,
        document_id=claim.document_id,
        claimant=claimant or claim.claimant,
        stance=claim.stance,
        status=claim.status,
        qualifier=claim.qualifier,
        count=claim.count,
        count_low=claim.count_low,
        count_high=claim.count_high,
        start=claim.start,
        end=claim.end,
        low=interval[0],
        high=interval[1],
    )


def figure_range(figures: Iterable[FigureClaim]) -> tuple[int, int, bool] | None:
    """Rule 5: (low, high, open_ended) over counted figure claims, or None without any."""
    return figure_bounds((f.low, f.high) for f in figures)


# ---- the selection --------------------------------------------------------------------------


@dataclass(frozen=True)
class Excluded:
    """A claim the reader sees that does not count (or whose figure does not), and why."""

    claim_id: int
    reason: str


@dataclass
class ClaimSelection:
    claims: list[Claim] = field(default_factory=list)  # seen and live: sources, disputes (rules 1, 8)
    figures: list[Claim] = field(default_factory=list)  # their figures count into low/high (3-5)
    excluded: list[Excluded] = field(default_factory=list)  # seen, not counted (rules 1, 3)
    names: dict[int, str] = field(default_factory=dict)  # claim id -> claimant as grouped
    hidden: int = 0  # claims the reader may not see (never show this to that reader)
    best: BestFigure | None = None  # rule 6: the reviewer's choice, when its figure counts

    def name(self, claim: Claim) -> str:
        return self.names.get(claim.id) or claim.claimant

    @property
    def supporting(self) -> list[Claim]:
        return [c for c in self.claims if c.stance != "disputes"]

    @property
    def disputing(self) -> list[Claim]:
        return [c for c in self.claims if c.stance == "disputes"]

    @property
    def sources(self) -> list[str]:
        """Rule 8: the distinct claimants that assert or confirm the incident."""
        return _distinct(self.name(c) for c in self.supporting)

    @property
    def disputed_by(self) -> list[str]:
        return _distinct(self.name(c) for c in self.disputing)

    def figure_claims(self) -> list[FigureClaim]:
        """The counted figures, a disputing claimant's rival figure included."""
        return [f for c in self.figures if (f := figure_claim(c, self.name(c))) is not None]

    @property
    def bounds(self) -> tuple[int, int, bool] | None:
        """Rule 5: (low, high, open_ended), or None when no figure counts."""
        return figure_range(self.figure_claims())

    def reason(self, claim_id: int) -> str | None:
        """Why a seen claim does not count, or None when it does."""
        return next((e.reason for e in self.excluded if e.claim_id == claim_id), None)

    def counts(self, claim_id: int) -> bool:
        return any(c.id == claim_id for c in self.figures)


@dataclass(frozen=True)
class BestFigure:
    """Rule 6: the figure a reviewer chose as the best estimate, and who chose it and why."""

    claim_id: int
    incident_id: int  # the document incident the claim is about
    count: int  # the claim's number, or the low end of its range
    claimant: str  # as grouped (`ClaimSelection.name`)
    as_written: str
    user: str
    reason: str | None
    at: datetime
    judgement_id: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "incident_id": self.incident_id,
            "count": self.count,
            "claimant": self.claimant,
            "as_written": self.as_written,
            "user": self.user,
            "reason": self.reason,
            "at": _aware(self.at).isoformat(),
            "judgement_id": self.judgement_id,
        }


BEST_FIGURE = "best_figure"


def best_claim_id(judgement: Judgement) -> int | None:
    """The claim a best-figure judgement chose (its subject, or payload["claim_id"] in older
    judgements about an incident), or None."""
    if judgement.kind != BEST_FIGURE:
        return None
    if judgement.subject == "claim":
        return judgement.subject_id
    chosen = (judgement.payload or {}).get("claim_id")
    return chosen if isinstance(chosen, int) and not isinstance(chosen, bool) else None


def best_figure(selection: ClaimSelection, judgements: Iterable[Judgement]) -> BestFigure | None:
    """Rule 6: the latest best-figure judgement whose claim's figure counts in `selection`
    (any member of the cluster, as this reader sees it); None when there is none."""
    counted = {c.id: c for c in selection.figures}
    candidates = [(j, counted[cid]) for j in judgements if (cid := best_claim_id(j)) in counted]
    if not candidates:
        return None
    judgement, claim = max(candidates, key=lambda jc: (_aware(jc[0].created_at), jc[0].id))
    figure = figure_claim(claim, selection.name(claim))
    if figure is None:  # a counted claim always has a figure
        return None
    return BestFigure(
        claim_id=claim.id,
        incident_id=claim.incident_id,
        count=claim.count if claim.count is not None else figure.low,
        claimant=figure.claimant,
        as_written=figure.as_written,
        user=judgement.user,
        reason=judgement.reason,
        at=judgement.created_at,
        judgement_id=judgement.id,
    )


def _aware(at: datetime) -> datetime:
    """SQLite gives naive datetimes back: they are UTC."""
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _distinct(names: Iterable[str]) -> list[str]:
    return sorted({claimant_key(n): n for n in names}.values(), key=str.casefold)


def select_claims(
    claims: Iterable[Claim],
    incidents: Mapping[int, Incident],
    *,
    root_id: int,
    sees: Sees,
    names: Mapping[int, str] | None = None,
    judgements: Iterable[Judgement] = (),
) -> ClaimSelection:
    """The claims of one incident cluster that count, for one reader, and its best figure.

    `incidents` are the cluster's members by id (the canonical `root_id` among them when the
    caller has it); `sees` is the reader's document visibility (`document_sees`); `names`
    the claimants as grouped (`claimant_names`), else each claim's own label; `judgements`
    the best-figure judgements (`best_judgements`; any others are ignored).
    """
    result = ClaimSelection(names=dict(names or {}))
    root = incidents.get(root_id)
    event_rejected = root is not None and root.status == REJECTED
    live: list[Claim] = []
    for c in sorted(claims, key=lambda c: c.id):
        inc = incidents.get(c.incident_id)
        if inc is None or not sees(c.document_id) or not sees(inc.document_id):
            result.hidden += 1
        elif event_rejected:
            result.excluded.append(Excluded(c.id, f"incident {root_id} was rejected"))
        elif inc.status == REJECTED:
            result.excluded.append(Excluded(c.id, f"incident {inc.id} was rejected"))
        elif c.status == REJECTED:
            result.excluded.append(Excluded(c.id, "claim rejected"))
        else:
            live.append(c)
    result.claims = live
    figures = [
        c
        for c in live
        if counts_into_range(c.stance, claim_interval(c.qualifier, c.count, c.count_low, c.count_high))
    ]
    reviewed: dict[str, int] = {}
    for c in figures:
        if c.status in REVIEWED:
            reviewed.setdefault(claimant_key(result.name(c)), c.id)
    for c in figures:
        by_review = reviewed.get(claimant_key(result.name(c)))
        if c.status in REVIEWED or by_review is None:
            result.figures.append(c)
        else:
            reason = f"set aside: {result.name(c)}'s reviewed figure (claim {by_review}) counts instead"
            result.excluded.append(Excluded(c.id, reason))
    result.best = best_figure(result, judgements)
    return result


# ---- loading from the store -------------------------------------------------------------
