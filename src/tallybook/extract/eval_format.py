"""DocumentExtraction -> the prediction JSON of ../shared/eval/SCHEMA.md (one object per document).

Besides the scored fields, incidents carry extras the scorer ignores but reviewers want:
date_end (ranges), low/high (count ranges), certainty and perpetrators.
"""

from __future__ import annotations

from typing import Any

from tallybook.extract.timing.dates import enclosing
from tallybook.model import DocumentExtraction, ExtractedIncident, Stance


def incident_json(inc: ExtractedIncident, text: str) -> dict[str, Any]:
    def by(stance: str) -> list[str]:
        out: list[str] = []
        for c in inc.claims:
            if c.stance == stance and c.claimant not in out:
                out.append(c.claimant)
        return out

    alt_counts = [
        {"source": c.claimant, "count": c.figure.count, "qualifier": c.figure.qualifier}
        for c in inc.claims
        if c.stance == Stance.DISPUTES and c.figure is not None and c.figure.count is not None
    ]
    certainty = next((c.certainty for c in inc.claims if c.stance == Stance.ASSERTS), "stated")
    fig = inc.figure
    return {
        "type": inc.type,
        "date": enclosing(inc.date),
        "date_end": inc.date.end if inc.date is not None else None,
        "place": inc.place,
        "victims": {
            "count": fig.count,
            "qualifier": fig.qualifier if fig.count is not None else None,
            "description": fig.description,
            "names": list(inc.victim_names),
        },
        "low": fig.low,
        "high": fig.high,
        "claimed_by": by(Stance.ASSERTS),
        "confirmed_by": by(Stance.CONFIRMS),
        "disputed_by": by(Stance.DISPUTES),
        "alt_counts": alt_counts,
        "certainty": str(certainty),
        "perpetrators": list(inc.perpetrators),
        "trigger": inc.trigger,
        "evidence_start": inc.span.start,
        "evidence_end": inc.span.end,
        "evidence": text[inc.span.start : inc.span.end],
    }


def prediction_json(doc_id: str, text: str, extraction: DocumentExtraction) -> dict[str, Any]:
    """The prediction line for one document."""
    return {
        "id": doc_id,
        "language": extraction.language,
        "warnings": list(extraction.warnings),
        "incidents": [incident_json(i, text) for i in extraction.incidents],
        "quotes": [
            {"speaker": q.speaker, "text": q.text, "evidence_start": q.span.start} for q in extraction.quotes
        ],
        "people": [{"name": p.name, "role": p.role, "description": p.description} for p in extraction.people],
        "organizations": [
            {"name": o.name, "aliases": list(o.aliases), "kind": o.kind} for o in extraction.organizations
        ],
    }
