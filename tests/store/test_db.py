"""The store opens, migrates idempotently and keeps transactions whole on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import func, inspect, select, text

from tallybook.errors import ConfigError
from tallybook.settings import Settings
from tallybook.store.db import current_revision, make_engine, open_store, upgrade
from tallybook.store.schema import Document
from tallybook.store.visibility import document_visible, record_visible


def _doc(sha: str, confidential: bool = False) -> Document:
    return Document(
        sha256=sha, source="t", content_type="text/plain", size=1, text="x", confidential=confidential
    )


@pytest.mark.postgres
def test_migrations_create_every_table_and_rerun_cleanly(settings: Settings) -> None:
    store = open_store(settings)
    upgrade(store.engine)  # a second run changes nothing
    names = set(inspect(store.engine).get_table_names())
    assert {"documents", "incidents", "claims", "entities", "quotes", "audit_log", "users"} <= names
    assert current_revision(store.engine) == "0002"
    store.dispose()


@pytest.mark.postgres
def test_a_failed_transaction_leaves_nothing(settings: Settings) -> None:
    store = open_store(settings)
    with pytest.raises(RuntimeError), store.session() as s:
        s.add(_doc("a" * 64))
        s.flush()
        raise RuntimeError("crash mid-write")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0
    store.dispose()


@pytest.mark.postgres
def test_full_text_index_follows_the_documents_table(settings: Settings) -> None:
    store = open_store(settings)
    with store.session() as s:
        s.add(Document(sha256="b" * 64, source="t", content_type="text/plain", size=1, text="hanged in Evin"))
    with store.session() as s:
        if store.dialect == "sqlite":
            hits = s.execute(text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'evin'")).all()
        else:
            hits = s.execute(
                text("SELECT id FROM documents WHERE search_vector @@ plainto_tsquery('english', 'evin')")
            ).all()
        assert len(hits) == 1
    store.dispose()


@pytest.mark.postgres
def test_confidential_documents_are_filtered_in_one_place(settings: Settings) -> None:
    store = open_store(settings)
    with store.session() as s:
        s.add_all([_doc("c" * 64), _doc("d" * 64, confidential=True)])
    with store.session() as s:
        public = s.scalars(select(Document.sha256).where(document_visible(False))).all()
        everything = s.scalars(select(Document.sha256).where(document_visible(True))).all()
        visible_ids = s.scalars(select(Document.id).where(record_visible(Document.id, False))).all()
    assert public == ["c" * 64]
    assert sorted(everything) == ["c" * 64, "d" * 64]
    assert len(visible_ids) == 1
    store.dispose()


def test_bad_database_urls_are_one_line_errors() -> None:
    with pytest.raises(ConfigError, match="not a database URL"):
        make_engine("::nonsense::")
    with pytest.raises(ConfigError, match="unsupported database"):
        make_engine("mysql://localhost/x")
