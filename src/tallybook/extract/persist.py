"""Storing one document's extraction, without ever touching what a person decided.

Re-extraction replaces the machine's own rows for the document (status `proposed`, origin
`machine`) and keeps every row a person reviewed or made. A new machine proposal that
overlaps a reviewed record of the same kind is dropped, so a rejected incident does not come
back and a confirmed one is not doubled.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from tallybook.model import (
    DocumentExtraction,
    ExtractedClaim,
    ExtractedIncident,
    ExtractedOrganization,
    ExtractedPerson,
    Figure,
    Span,
)
from tallybook.store.schema import Alias, Claim, Document, Entity, Incident, Mention, Quote, Victim

PUBLISHER = "publisher"
UNKNOWN_PUBLISHER = "the publisher (unnamed)"


def _machine_owned(status: str, origin: str) -> bool:
    return status == "proposed" and origin == "machine"


def _overlaps(start: int | None, end: int | None, span: Span) -> bool:
    return start is not None and end is not None and start < span.end and span.start < end


class _EntityIndex:
    """Finds or creates the store's entity for a name, by exact name or alias."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cache: dict[tuple[str, str], Entity] = {}

    def get(self, kind: str, name: str, **fields: str | None) -> Entity:
        key = (kind, name.casefold())
        if key in self._cache:
            return self._cache[key]
        entity = self.session.scalars(
            select(Entity)
            .outerjoin(Alias)
            .where(Entity.kind == kind, or_(Entity.name == name, Alias.alias == name))
            .order_by(Entity.id)
            .limit(1)
        ).first()
        if entity is None:
            entity = Entity(kind=kind, name=name, **{k: v for k, v in fields.items() if v})
            self.session.add(entity)
            self.session.flush()
        self._cache[key] = entity
        return entity

    def known(self, name: str) -> Entity | None:
        return self._cache.get(("organization", name.casefold())) or self._cache.get(
            ("person", name.casefold())
        )


def _drop_machine_rows(session: Session, document_id: int) -> list[tuple[str, int | None, int | None]]:
    """Delete the machine's unreviewed rows for a document; return the reviewed spans kept
    as (kind, start, end) so new proposals can avoid them."""
    kept: list[tuple[str, int | None, int | None]] = []
    for incident in session.scalars(select(Incident).where(Incident.document_id == document_id)):
        parts = [(incident.status, incident.origin)]
        parts += [(c.status, c.origin) for c in incident.claims]
        parts += [(v.status, v.origin) for v in incident.victims]
        if all(_machine_owned(*p) for p in parts):
            # Unlink incidents that linking folded into this one; `tallybook link` redoes it.
            session.execute(
                update(Incident).where(Incident.merged_into == incident.id).values(merged_into=None)
            )
            session.delete(incident)
        else:
            kept.append(("incident", incident.start, incident.end))
    for quote in session.scalars(select(Quote).where(Quote.document_id == document_id)):
        if _machine_owned(quote.status, quote.origin):
            session.execute(update(Quote).where(Quote.repeat_of == quote.id).values(repeat_of=None))
            session.delete(quote)
        else:
            kept.append(("quote", quote.start, quote.end))
    for mention in session.scalars(select(Mention).where(Mention.document_id == document_id)):
        if _machine_owned(mention.status, mention.origin):
            session.delete(mention)
        else:
            kept.append(("mention", mention.start, mention.end))
    for alias in session.scalars(
        select(Alias).where(Alias.document_id == document_id, Alias.origin == "machine")
    ):
        session.delete(alias)
    session.flush()
    return kept


def _claim_row(
    claim: ExtractedClaim, incident: ExtractedIncident, document: Document, entities: _EntityIndex
) -> Claim:
    # A claim without its own figure asserts (or confirms) the incident's figure.
    figure: Figure | None = claim.figure
    if figure is None and claim.stance != "disputes":
        figure = incident.figure
    publisher = claim.claimant == PUBLISHER
    claimant = (document.publisher or UNKNOWN_PUBLISHER) if publisher else claim.claimant
    entity = entities.known(claim.claimant)
    span = claim.span or (figure.span if figure and figure.span else None) or incident.span
    return Claim(
        document_id=document.id,
        claimant=claimant,
        claimant_entity_id=entity.id if entity else None,
        stance=claim.stance,
        certainty=claim.certainty,
        count=figure.count if figure else None,
        qualifier=figure.qualifier if figure else None,
        count_low=figure.low if figure else None,
        count_high=figure.high if figure else None,
        claimed_on=claim.date.value if claim.date else None,
        start=span.start,
        end=span.end,
        attrs={"publisher": True} if publisher else {},
    )


