"""The database tables. Every extracted row points at a document and an evidence span.

Conventions:
- `status` is a `tallybook.model.Status`; only `proposed` rows belong to the machine and may be
  replaced by re-extraction. Anything a person touched (confirmed, edited, rejected) stays.
- `origin` says whether the machine or a person made the row.
- `attrs` (JSON) carries what a stage knows beyond the columns, so stages can grow without
  a migration for every detail.
- Confidentiality is a property of documents; everything extracted from a confidential
  document is hidden with it (see `tallybook.store.visibility`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON}  # noqa: RUF012 (SQLAlchemy reads it as is)


class Document(Base):
    """One ingested original, archived by SHA-256, and the text extracted from it."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text)  # URL, file path, "stdin" or "jsonl:FILE#id"
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    retrieved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))  # YYYY | YYYY-MM | YYYY-MM-DD
    language: Mapped[str | None] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    extracted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    extractor_version: Mapped[str | None] = mapped_column(String(40))
    attrs: Mapped[dict[str, Any]] = mapped_column(default=dict)

    pages: Mapped[list[Page]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Page.number"
    )


class Page(Base):
    """Where each PDF page lies in the document text, so a span can name its page."""

    __tablename__ = "pages"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1-based
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)

    document: Mapped[Document] = relationship(back_populates="pages")


class Incident(Base):
    """An event. Extraction makes one per incident a document describes; linking folds
    incidents that several documents report into one by pointing `merged_into` at it.
    Figures are never stored here: they are derived from the incident's claims."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    type: Mapped[str] = mapped_column(String(40), index=True)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_end: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)  # victim noun phrase
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    origin: Mapped[str] = mapped_column(String(20), default="machine")
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    # attrs["best"] keeps a copy of a reviewer's best-figure choice for exports; the choice itself
    # is a Judgement on the claim (report/claim_selection.best_figure reads it).
    attrs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    document: Mapped[Document | None] = relationship()
    claims: Mapped[list[Claim]] = relationship(back_populates="incident", cascade="all, delete-orphan")
    victims: Mapped[list[Victim]] = relationship(back_populates="incident", cascade="all, delete-orphan")


class Claim(Base):
    """One source's statement about an incident: it happened / this many / confirmed / denied."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    claimant: Mapped[str] = mapped_column(Text)  # canonical name, or the document's publisher
    claimant_entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"))
    stance: Mapped[str] = mapped_column(String(20), default="asserts")
    certainty: Mapped[str] = mapped_column(String(20), default="stated")
    count: Mapped[int | None] = mapped_column(Integer)
    qualifier: Mapped[str | None] = mapped_column(String(20))
    count_low: Mapped[int | None] = mapped_column(Integer)
    count_high: Mapped[int | None] = mapped_column(Integer)
    claimed_on: Mapped[str | None] = mapped_column(String(10))  # when the source said it
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    origin: Mapped[str] = mapped_column(String(20), default="machine")
    attrs: Mapped[dict[str, Any]] = mapped_column(default=dict)

    incident: Mapped[Incident] = relationship(back_populates="claims")
    document: Mapped[Document] = relationship()


class Entity(Base):
    """A person or an organization. Linking merges duplicates by pointing `merged_into` at
    the surviving entity (reversible: nothing is deleted)."""

    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)  # person | organization
    name: Mapped[str] = mapped_column(Text, index=True)
    org_kind: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    origin: Mapped[str] = mapped_column(String(20), default="machine")
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    attrs: Mapped[dict[str, Any]] = mapped_column(default=dict)

    aliases: Mapped[list[Alias]] = relationship(back_populates="entity", cascade="all, delete-orphan")
    mentions: Mapped[list[Mention]] = relationship(back_populates="entity", cascade="all, delete-orphan")


class Alias(Base):
    """Another name for an entity, with where it was seen (or who typed it in)."""

    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("entity_id", "alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    alias: Mapped[str] = mapped_column(Text, index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(20), default="machine")

    entity: Mapped[Entity] = relationship(back_populates="aliases")


class Mention(Base):
    """An entity named in a document, in a role (victim of an incident, official, speaker...)."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="other")
    name_as_written: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    origin: Mapped[str] = mapped_column(String(20), default="machine")
    attrs: Mapped[dict[str, Any]] = mapped_column(default=dict)

    entity: Mapped[Entity] = relationship(back_populates="mentions")
    document: Mapped[Document] = relationship()


class Victim(Base):
    """A named victim of an incident (the person entity and the claim naming them)."""

    __tablename__ = "victims"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    origin: Mapped[str] = mapped_column(String(20), default="machine")

    incident: Mapped[Incident] = relationship(back_populates="victims")


class Quote(Base):
    """Words in quotation marks with their speaker; `repeat_of` links a repeated quote."""

    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    speaker: Mapped[str | None] = mapped_column(Text)
    speaker_entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    repeat_of: Mapped[int | None] = mapped_column(ForeignKey("quotes.id"))
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    origin: Mapped[str] = mapped_column(String(20), default="machine")
    attrs: Mapped[dict[str, Any]] = mapped_column(default=dict)

    document: Mapped[Document] = relationship()


class Judgement(Base):
    """A person's decision, which always wins over the machine and is never re-derived.

    kind: same | different | unsure (about two records `subject_id` and `other_id` of
    `subject`), or best_figure (subject "claim": the chosen claim, which never moves between
    clusters, so the choice survives re-linking).
    """

    __tablename__ = "judgements"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(20))  # entity | incident | claim
    subject_id: Mapped[int] = mapped_column(Integer, index=True)
    other_id: Mapped[int | None] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    user: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LinkCandidate(Base):
    """A pair the linker was unsure about, waiting in the review queue."""

    __tablename__ = "link_candidates"
    __table_args__ = (UniqueConstraint("subject", "left_id", "right_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(20))  # entity | incident
    left_id: Mapped[int] = mapped_column(Integer)
    right_id: Mapped[int] = mapped_column(Integer)
    probability: Mapped[float] = mapped_column()
    state: Mapped[str] = mapped_column(String(20), default="open")  # open | decided
    attrs: Mapped[dict[str, Any]] = mapped_column(default=dict)


class AuditEvent(Base):
    """Every change a person (or a command) made: who, when, what, before, after, why."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20))  # admin | editor | viewer
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ApiToken(Base):
    """A token for scripts; only its SHA-256 is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
