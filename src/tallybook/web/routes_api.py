"""The JSON API under /api/v1: read everything a reader may see, post review decisions.

Authentication: `Authorization: Bearer <token>` (from `tallybook token create`) or the
browser session (then non-GET requests need the `X-CSRF-Token` header)."""

from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi import Path as PathParam
from sqlalchemy import select

from tallybook.review import decisions
from tallybook.review.users import Account
from tallybook.store.db import Store
from tallybook.store.schema import Claim, Incident
from tallybook.store.search import FACET_CAP, MAX_OFFSET, RANK_LIMIT, search_store
from tallybook.web import queries
from tallybook.web.api_models import (
    BestFigureIn,
    ClaimOut,
    ConfidentialIn,
    DecisionIn,
    DecisionOut,
    DocumentDetail,
    DocumentOut,
    EditIn,
    EntityDetail,
    EntityOut,
    IncidentDetail,
    IncidentOut,
    Me,
    Page,
    SearchOut,
)
from tallybook.web.auth import editor, reader, sees_confidential
from tallybook.web.params import Filters, Limit, Offset, RecordId, Text

router = APIRouter(tags=["tallybook"])
Reader = Annotated[Account, Depends(reader)]
Editor = Annotated[Account, Depends(editor)]
Kind = Annotated[Literal["incident", "claim", "quote", "mention", "victim"], PathParam()]
OptionalId = Annotated[int | None, Query(ge=1, le=2**31 - 1)]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@router.get("/me", response_model=Me)
def me(account: Reader) -> Me:
    return Me(username=account.username, role=account.role)


_SEARCH_HELP = f"""Documents matching `q` (words AND-ed, "a phrase", prefix*) and the filters.

When at most {RANK_LIMIT} documents match they come by relevance, otherwise newest first
(`order`). `total` is exact when `total_exact` is true; otherwise more than `total` documents
match, and when this page has hits the next one (`offset` + `limit`) has some too. Pages go
{MAX_OFFSET} results deep. `facets=true` adds facet counts over the first {FACET_CAP} results."""


