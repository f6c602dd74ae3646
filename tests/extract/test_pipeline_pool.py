"""`tallybook extract -j N`: one pool of worker processes for the whole run, the same records as
one process, and workers that stop when the caller does."""

from __future__ import annotations

import hashlib
import multiprocessing
from typing import Any

from sqlalchemy import select
from typer.testing import CliRunner

from tallybook.cli import app
from tallybook.extract.pipeline import SourceText, extract_texts
from tallybook.store.db import Store
from tallybook.store.schema import Claim, Document, Incident, Quote

TEXTS = [
    "Security forces arrested 14 teachers in Karaj on Monday, the Teachers' Council said.",
    "At least three protesters were shot dead in Zahedan on Friday, according to Border Watch.",
    '"They took my brother at night," said Maryam Tavakoli, whose brother was detained in Rasht.',
    "Police detained 22 students outside the university in Tabriz, the Student Union reported.",
    "Two journalists were sentenced to death by a revolutionary court in Shiraz, Press Freedom Now said.",
    "The Human Rights Office said 9 prisoners were executed in Ghezel Hesar Prison last week.",
    "Officers beat dozens of workers during a strike in Ahvaz, the Labour Monitor said on Sunday.",
    "Five activists went missing after being summoned by intelligence agents in Sanandaj.",
    '"We will not stay silent," said Reza Karimi of the Lawyers\' Guild after 6 lawyers were arrested.',
    "Authorities released 40 detainees in Isfahan on bail, the Prisoners' Aid Society said.",
]


def _add_documents(store: Store) -> None:
    with store.session() as s:
        for n, text in enumerate(TEXTS):
            s.add(
                Document(
                    sha256=hashlib.sha256(text.encode()).hexdigest(),
                    source=f"test-{n}",
                    content_type="text/plain",
                    size=len(text),
                    text=text,
                    published=f"2023-0{1 + n % 9}-15",
                    publisher="Test Monitor",
                )
            )


def _records(store: Store) -> dict[str, list[Any]]:
    """What is stored, without row ids: incidents, claims and quotes by document and position."""
    with store.session() as s:
        incidents = {i.id: i for i in s.scalars(select(Incident))}
        return {
            "incidents": sorted(
                (i.document_id, i.start, i.end, i.type, i.date, i.date_end, i.place, i.country, i.description)
                for i in incidents.values()
            ),
            "claims": sorted(
                (
                    c.document_id,
                    incidents[c.incident_id].start,
                    c.start,
                    c.end,
                    c.claimant,
                    c.stance,
                    c.certainty,
                    c.count,
                    c.qualifier,
                    c.count_low,
                    c.count_high,
                    c.claimed_on,
                )
                for c in s.scalars(select(Claim))
            ),
            "quotes": sorted(
                (q.document_id, q.start, q.end, q.speaker, q.text) for q in s.scalars(select(Quote))
            ),
        }


def test_two_processes_store_what_one_process_stores(store: Store) -> None:
    _add_documents(store)
    # --batch-size 1: tasks of four documents, so both workers get several tasks from one pool.
    parallel = CliRunner().invoke(app, ["extract", "-j", "2", "--batch-size", "1"])
    assert parallel.exit_code == 0, parallel.output
    assert f"extracted {len(TEXTS)} document(s)" in parallel.stdout
    with_two = _records(store)
    assert with_two["incidents"] and with_two["claims"] and with_two["quotes"]
    assert len({i[0] for i in with_two["incidents"]}) >= 8  # records from (almost) every document

    serial = CliRunner().invoke(app, ["extract", "--all", "-j", "1", "--batch-size", "1"])
    assert serial.exit_code == 0, serial.output
    assert f"extracted {len(TEXTS)} document(s)" in serial.stdout
    assert _records(store) == with_two
    with store.session() as s:
        assert all(d.extracted_at is not None for d in s.scalars(select(Document)))


def test_closing_the_stream_early_stops_the_workers() -> None:
    items = [SourceText(text, "2023-05-01", "Test Monitor") for text in TEXTS * 3]
    results = extract_texts(items, batch_size=1, n_process=2)
    first = next(results)
    assert first.incidents
    results.close()
    assert multiprocessing.active_children() == []