def _incident_row(incident: ExtractedIncident, document: Document, entities: _EntityIndex) -> Incident:
    row = Incident(
        document_id=document.id,
        type=incident.type,
        date=incident.date.value if incident.date else None,
        date_end=incident.date.end if incident.date else None,
        place=incident.place,
        description=incident.figure.description,
        start=incident.span.start,
        end=incident.span.end,
        attrs={
            k: v
            for k, v in {
                "trigger": incident.trigger,
                "perpetrators": incident.perpetrators,
                **incident.attrs,
            }.items()
            if v
        },
    )
    claims = incident.claims or [ExtractedClaim(claimant=PUBLISHER)]
    row.claims = [_claim_row(c, incident, document, entities) for c in claims]
    for name in dict.fromkeys(incident.victim_names):
        person = entities.get("person", name)
        row.victims.append(
            Victim(entity_id=person.id, name=name, document_id=document.id, start=row.start, end=row.end)
        )
    return row


def _mentions(
    document: Document,
    people: Iterable[ExtractedPerson],
    organizations: Iterable[ExtractedOrganization],
    entities: _EntityIndex,
) -> list[Mention]:
    rows: list[Mention] = []
    for org in organizations:
        entity = entities.get("organization", org.name, org_kind=org.kind)
        known = {a.alias for a in entity.aliases}
        for alias in dict.fromkeys(org.aliases):
            if alias != entity.name and alias not in known:
                entity.aliases.append(Alias(alias=alias, document_id=document.id))
                known.add(alias)
        span = org.spans[0] if org.spans else None
        rows.append(
            Mention(
                entity_id=entity.id,
                document_id=document.id,
                role="other",
                name_as_written=org.name,
                start=span.start if span else None,
                end=span.end if span else None,
                attrs={"spans": [[s.start, s.end] for s in org.spans]},
            )
        )
    for person in people:
        entity = entities.get("person", person.name, description=person.description)
        span = person.spans[0] if person.spans else None
        rows.append(
            Mention(
                entity_id=entity.id,
                document_id=document.id,
                role=person.role,
                name_as_written=person.name,
                description=person.description,
                start=span.start if span else None,
                end=span.end if span else None,
                attrs={"spans": [[s.start, s.end] for s in person.spans]},
            )
        )
    return rows


def save_extraction(
    session: Session, document: Document, extraction: DocumentExtraction, extractor_version: str
) -> dict[str, int]:
    """Replace the machine's rows for `document` with `extraction`; return counts stored.

    Runs inside the caller's transaction: the document is either fully re-extracted or
    left as it was."""
    kept = _drop_machine_rows(session, document.id)

    def clashes(kind: str, span: Span) -> bool:
        return any(k == kind and _overlaps(s, e, span) for k, s, e in kept)

    entities = _EntityIndex(session)
    mentions = [
        m
        for m in _mentions(document, extraction.people, extraction.organizations, entities)
        if m.start is None or not clashes("mention", Span(m.start, m.end or m.start))
    ]
    session.add_all(mentions)

    incidents = [
        _incident_row(i, document, entities) for i in extraction.incidents if not clashes("incident", i.span)
    ]
    session.add_all(incidents)

    quote_rows: list[Quote | None] = []
    for q in extraction.quotes:
        if clashes("quote", q.span):
            quote_rows.append(None)
            continue
        speaker_name = (document.publisher or UNKNOWN_PUBLISHER) if q.speaker == PUBLISHER else q.speaker
        speaker = entities.known(speaker_name) if speaker_name else None
        row = Quote(
            document_id=document.id,
            speaker=speaker_name,
            speaker_entity_id=speaker.id if speaker else None,
            text=q.text,
            start=q.span.start,
            end=q.span.end,
        )
        session.add(row)
        quote_rows.append(row)
    session.flush()
    for q, stored in zip(extraction.quotes, quote_rows, strict=True):
        if stored is not None and q.repeat_of is not None:
            first = quote_rows[q.repeat_of]
            stored.repeat_of = first.id if first is not None else None

    document.extracted_at = datetime.now(UTC)
    document.extractor_version = extractor_version
    if extraction.language:
        document.language = extraction.language
    attrs = dict(document.attrs or {})
    attrs["extraction_warnings"] = list(extraction.warnings)
    document.attrs = attrs
    return {
        "incidents": len(incidents),
        "quotes": sum(r is not None for r in quote_rows),
        "mentions": len(mentions),
    }
