"""Helpers for the web tests: a real store with accounts and a small corpus, a signed-in
TestClient per role, and a real uvicorn server on a free loopback port."""

from __future__ import annotations

import re
import socket
import threading
import time
from dataclasses import dataclass

import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tallybook.review import users
from tallybook.store.db import Store
from tallybook.store.schema import Claim, Document, Entity, Incident, Mention, Quote

PASSWORD = "a long enough secret"
ROLES = ("admin", "editor", "viewer")

OPEN_TEXT = (
    "Security forces killed at least 12 protesters in Hama on 3 May 2019, the Syrian Observatory "
    'said. "We saw them fall one after another," said Ali Hassan, a witness. The interior '
    "ministry denied that anyone was killed."
)
SECRET_TEXT = (
    "A witness who asked not to be named said that Omar Said was arrested at a checkpoint near "
    "Idlib on 9 June 2020 and has not been seen since."
)


@dataclass
class Corpus:
    open_doc: int
    secret_doc: int
    open_incident: int
    secret_incident: int
    open_claim: int
    secret_person: int
    open_person: int


def add_document(
    s: Session, text: str, *, title: str, confidential: bool = False, published: str | None = None
) -> Document:
    import hashlib

    doc = Document(
        sha256=hashlib.sha256((title + text).encode()).hexdigest(),
        source=f"test:{title}",
        content_type="text/plain",
        size=len(text.encode()),
        title=title,
        text=text,
        confidential=confidential,
        published=published,
    )
    s.add(doc)
    s.flush()
    return doc


def seed(store: Store) -> Corpus:
    with store.session() as s:
        for role in ROLES:
            users.add_user(s, role, PASSWORD, role)
        d1 = add_document(s, OPEN_TEXT, title="Hama protest report", published="2019-05-04")
        d2 = add_document(
            s, SECRET_TEXT, title="Witness statement Idlib", confidential=True, published="2020-06-10"
        )
        i1 = Incident(
            document_id=d1.id,
            type="killing",
            date="2019-05-03",
            place="Hama",
            country="Syria",
            description="protesters",
            start=0,
            end=OPEN_TEXT.index(" the Syrian"),
        )
        i2 = Incident(
            document_id=d2.id,
            type="enforced_disappearance",
            date="2020-06-09",
            place="Idlib",
            country="Syria",
            start=SECRET_TEXT.index("Omar"),
            end=len(SECRET_TEXT) - 1,
        )
        s.add_all([i1, i2])
        s.flush()
        c1 = Claim(
            incident_id=i1.id,
            document_id=d1.id,
            claimant="Syrian Observatory",
            count=12,
            qualifier="at_least",
            start=0,
            end=OPEN_TEXT.index("said.") + 4,
        )
        c2 = Claim(
            incident_id=i1.id,
            document_id=d1.id,
            claimant="interior ministry",
            stance="disputes",
            start=OPEN_TEXT.index("The interior"),
            end=len(OPEN_TEXT),
        )
        collective = Entity(kind="organization", name="Secret Sources Collective")
        s.add(collective)
        s.flush()
        c3 = Claim(
            claimant_entity_id=collective.id,
            incident_id=i2.id,
            document_id=d2.id,
            claimant="anonymous witness",
            start=0,
            end=40,
        )
        s.add_all([c1, c2, c3])
        ali = Entity(kind="person", name="Ali Hassan")
        omar = Entity(kind="person", name="Omar Said")
        s.add_all([ali, omar])
        s.flush()
        a = OPEN_TEXT.index("Ali Hassan")
        o = SECRET_TEXT.index("Omar Said")
        s.add_all(
            [
                Mention(
                    entity_id=ali.id,
                    document_id=d1.id,
                    role="source",
                    name_as_written="Ali Hassan",
                    start=a,
                    end=a + 10,
                ),
                Mention(
                    entity_id=omar.id,
                    document_id=d2.id,
                    role="victim",
                    name_as_written="Omar Said",
                    start=o,
                    end=o + 9,
                ),
            ]
        )
        q = OPEN_TEXT.index("We saw")
        s.add(
            Quote(
                document_id=d1.id,
                speaker="Ali Hassan",
                text="We saw them fall one after another,",
                start=q,
                end=q + len("We saw them fall one after another,"),
            )
        )
        s.flush()
        return Corpus(d1.id, d2.id, i1.id, i2.id, c1.id, omar.id, ali.id)


def csrf_of(client: TestClient) -> str:
    page = client.get("/login")
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, "login page has no CSRF token"
    return match.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Sign in through the form; returns the session's CSRF token."""
    token = csrf_of(client)
    r = client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    home = client.get("/")
    found = re.search(r'name="csrf_token" value="([^"]+)"', home.text)
    assert found
    return found.group(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """uvicorn serving `app` in a thread on 127.0.0.1; stops when the test ends."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
