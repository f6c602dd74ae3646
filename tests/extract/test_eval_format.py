"""The prediction JSON of ../shared/eval/SCHEMA.md."""

from __future__ import annotations

from tallybook.extract.eval_format import prediction_json
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

TEXT = 'Monitors said 30 marchers were killed in May. The mayor said "only four people died that day".'


def test_incident_fields_claims_disputes_and_extras() -> None:
    inc = ExtractedIncident(
        type="killing",
        span=Span(0, 46),
        date=PartialDate("2024-05-02", "2024-05-09"),
        place="Ruritania",
        figure=Figure(count=30, qualifier="at_least", low=30, high=45, description="marchers"),
        victim_names=["Ana Petrova"],
        perpetrators=["riot police"],
        claims=[
            ExtractedClaim("Monitors", "asserts", certainty="reportedly"),
            ExtractedClaim("The Daily Star", "confirms"),
            ExtractedClaim("Government of Ruritania", "disputes", figure=Figure(count=4, qualifier="exact")),
        ],
        trigger="killed",
    )
    quote = ExtractedQuote(text="only four people died that day", span=Span(62, 92), speaker="Ivo Marek")
    extraction = DocumentExtraction(
        incidents=[inc],
        quotes=[quote],
        people=[ExtractedPerson("Ana Petrova", role="victim")],
        organizations=[
            ExtractedOrganization("Government of Ruritania", kind="government", aliases=["the mayor"])
        ],
        language="en",
    )
    out = prediction_json("doc-1", TEXT, extraction)
    (got,) = out["incidents"]
    assert out["id"] == "doc-1"
    assert got["date"] == "2024-05" and got["date_end"] == "2024-05-09"
    assert got["victims"] == {
        "count": 30,
        "qualifier": "at_least",
        "description": "marchers",
        "names": ["Ana Petrova"],
    }
    assert (got["low"], got["high"]) == (30, 45)
    assert got["claimed_by"] == ["Monitors"]
    assert got["confirmed_by"] == ["The Daily Star"]
    assert got["disputed_by"] == ["Government of Ruritania"]
    assert got["alt_counts"] == [{"source": "Government of Ruritania", "count": 4, "qualifier": "exact"}]
    assert got["certainty"] == "reportedly"
    assert (got["evidence_start"], got["evidence_end"]) == (0, 46)
    assert got["evidence"] == TEXT[:46]
    assert out["quotes"] == [{"speaker": "Ivo Marek", "text": quote.text, "evidence_start": 62}]
    assert TEXT[62 : 62 + len(quote.text)] == quote.text
    assert out["people"] == [{"name": "Ana Petrova", "role": "victim", "description": None}]
    assert out["organizations"][0]["kind"] == "government"


def test_no_count_means_no_qualifier() -> None:
    inc = ExtractedIncident(type="arrest", span=Span(0, 5), figure=Figure(qualifier="exact"))
    got = prediction_json("x", TEXT, DocumentExtraction(incidents=[inc]))["incidents"][0]
    assert got["victims"]["count"] is None and got["victims"]["qualifier"] is None
    assert got["date"] is None and got["claimed_by"] == []
