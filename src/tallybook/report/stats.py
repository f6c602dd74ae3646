"""`tallybook stats`: incidents and victims (low/high) by type, month, year, place, claimant.

Every figure follows `tallybook.report.counting`; `Stats.to_dict()` is the JSON shape,
`Stats.to_csv()` one row per (dimension, key).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from tallybook.report.counting import (
    CountedIncident,
    claimant_key,
    count_incidents,
    figure_range,
)
from tallybook.report.filters import Filters
from tallybook.store.db import Store

DIMENSIONS = ("type", "month", "year", "place", "claimant")
UNDATED = "(undated)"
UNKNOWN_PLACE = "(unknown place)"


@dataclass
class Row:
    key: str
    incidents: int = 0
    victims_low: int = 0
    victims_high: int = 0
    victims_best: int = 0  # sum of reviewer-chosen figures where there is one
    with_best: int = 0
    without_figure: int = 0

    def add(self, low: int, high: int, best: int | None, figure_known: bool) -> None:
        self.incidents += 1
        self.victims_low += low
        self.victims_high += high
        if best is not None:
            self.victims_best += best
            self.with_best += 1
        if not figure_known:
            self.without_figure += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "incidents": self.incidents,
            "victims_low": self.victims_low,
            "victims_high": self.victims_high,
            "victims_best": self.victims_best,
            "incidents_with_best": self.with_best,
            "incidents_without_figure": self.without_figure,
        }


@dataclass
class Stats:
    filters: Filters
    total: Row
    by: dict[str, list[Row]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "filters": self.filters.describe(),
            "total": self.total.to_dict(),
            **{f"by_{dim}": [r.to_dict() for r in rows] for dim, rows in self.by.items()},
        }

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        header = ["dimension", "key", "incidents", "victims_low", "victims_high", "victims_best"]
        writer.writerow([*header, "incidents_with_best", "incidents_without_figure"])
        for dim, rows in [("total", [self.total]), *self.by.items()]:
            for r in rows:
                d = r.to_dict()
                writer.writerow(
                    [
                        dim,
                        *(d[k] for k in header[1:]),
                        d["incidents_with_best"],
                        d["incidents_without_figure"],
                    ]
                )
        return out.getvalue()


def month_key(inc: CountedIncident) -> str:
    if not inc.date:
        return UNDATED
    return inc.month() or f"{inc.date[:4]} (month unknown)"


def place_key(inc: CountedIncident) -> str:
    if inc.place and inc.country and inc.country.casefold() not in inc.place.casefold():
        return f"{inc.place}, {inc.country}"
    return inc.place or inc.country or UNKNOWN_PLACE


def _group(incidents: Iterable[CountedIncident], key: Callable[[CountedIncident], str]) -> list[Row]:
    rows: dict[str, Row] = {}
    for inc in incidents:
        k = key(inc)
        rows.setdefault(k, Row(k)).add(inc.low, inc.high, inc.best, inc.figure_known)
    return list(rows.values())


def by_claimant(incidents: Iterable[CountedIncident]) -> list[Row]:
    """Rule 10: each claimant's incidents, and victims by its own figures."""
    rows: dict[str, Row] = {}
    names: dict[str, str] = {}
    for inc in incidents:
        figures_by: dict[str, list[Any]] = defaultdict(list)
        for f in inc.figures:
            figures_by[claimant_key(f.claimant)].append(f)
        for claimant in inc.claimants:
            k = claimant_key(claimant)
            names.setdefault(k, claimant)
            bounds = figure_range(figures_by.get(k, []))
            low, high = (bounds[0], bounds[1]) if bounds else (len(inc.victims), len(inc.victims))
            rows.setdefault(k, Row(names[k])).add(low, high, None, bounds is not None)
    return list(rows.values())


def _sorted(dim: str, rows: list[Row]) -> list[Row]:
    if dim in ("month", "year"):
        return sorted(rows, key=lambda r: (r.key == UNDATED, r.key))
    return sorted(rows, key=lambda r: (-r.incidents, -r.victims_high, r.key.casefold()))


def compute(incidents: list[CountedIncident], filters: Filters) -> Stats:
    chosen = filters.apply(incidents)
    total = Row("total")
    for inc in chosen:
        total.add(inc.low, inc.high, inc.best, inc.figure_known)
    keys: dict[str, Callable[[CountedIncident], str]] = {
        "type": lambda i: i.type,
        "month": month_key,
        "year": lambda i: i.year() or UNDATED,
        "place": place_key,
    }
    by = {dim: _sorted(dim, _group(chosen, fn)) for dim, fn in keys.items()}
    by["claimant"] = _sorted("claimant", by_claimant(chosen))
    return Stats(filters=filters, total=total, by=by)


def stats(store: Store, filters: Filters | None = None, *, include_confidential: bool = False) -> Stats:
    """The stats of the store's counted incidents that pass `filters`."""
    with store.session() as s:
        incidents = count_incidents(s, include_confidential=include_confidential)
    return compute(incidents, filters or Filters())
