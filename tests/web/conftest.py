"""Fixtures for the web tests (helpers live in `support`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tallybook.store.db import Store
from tallybook.web import create_app

from .support import Corpus, LiveServer, seed


@pytest.fixture
def corpus(store: Store) -> Corpus:
    return seed(store)


@pytest.fixture
def app(store: Store, corpus: Corpus) -> FastAPI:
    return create_app(store, secret_key="test-secret-key")


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.fixture
def live_server(app: FastAPI) -> Iterator[LiveServer]:
    with LiveServer(app) as server:
        yield server
