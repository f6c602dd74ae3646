"""`tallybook export --format csv`: one row per counted incident, in the spirit of the
ACLED / UCDP GED event files (low / best / high and the number of sources), and unlike them
naming who claims what: the claimants and each claimant's own figure are columns too."""

from __future__ import annotations

import csv
import io

from tallybook.report.counting import CountedIncident, claimant_key, count_incidents
from tallybook.report.filters import Filters
from tallybook.store.db import Store

COLUMNS = (
    "event_id",
    "member_incident_ids",
    "type",
    "date_start",
    "date_end",
    "date_precision",
    "place",
    "country",
    "status",
    "low",
    "best",
    "high",
    "open_ended",
    "approximate",
    "figure_known",
    "sources",
    "documents",
    "claimants",
    "figures_by_claimant",
    "disputed_by",
    "named_victims",
)
_PRECISION = {4: "year", 7: "month", 10: "day"}


def row(inc: CountedIncident) -> dict[str, str | int]:
    own: dict[str, list[str]] = {}
    for f in inc.figures:
        own.setdefault(claimant_key(f.claimant), [f.claimant]).append(f.as_written)
    return {
        "event_id": inc.id,
        "member_incident_ids": ";".join(str(i) for i in inc.member_ids),
        "type": inc.type,
        "date_start": inc.date or "",
        "date_end": inc.date_end or "",
        "date_precision": _PRECISION.get(len(inc.date or ""), "unknown"),
        "place": inc.place or "",
        "country": inc.country or "",
        "status": inc.status,
        "low": inc.low,
        "best": "" if inc.best is None else inc.best,
        "high": inc.high,
        "open_ended": int(inc.open_ended),
        "approximate": int(inc.approximate),
        "figure_known": int(inc.figure_known),
        "sources": inc.sources,
        "documents": inc.documents,
        "claimants": ";".join(inc.claimants),
        "figures_by_claimant": ";".join(f"{v[0]}: {', '.join(v[1:])}" for v in own.values()),
        "disputed_by": ";".join(inc.disputed_by),
        "named_victims": ";".join(v.name for v in inc.victims),
    }


def to_csv(incidents: list[CountedIncident]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for inc in incidents:
        writer.writerow(row(inc))
    return out.getvalue()


def export_csv(store: Store, filters: Filters | None = None, *, include_confidential: bool = False) -> str:
    with store.session() as s:
        incidents = count_incidents(s, include_confidential=include_confidential)
    return to_csv((filters or Filters()).apply(incidents))
