"""Watchlist entries (imported FtM people) are someone else's list: never linked or merged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from link import builders as b
from tallybook.link.service import link_all
from tallybook.report.import_ftm import import_ftm
from tallybook.store.db import Store
from tallybook.store.schema import Entity, LinkCandidate


@pytest.mark.postgres
def test_watchlist_entries_are_never_merged(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        d1 = b.document(s, "Mohammad-Reza Rahimi, 24, was hanged in Karaj.")
        d2 = b.document(s, "Mohammadreza Rahimi was executed in Karaj.")
        p1 = b.person(s, d1, "Mohammad-Reza Rahimi")
        p2 = b.person(s, d2, "Mohammadreza Rahimi")
        b.incident(s, d1, "execution", "2023-01", "Karaj", victims=(p1,))
        b.incident(s, d2, "execution", "2023-01-07", "Karaj", victims=(p2,))
    listing = tmp_path / "watchlist.jsonl"
    entries = [
        {"id": "wl-1", "schema": "Person", "properties": {"name": ["Mohammadreza Rahimi"]}},
        {"id": "wl-2", "schema": "Person", "properties": {"name": ["Mohammad-Reza Rahimi"]}},
    ]
    listing.write_text("\n".join(json.dumps(e) for e in entries) + "\n", encoding="utf-8")
    import_ftm(store, listing)
    link_all(store)
    link_all(store, incremental=False)
    with store.session() as s:
        people = list(s.scalars(select(Entity).where(Entity.kind == "person")))
        watch = {e.id for e in people if "watchlist" in e.attrs}
        found = {e.id for e in people} - watch
        assert len(watch) == 2 and len(found) == 2
        # the tallybook spellings of one man are still merged with each other ...
        assert len({e.merged_into or e.id for e in people if e.id in found}) == 1
        # ... but no watchlist entry is merged into anything, and nothing into one
        assert all(e.merged_into is None for e in people if e.id in watch)
        assert not any(e.merged_into in watch for e in people)
        entity_pairs = s.scalars(select(LinkCandidate).where(LinkCandidate.subject == "entity"))
        assert not any({c.left_id, c.right_id} & watch for c in entity_pairs)
