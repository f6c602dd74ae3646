"""The counting rules: how claims become the numbers in stats, reports and exports.

Every number tallybook publishes is derived here, from the rows in the store, by these rules.
Which claims count (rules 1, 3, 5 and 9) is decided once, in `tallybook.report.claim_selection`,
for the stats, reports and exports and for the figures `tallybook incident`, the incident page
and the API show:

1. Rejected never counts. A rejected incident, claim or named victim is left out of every
   count. When the canonical incident of a group is rejected, the whole group is left out
   (the reviewer said the event is not real); a rejected member only drops itself.
2. One event counts once. Linking points an incident that several documents report at one
   canonical incident (merged_into, followed to its root). The root and its members form one
   counted incident, however many documents report it.
3. A reviewed record counts over a proposed one. The counted incident's type, date and place
   come from a confirmed or edited member first (the canonical incident breaks ties). For the
   figures, when a claimant has confirmed or edited figure claims about the incident, that
   claimant's proposed figure claims are set aside (the claimant stays a source, rule 8).
4. Each figure claim is an interval of possible victim counts:
   exact n -> [n, n]; about n -> [n, n], flagged approximate; at least n -> [n, open];
   more than n -> [n + 1, open]; up to n -> [1, n]; a range "between a and b" -> [a, b].
   An open upper end means "possibly more": the claim's own number stays a lower bound and
   the incident is flagged open-ended.
5. An incident's low is the smallest lower bound among its counted figure claims, its high the
   largest stated number (upper bound, or the lower bound of an open claim). The tool takes no
   side: every stated figure is counted, a rival figure from a claimant who disputes another
   source's included (officials say 2 where a monitor says at least 12: low 2, high 12,
   open-ended). Only a denial, a disputing claim without a figure (or with zero victims), counts
   into neither; it is shown in the conflicting figures.
6. Best is the figure a reviewer chose: a best_figure judgement names one claim, and the
   choice follows that claim whichever report of the event it was made on and however
   linking later groups the reports. An incident's best is the latest such choice among its
   claims whose figure counts (rules 1, 3 and 9): the claim's number, or the low end of its
   range. A choice whose claim was rejected, set aside or is hidden from the reader is
   passed over for the one before it; without any, there is no best. There is no
   machine-chosen best.
7. An incident without any figure claim counts its distinct named (not rejected) victims as
   both low and high; with none, it adds 0 to victim totals and is flagged figure unknown.
8. Independent sources of an incident: the distinct claimants that assert or confirm it, and
   the distinct documents that report it (a source that disputes it is not a source for it).
9. Confidential documents, and everything extracted from them (a claim made in a
   confidential document, or about an incident extracted from one), are left out unless an
   administrator asks for them; a hidden claim sets no other claim aside, and a best figure
   whose claim is hidden is not shown (rule 6).
10. Stats by claimant count, for each claimant, the incidents it is a source for (rule 8) and
   the victims by its own figures (rules 4, 5 and 7 applied to that claimant's claims alone).
"""

from __future__ import annotations

import inspect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.report.claim_selection import (
    PUBLISHER_LABELS,
    REJECTED,
    REVIEWED,
    ClaimSelection,
    FigureClaim,
    claimant_key,
    figure_claim,
    figure_range,
    root_of,
    select_claims,
)
from tallybook.report.cluster_claims import best_judgements, claimant_names, document_sees
from tallybook.store.schema import Claim, Document, Incident, Victim
from tallybook.store.visibility import document_visible, record_visible

__all__ = [
    "PUBLISHER_LABELS",
    "REJECTED",
    "REVIEWED",
    "CountedIncident",
    "FigureClaim",
    "NamedVictim",
    "claimant_key",
    "count_incidents",
    "counting_rules",
    "counting_rules_text",
    "documents_by_id",
    "figure_range",
]


def counting_rules_text() -> str:
    """The rules above as plain text, for the methods section of a report."""
    doc = inspect.cleandoc(__doc__ or "")
    return doc.split("\n\n", 1)[1] if "\n\n" in doc else doc


def counting_rules() -> list[str]:
    """The numbered rules, one string each (line breaks inside a rule joined)."""
    rules: list[str] = []
    for line in counting_rules_text().splitlines():
        stripped = line.strip()
        if stripped[:1].isdigit() and ". " in stripped[:4]:
            rules.append(stripped.split(". ", 1)[1])
        elif rules and stripped:
            rules[-1] += " " + stripped
    return rules


@dataclass(frozen=True)
class NamedVictim:
    name: str
    incident_id: int
    document_id: int | None
    start: int | None
    end: int | None
    status: str


@dataclass
class CountedIncident:
    """One event as counted: a canonical incident with its members folded in."""

    id: int  # the canonical incident when visible, else the first visible member
    member_ids: list[int]
    type: str
    date: str | None
    date_end: str | None
    place: str | None
    country: str | None
    status: str  # reviewed when any member is
    low: int
    high: int
    best: int | None
    approximate: bool
    open_ended: bool
    figure_known: bool
    claimants: list[str]  # the independent sources (rule 8)
    disputed_by: list[str]  # dispute it or its figures (rule 5)
    disputes: list[FigureClaim]  # their claims (a rival figure counts); a denial has low = high = 0
    document_ids: list[int]
    figures: list[FigureClaim] = field(default_factory=list)
    victims: list[NamedVictim] = field(default_factory=list)

    @property
    def sources(self) -> int:
        return len(self.claimants)

    @property
    def documents(self) -> int:
        return len(self.document_ids)

    @property
    def conflicting(self) -> bool:
        """Claimants give different figures (or someone denies the event)."""
        intervals = {(f.low, f.high) for f in self.figures}
        return len(intervals) > 1 or bool(self.disputed_by)

    def month(self) -> str | None:
        return self.date[:7] if self.date and len(self.date) >= 7 else None

    def year(self) -> str | None:
        return self.date[:4] if self.date else None


