"""Clustering under people's judgements: 'same' forces two records together, 'different'
keeps them apart whatever the machine scores; conflicting judgements are reported, not fatal."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.store.schema import Judgement


@dataclass
class Clusters:
    """Union-find over record ids with cannot-link constraints between groups."""

    parent: dict[int, int] = field(default_factory=dict)
    members: dict[int, set[int]] = field(default_factory=dict)
    apart: set[frozenset[int]] = field(default_factory=set)
    conflicts: list[str] = field(default_factory=list)

    def add(self, item: int) -> None:
        if item not in self.parent:
            self.parent[item] = item
            self.members[item] = {item}

    def find(self, item: int) -> int:
        self.add(item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def forbidden(self, a: int, b: int) -> tuple[int, int] | None:
        """A pair judged different that joining a's and b's groups would put together."""
        ga, gb = self.members[self.find(a)], self.members[self.find(b)]
        small, big = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
        for pair in self.apart:
            x, y = tuple(pair)
            if (x in small and y in big) or (y in small and x in big):
                return x, y
        return None

    def union(self, a: int, b: int) -> bool:
        """Join the groups of a and b unless a 'different' judgement forbids it."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.apart and self.forbidden(a, b) is not None:
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True

    def groups(self) -> list[set[int]]:
        return [set(m) for r, m in self.members.items() if self.parent[r] == r]

    def root_of(self) -> dict[int, int]:
        """Each item -> the smallest id of its group (the surviving record)."""
        out: dict[int, int] = {}
        for group in self.groups():
            head = min(group)
            for item in group:
                out[item] = head
        return out


def judgements(session: Session, subject: str) -> list[Judgement]:
    """same/different judgements about `subject` records, oldest first."""
    rows = session.scalars(
        select(Judgement)
        .where(Judgement.subject == subject, Judgement.kind.in_(("same", "different")))
        .where(Judgement.other_id.is_not(None))
        .order_by(Judgement.created_at, Judgement.id)
    )
    return list(rows)


def apply_judgements(clusters: Clusters, rows: Iterable[Judgement], known: set[int]) -> set[frozenset[int]]:
    """Record 'different' pairs, then force 'same' pairs; a later judgement on the same pair
    replaces an earlier one. Returns the pairs a person decided (the machine leaves them be)."""
    latest: dict[frozenset[int], Judgement] = {}
    for j in rows:
        assert j.other_id is not None
        if j.subject_id in known and j.other_id in known and j.subject_id != j.other_id:
            latest[frozenset((j.subject_id, j.other_id))] = j
    for pair, j in latest.items():
        clusters.add(j.subject_id)
        clusters.add(j.other_id or j.subject_id)
        if j.kind == "different":
            clusters.apart.add(pair)
    for j in sorted(latest.values(), key=lambda r: (r.created_at, r.id)):
        if j.kind != "same" or j.other_id is None:
            continue
        clash = clusters.forbidden(j.subject_id, j.other_id)
        if clash is not None and not clusters.union(j.subject_id, j.other_id):
            clusters.conflicts.append(
                f"judgement #{j.id} (same {j.subject_id} {j.other_id} by {j.user}) conflicts with "
                f"'different {clash[0]} {clash[1]}': kept apart, please review"
            )
        else:
            clusters.union(j.subject_id, j.other_id)
    return set(latest)


def judgements_pending(session: Session, subject: str, heads: dict[int, int]) -> bool:
    """Whether some judgement is not yet reflected in the stored clusters (record -> head)."""
    for j in judgements(session, subject):
        if j.other_id is None or j.subject_id not in heads or j.other_id not in heads:
            continue
        together = heads[j.subject_id] == heads[j.other_id]
        if (j.kind == "same") != together:
            return True
    return False
