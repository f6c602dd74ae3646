"""Shared fixtures: a real, migrated store on SQLite (a file) and, for tests marked
`@pytest.mark.postgres`, the same test again on the local PostgreSQL server.

PostgreSQL: TALLYBOOK_TEST_PG (default postgresql+psycopg://postgres@127.0.0.1:5432) names the
server; a throwaway database is created for the test session and dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tallybook.settings import Settings
from tallybook.store.db import Store, open_store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
PG_SERVER = os.environ.get("TALLYBOOK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        backends = ["sqlite"]
        if metafunc.definition.get_closest_marker("postgres"):
            backends.append("postgresql")
        metafunc.parametrize("backend", backends)


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A throwaway PostgreSQL database for this test session; yields its URL."""
    name = f"tallybook_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def settings(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Settings]:
    """Settings for an empty store on `backend`, also exported to the environment so that
    CLI commands run in-process or as subprocesses see the same store."""
    home = tmp_path / "home"
    if backend == "sqlite":
        url = f"sqlite:///{home / 'tallybook.db'}"
    else:
        url = request.getfixturevalue("pg_database")
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:  # each test starts from an empty schema
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    mp = pytest.MonkeyPatch()
    mp.setenv("TALLYBOOK_HOME", str(home))
    mp.setenv("TALLYBOOK_DATABASE_URL", url)
    try:
        yield Settings.from_env()
    finally:
        mp.undo()


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    """A migrated, empty store (SQLite file; also PostgreSQL under @pytest.mark.postgres)."""
    s = open_store(settings)
    try:
        yield s
    finally:
        s.dispose()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "eval" / "dev.jsonl").exists():
        pytest.skip("../shared is not beside the repository")
    return SHARED
