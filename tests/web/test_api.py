"""The JSON API: token and session auth, pagination, review decisions, clean 4xx."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tallybook.review import users
from tallybook.store.db import Store
from tallybook.store.schema import Claim

from .support import Corpus, add_document, login


def _token(store: Store, username: str) -> dict[str, str]:
    with store.session() as s:
        return {"Authorization": f"Bearer {users.create_token(s, username)}"}


def test_token_auth_and_pagination(client: TestClient, store: Store, corpus: Corpus) -> None:
    assert client.get("/api/v1/documents").status_code == 401
    assert client.get("/api/v1/documents", headers={"Authorization": "Bearer nope"}).status_code == 401
    auth = _token(store, "editor")
    with store.session() as s:
        for n in range(5):
            add_document(s, f"Extra report {n}.", title=f"extra {n}")
    first = client.get("/api/v1/documents", params={"limit": 3}, headers=auth).json()
    second = client.get("/api/v1/documents", params={"limit": 3, "offset": 3}, headers=auth).json()
    assert first["total"] == second["total"] == 7  # editors see the confidential one too
    ids = [d["id"] for d in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == 6
    me = client.get("/api/v1/me", headers=auth).json()
    assert me == {"username": "editor", "role": "editor"}


@pytest.mark.postgres
def test_detail_endpoints(client: TestClient, store: Store, corpus: Corpus) -> None:
    auth = _token(store, "viewer")
    doc = client.get(f"/api/v1/documents/{corpus.open_doc}", headers=auth).json()
    assert doc["text"].startswith("Security forces") and len(doc["incidents"]) == 1
    incident = client.get(f"/api/v1/incidents/{corpus.open_incident}", headers=auth).json()
    assert incident["figures"]["low"] == 12 and incident["figures"]["corroboration"] == 1
    assert incident["figures"]["disputed_by"] == ["interior ministry"]
    claims = client.get("/api/v1/claims", params={"incident_id": corpus.open_incident}, headers=auth).json()
    assert claims["total"] == 2
    person = client.get(f"/api/v1/people/{corpus.open_person}", headers=auth).json()
    assert person["spellings"] == {"Ali Hassan": 1} and person["roles"] == {"source": 1}
    found = client.get("/api/v1/search", params={"q": "Hama", "facets": "true"}, headers=auth).json()
    assert [h["id"] for h in found["hits"]] == [corpus.open_doc]
    assert {f["value"] for f in found["facets"]["type"]} == {"killing"}


@pytest.mark.postgres
def test_review_by_token_is_audited(client: TestClient, store: Store, corpus: Corpus) -> None:
    auth = _token(store, "editor")
    r = client.post(
        f"/api/v1/review/claim/{corpus.open_claim}/edit",
        headers=auth,
        json={"changes": {"count": 14}, "reason": "the source says 14"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "edited" and r.json()["record"]["count"] == 14
    with store.session() as s:
        claim = s.get(Claim, corpus.open_claim)
        assert claim is not None and claim.count == 14
    audit = client.get(f"/api/v1/incidents/{corpus.open_incident}", headers=auth).json()["audit"]
    assert [(e["user"], e["action"], e["reason"]) for e in audit] == [
        ("editor", "edit", "the source says 14")
    ]


def test_session_auth_needs_csrf_header(client: TestClient, corpus: Corpus) -> None:
    csrf = login(client, "editor")
    url = f"/api/v1/review/incident/{corpus.open_incident}/confirm"
    assert client.post(url, json={"reason": "x"}).status_code == 403
    assert client.post(url, json={"reason": "x"}, headers={"X-CSRF-Token": csrf}).status_code == 200


def test_bad_input_is_4xx(client: TestClient, store: Store, corpus: Corpus) -> None:
    auth = _token(store, "editor")
    cases: list[tuple[str, str, object]] = [
        ("GET", "/api/v1/documents?limit=0", None),
        ("GET", "/api/v1/documents?offset=-5", None),
        ("GET", f"/api/v1/documents/{2**40}", None),
        ("GET", "/api/v1/incidents/12345", None),
        ("POST", "/api/v1/review/planet/1/confirm", {}),
        ("POST", "/api/v1/review/incident/999/confirm", {}),
        ("POST", f"/api/v1/review/claim/{corpus.open_claim}/edit", {"changes": {"count": "lots"}}),
        ("POST", f"/api/v1/review/claim/{corpus.open_claim}/edit", {"changes": {}}),
        ("POST", f"/api/v1/review/claim/{corpus.open_claim}/edit", {"changes": {"end": 10**6}}),
        ("POST", f"/api/v1/review/claim/{corpus.open_claim}/edit", {"changes": {"count": 2**40}}),
        ("POST", f"/api/v1/review/claim/{corpus.open_claim}/edit", "not json"),
    ]
    for method, url, body in cases:
        if isinstance(body, str):
            r = client.request(
                method, url, content=body, headers={**auth, "content-type": "application/json"}
            )
        else:
            r = client.request(method, url, json=body, headers=auth)
        assert 400 <= r.status_code < 500, (url, body, r.status_code, r.text)
    ok = client.get("/api/v1/search?q=%22%22%22AND(", headers=auth)
    assert ok.status_code == 200


def test_best_figure_shows_on_the_incident(client: TestClient, store: Store, corpus: Corpus) -> None:
    auth = _token(store, "editor")
    r = client.post(
        f"/api/v1/incidents/{corpus.open_incident}/best",
        headers=auth,
        json={"claim_id": corpus.open_claim, "reason": "the monitor's own count"},
    )
    assert r.status_code == 200, r.text
    best = client.get(f"/api/v1/incidents/{corpus.open_incident}", headers=auth).json()["figures"]["best"]
    assert best["count"] == 12 and best["user"] == "editor"
    csrf = login(client, "editor")
    page = client.get(f"/incidents/{corpus.open_incident}").text
    assert "chosen by editor" in page and f'name="csrf_token" value="{csrf}"' in page
