"""`tallybook export --format ftm`: FollowTheMoney entities, one JSON object per line.

- each document -> PlainText (id from its SHA-256; contentHash = SHA-1 of the archived
  original when the archive has it, as FtM checksums are SHA-1);
- each person / organization -> Person / Organization (merged duplicates folded in as aliases);
- each counted incident -> Event (dates at their precision, place, figures in the summary);
- each named victim -> UnknownLink (role "victim") from the Person to the Event;
- each claim -> Documentation (role "claim") from the document to the Event, with the figure
  and the evidence words; each mention -> Documentation from the document to the entity.
Every entity is checked with the library's own schema validation before it is written.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

from followthemoney import model, registry
from followthemoney.proxy import EntityProxy
from sqlalchemy.orm import Session

from tallybook.report import ReportError
from tallybook.report.counting import CountedIncident, count_incidents
from tallybook.report.render import describe
from tallybook.report.snapshot import Snapshot, collect
from tallybook.store.db import Store
from tallybook.store.schema import Document, Entity

PREFIX = "tallybook"


def _make(schema: str, id_: str) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.id = id_
    return proxy


def _add(proxy: EntityProxy, prop: str, value: Any) -> None:
    if value is None or value == "":
        return
    proxy.add(prop, str(value))


def doc_id(sha256: str) -> str:
    return f"{PREFIX}-doc-{sha256}"


def entity_id(eid: int) -> str:
    return f"{PREFIX}-entity-{eid}"


def event_id(iid: int) -> str:
    return f"{PREFIX}-incident-{iid}"


def _archived_sha1(archive_dir: Path | None, sha256: str) -> str | None:
    if archive_dir is None:
        return None
    path = archive_dir / sha256[:2] / sha256[2:4] / sha256
    if not path.is_file():
        return None
    digest = hashlib.sha1()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _document(doc: Document, archive_dir: Path | None) -> EntityProxy:
    p = _make("PlainText", doc_id(doc.sha256))
    _add(p, "title", doc.title or doc.source)
    if doc.source.startswith(("http://", "https://")):
        _add(p, "sourceUrl", doc.source)
    else:
        _add(p, "fileName", doc.source.rsplit("/", 1)[-1])
    _add(p, "publisher", doc.publisher)
    _add(p, "author", doc.author)
    _add(p, "publishedAt", doc.published)
    _add(p, "retrievedAt", doc.retrieved_at.date().isoformat() if doc.retrieved_at else None)
    _add(p, "mimeType", doc.content_type)
    _add(p, "fileSize", doc.size)
    _add(p, "contentHash", _archived_sha1(archive_dir, doc.sha256))
    _add(p, "bodyText", doc.text)
    _add(p, "notes", f"sha256:{doc.sha256}")
    return p


def _root(e: Entity, by_id: dict[int, Entity]) -> Entity:
    seen = {e.id}
    while e.merged_into is not None and e.merged_into in by_id and e.merged_into not in seen:
        seen.add(e.merged_into)
        e = by_id[e.merged_into]
    return e


def _country(name: str | None) -> str | None:
    return registry.country.clean(name) if name else None


def _event(inc: CountedIncident) -> EntityProxy:
    p = _make("Event", event_id(inc.id))
    _add(p, "name", describe(inc))
    _add(p, "startDate" if inc.date_end else "date", inc.date)
    _add(p, "endDate", inc.date_end)
    _add(p, "location", inc.place)
    _add(p, "country", _country(inc.country))
    best = f", best {inc.best}" if inc.best is not None else ""
    more = "+" if inc.open_ended else ""
    _add(
        p,
        "summary",
        f"{inc.type}: victims {inc.low} to {inc.high}{more}{best}; "
        f"{inc.sources} independent source(s): {', '.join(inc.claimants) or 'none'}",
    )
    _add(p, "keywords", inc.type)
    return p


def entities(session: Session, snap: Snapshot, archive_dir: Path | None = None) -> Iterator[EntityProxy]:
    docs = snap.by_id("documents")
    for doc in docs.values():
        yield _document(doc, archive_dir)
    by_id: dict[int, Entity] = snap.by_id("entities")
    people: dict[int, EntityProxy] = {}
    for e in by_id.values():
        if "watchlist" in e.attrs:
            continue  # someone else's list, imported for matching: not our record
        root = _root(e, by_id)
        if root.id not in people:
            people[root.id] = _make("Person" if root.kind == "person" else "Organization", entity_id(root.id))
            _add(people[root.id], "name", root.name)
            _add(people[root.id], "description", root.description)
        if e.id != root.id:
            _add(people[root.id], "alias", e.name)
    for alias in snap.rows["aliases"]:
        if alias.entity_id in by_id and (root := _root(by_id[alias.entity_id], by_id)).id in people:
            _add(people[root.id], "alias", alias.alias)
    yield from people.values()

    counted = count_incidents(session, include_confidential=snap.include_confidential)
    claims_of: dict[int, list[Any]] = defaultdict(list)
    for c in snap.rows["claims"]:
        claims_of[c.incident_id].append(c)
    victim_entity = {(r.incident_id, r.name): r.entity_id for r in snap.rows["victims"]}
    for inc in counted:
        yield _event(inc)
        for v in inc.victims:
            eid = victim_entity.get((v.incident_id, v.name))
            if eid is not None and eid in by_id and _root(by_id[eid], by_id).id in people:
                person_id = entity_id(_root(by_id[eid], by_id).id)
            else:
                person = _make(
                    "Person", f"{PREFIX}-victim-{inc.id}-{hashlib.sha1(v.name.encode()).hexdigest()[:12]}"
                )
                _add(person, "name", v.name)
                yield person
                person_id = person.id or ""
            link = _make("UnknownLink", f"{PREFIX}-victim-link-{inc.id}-{person_id}")
            link.add("subject", person_id)
            link.add("object", event_id(inc.id))
            _add(link, "role", "victim")
            if v.document_id in docs:
                _add(
                    link,
                    "sourceUrl",
                    docs[v.document_id].source if "://" in docs[v.document_id].source else None,
                )
            yield link
        for member in inc.member_ids:
            for c in claims_of[member]:
                if c.document_id not in docs:
                    continue
                d = _make("Documentation", f"{PREFIX}-claim-{c.id}")
                d.add("document", doc_id(docs[c.document_id].sha256))
                d.add("entity", event_id(inc.id))
                _add(d, "role", "claim")
                figure = f"{c.qualifier or 'exact'} {c.count}" if c.count is not None else "no figure"
                if c.count is None and c.count_low is not None:
                    figure = f"between {c.count_low} and {c.count_high}"
                _add(d, "summary", f"{c.claimant} {c.stance}: {figure} ({c.status})")
                if c.start is not None and c.end is not None:
                    _add(d, "description", docs[c.document_id].text[c.start : c.end])
                _add(d, "status", c.status)
                yield d
    for m in snap.rows["mentions"]:
        if m.document_id not in docs or m.entity_id not in by_id:
            continue
        root = _root(by_id[m.entity_id], by_id)
        if root.id not in people:
            continue
        d = _make("Documentation", f"{PREFIX}-mention-{m.id}")
        d.add("document", doc_id(docs[m.document_id].sha256))
        d.add("entity", entity_id(root.id))
        _add(d, "role", m.role)
        _add(d, "summary", m.name_as_written)
        yield d


def validate(proxy: EntityProxy) -> None:
    """The library's own check (required properties, value types); raises ReportError."""
    try:
        proxy.schema.validate(cast(Any, proxy.to_dict()))
    except Exception as e:  # followthemoney.exc.InvalidData carries the details
        raise ReportError(f"FtM entity {proxy.id} ({proxy.schema.name}) is invalid: {e}") from e
    for prop in proxy.schema.required:
        if not proxy.get(prop):
            raise ReportError(f"FtM entity {proxy.id} ({proxy.schema.name}) lacks {prop!r}")


def export_ftm(store: Store, *, include_confidential: bool = False) -> list[dict[str, Any]]:
    with store.session() as s:
        snap = collect(s, include_confidential=include_confidential)
        out: list[dict[str, Any]] = []
        for proxy in entities(s, snap, store.archive_dir):
            validate(proxy)
            out.append(proxy.to_dict())
        return out


def dumps(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows).encode("utf-8")