@router.get("/search", response_model=SearchOut, description=_SEARCH_HELP)
async def search_documents(
    request: Request,
    account: Reader,
    filters: Filters,
    q: Text = None,
    facets: bool = False,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Response:
    result = search_store(
        _store(request),
        q or "",
        filters,
        include_confidential=sees_confidential(account),
        limit=limit,
        offset=offset,
        with_facets=facets,
    )
    # The hot path of scripts and dashboards: plain data straight to JSON, shaped as
    # SearchOut (which documents it), without building and re-validating models per hit.
    body = {
        "hits": [vars(h) for h in result.hits],
        "total": result.total,
        "total_exact": result.total_exact,
        "limit": result.limit,
        "offset": result.offset,
        "order": result.order,
        "facets": {k: [vars(v) for v in values] for k, values in result.facets.items()},
    }
    content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    return Response(content, media_type="application/json")


@router.get("/documents", response_model=Page[DocumentOut])
def list_documents(
    request: Request, account: Reader, limit: Limit = 50, offset: Offset = 0
) -> Page[DocumentOut]:
    from tallybook.store.schema import Document
    from tallybook.store.visibility import document_visible

    stmt = select(Document).where(document_visible(sees_confidential(account))).order_by(Document.id.desc())
    with _store(request).session() as s:
        rows, total = queries.page(s, stmt, limit, offset)
        items = [DocumentOut.model_validate(r) for r in rows]
    return Page[DocumentOut](items=items, total=total, limit=limit, offset=offset)


@router.get("/documents/{document_id}", response_model=DocumentDetail)
def get_document(request: Request, account: Reader, document_id: RecordId) -> DocumentDetail:
    with _store(request).session() as s:
        view = queries.document_view(s, document_id, sees_confidential(account))
        base = DocumentOut.model_validate(view.document).model_dump()
        return DocumentDetail.model_validate(
            {
                **base,
                "text": view.document.text,
                "incidents": view.incidents,
                "claims": view.claims,
                "quotes": view.quotes,
                "mentions": view.mentions,
            }
        )


@router.get("/incidents", response_model=Page[IncidentOut])
def list_incidents(
    request: Request,
    account: Reader,
    type: Text = None,
    status: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[IncidentOut]:
    stmt = select(Incident).where(queries.visible(Incident, sees_confidential(account)))
    if type:
        stmt = stmt.where(Incident.type == type)
    if status:
        stmt = stmt.where(Incident.status == status)
    with _store(request).session() as s:
        rows, total = queries.page(s, stmt.order_by(Incident.id), limit, offset)
        items = [IncidentOut.model_validate(r) for r in rows]
    return Page[IncidentOut](items=items, total=total, limit=limit, offset=offset)


@router.get("/incidents/{incident_id}", response_model=IncidentDetail)
def get_incident(request: Request, account: Reader, incident_id: RecordId) -> IncidentDetail:
    with _store(request).session() as s:
        view = queries.incident_view(s, incident_id, sees_confidential(account))
        base = IncidentOut.model_validate(view.incident).model_dump()
        return IncidentDetail.model_validate(
            {
                **base,
                "claims": view.claims,
                "victims": view.victims,
                "merged": [m.id for m in view.merged],
                "figures": view.figures,
                "audit": view.audit,
            }
        )


@router.get("/claims", response_model=Page[ClaimOut])
def list_claims(
    request: Request,
    account: Reader,
    incident_id: OptionalId = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[ClaimOut]:
    stmt = select(Claim).where(queries.visible(Claim, sees_confidential(account)))
    if incident_id is not None:
        stmt = stmt.where(Claim.incident_id == incident_id)
    with _store(request).session() as s:
        rows, total = queries.page(s, stmt.order_by(Claim.id), limit, offset)
        items = [ClaimOut.model_validate(r) for r in rows]
    return Page[ClaimOut](items=items, total=total, limit=limit, offset=offset)


def _entities(
    request: Request, account: Account, kind: str, name: str | None, limit: int, offset: int
) -> Page[EntityOut]:
    with _store(request).session() as s:
        rows, total = queries.page(
            s, queries.entities_stmt(kind, sees_confidential(account), name), limit, offset
        )
        items = [EntityOut.model_validate(r) for r in rows]
    return Page[EntityOut](items=items, total=total, limit=limit, offset=offset)


def _entity(request: Request, account: Account, kind: str, entity_id: int) -> EntityDetail:
    with _store(request).session() as s:
        view = queries.entity_view(s, kind, entity_id, sees_confidential(account))
        base = EntityOut.model_validate(view.entity).model_dump()
        return EntityDetail.model_validate(
            {
                **base,
                "spellings": dict(view.spellings),
                "aliases": [a.alias for a in view.aliases],
                "roles": dict(view.roles),
                "incidents": view.incidents,
            }
        )


@router.get("/people", response_model=Page[EntityOut])
def list_people(
    request: Request, account: Reader, name: Text = None, limit: Limit = 50, offset: Offset = 0
) -> Page[EntityOut]:
    return _entities(request, account, "person", name, limit, offset)


@router.get("/people/{entity_id}", response_model=EntityDetail)
def get_person(request: Request, account: Reader, entity_id: RecordId) -> EntityDetail:
    return _entity(request, account, "person", entity_id)


@router.get("/organizations", response_model=Page[EntityOut])
def list_organizations(
    request: Request, account: Reader, name: Text = None, limit: Limit = 50, offset: Offset = 0
) -> Page[EntityOut]:
    return _entities(request, account, "organization", name, limit, offset)


@router.get("/organizations/{entity_id}", response_model=EntityDetail)
def get_organization(request: Request, account: Reader, entity_id: RecordId) -> EntityDetail:
    return _entity(request, account, "organization", entity_id)


def _outcome(kind: str, row: decisions.Reviewable) -> DecisionOut:
    return DecisionOut(kind=kind, id=row.id, status=row.status, record=decisions.snapshot(kind, row))


@router.post("/review/{kind}/{record_id}/confirm", response_model=DecisionOut)
def api_confirm(
    request: Request, account: Editor, kind: Kind, record_id: RecordId, body: DecisionIn
) -> DecisionOut:
    with _store(request).session() as s:
        row = decisions.confirm(s, kind, record_id, user=account.username, reason=body.reason)
        return _outcome(kind, row)


@router.post("/review/{kind}/{record_id}/reject", response_model=DecisionOut)
def api_reject(
    request: Request, account: Editor, kind: Kind, record_id: RecordId, body: DecisionIn
) -> DecisionOut:
    with _store(request).session() as s:
        row = decisions.reject(s, kind, record_id, user=account.username, reason=body.reason)
        return _outcome(kind, row)


@router.post("/review/{kind}/{record_id}/edit", response_model=DecisionOut)
def api_edit(request: Request, account: Editor, kind: Kind, record_id: RecordId, body: EditIn) -> DecisionOut:
    with _store(request).session() as s:
        row = decisions.edit(s, kind, record_id, body.changes, user=account.username, reason=body.reason)
        return _outcome(kind, row)


@router.post("/incidents/{incident_id}/best", response_model=IncidentOut)
def api_best_figure(
    request: Request, account: Editor, incident_id: RecordId, body: BestFigureIn
) -> IncidentOut:
    with _store(request).session() as s:
        incident = decisions.choose_best_figure(
            s, incident_id, body.claim_id, user=account.username, reason=body.reason
        )
        return IncidentOut.model_validate(incident)


@router.post("/documents/{document_id}/confidential", response_model=DocumentOut)
def api_confidential(
    request: Request, account: Editor, document_id: RecordId, body: ConfidentialIn
) -> DocumentOut:
    with _store(request).session() as s:
        doc = decisions.set_confidential(
            s, document_id, body.confidential, user=account.username, reason=body.reason
        )
        return DocumentOut.model_validate(doc)
