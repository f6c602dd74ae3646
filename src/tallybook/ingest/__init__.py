"""Getting reports in and keeping every original as evidence.

report = ingest_paths(store, ["reports/", "https://example.org/x", "-"])
print(report.summary())          # "3 stored, 1 duplicates, 0 failed"
problems = verify(store)         # originals missing from or altered in the archive
"""

from __future__ import annotations

from tallybook.ingest.archive import Problem, verify
from tallybook.ingest.readers import Reading
from tallybook.ingest.readers.url import FetchLimits
from tallybook.ingest.service import (
    IngestReport,
    IngestResult,
    Overrides,
    Source,
    collect,
    ingest_paths,
    ingest_source,
)

__all__ = [
    "FetchLimits",
    "IngestReport",
    "IngestResult",
    "Overrides",
    "Problem",
    "Reading",
    "Source",
    "collect",
    "ingest_paths",
    "ingest_source",
    "verify",
]
