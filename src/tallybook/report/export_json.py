"""`tallybook export --format json`: every record a reader may see, with evidence.

Shape: {"format": "tallybook-export", "version": 1, ..., "documents": [...], "claims": [...],
...} - one list per table (see `snapshot.TABLES`), each row with all its columns. Documents keep
their text and SHA-256 (spans index into the text); claims, victims, mentions, quotes and
incidents also carry "evidence": the document's SHA-256 and the words of the span, so a
reader can check each record without the database. "counted_incidents" adds the derived
figures (low/best/high, sources) under the counting rules, which are written out too.
`tallybook.report.import_json` reads this back.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.orm import Session

from tallybook import __version__
from tallybook.report.counting import CountedIncident, count_incidents, counting_rules
from tallybook.report.snapshot import TABLES, Snapshot, collect, cut_references
from tallybook.store.db import Store
from tallybook.store.schema import Base, Document

FORMAT = "tallybook-export"
VERSION = 1
_WITH_EVIDENCE = ("incidents", "claims", "victims", "mentions", "quotes", "aliases")


def row_dict(table: type[Base], row: Any) -> dict[str, Any]:
    """All columns of an ORM row as JSON-ready values."""
    out: dict[str, Any] = {}
    for column in table.__table__.columns:
        value = getattr(row, column.key)
        if isinstance(column.type, DateTime) and value is not None:
            # SQLite hands back naive values; the store writes UTC, so say so
            value = (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
        out[column.key] = value
    return out


def _evidence(doc: Document | None, start: int | None, end: int | None) -> dict[str, Any] | None:
    if doc is None or start is None or end is None:
        return None
    return {"document_sha256": doc.sha256, "start": start, "end": end, "text": doc.text[start:end]}


def counted_dict(inc: CountedIncident) -> dict[str, Any]:
    return {
        "id": inc.id,
        "member_ids": inc.member_ids,
        "type": inc.type,
        "date": inc.date,
        "date_end": inc.date_end,
        "place": inc.place,
        "country": inc.country,
        "status": inc.status,
        "low": inc.low,
        "best": inc.best,
        "high": inc.high,
        "approximate": inc.approximate,
        "open_ended": inc.open_ended,
        "figure_known": inc.figure_known,
        "sources": inc.sources,
        "claimants": inc.claimants,
        "disputed_by": inc.disputed_by,
        "documents": inc.documents,
        "document_ids": inc.document_ids,
        "figure_claim_ids": [f.claim_id for f in inc.figures],
        "named_victims": [v.name for v in inc.victims],
    }


def snapshot_dict(session: Session, snap: Snapshot) -> dict[str, Any]:
    docs = snap.by_id("documents")
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "tallybook": __version__,
        "exported_at": datetime.now(UTC).isoformat(),
        "include_confidential": snap.include_confidential,
        "counting_rules": counting_rules(),
    }
    for name, table in TABLES:
        rows = []
        for row in snap.rows.get(name, []):
            d = cut_references(snap, name, row_dict(table, row))
            if name in _WITH_EVIDENCE:
                d["evidence"] = _evidence(docs.get(d.get("document_id") or -1), d.get("start"), d.get("end"))
            rows.append(d)
        data[name] = rows
    counted = count_incidents(session, include_confidential=snap.include_confidential)
    data["counted_incidents"] = [counted_dict(i) for i in counted]
    return data


def export_json(store: Store, *, include_confidential: bool = False) -> dict[str, Any]:
    """The whole visible store as one JSON-ready dict."""
    with store.session() as s:
        return snapshot_dict(s, collect(s, include_confidential=include_confidential))


def dumps(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
