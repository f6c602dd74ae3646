"""Rows built by the tests themselves (not by the extractor): documents, people, incidents."""

from __future__ import annotations

import hashlib
from itertools import count

from sqlalchemy.orm import Session

from tallybook.store.schema import Alias, Claim, Document, Entity, Incident, Mention, Victim

_serial = count(1)


def document(s: Session, text: str, publisher: str | None = None, published: str | None = None) -> Document:
    n = next(_serial)
    doc = Document(
        sha256=hashlib.sha256(f"{n}:{text}".encode()).hexdigest(),
        source=f"test:{n}",
        content_type="text/plain",
        size=len(text),
        text=text,
        publisher=publisher,
        published=published,
    )
    s.add(doc)
    s.flush()
    return doc


def person(
    s: Session,
    doc: Document,
    name: str,
    role: str = "victim",
    description: str | None = None,
    attrs: dict[str, object] | None = None,
) -> Entity:
    e = Entity(kind="person", name=name, description=description, attrs=dict(attrs or {}))
    s.add(e)
    s.flush()
    s.add(
        Mention(entity_id=e.id, document_id=doc.id, role=role, name_as_written=name, description=description)
    )
    s.flush()
    return e


def organization(s: Session, doc: Document | None, name: str, aliases: tuple[str, ...] = ()) -> Entity:
    e = Entity(kind="organization", name=name)
    s.add(e)
    s.flush()
    for a in aliases:
        s.add(Alias(entity_id=e.id, alias=a, document_id=doc.id if doc else None))
    s.flush()
    return e


def incident(
    s: Session,
    doc: Document,
    type_: str,
    date: str | None,
    place: str | None,
    victims: tuple[Entity | str, ...] = (),
    claims: tuple[dict[str, object], ...] = (),
    country: str | None = None,
) -> Incident:
    inc = Incident(document_id=doc.id, type=type_, date=date, place=place, country=country)
    s.add(inc)
    s.flush()
    for v in victims:
        if isinstance(v, Entity):
            s.add(Victim(incident_id=inc.id, entity_id=v.id, name=v.name, document_id=doc.id))
        else:
            s.add(Victim(incident_id=inc.id, name=v, document_id=doc.id))
    for c in claims or ({"claimant": "publisher"},):
        s.add(Claim(incident_id=inc.id, document_id=doc.id, **c))
    s.flush()
    return inc
