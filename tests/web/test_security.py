"""Who may do what: anonymous users and viewers can write nothing, CSRF is checked on every
non-GET request, confidential material stays hidden from viewers, logins are rate limited."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tallybook.review import users
from tallybook.store.db import Store
from tallybook.store.schema import AuditEvent, Claim, Document, Incident, User

from .support import PASSWORD, Corpus, csrf_of, login

SESSION_ROUTES = {"/login", "/logout"}  # open to everyone by design


def _walk(routes: list[Any], prefix: str = "") -> list[tuple[str, str]]:
    found = []
    for route in routes:
        if isinstance(route, APIRoute):
            found += [(m, prefix + route.path) for m in route.methods or ()]
        elif hasattr(route, "original_router"):  # FastAPI >= 0.16x keeps included routers nested
            found += _walk(route.original_router.routes, prefix + route.include_context.prefix)
    return found


def write_routes(app: FastAPI) -> list[tuple[str, str]]:
    """Every non-GET route of the app, read from its router so a new one cannot slip by."""
    out = [
        (method, path)
        for method, path in _walk(app.router.routes)
        if method not in ("GET", "HEAD", "OPTIONS") and path not in SESSION_ROUTES
    ]
    assert len(out) >= 12, out  # the review, upload, admin and API write routes
    return sorted(set(out))


def _fill(path: str, corpus: Corpus) -> str:
    values = {
        "kind": "incident",
        "record_id": str(corpus.open_incident),
        "document_id": str(corpus.open_doc),
        "username": "editor",
        "incident_id": str(corpus.open_incident),
    }
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)


def _snapshot(store: Store) -> tuple[object, ...]:
    with store.session() as s:
        return (
            s.scalar(select(func.count()).select_from(AuditEvent)),
            tuple(s.scalars(select(Incident.status).order_by(Incident.id))),
            tuple(s.scalars(select(Claim.count).order_by(Claim.id))),
            tuple(s.scalars(select(Document.confidential).order_by(Document.id))),
            tuple(s.scalars(select(User.role).order_by(User.id))),
            s.scalar(select(func.count()).select_from(Document)),
        )


def _payloads(csrf: str | None) -> dict[str, str]:
    form = {
        "reason": "r",
        "confidential": "1",
        "type": "arrest",
        "username": "mallory",
        "password": "a long enough secret",
        "role": "admin",
        "url": "http://127.0.0.1:9/x",
        "claim_id": "1",
    }
    if csrf:
        form["csrf_token"] = csrf
    return form


def test_anonymous_users_can_write_nothing(
    app: FastAPI, client: TestClient, store: Store, corpus: Corpus
) -> None:
    before = _snapshot(store)
    csrf = csrf_of(client)  # an anonymous session with a valid CSRF token
    for method, path in write_routes(app):
        url = _fill(path, corpus)
        r = client.request(
            method, url, data=_payloads(csrf), headers={"X-CSRF-Token": csrf}, follow_redirects=False
        )
        assert r.status_code in (401, 403), (method, url, r.status_code)
        if path.startswith("/api/"):
            r = client.request(
                method,
                url,
                json={"reason": "r", "confidential": True, "changes": {"type": "arrest"}, "claim_id": 1},
                headers={"X-CSRF-Token": csrf},
            )
            assert r.status_code in (401, 403), (method, url, r.status_code)
    assert _snapshot(store) == before


def test_viewers_can_write_nothing(app: FastAPI, client: TestClient, store: Store, corpus: Corpus) -> None:
    csrf = login(client, "viewer")
    with store.session() as s:
        token = users.create_token(s, "viewer")
    before = _snapshot(store)
    for method, path in write_routes(app):
        url = _fill(path, corpus)
        r = client.request(method, url, data=_payloads(csrf), follow_redirects=False)
        assert r.status_code == 403, (method, url, r.status_code)
        if path.startswith("/api/"):
            r = client.request(
                method,
                url,
                json={"reason": "r", "confidential": True, "changes": {"type": "arrest"}, "claim_id": 1},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert r.status_code == 403, (method, url, r.status_code)
    assert _snapshot(store) == before


def test_missing_or_wrong_csrf_is_403(app: FastAPI, client: TestClient, store: Store, corpus: Corpus) -> None:
    login(client, "admin")
    before = _snapshot(store)
    for method, path in [*write_routes(app), ("POST", "/logout")]:
        url = _fill(path, corpus)
        assert client.request(method, url, data=_payloads(None)).status_code == 403, url
        assert client.request(method, url, data=_payloads("forged")).status_code == 403, url
    assert _snapshot(store) == before
    # Signing in needs the token too (no login CSRF).
    fresh = TestClient(app)
    r = fresh.post("/login", data={"username": "admin", "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 403


def test_editor_with_csrf_can_confirm(client: TestClient, store: Store, corpus: Corpus) -> None:
    csrf = login(client, "editor")
    r = client.post(
        f"/review/incident/{corpus.open_incident}/confirm",
        data={"csrf_token": csrf, "reason": "ok"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    with store.session() as s:
        inc = s.get(Incident, corpus.open_incident)
        assert inc is not None and inc.status == "confirmed"


def test_session_cookie_flags(app: FastAPI) -> None:
    with TestClient(app) as c:
        cookie = c.get("/login").headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    with TestClient(app, base_url="https://testserver") as c:
        assert "Secure" in c.get("/login").headers["set-cookie"]


def test_tampered_session_is_signed_out(app: FastAPI, client: TestClient) -> None:
    login(client, "admin")
    value = client.cookies.get("tb_session")
    assert value
    client.cookies.set("tb_session", value[:-3] + ("aaa" if not value.endswith("aaa") else "bbb"))
    assert client.get("/admin/users", follow_redirects=False).status_code == 303


def test_login_is_rate_limited_per_user_and_address(app: FastAPI, client: TestClient) -> None:
    csrf = csrf_of(client)
    codes = [
        client.post(
            "/login", data={"username": "editor", "password": "wrong wrong", "csrf_token": csrf}
        ).status_code
        for _ in range(6)
    ]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    r = client.post("/login", data={"username": "editor", "password": PASSWORD, "csrf_token": csrf})
    assert r.status_code == 429  # even the right password waits
    other = client.post(
        "/login",
        data={"username": "viewer", "password": PASSWORD, "csrf_token": csrf},
        follow_redirects=False,
    )
    assert other.status_code == 303


@pytest.mark.postgres
@pytest.mark.parametrize("role", ["viewer"])
def test_viewer_never_sees_confidential_material(
    client: TestClient, store: Store, corpus: Corpus, role: str
) -> None:
    login(client, role)
    with store.session() as s:
        token = users.create_token(s, role)
    api = {"Authorization": f"Bearer {token}"}
    for url in (
        f"/documents/{corpus.secret_doc}",
        f"/incidents/{corpus.secret_incident}",
        f"/people/{corpus.secret_person}",
    ):
        assert client.get(url).status_code == 404, url
    for url in (
        f"/api/v1/documents/{corpus.secret_doc}",
        f"/api/v1/incidents/{corpus.secret_incident}",
        f"/api/v1/people/{corpus.secret_person}",
    ):
        assert client.get(url, headers=api).status_code == 404, url
    pages = "".join(
        client.get(u).text
        for u in ("/", "/documents", "/documents?q=witness", "/incidents", "/people", "/organizations")
    )
    apis = "".join(
        client.get(u, headers=api).text
        for u in (
            "/api/v1/documents",
            "/api/v1/search?q=witness&facets=true",
            "/api/v1/search?facets=true",
            "/api/v1/incidents",
            "/api/v1/claims",
            "/api/v1/people",
            "/api/v1/organizations",
        )
    )
    for secret in ("Witness statement Idlib", "Omar Said", "Idlib", "anonymous witness", "Secret Sources"):
        assert secret not in pages, secret
        assert secret not in apis, secret


def test_editor_sees_confidential_material(client: TestClient, corpus: Corpus) -> None:
    login(client, "editor")
    assert "Omar Said" in client.get(f"/documents/{corpus.secret_doc}").text
    assert "Witness statement Idlib" in client.get("/documents?q=witness").text
    assert "Secret Sources Collective" in client.get("/organizations").text


def test_disabled_user_loses_the_session(client: TestClient, store: Store) -> None:
    login(client, "editor")
    assert client.get("/review").status_code == 200
    with store.session() as s:
        users.disable_user(s, "editor")
    assert client.get("/review", follow_redirects=False).status_code == 303


def test_admin_with_csrf_reaches_every_write_route(app: FastAPI, client: TestClient, corpus: Corpus) -> None:
    """The control for the refusals above: the same requests from an admin with the token get
    past authentication and CSRF, so those 401/403s came from the role check."""
    csrf = login(client, "admin")
    body = {"reason": "r", "confidential": True, "changes": {"place": "Homs"}, "claim_id": corpus.open_claim}
    for method, path in write_routes(app):
        url = _fill(path, corpus)
        if path.startswith("/api/"):
            r = client.request(method, url, json=body, headers={"X-CSRF-Token": csrf})
        else:
            form = {**_payloads(csrf), "claim_id": str(corpus.open_claim), "place": "Homs"}
            r = client.request(method, url, data=form, follow_redirects=False)
        assert r.status_code not in (401, 403), (method, url, r.status_code, r.text[:300])
