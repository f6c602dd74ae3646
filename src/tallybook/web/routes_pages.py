"""Pages for reading: sign-in, dashboard, documents and search, incidents, people, organizations."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlparse

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from tallybook.model.vocab import INCIDENT_TYPES, Status
from tallybook.review.decisions import awaiting_review
from tallybook.review.users import Account, authenticate
from tallybook.store.db import Store
from tallybook.store.schema import Incident
from tallybook.store.search import search_store
from tallybook.web import queries
from tallybook.web.auth import client_address, reader, sees_confidential, web_session
from tallybook.web.charts import timeline_svg
from tallybook.web.highlight import highlight
from tallybook.web.params import Filters, Limit, Offset, RecordId, Text
from tallybook.web.render import pager, render

router = APIRouter(include_in_schema=False)
Reader = Annotated[Account, Depends(reader)]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _safe_next(target: str | None) -> str:
    """Only same-site paths, so the login form cannot be used to send people elsewhere."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return urlparse(target).path or "/"


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: Text = None) -> Response:
    return render(request, "login.html", next=_safe_next(next), error=None)


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    username: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    limiter = request.app.state.limiter
    address = client_address(request)
    if limiter.blocked(username, address):
        return render(
            request, "login.html", 429, next=_safe_next(next), error="Too many attempts; wait a few minutes."
        )
    with _store(request).session() as s:
        account = authenticate(s, username, password)
    if account is None:
        limiter.failed(username, address)
        return render(request, "login.html", 401, next=_safe_next(next), error="Wrong user name or password.")
    limiter.succeeded(username, address)
    web_session(request).login(account.id)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request) -> Response:
    web_session(request).logout()
    return RedirectResponse("/login", status_code=303)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, account: Reader) -> Response:
    conf = sees_confidential(account)
    with _store(request).session() as s:
        board = queries.dashboard(s, conf)
        pending = awaiting_review(s, conf, limit=5) if account.can("review") else []
        pending_rows = [
            (kind, row.id, row.document_id, row.status, _summary(kind, row)) for kind, row in pending
        ]
    return render(
        request,
        "dashboard.html",
        board=board,
        chart=timeline_svg(board.by_year),
        pending=pending_rows,
    )


def _summary(kind: str, row: object) -> str:
    for attr in ("type", "claimant", "text", "name_as_written", "name"):
        value = getattr(row, attr, None)
        if isinstance(value, str):
            return value[:80]
    return kind


@router.get("/documents", response_class=HTMLResponse)
def documents(
    request: Request,
    account: Reader,
    filters: Filters,
    q: Text = None,
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
    )
    params = {"q": q, **filters.active(), "limit": limit}
    pages = pager(result.total, result.limit, result.offset)
    if not result.total_exact and result.hits:  # more than the total: a next page exists
        pages["next"] = result.offset + result.limit
    return render(
        request,
        "documents.html",
        result=result,
        q=q or "",
        params=params,
        active=filters.active(),
        pager=pages,
    )


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, account: Reader, document_id: RecordId) -> Response:
    with _store(request).session() as s:
        view = queries.document_view(s, document_id, sees_confidential(account))
        body = highlight(view.document.text, view.annotations())
        return render(request, "document.html", view=view, doc=view.document, body=body)


@router.get("/incidents", response_class=HTMLResponse)
def incidents(
    request: Request, account: Reader, type: Text = None, limit: Limit = 50, offset: Offset = 0
) -> Response:
    stmt = select(Incident).where(
        queries.visible(Incident, sees_confidential(account)), Incident.merged_into.is_(None)
    )
    if type:
        stmt = stmt.where(Incident.type == type)
    with _store(request).session() as s:
        rows, total = queries.page(s, stmt.order_by(Incident.date.desc(), Incident.id.desc()), limit, offset)
        return render(
            request,
            "incidents.html",
            rows=rows,
            types=INCIDENT_TYPES,
            type=type,
            params={"type": type, "limit": limit},
            pager=pager(total, limit, offset),
        )


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, account: Reader, incident_id: RecordId) -> Response:
    with _store(request).session() as s:
        view = queries.incident_view(s, incident_id, sees_confidential(account))
        return render(request, "incident.html", view=view, statuses=list(Status))


def _entities(
    request: Request, account: Account, kind: str, name: str | None, limit: int, offset: int
) -> Response:
    with _store(request).session() as s:
        stmt = queries.entities_stmt(kind, sees_confidential(account), name)
        rows, total = queries.page(s, stmt, limit, offset)
        return render(
            request,
            "entities.html",
            kind=kind,
            rows=rows,
            name=name or "",
            params={"name": name, "limit": limit},
            pager=pager(total, limit, offset),
        )


def _entity(request: Request, account: Account, kind: str, entity_id: int) -> Response:
    with _store(request).session() as s:
        view = queries.entity_view(s, kind, entity_id, sees_confidential(account))
        return render(request, "entity.html", kind=kind, view=view)


@router.get("/people", response_class=HTMLResponse)
def people(
    request: Request, account: Reader, name: Text = None, limit: Limit = 50, offset: Offset = 0
) -> Response:
    return _entities(request, account, "person", name, limit, offset)


@router.get("/people/{entity_id}", response_class=HTMLResponse)
def person(request: Request, account: Reader, entity_id: RecordId) -> Response:
    return _entity(request, account, "person", entity_id)


@router.get("/organizations", response_class=HTMLResponse)
def organizations(
    request: Request, account: Reader, name: Text = None, limit: Limit = 50, offset: Offset = 0
) -> Response:
    return _entities(request, account, "organization", name, limit, offset)


@router.get("/organizations/{entity_id}", response_class=HTMLResponse)
def organization(request: Request, account: Reader, entity_id: RecordId) -> Response:
    return _entity(request, account, "organization", entity_id)


def forbid_unless(account: Account, action: str) -> None:
    if not account.can(action):
        raise HTTPException(403, f"your role ({account.role}) may not {action.replace('_', ' ')}")
