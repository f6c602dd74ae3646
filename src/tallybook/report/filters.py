"""Which counted incidents a stats table, report or export covers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tallybook.model.vocab import INCIDENT_TYPES
from tallybook.report import ReportError
from tallybook.report.counting import REVIEWED, CountedIncident, claimant_key

_MONTH = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")
STATUSES = ("proposed", "confirmed", "edited", "reviewed")


@dataclass(frozen=True)
class Period:
    """Whole months, both ends included: "2019-01..2021-12" (a bare year means all of it)."""

    start: str  # YYYY-MM
    end: str  # YYYY-MM

    @classmethod
    def parse(cls, text: str) -> Period:
        lo, sep, hi = text.strip().partition("..")
        hi = hi if sep else lo
        for part in (lo, hi):
            if not _MONTH.match(part):
                raise ReportError(f"--period {text!r}: expected YYYY-MM..YYYY-MM (or YYYY..YYYY)")
        start = lo if len(lo) == 7 else f"{lo}-01"
        end = hi if len(hi) == 7 else f"{hi}-12"
        if start > end:
            raise ReportError(f"--period {text!r}: the start is after the end")
        return cls(start, end)

    def contains(self, date: str | None, date_end: str | None = None) -> bool:
        """True when the incident's date (at its precision, with its range) lies wholly inside."""
        if not date:
            return False
        first = date[:7] if len(date) >= 7 else f"{date[:4]}-01"
        last_value = date_end or date
        last = last_value[:7] if len(last_value) >= 7 else f"{last_value[:4]}-12"
        return self.start <= first and last <= self.end

    def months(self) -> list[str]:
        out: list[str] = []
        year, month = int(self.start[:4]), int(self.start[5:])
        while f"{year:04d}-{month:02d}" <= self.end:
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def __str__(self) -> str:
        return f"{self.start}..{self.end}"


@dataclass(frozen=True)
class Filters:
    type: str | None = None
    period: Period | None = None
    place: str | None = None
    status: str | None = None
    claimant: str | None = None
    min_sources: int = 0

    def __post_init__(self) -> None:
        if self.type is not None and self.type not in INCIDENT_TYPES:
            raise ReportError(f"--type {self.type!r}: not one of {', '.join(INCIDENT_TYPES)}")
        if self.status is not None and self.status not in STATUSES:
            raise ReportError(f"--status {self.status!r}: not one of {', '.join(STATUSES)}")
        if self.min_sources < 0:
            raise ReportError(f"--min-sources {self.min_sources}: must be 0 or more")

    def accepts(self, inc: CountedIncident) -> bool:
        if self.type and inc.type != self.type:
            return False
        if self.period and not self.period.contains(inc.date, inc.date_end):
            return False
        if self.place:
            needle = self.place.casefold()
            if not any(needle in (v or "").casefold() for v in (inc.place, inc.country)):
                return False
        if self.status:
            wanted = REVIEWED if self.status == "reviewed" else {self.status}
            if inc.status not in wanted:
                return False
        if self.claimant and claimant_key(self.claimant) not in {claimant_key(c) for c in inc.claimants}:
            return False
        return inc.sources >= self.min_sources

    def apply(self, incidents: list[CountedIncident]) -> list[CountedIncident]:
        return [i for i in incidents if self.accepts(i)]

    def describe(self) -> dict[str, str | int | None]:
        return {
            "type": self.type,
            "period": str(self.period) if self.period else None,
            "place": self.place,
            "status": self.status,
            "claimant": self.claimant,
            "min_sources": self.min_sources,
        }
