"""The users admin page (admins only)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Form, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tallybook.errors import TallybookError
from tallybook.review import users
from tallybook.review.users import Account
from tallybook.store.db import Store
from tallybook.web.auth import admin
from tallybook.web.render import render

router = APIRouter(include_in_schema=False)
Admin = Annotated[Account, Depends(admin)]
Username = Annotated[str, PathParam(max_length=100, pattern=r"^[A-Za-z0-9][A-Za-z0-9._@-]*$")]
RoleField = Annotated[Literal["admin", "editor", "viewer"], Form()]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _page(request: Request, status: int = 200, error: str | None = None) -> Response:
    with _store(request).session() as s:
        rows = users.list_users(s)
        return render(request, "users.html", status, rows=rows, roles=list(users.Role), error=error)


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, account: Admin) -> Response:
    return _page(request)


@router.post("/admin/users", response_class=HTMLResponse)
def add_user(
    request: Request,
    account: Admin,
    username: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    role: RoleField,
) -> Response:
    try:
        with _store(request).session() as s:
            users.add_user(s, username, password, role, by=account.username)
    except TallybookError as e:
        return _page(request, 400, str(e))
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{username}/disable")
def disable_user(request: Request, account: Admin, username: Username) -> Response:
    if username == account.username:
        return _page(request, 400, "you cannot disable your own account")
    with _store(request).session() as s:
        users.disable_user(s, username, by=account.username)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{username}/role")
def set_role(request: Request, account: Admin, username: Username, role: RoleField) -> Response:
    with _store(request).session() as s:
        users.set_role(s, username, role, by=account.username)
    return RedirectResponse("/admin/users", status_code=303)
