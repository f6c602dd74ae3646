"""`tallybook report`: a self-contained report (HTML, Markdown or PDF) for a period.

Sections: summary table, timeline chart, top places, named victims with their sources, the
conflicting figures claimant by claimant, and a methods section generated from the counting
rules, so that every number can be traced to the claims and documents behind it.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.resources import files
from typing import Any

import jinja2

from tallybook import __version__
from tallybook.report import ReportError
from tallybook.report.charts import Chart, timeline
from tallybook.report.counting import CountedIncident, count_incidents, counting_rules, documents_by_id
from tallybook.report.filters import Filters, Period
from tallybook.report.stats import Row, Stats, compute, place_key
from tallybook.store.db import Store
from tallybook.store.schema import Document

FORMATS = ("html", "md", "pdf")
_EXCERPT = 240


@dataclass(frozen=True)
class SourceRef:
    """A document and the words in it that support a number or a name."""

    document_id: int
    title: str
    publisher: str
    sha256: str
    source: str
    evidence: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class VictimLine:
    name: str
    incident_id: int
    incident: str  # "execution, 2019-11, Shiraz"
    sources: list[SourceRef]


@dataclass(frozen=True)
class FigureLine:
    incident_id: int
    incident: str
    claimant: str
    stance: str
    figure: str
    status: str
    counted: str  # "3-5" for the incident as counted
    source: SourceRef


@dataclass
class ReportData:
    title: str
    period: Period | None
    type: str | None
    generated_at: str
    include_confidential: bool
    stats: Stats
    incidents: list[CountedIncident]
    chart: Chart
    victims: list[VictimLine] = field(default_factory=list)
    conflicts: list[FigureLine] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    documents: int = 0
    version: str = __version__

    @property
    def summary(self) -> list[Row]:
        return self.stats.by["type"]

    @property
    def top_places(self) -> list[Row]:
        return self.stats.by["place"][:10]

    @property
    def corroborated(self) -> int:
        return sum(1 for i in self.incidents if i.sources >= 2)

    @property
    def png_base64(self) -> str:
        return base64.b64encode(self.chart.png).decode("ascii")

    @property
    def svg_base64(self) -> str:
        return base64.b64encode(self.chart.svg).decode("ascii")


def describe(inc: CountedIncident) -> str:
    parts = [inc.type.replace("_", " "), inc.date or "undated"]
    if inc.place or inc.country:
        parts.append(place_key(inc))
    return ", ".join(parts)


def _ref(doc: Document, start: int | None, end: int | None) -> SourceRef:
    evidence = ""
    if start is not None and end is not None:
        evidence = doc.text[start:end]
        if len(evidence) > _EXCERPT:
            evidence = evidence[: _EXCERPT - 1] + "…"
    return SourceRef(
        document_id=doc.id,
        title=doc.title or doc.source,
        publisher=doc.publisher or "",
        sha256=doc.sha256,
        source=doc.source,
        evidence=evidence,
        start=start,
        end=end,
    )


def build_report(
    store: Store,
    *,
    period: Period | None = None,
    type: str | None = None,
    include_confidential: bool = False,
    title: str | None = None,
) -> ReportData:
    """Gather everything a report shows (all numbers from `counting`)."""
    filters = Filters(type=type, period=period)
    with store.session() as s:
        chosen = filters.apply(count_incidents(s, include_confidential=include_confidential))
        wanted = {d for i in chosen for d in i.document_ids}
        wanted |= {v.document_id for i in chosen for v in i.victims if v.document_id is not None}
        docs = documents_by_id(s, wanted, include_confidential=include_confidential)
        victims: dict[tuple[int, str], VictimLine] = {}
        for inc in chosen:
            for v in inc.victims:
                line = victims.setdefault(
                    (inc.id, v.name.casefold()), VictimLine(v.name, inc.id, describe(inc), [])
                )
                if v.document_id in docs:
                    line.sources.append(_ref(docs[v.document_id], v.start, v.end))
        conflicts = [
            FigureLine(
                incident_id=inc.id,
                incident=describe(inc),
                claimant=f.claimant,
                stance=f.stance,
                figure=f.as_written,
                status=f.status,
                counted=f"{inc.low}–{inc.high}" if inc.low != inc.high else str(inc.low),
                source=_ref(docs[f.document_id], f.start, f.end),
            )
            for inc in chosen
            if inc.conflicting
            for f in sorted([*inc.figures, *inc.disputes], key=lambda f: (f.claimant.casefold(), f.claim_id))
            if f.document_id in docs
        ]
    label = f" {type.replace('_', ' ')}" if type else ""
    when = f", {period.start} to {period.end}" if period else ""
    return ReportData(
        title=title or f"Tallybook{label} report{when}",
        period=period,
        type=type,
        generated_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        include_confidential=include_confidential,
        stats=compute(chosen, Filters()),
        incidents=chosen,
        chart=timeline(chosen, period),
        victims=sorted(victims.values(), key=lambda v: (v.name.casefold(), v.incident_id)),
        conflicts=conflicts,
        rules=counting_rules(),
        documents=len(docs),
    )


def _env(autoescape: bool) -> jinja2.Environment:
    loader = jinja2.FunctionLoader(
        lambda name: (files("tallybook.report") / "templates" / name).read_text(encoding="utf-8")
    )
    env = jinja2.Environment(
        loader=loader, autoescape=autoescape, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )
    env.filters["md"] = _md_cell
    return env


def _md_cell(value: Any) -> str:
    """A value safe inside a Markdown table cell."""
    return str(value).replace("|", "\\|").replace("\n", " ")


def render_html(data: ReportData) -> str:
    return _env(autoescape=True).get_template("report.html").render(r=data)


def render_markdown(data: ReportData) -> str:
    return _env(autoescape=False).get_template("report.md.txt").render(r=data)


def render(data: ReportData, fmt: str) -> bytes:
    if fmt == "html":
        return render_html(data).encode("utf-8")
    if fmt == "md":
        return render_markdown(data).encode("utf-8")
    if fmt == "pdf":
        from tallybook.report.pdf import render_pdf

        return render_pdf(data)
    raise ReportError(f"--format {fmt!r}: expected one of {', '.join(FORMATS)}")
