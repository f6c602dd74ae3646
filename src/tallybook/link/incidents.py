"""One incident across many sources: fold per-document incidents into one (Incident.merged_into).

Two document incidents are one event when they have the same type, compatible dates at their
precision (2019-11 contains 2019-11-15; 2019 contains its months), compatible places (a city
lies within its province and country; places the table does not know are 'unknown', not
compatible), and something specific in common: a named victim, or compatible counts at a
specific date and place. Sharing only a country and a year is never enough. Pairs that are
plausible but unproven go to the review queue; judgements (subject 'incident') win.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tallybook.link import names, places
from tallybook.link.clusters import Clusters, apply_judgements, judgements, judgements_pending
from tallybook.store.schema import Entity, Incident, LinkCandidate

Decision = Literal["merge", "review", "apart"]
_CORROBORATING = ("asserts", "confirms")


@dataclass
class IncidentFacts:
    id: int
    type: str
    document_id: int | None
    date: str | None
    place: str | None
    victims: set[str] = field(default_factory=set)  # canonical names
    victim_entities: set[int] = field(default_factory=set)
    counts: list[tuple[float, float]] = field(default_factory=list)
    new: bool = False


@dataclass
class IncidentResult:
    incidents: int = 0
    merged: int = 0
    candidates: int = 0
    conflicts: list[str] = field(default_factory=list)


def matching_interval(
    count: int | None, qualifier: str | None, low: int | None, high: int | None
) -> tuple[float, float] | None:
    """A deliberately tolerant range of counts a stated figure is compatible with ("about 10"
    -> [8, 12], "at least 12" -> [12, inf)), only for deciding whether two reports can be the
    same event. Never shown or counted: the figures an incident shows and the reports count
    follow `tallybook.model.figures.claim_interval`."""
    if low is not None or high is not None:
        return (float(low if low is not None else 0), float(high) if high is not None else math.inf)
    if count is None:
        return None
    q = qualifier or "exact"
    if q == "at_least":
        return (count, math.inf)
    if q == "more_than":
        return (count + 1, math.inf)
    if q == "up_to":
        return (0.0, float(count))
    if q == "about":
        return (count * 0.8, count * 1.2)
    return (float(count), float(count))


def dates_compatible(a: str | None, b: str | None) -> bool | None:
    """True when one date contains the other at its precision; None when either is unknown."""
    if not a or not b:
        return None
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_.startswith(short)


def _victims_overlap(a: IncidentFacts, b: IncidentFacts) -> bool:
    if a.victim_entities & b.victim_entities:
        return True
    return any(names.similarity(x, y) >= 0.93 for x in a.victims for y in b.victims)


def decide(a: IncidentFacts, b: IncidentFacts) -> tuple[Decision, str]:
    """Whether two document incidents report one event, and why."""
    if a.type != b.type:
        return "apart", "different types"
    if a.document_id is not None and a.document_id == b.document_id:
        return "apart", "two incidents of one document"
    dates = dates_compatible(a.date, b.date)
    if dates is False:
        return "apart", f"dates {a.date} and {b.date} do not overlap"
    place = places.relation(a.place, b.place)
    if place == "different":
        return "apart", f"places {a.place} and {b.place} differ"
    if a.victims and b.victims:
        if _victims_overlap(a, b):
            if dates:
                return "merge", "same named victim, compatible date"
            return "review", "same named victim, date unknown"
        if len(a.victims) == 1 and len(b.victims) == 1:
            return "apart", "different named victims"
    if not dates or place == "unknown":
        return "apart", "date or place relation unknown"
    precise = min(len(a.date or ""), len(b.date or "")) >= 7
    specific = places.is_specific(a.place) or places.is_specific(b.place)
    if not (precise and specific):
        return "apart", "only a broad date and place in common"
    if a.counts and b.counts:
        if any(lo1 <= hi2 and lo2 <= hi1 for lo1, hi1 in a.counts for lo2, hi2 in b.counts):
            return "merge", "compatible counts at a specific date and place"
        if len(a.date or "") == 10 and a.date == b.date:
            # officials and monitors often disagree about one event: that is a conflict of
            # figures to show, not a second event
            return "merge", "same day and place, conflicting counts"
        return "review", "conflicting counts"
    if len(a.date or "") == 10 and len(b.date or "") == 10:
        return "review", "same day and place, no victims or counts to compare"
    return "apart", "nothing specific in common"


def load_facts(session: Session) -> list[IncidentFacts]:
    rows = list(
        session.scalars(
            select(Incident)
            .where(Incident.document_id.is_not(None), Incident.status != "rejected")
            .options(selectinload(Incident.victims), selectinload(Incident.claims))
            .order_by(Incident.id)
        )
    )
    roots = {
        e.id: e.merged_into or e.id for e in session.scalars(select(Entity).where(Entity.kind == "person"))
    }
    facts = []
    for inc in rows:
        f = IncidentFacts(
            id=inc.id,
            type=inc.type,
            document_id=inc.document_id,
            date=inc.date,
            place=inc.place or inc.country,
            new=not inc.attrs.get("linked"),
        )
        for v in inc.victims:
            if v.status == "rejected":
                continue
            if v.name and not names.is_descriptive(v.name):
                f.victims.add(v.name)
            if v.entity_id is not None:
                f.victim_entities.add(roots.get(v.entity_id, v.entity_id))
        for c in inc.claims:
            if c.stance in _CORROBORATING and c.status != "rejected":
                interval = matching_interval(c.count, c.qualifier, c.count_low, c.count_high)
                if interval:
                    f.counts.append(interval)
        facts.append(f)
    return facts


def candidate_pairs(
    facts: list[IncidentFacts], incremental: bool
) -> list[tuple[IncidentFacts, IncidentFacts]]:
    """Pairs worth deciding: same type and same year (or an undated side)."""
    blocks: dict[tuple[str, str], list[IncidentFacts]] = defaultdict(list)
    undated: dict[str, list[IncidentFacts]] = defaultdict(list)
    for f in facts:
        if f.date:
            blocks[(f.type, f.date[:4])].append(f)
        else:
            undated[f.type].append(f)
    pairs: list[tuple[IncidentFacts, IncidentFacts]] = []
    for (kind, _year), group in blocks.items():
        pairs.extend(combinations(group, 2))
        pairs.extend((u, g) for u in undated.get(kind, []) for g in group)
    for group in undated.values():
        pairs.extend(combinations(group, 2))
    return [(a, b) for a, b in pairs if not incremental or a.new or b.new]


def link_incidents(session: Session, *, incremental: bool = True) -> IncidentResult:
    facts = load_facts(session)
    result = IncidentResult(incidents=len(facts))
    by_id = {i.id: i for i in session.scalars(select(Incident).where(Incident.id.in_([f.id for f in facts])))}
    heads = {i.id: i.merged_into or i.id for i in by_id.values()}
    if incremental and not any(f.new for f in facts) and not judgements_pending(session, "incident", heads):
        return result
    clusters = Clusters()
    for f in facts:
        clusters.add(f.id)
    decided = apply_judgements(clusters, judgements(session, "incident"), set(by_id))
    for f in facts:  # earlier machine merges stand unless a judgement now forbids them
        target = by_id[f.id].merged_into
        if incremental and target is not None and target in by_id:
            clusters.union(f.id, target)
    result.conflicts = clusters.conflicts
    review: list[tuple[int, int, str]] = []
    for a, b in candidate_pairs(facts, incremental):
        if frozenset((a.id, b.id)) in decided:
            continue
        decision, why = decide(a, b)
        if decision == "merge":
            clusters.union(a.id, b.id)
        elif decision == "review":
            review.append((min(a.id, b.id), max(a.id, b.id), why))
    roots = clusters.root_of()
    for inc in by_id.values():
        head = roots.get(inc.id, inc.id)
        target = None if head == inc.id else head
        if inc.merged_into != target:
            inc.merged_into = target
        result.merged += target is not None
        inc.attrs = {**inc.attrs, "linked": True}
    session.flush()
    existing = {
        (c.left_id, c.right_id)
        for c in session.scalars(select(LinkCandidate).where(LinkCandidate.subject == "incident"))
    }
    for left, right, why in review:
        if roots[left] != roots[right] and (left, right) not in existing:
            session.add(
                LinkCandidate(
                    subject="incident", left_id=left, right_id=right, probability=0.5, attrs={"reason": why}
                )
            )
            result.candidates += 1
    return result


def members(session: Session, incident_id: int) -> list[Incident]:
    """The incident's cluster: its survivor and every document incident folded into it."""
    inc = session.get(Incident, incident_id)
    if inc is None:
        return []
    root = inc.merged_into or inc.id
    rows = session.scalars(
        select(Incident).where((Incident.id == root) | (Incident.merged_into == root)).order_by(Incident.id)
    )
    return list(rows)
