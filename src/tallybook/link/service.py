"""Run every linker over the store, and record people's same/different judgements.

`link_all(store, incremental=True)` links organizations, people, incidents and quotes in one
transaction. Rows a run has seen carry attrs["linked"]; an incremental run only scores pairs
that involve a row without it (and does nothing when there is none), a full run re-derives
every machine decision. People's judgements are re-applied on every run, never undone.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.errors import NotFound, TallybookError
from tallybook.link import names
from tallybook.link.incidents import IncidentResult, link_incidents
from tallybook.link.organizations import OrgResult, link_organizations
from tallybook.link.people import PeopleResult, link_people
from tallybook.link.quotes import QuoteResult, link_quotes
from tallybook.store.db import Store
from tallybook.store.schema import AuditEvent, Entity, Incident, Judgement, LinkCandidate

JUDGEMENT_KINDS = ("same", "different", "unsure")


class JudgementError(TallybookError):
    pass


@dataclass
class LinkReport:
    organizations: OrgResult = field(default_factory=OrgResult)
    people: PeopleResult = field(default_factory=PeopleResult)
    incidents: IncidentResult = field(default_factory=IncidentResult)
    quotes: QuoteResult = field(default_factory=QuoteResult)

    @property
    def conflicts(self) -> list[str]:
        return self.organizations.conflicts + self.people.conflicts + self.incidents.conflicts

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "conflicts": self.conflicts}


def link_all(store: Store, incremental: bool = True) -> LinkReport:
    report = LinkReport()
    with store.session() as session:
        report.organizations = link_organizations(session)
        report.people = link_people(session, incremental=incremental)
        session.flush()
        report.incidents = link_incidents(session, incremental=incremental)
        session.flush()
        report.quotes = link_quotes(session, incremental=incremental)
    return report


def find_entities(session: Session, name: str, kind: str | None = None) -> list[Entity]:
    """Entities written `name` (their name, an alias or a mention), or a spelling variant of it."""
    query = select(Entity).order_by(Entity.id)
    if kind:
        query = query.where(Entity.kind == kind)
    rows = list(session.scalars(query))
    folded = name.casefold().strip()
    exact = [
        e
        for e in rows
        if e.name.casefold() == folded
        or any(a.alias.casefold() == folded for a in e.aliases)
        or any(m.name_as_written.casefold() == folded for m in e.mentions)
    ]
    if exact or names.is_descriptive(name):
        return exact
    return [e for e in rows if not names.is_descriptive(e.name) and names.similarity(e.name, name) >= 0.93]


def resolve_reference(session: Session, ref: str, subject: str = "entity") -> int:
    """An id ("12", "#12") or, for entities, a name that names exactly one surviving entity."""
    text = ref.strip().lstrip("#")
    if text.isdigit():
        table = Entity if subject == "entity" else Incident
        if session.get(table, int(text)) is None:
            raise NotFound(f"{subject} {text}: no such {subject}")
        return int(text)
    if subject != "entity":
        raise NotFound(f"{ref!r}: give the incident's number")
    found = find_entities(session, ref)
    named = [e for e in found if e.name.casefold() == text.casefold()]
    if len(named) == 1:  # the record written exactly so, even when merged into another
        return named[0].id
    heads = sorted({e.merged_into or e.id for e in found})
    if not heads:
        raise NotFound(f"{ref!r}: no person or organization by that name")
    if len(heads) > 1:
        raise JudgementError(
            f"{ref!r}: names {len(heads)} different entities ({', '.join(map(str, heads))}); use an id"
        )
    return heads[0]


def judge(
    session: Session, a: int, b: int, kind: str, user: str, reason: str | None = None, subject: str = "entity"
) -> Judgement:
    """Record that records a and b are the same / different / unsure; the next link run obeys."""
    if kind not in JUDGEMENT_KINDS:
        raise JudgementError(f"judgement {kind!r}: use one of {', '.join(JUDGEMENT_KINDS)}")
    if a == b:
        raise JudgementError(f"{subject} {a}: cannot judge a record against itself")
    table = Entity if subject == "entity" else Incident
    for ident in (a, b):
        if session.get(table, ident) is None:
            raise NotFound(f"{subject} {ident}: no such {subject}")
    row = Judgement(subject=subject, subject_id=a, other_id=b, kind=kind, user=user, reason=reason)
    session.add(row)
    left, right = min(a, b), max(a, b)
    for cand in session.scalars(
        select(LinkCandidate).where(
            LinkCandidate.subject == subject, LinkCandidate.left_id == left, LinkCandidate.right_id == right
        )
    ):
        cand.state = "decided"
    session.flush()
    session.add(
        AuditEvent(
            user=user,
            action=f"judge_{kind}",
            table_name="judgements",
            record_id=row.id,
            before=None,
            after={"subject": subject, "a": a, "b": b, "kind": kind},
            reason=reason,
        )
    )
    return row
