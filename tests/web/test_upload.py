"""Upload through the form: the real ingest stage stores it, the real extractor (spaCy) runs
once for the document, and the page shows what it found."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from tallybook.store.db import Store
from tallybook.store.schema import Document, Incident

from .support import Corpus, login

REPORT = Path(__file__).with_name("report.txt")


def test_upload_ingests_and_extracts(client: TestClient, store: Store, corpus: Corpus) -> None:
    csrf = login(client, "editor")
    r = client.post(
        "/upload",
        data={"csrf_token": csrf, "confidential": "1"},
        files={"file": ("marrow report.txt", REPORT.read_bytes(), "text/plain")},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    doc_id = int(r.headers["location"].rsplit("/", 1)[1])
    with store.session() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None and doc.confidential and doc.extracted_at is not None
        types = set(s.scalars(select(Incident.type).where(Incident.document_id == doc_id)))
    assert "killing" in types
    page = client.get(f"/documents/{doc_id}")
    assert 'class="k k-incident"' in page.text
    # The same file again is a duplicate that points at the first copy.
    again = client.post(
        "/upload",
        data={"csrf_token": csrf},
        files={"file": ("again.txt", REPORT.read_bytes(), "text/plain")},
        follow_redirects=False,
    )
    assert again.status_code == 303 and again.headers["location"] == f"/documents/{doc_id}"


def test_upload_refuses_empty_and_non_http(client: TestClient, corpus: Corpus) -> None:
    csrf = login(client, "editor")
    assert client.post("/upload", data={"csrf_token": csrf}).status_code == 400
    r = client.post("/upload", data={"csrf_token": csrf, "url": "file:///etc/passwd"})
    assert r.status_code == 400 and "http" in r.text
    for local in ("http://127.0.0.1:5432/", "http://localhost/admin", "http://[::1]/", "http://10.1.2.3/x"):
        r = client.post("/upload", data={"csrf_token": csrf, "url": local})
        assert r.status_code == 400 and "private or local" in r.text, local
