"""Storing extractions: machine rows are replaced, a person's decisions never are."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from tallybook.extract.persist import save_extraction
from tallybook.model import (
    DocumentExtraction,
    ExtractedClaim,
    ExtractedIncident,
    ExtractedOrganization,
    ExtractedPerson,
    ExtractedQuote,
    Figure,
    PartialDate,
    Span,
)
from tallybook.store.db import Store
from tallybook.store.schema import Alias, Claim, Document, Entity, Incident, Quote, Victim

TEXT = (
    "Rights Watchers said at least 12 prisoners were hanged in Qezel Hesar Prison in May. "
    "Police arrested 40 students in Tabriz. "
    '"We demand an end to this," said Jane Doe of Rights Watchers (RW).'
)


def _document(s: object, text: str = TEXT) -> Document:
    doc = Document(
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        source="test",
        content_type="text/plain",
        size=len(text),
        text=text,
        publisher="Daily Example",
        published="2024-06-02",
    )
    s.add(doc)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    return doc


def _extraction() -> DocumentExtraction:
    hanged = ExtractedIncident(
        type="execution",
        span=Span(0, 84),
        date=PartialDate("2024-05"),
        place="Qezel Hesar Prison",
        figure=Figure(count=12, qualifier="at_least", description="prisoners", span=Span(24, 45)),
        claims=[ExtractedClaim(claimant="Rights Watchers")],
    )
    arrested = ExtractedIncident(
        type="arrest",
        span=Span(85, 123),
        place="Tabriz",
        figure=Figure(count=40, qualifier="exact", description="students"),
        victim_names=["Ali Example"],
        claims=[
            ExtractedClaim(claimant="publisher"),
            ExtractedClaim(claimant="Rights Watchers", stance="disputes", figure=Figure(count=45)),
        ],
    )
    quote_start = TEXT.index("We demand")
    quote = ExtractedQuote(
        text="We demand an end to this,",
        span=Span(quote_start, quote_start + 25),
        speaker="Jane Doe",
    )
    return DocumentExtraction(
        incidents=[hanged, arrested],
        quotes=[quote],
        people=[ExtractedPerson(name="Jane Doe", role="source", spans=[Span(150, 158)])],
        organizations=[
            ExtractedOrganization(name="Rights Watchers", kind="ngo", aliases=["RW"], spans=[Span(0, 15)])
        ],
        language="en",
    )


@pytest.mark.postgres
def test_saves_incidents_claims_victims_quotes_and_entities(store: Store) -> None:
    with store.session() as s:
        doc = _document(s)
        counts = save_extraction(s, doc, _extraction(), "test-1")
    assert counts == {"incidents": 2, "quotes": 1, "mentions": 2}
    with store.session() as s:
        execution = s.scalars(select(Incident).where(Incident.type == "execution")).one()
        assert (execution.date, execution.place, execution.status) == (
            "2024-05",
            "Qezel Hesar Prison",
            "proposed",
        )
        (claim,) = execution.claims
        assert (claim.claimant, claim.count, claim.qualifier) == ("Rights Watchers", 12, "at_least")
        assert claim.claimant_entity_id is not None
        arrest = s.scalars(select(Incident).where(Incident.type == "arrest")).one()
        by_stance = {c.stance: c for c in arrest.claims}
        # "publisher" is stored as the document's publisher, flagged as such.
        assert by_stance["asserts"].claimant == "Daily Example"
        assert by_stance["asserts"].attrs == {"publisher": True}
        assert by_stance["asserts"].count == 40
        assert by_stance["disputes"].count == 45
        assert [v.name for v in arrest.victims] == ["Ali Example"]
        org = s.scalars(select(Entity).where(Entity.kind == "organization")).one()
        assert [a.alias for a in org.aliases] == ["RW"]
        quote = s.scalars(select(Quote)).one()
        assert TEXT[quote.start : quote.end] == "We demand an end to this,"
        document = s.get(Document, doc.id)
        assert document is not None and document.extractor_version == "test-1"


@pytest.mark.postgres
def test_reextraction_replaces_machine_rows_and_keeps_reviewed_ones(store: Store) -> None:
    with store.session() as s:
        doc = _document(s)
        save_extraction(s, doc, _extraction(), "test-1")
    with store.session() as s:
        execution = s.scalars(select(Incident).where(Incident.type == "execution")).one()
        execution.status = "confirmed"
        arrest = s.scalars(select(Incident).where(Incident.type == "arrest")).one()
        arrest.status = "rejected"
        reviewed_ids = {execution.id, arrest.id}
    for _ in range(2):
        with store.session() as s:
            doc2 = s.get(Document, doc.id)
            assert doc2 is not None
            save_extraction(s, doc2, _extraction(), "test-2")
    with store.session() as s:
        incidents = s.scalars(select(Incident)).all()
        # Both proposals overlap reviewed incidents, so nothing new and nothing lost.
        assert {i.id for i in incidents} == reviewed_ids
        assert {i.status for i in incidents} == {"confirmed", "rejected"}
        assert s.scalar(select(func.count()).select_from(Claim)) == 3
        assert s.scalar(select(func.count()).select_from(Victim)) == 1
        assert s.scalar(select(func.count()).select_from(Quote)) == 1
        assert s.scalar(select(func.count()).select_from(Alias)) == 1
        assert s.scalar(select(func.count()).select_from(Entity).where(Entity.kind == "organization")) == 1


def test_unreviewed_rows_are_replaced_not_duplicated(store: Store) -> None:
    with store.session() as s:
        doc = _document(s)
        save_extraction(s, doc, _extraction(), "test-1")
    smaller = _extraction()
    smaller.incidents = smaller.incidents[:1]
    with store.session() as s:
        doc2 = s.get(Document, doc.id)
        assert doc2 is not None
        save_extraction(s, doc2, smaller, "test-2")
    with store.session() as s:
        assert [i.type for i in s.scalars(select(Incident))] == ["execution"]
        assert s.scalar(select(func.count()).select_from(Claim)) == 1
