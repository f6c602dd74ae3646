"""The JSON shapes of the API (they also make the OpenAPI document)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class DocumentOut(Out):
    id: int
    title: str | None
    source: str
    publisher: str | None
    published: str | None
    language: str | None
    content_type: str
    confidential: bool
    retrieved_at: datetime
    extracted_at: datetime | None


class IncidentOut(Out):
    id: int
    document_id: int | None
    type: str
    date: str | None
    date_end: str | None
    place: str | None
    country: str | None
    description: str | None
    start: int | None
    end: int | None
    status: str
    origin: str
    merged_into: int | None


class ClaimOut(Out):
    id: int
    incident_id: int
    document_id: int
    claimant: str
    stance: str
    certainty: str
    count: int | None
    qualifier: str | None
    count_low: int | None
    count_high: int | None
    claimed_on: str | None
    start: int | None
    end: int | None
    status: str
    origin: str


class QuoteOut(Out):
    id: int
    document_id: int
    speaker: str | None
    text: str
    start: int
    end: int
    repeat_of: int | None
    status: str


class MentionOut(Out):
    id: int
    entity_id: int
    document_id: int
    role: str
    name_as_written: str
    start: int | None
    end: int | None
    status: str


class VictimOut(Out):
    id: int
    incident_id: int
    entity_id: int | None
    name: str
    document_id: int | None
    start: int | None
    end: int | None
    status: str


class AuditOut(Out):
    id: int
    at: datetime
    user: str
    action: str
    table_name: str
    record_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None


class DocumentDetail(DocumentOut):
    text: str
    incidents: list[IncidentOut]
    claims: list[ClaimOut]
    quotes: list[QuoteOut]
    mentions: list[MentionOut]


class NotCountedOut(Out):
    claim_id: int
    reason: str


class FiguresOut(Out):
    low: int | None
    high: int | None
    best: dict[str, Any] | None
    corroboration: int
    disputed_by: list[str]
    open_ended: bool = False
    sources: list[str] = Field(default_factory=list)
    not_counted: list[NotCountedOut] = Field(default_factory=list)


class IncidentDetail(IncidentOut):
    claims: list[ClaimOut]
    victims: list[VictimOut]
    merged: list[int]
    figures: FiguresOut
    audit: list[AuditOut]


class EntityOut(Out):
    id: int
    kind: str
    name: str
    org_kind: str | None
    description: str | None
    status: str


class EntityDetail(EntityOut):
    spellings: dict[str, int]
    aliases: list[str]
    roles: dict[str, int]
    incidents: list[IncidentOut]


class FacetOut(Out):
    value: str
    count: int


class SearchHitOut(Out):
    id: int
    title: str | None
    source: str
    published: str | None
    confidential: bool
    snippet_html: str


class SearchOut(BaseModel):
    hits: list[SearchHitOut]
    total: int
    total_exact: bool
    limit: int
    offset: int
    order: str = Field(description="relevance, or newest when too many documents match to rank")
    facets: dict[str, list[FacetOut]]


class DecisionIn(BaseModel):
    reason: str | None = Field(default=None, max_length=2000)


class EditIn(DecisionIn):
    changes: dict[str, int | str | None] = Field(min_length=1, max_length=20)


class BestFigureIn(DecisionIn):
    claim_id: int = Field(ge=1, le=2**31 - 1)


class ConfidentialIn(DecisionIn):
    confidential: bool


class DecisionOut(BaseModel):
    kind: str
    id: int
    status: str
    record: dict[str, Any]


class Me(BaseModel):
    username: str
    role: str
