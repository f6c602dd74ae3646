"""`tallybook import --format json FILE`: load a tallybook JSON export into a store.

Records get new ids in the receiving store (references are rewritten), so an export can be
loaded into an empty store or beside other material. A document already in the store (same
SHA-256) stops the import: nothing is written unless everything is (one transaction).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, select
from sqlalchemy.orm import Session

from tallybook.report import ReportError
from tallybook.report.export_json import FORMAT
from tallybook.report.snapshot import REFERENCES, SUBJECT_TABLES, TABLES
from tallybook.store.db import Store
from tallybook.store.schema import Base, Document

# Columns filled in a second pass (they may point forward within the same table).
_SELF_REFERENCES = {("entities", "merged_into"), ("incidents", "merged_into"), ("quotes", "repeat_of")}
_AUDIT_TABLES = {name: name for name, _ in TABLES} | {"audit_log": "audit_log"}


def read_export(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ReportError(f"{path}: no such file") from e
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ReportError(f"{path}: not a JSON file ({e})") from e
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReportError(f'{path}: not a tallybook JSON export (no "format": "{FORMAT}")')
    return data


def _values(table: type[Base], row: dict[str, Any], where: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in table.__table__.columns:
        key = column.key
        if key == "id":
            continue  # the receiving store numbers its own records
        if key not in row:
            if column.nullable or column.default is not None:
                continue
            raise ReportError(f"{where}: missing field {key!r}")
        value = row[key]
        if isinstance(column.type, DateTime) and isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError as e:
                raise ReportError(f"{where}: field {key!r} is not a date-time: {value!r}") from e
        values[key] = value
    return values


def import_data(session: Session, data: dict[str, Any], source: str = "export") -> dict[str, int]:
    """Insert the export's records; returns how many rows each table received."""
    shas = [d.get("sha256") for d in data.get("documents", [])]
    if shas:
        existing = set(session.scalars(select(Document.sha256).where(Document.sha256.in_(shas))))
        if existing:
            raise ReportError(f"{source}: document {sorted(existing)[0]} is already in the store")
    new_ids: dict[str, dict[int, int]] = {name: {} for name, _ in TABLES}
    later: list[tuple[str, Any, str, int]] = []
    counts: dict[str, int] = {}
    for name, table in TABLES:
        rows = data.get(name, [])
        if not isinstance(rows, list):
            raise ReportError(f"{source}: {name!r} is not a list")
        for n, row in enumerate(rows):
            where = f"{source}: {name}[{n}]"
            if not isinstance(row, dict):
                raise ReportError(f"{where}: not an object")
            values = _values(table, row, where)
            deferred: list[tuple[str, int]] = []
            for (t, column), target in REFERENCES.items():
                if t != name or values.get(column) is None:
                    continue
                if (t, column) in _SELF_REFERENCES:
                    deferred.append((column, values.pop(column)))
                    continue
                try:
                    values[column] = new_ids[target][values[column]]
                except KeyError as e:
                    raise ReportError(f"{where}: {column} {values[column]} names no {target} record") from e
            _remap_subject(name, values, new_ids, where)
            obj = table(**values)
            session.add(obj)
            session.flush()
            if "id" in row and hasattr(obj, "id"):
                new_ids[name][row["id"]] = obj.id
            later.extend((name, obj, column, old) for column, old in deferred)
        counts[name] = len(rows)
    for name, obj, column, old in later:
        target = REFERENCES[(name, column)]
        if old not in new_ids[target]:
            raise ReportError(f"{source}: {name} {column} {old} names no {target} record")
        setattr(obj, column, new_ids[target][old])
    session.flush()
    return counts


def _remap_subject(name: str, values: dict[str, Any], new_ids: dict[str, dict[int, int]], where: str) -> None:
    """Judgements, link candidates and audit events name records by (subject, id)."""

    def remap(table: str | None, old: Any) -> Any:
        if table is None or old is None:
            return old
        if old not in new_ids[table]:
            raise ReportError(f"{where}: {old} names no {table} record")
        return new_ids[table][old]

    if name == "judgements":
        table = SUBJECT_TABLES.get(values["subject"])
        values["subject_id"] = remap(table, values["subject_id"])
        values["other_id"] = remap(table, values.get("other_id"))
        payload = dict(values.get("payload") or {})
        if isinstance(payload.get("claim_id"), int):
            payload["claim_id"] = remap("claims", payload["claim_id"])
        values["payload"] = payload
    elif name == "link_candidates":
        table = SUBJECT_TABLES.get(values["subject"])
        values["left_id"] = remap(table, values["left_id"])
        values["right_id"] = remap(table, values["right_id"])
    elif name == "audit_log" and values.get("record_id") is not None:
        table = _AUDIT_TABLES.get(values["table_name"])
        if table and values["record_id"] in new_ids.get(table, {}):
            values["record_id"] = new_ids[table][values["record_id"]]


def import_json(store: Store, path: Path) -> dict[str, int]:
    data = read_export(path)
    with store.session() as s:
        return import_data(s, data, str(path))