def _representative(members: list[Incident], root_id: int) -> Incident:
    """Rule 3: a reviewed member first, then the canonical one, then the oldest."""
    return sorted(members, key=lambda i: (i.status not in REVIEWED, i.id != root_id, i.id))[0]


def count_incidents(session: Session, *, include_confidential: bool = False) -> list[CountedIncident]:
    """Every counted incident in the store, by the rules above, oldest id first."""
    parent: dict[int, int | None] = {
        i: m for i, m in session.execute(select(Incident.id, Incident.merged_into))
    }
    statuses: dict[int, str] = {i: st for i, st in session.execute(select(Incident.id, Incident.status))}
    visible = list(
        session.scalars(
            select(Incident)
            .where(record_visible(Incident.document_id, include_confidential))
            .where(Incident.status != REJECTED)
            .order_by(Incident.id)
        )
    )
    groups: dict[int, list[Incident]] = defaultdict(list)
    for inc in visible:
        root = root_of(inc.id, parent)
        if statuses.get(root) == REJECTED:
            continue  # rule 1: the event itself was rejected
        groups[root].append(inc)
    ids = [i.id for members in groups.values() for i in members]
    claims: list[Claim] = _rows(session, Claim, ids)
    victims: list[Victim] = [
        v for v in _rows(session, Victim, ids, include_confidential) if v.status != REJECTED
    ]
    judgements = best_judgements(session)
    sees = document_sees(
        session, [c.document_id for c in claims] + [i.document_id for i in visible], include_confidential
    )
    names = claimant_names(session, claims)
    claims_by_incident: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        claims_by_incident[c.incident_id].append(c)
    victims_by_incident: dict[int, list[Victim]] = defaultdict(list)
    for v in victims:
        victims_by_incident[v.incident_id].append(v)

    result: list[CountedIncident] = []
    for root_id, members in groups.items():
        selection = select_claims(
            [c for m in members for c in claims_by_incident[m.id]],
            {m.id: m for m in members},
            root_id=root_id,
            sees=sees,
            names=names,
            judgements=judgements,
        )
        group_victims = [v for m in members for v in victims_by_incident[m.id]]
        result.append(_count_group(root_id, members, selection, group_victims))
    result.sort(key=lambda ci: ci.id)
    return result


def _rows(
    session: Session,
    table: type[Claim] | type[Victim],
    incident_ids: list[int],
    include_confidential: bool = True,
) -> list[Any]:
    """The table's rows about these incidents (only the visible ones unless told otherwise:
    claims are selected by `select_claims`, which applies visibility itself)."""
    rows: list[Any] = []
    for chunk in range(0, len(incident_ids), 500):
        part = incident_ids[chunk : chunk + 500]
        rows.extend(
            session.scalars(
                select(table)
                .where(table.incident_id.in_(part))
                .where(record_visible(table.document_id, include_confidential))
                .order_by(table.id)
            )
        )
    return rows


def _count_group(
    root_id: int,
    members: list[Incident],
    selection: ClaimSelection,
    victims: list[Victim],
) -> CountedIncident:
    group_ids = {m.id for m in members}
    rep = _representative(members, root_id)
    counted = selection.figure_claims()
    figures = [f for f in counted if f.stance != "disputes"]  # the disputers' are in `disputes`
    named: dict[str, NamedVictim] = {}
    for v in victims:
        key = claimant_key(v.name)
        named.setdefault(key, NamedVictim(v.name, v.incident_id, v.document_id, v.start, v.end, v.status))
    named_list = list(named.values())
    bounds = figure_range(counted)
    if bounds is None:
        low = high = len(named_list)
        open_ended = False
    else:
        low, high, open_ended = bounds
    documents = {m.document_id for m in members if m.document_id is not None}
    documents |= {c.document_id for c in selection.supporting}
    return CountedIncident(
        id=root_id if any(m.id == root_id for m in members) else members[0].id,
        member_ids=sorted(group_ids),
        type=rep.type,
        date=rep.date,
        date_end=rep.date_end,
        place=rep.place,
        country=rep.country,
        status=rep.status,
        low=low,
        high=high,
        best=selection.best.count if selection.best is not None else None,
        approximate=any(f.qualifier == "about" for f in counted),
        open_ended=open_ended,
        figure_known=bounds is not None,
        claimants=selection.sources,
        disputed_by=selection.disputed_by,
        disputes=[
            d
            for c in selection.disputing
            if (d := figure_claim(c, selection.name(c), denial=True)) is not None
        ],
        document_ids=sorted(documents),
        figures=figures,
        victims=named_list,
    )


def documents_by_id(
    session: Session, ids: Iterable[int], *, include_confidential: bool = False
) -> dict[int, Document]:
    wanted = sorted(set(ids))
    found: dict[int, Document] = {}
    for chunk in range(0, len(wanted), 500):
        stmt = select(Document).where(Document.id.in_(wanted[chunk : chunk + 500]))
        for d in session.scalars(stmt.where(document_visible(include_confidential))):
            found[d.id] = d
    return found
