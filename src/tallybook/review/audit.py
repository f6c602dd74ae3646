"""The audit log: who changed what, when, from what to what, and why."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.store.schema import AuditEvent


def record_event(
    session: Session,
    *,
    user: str,
    action: str,
    table: str,
    record_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
) -> AuditEvent:
    """Add one audit event to `session` (it commits with the change it describes)."""
    event = AuditEvent(
        user=user,
        action=action,
        table_name=table,
        record_id=record_id,
        before=before,
        after=after,
        reason=(reason or "").strip() or None,
    )
    session.add(event)
    session.flush()
    return event


def events_for(session: Session, table: str, record_id: int) -> list[AuditEvent]:
    """The audit events of one record, oldest first."""
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.table_name == table, AuditEvent.record_id == record_id)
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    return list(session.scalars(stmt))


def events_for_many(session: Session, table: str, record_ids: list[int]) -> list[AuditEvent]:
    """The audit events of several records of one table, oldest first."""
    if not record_ids:
        return []
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.table_name == table, AuditEvent.record_id.in_(record_ids))
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    return list(session.scalars(stmt))
