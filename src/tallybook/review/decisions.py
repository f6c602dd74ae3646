"""A reviewer's decisions on machine-proposed records: confirm, edit, reject.

Each decision sets `status` (confirmed | edited | rejected), keeps `origin` (the machine
still made the row), and writes an audit event in the same transaction. The extractor only
replaces rows whose status is `proposed`, so reviewed rows survive re-extraction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.errors import NotFound, TallybookError
from tallybook.model.vocab import INCIDENT_TYPES, PERSON_ROLES, QUALIFIERS, Certainty, Stance, Status
from tallybook.review.audit import record_event
from tallybook.store.schema import Claim, Document, Incident, Mention, Quote, Victim
from tallybook.store.visibility import record_visible

Reviewable = Incident | Claim | Quote | Mention | Victim

KINDS: dict[str, type[Reviewable]] = {
    "incident": Incident,
    "claim": Claim,
    "quote": Quote,
    "mention": Mention,
    "victim": Victim,
}

_DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_MAX_INT = 2**31 - 1


class ReviewError(TallybookError):
    """A decision that cannot be applied (unknown field, bad value, span outside the text)."""


def _text(required: bool) -> Callable[[str, Any], Any]:
    def parse(field: str, value: Any) -> Any:
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ReviewError(f"{field}: expected text")
        value = value.replace("\x00", "").strip()
        if required and not value:
            raise ReviewError(f"{field}: must not be empty")
        return value or None

    return parse


def _int(field: str, value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ReviewError(f"{field}: expected a whole number")
    if isinstance(value, str):
        if not re.fullmatch(r"\s*\d{1,10}\s*", value):
            raise ReviewError(f"{field}: expected a whole number, got {value[:40]!r}")
        value = int(value)
    if not isinstance(value, int) or not 0 <= value <= _MAX_INT:
        raise ReviewError(f"{field}: expected a whole number between 0 and {_MAX_INT}")
    return value


def _date(field: str, value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or not _DATE_RE.match(value.strip()):
        raise ReviewError(f"{field}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    return value.strip()


def _choice(options: tuple[str, ...], required: bool = True) -> Callable[[str, Any], Any]:
    def parse(field: str, value: Any) -> Any:
        if not required and (value is None or value == ""):
            return None
        if value not in options:
            raise ReviewError(f"{field}: expected one of {', '.join(options)}")
        return value

    return parse


_SPAN = {"start": _int, "end": _int}

EDITABLE: dict[str, dict[str, Callable[[str, Any], Any]]] = {
    "incident": {
        "type": _choice(INCIDENT_TYPES),
        "date": _date,
        "date_end": _date,
        "place": _text(False),
        "country": _text(False),
        "description": _text(False),
        **_SPAN,
    },
    "claim": {
        "claimant": _text(True),
        "stance": _choice(tuple(Stance)),
        "certainty": _choice(tuple(Certainty)),
        "count": _int,
        "qualifier": _choice(QUALIFIERS, required=False),
        "count_low": _int,
        "count_high": _int,
        "claimed_on": _date,
        **_SPAN,
    },
    "quote": {"speaker": _text(False), "text": _text(True), **_SPAN},
    "mention": {
        "role": _choice(PERSON_ROLES),
        "name_as_written": _text(True),
        "description": _text(False),
        **_SPAN,
    },
    "victim": {"name": _text(True), **_SPAN},
}


def table_of(kind: str) -> str:
    return KINDS[kind].__tablename__


def snapshot(kind: str, row: Reviewable) -> dict[str, Any]:
    """The reviewable fields of a row plus its status, as stored in the audit log."""
    data = {name: getattr(row, name) for name in EDITABLE[kind]}
    data["status"] = row.status
    return data


def get_record(session: Session, kind: str, record_id: int, include_confidential: bool) -> Reviewable:
    """One reviewable record this reader may see, or NotFound."""
    model = KINDS.get(kind)
    if model is None:
        raise NotFound(f"unknown record kind {kind!r}: use one of {', '.join(KINDS)}")
    stmt = select(model).where(
        model.id == record_id, record_visible(model.__table__.c.document_id, include_confidential)
    )
    row = session.scalars(stmt).first()
    if row is None:
        raise NotFound(f"{kind} {record_id} not found")
    return cast(Reviewable, row)


def _decide(
    session: Session,
    kind: str,
    record_id: int,
    status: Status,
    user: str,
    reason: str | None,
    changes: Mapping[str, Any] | None = None,
) -> Reviewable:
    row = get_record(session, kind, record_id, include_confidential=True)
    before = snapshot(kind, row)
    if changes:
        _apply(session, kind, row, changes)
    row.status = status.value
    after = snapshot(kind, row)
    if changes is not None and {k: v for k, v in after.items() if k != "status"} == {
        k: v for k, v in before.items() if k != "status"
    }:
        raise ReviewError(f"{kind} {record_id}: the edit changes nothing")
    record_event(
        session,
        user=user,
        action=status.value if status is not Status.EDITED else "edit",
        table=table_of(kind),
        record_id=row.id,
        before=before,
        after=after,
        reason=reason,
    )
    return row


def _apply(session: Session, kind: str, row: Reviewable, changes: Mapping[str, Any]) -> None:
    fields = EDITABLE[kind]
    unknown = sorted(set(changes) - set(fields))
    if unknown:
        raise ReviewError(f"{kind}: cannot edit {', '.join(unknown)}; editable: {', '.join(fields)}")
    parsed = {name: fields[name](name, value) for name, value in changes.items()}
    start = parsed.get("start", row.start)
    end = parsed.get("end", row.end)
    if (start is None) != (end is None) or (kind == "quote" and start is None):
        raise ReviewError(f"{kind}: evidence span needs both start and end")
    if start is not None and end is not None:
        length = _document_length(session, row.document_id)
        if start > end or (length is not None and end > length):
            raise ReviewError(f"{kind}: evidence span {start}..{end} is outside the text (0..{length})")
    for name, value in parsed.items():
        setattr(row, name, value)


def _document_length(session: Session, document_id: int | None) -> int | None:
    if document_id is None:
        return None
    doc = session.get(Document, document_id)
    return len(doc.text) if doc is not None else None


def confirm(
    session: Session, kind: str, record_id: int, *, user: str, reason: str | None = None
) -> Reviewable:
    """Mark a record as checked against its source."""
    return _decide(session, kind, record_id, Status.CONFIRMED, user, reason)


def reject(
    session: Session, kind: str, record_id: int, *, user: str, reason: str | None = None
) -> Reviewable:
    """Mark a record as wrong. It stays in the store (nothing is lost) but counts for nothing."""
    return _decide(session, kind, record_id, Status.REJECTED, user, reason)


def edit(
    session: Session,
    kind: str,
    record_id: int,
    changes: Mapping[str, Any],
    *,
    user: str,
    reason: str | None = None,
) -> Reviewable:
    """Correct fields of a record (evidence span included) and mark it edited."""
    if not changes:
        raise ReviewError(f"{kind} {record_id}: no field to change")
    return _decide(session, kind, record_id, Status.EDITED, user, reason, changes)


def set_confidential(
    session: Session, document_id: int, confidential: bool, *, user: str, reason: str | None = None
) -> Document:
    """Mark a document (and so everything extracted from it) confidential, or lift it."""
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound(f"document {document_id} not found")
    before = {"confidential": doc.confidential}
    doc.confidential = confidential
    record_event(
        session,
        user=user,
        action="mark_confidential" if confidential else "unmark_confidential",
        table=Document.__tablename__,
        record_id=doc.id,
        before=before,
        after={"confidential": confidential},
        reason=reason,
    )
    return doc


def awaiting_review(
    session: Session, include_confidential: bool, limit: int = 20
) -> list[tuple[str, Reviewable]]:
    """The newest proposed records of every kind, for the review queue."""
    out: list[tuple[str, Reviewable]] = []
    for kind, model in KINDS.items():
        stmt = (
            select(model)
            .where(
                model.status == Status.PROPOSED.value,
                record_visible(model.__table__.c.document_id, include_confidential),
            )
            .order_by(model.id.desc())
            .limit(limit)
        )
        out.extend((kind, cast(Reviewable, row)) for row in session.scalars(stmt))
    return out


def choose_best_figure(
    session: Session, incident_id: int, claim_id: int, *, user: str, reason: str | None = None
) -> Incident:
    """Record which claim's figure a reviewer takes as the best estimate for an incident's event.

    `tallybook.link.figures.choose_best`: a judgement about the claim (a person's decision the
    machine never re-derives, which follows the claim through re-clustering), a copy in the
    incident's attrs["best"], and the audit log. The claim may be about any report of the event."""
    from tallybook.link.figures import FigureError, choose_best

    try:
        choose_best(session, incident_id, claim_id, user, reason)
    except FigureError as e:
        raise ReviewError(str(e)) from e
    incident = session.get(Incident, incident_id)
    assert incident is not None
    return incident
