"""Full-text search over documents, with facets from what was extracted from them.

SQLite: the FTS5 table `documents_fts` (MATCH, bm25 ranking, snippet()).
PostgreSQL: the `documents.search_vector` column (websearch_to_tsquery, ts_rank, ts_headline).

User input never reaches the query syntax: on SQLite every word is quoted, so a stray quote
or operator cannot make a syntax error; PostgreSQL's websearch parser accepts any text.
Confidential documents are left out for readers who may not see them (`visibility`).
To stay fast on big stores the total is counted up to `COUNT_CAP` and facets are counted
over the best `FACET_CAP` matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markupsafe import escape
from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    column,
    distinct,
    func,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session

from tallybook.store.schema import Claim, Document, Incident
from tallybook.store.visibility import document_visible

COUNT_CAP = 10_000
FACET_CAP = 1_000
MAX_QUERY = 500
FACETS = ("type", "country", "year", "claimant", "status")

_HL_OPEN, _HL_CLOSE = "\ue000", "\ue001"  # private-use marks around matched words
_WORD = re.compile(r"\w+")
_TERM = re.compile(r'"([^"]*)"?|(\S+)')
_fts = table("documents_fts", column("rowid", Integer))
_fts_name: ColumnElement[Any] = literal_column("documents_fts")


@dataclass(frozen=True)
class SearchFilters:
    type: str | None = None
    country: str | None = None  # matches an incident's country or place
    year: str | None = None
    claimant: str | None = None
    status: str | None = None

    def active(self) -> dict[str, str]:
        return {k: v for k in FACETS if (v := getattr(self, k))}


@dataclass(frozen=True)
class SearchHit:
    id: int
    title: str | None
    source: str
    published: str | None
    confidential: bool
    snippet_html: str  # escaped text with <mark> around matched words


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int


@dataclass
class SearchResult:
    hits: list[SearchHit]
    total: int
    total_exact: bool
    limit: int
    offset: int
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)


def fts5_query(text: str) -> str | None:
    """A safe FTS5 query from what a person typed: words AND-ed, "quoted phrases" kept,
    a trailing * makes a prefix. None when there is nothing to search for."""
    parts: list[str] = []
    for phrase, word in _TERM.findall(text.replace("\x00", "")[:MAX_QUERY]):
        tokens = _WORD.findall(phrase if phrase else word)
        if not tokens:
            continue
        quoted = '"' + " ".join(tokens) + '"'
        if word and word.endswith("*") and len(tokens) == 1:
            quoted += "*"
        parts.append(quoted)
    return " ".join(parts) if parts else None


def snippet_html(raw: str) -> str:
    """Escape a snippet and turn the highlight marks into <mark> elements."""
    html = str(escape(raw))
    html = re.sub(f"{_HL_OPEN}([^{_HL_OPEN}{_HL_CLOSE}]*){_HL_CLOSE}", r"<mark>\1</mark>", html)
    return html.replace(_HL_OPEN, "").replace(_HL_CLOSE, "")


def _filter_clauses(filters: SearchFilters) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    incident_where: list[ColumnElement[bool]] = []
    if filters.type:
        incident_where.append(Incident.type == filters.type)
    if filters.country:
        incident_where.append(or_(Incident.country == filters.country, Incident.place == filters.country))
    if filters.year:
        incident_where.append(func.substr(Incident.date, 1, 4) == filters.year)
    if filters.status:
        incident_where.append(Incident.status == filters.status)
    if incident_where:
        clauses.append(Document.id.in_(select(Incident.document_id).where(*incident_where)))
    if filters.claimant:
        clauses.append(Document.id.in_(select(Claim.document_id).where(Claim.claimant == filters.claimant)))
    return clauses


def _matches(
    dialect: str, query: str, filters: SearchFilters, include_confidential: bool
) -> tuple[Select[Any], Any | None, Any]:
    """(select of matching document ids, rank expression or None, bound query value)."""
    where = [document_visible(include_confidential), *_filter_clauses(filters)]
    if dialect == "sqlite":
        fts_query = fts5_query(query)
        if fts_query is None:
            return select(Document.id).where(*where), None, None
        rank = func.bm25(_fts_name, 10.0, 1.0)
        stmt = (
            select(Document.id)
            .select_from(_fts.join(Document, Document.id == _fts.c.rowid))
            .where(_fts_name.op("MATCH")(fts_query), *where)
        )
        return stmt, rank, fts_query
    cleaned = query.replace("\x00", "")[:MAX_QUERY].strip()
    if not _WORD.search(cleaned):
        return select(Document.id).where(*where), None, None
    tsq = func.websearch_to_tsquery("english", cleaned)
    vector: ColumnElement[Any] = literal_column("documents.search_vector")
    rank = func.ts_rank(vector, tsq)
    return select(Document.id).where(vector.op("@@")(tsq), *where), rank, cleaned


def search(
    session: Session,
    query: str,
    filters: SearchFilters | None = None,
    *,
    include_confidential: bool,
    limit: int = 20,
    offset: int = 0,
    with_facets: bool = True,
) -> SearchResult:
    """Documents matching `query` (all documents when it is blank), best first."""
    filters = filters or SearchFilters()
    limit = max(1, min(limit, 200))
    offset = max(0, min(offset, COUNT_CAP))
    dialect = session.get_bind().dialect.name
    matches, rank, bound = _matches(dialect, query, filters, include_confidential)

    order = [rank.desc() if dialect != "sqlite" else rank] if rank is not None else []
    page_ids = list(session.scalars(matches.order_by(*order, Document.id.desc()).limit(limit).offset(offset)))
    counted = session.scalar(select(func.count()).select_from(matches.limit(COUNT_CAP + 1).subquery()))
    total = int(counted or 0)
    hits = _hits(session, dialect, page_ids, bound)
    facets = _facets(session, matches, order) if with_facets else {}
    return SearchResult(
        hits=hits,
        total=min(total, COUNT_CAP),
        total_exact=total <= COUNT_CAP,
        limit=limit,
        offset=offset,
        facets=facets,
    )


def _hits(session: Session, dialect: str, ids: list[int], bound: Any | None) -> list[SearchHit]:
    if not ids:
        return []
    snippets: dict[int, str] = {}
    if bound is not None and dialect == "sqlite":
        snip = func.snippet(_fts_name, -1, _HL_OPEN, _HL_CLOSE, "…", 24)
        found = session.execute(
            select(_fts.c.rowid, snip).where(_fts_name.op("MATCH")(bound), _fts.c.rowid.in_(ids))
        )
        snippets = {int(r[0]): str(r[1]) for r in found}
    elif bound is not None:
        options = f"StartSel={_HL_OPEN}, StopSel={_HL_CLOSE}, MaxWords=40, MinWords=15, MaxFragments=2"
        head = func.ts_headline(
            "english", func.left(Document.text, 100_000), func.websearch_to_tsquery("english", bound), options
        )
        snippets = {
            int(r[0]): str(r[1])
            for r in session.execute(select(Document.id, head).where(Document.id.in_(ids)))
        }
    cols = (Document.id, Document.title, Document.source, Document.published, Document.confidential)
    if not snippets:
        preview = func.substr(Document.text, 1, 240)
        rows: Any = session.execute(select(*cols, preview).where(Document.id.in_(ids)))
        by_id = {int(r[0]): (r, str(r[5] or "")) for r in rows}
    else:
        rows = session.execute(select(*cols).where(Document.id.in_(ids)))
        by_id = {int(r[0]): (r, snippets.get(int(r[0]), "")) for r in rows}
    hits: list[SearchHit] = []
    for doc_id in ids:
        if doc_id not in by_id:
            continue
        r, raw = by_id[doc_id]
        hits.append(
            SearchHit(
                id=doc_id,
                title=r[1],
                source=r[2],
                published=r[3],
                confidential=bool(r[4]),
                snippet_html=snippet_html(raw),
            )
        )
    return hits


def _facets(session: Session, matches: Select[Any], order: list[Any]) -> dict[str, list[FacetValue]]:
    top = matches.order_by(*order).limit(FACET_CAP).subquery()
    doc_in = Incident.document_id.in_(select(top.c.id))
    place = func.coalesce(Incident.country, Incident.place)
    year = func.substr(Incident.date, 1, 4)
    columns: dict[str, Any] = {
        "type": Incident.type,
        "country": place,
        "year": year,
        "status": Incident.status,
    }
    out: dict[str, list[FacetValue]] = {}
    for name, col in columns.items():
        stmt = (
            select(col, func.count(distinct(Incident.document_id)))
            .where(doc_in, col.is_not(None))
            .group_by(col)
            .order_by(func.count(distinct(Incident.document_id)).desc(), col)
            .limit(15)
        )
        out[name] = [FacetValue(str(v), int(n)) for v, n in session.execute(stmt)]
    claim_stmt = (
        select(Claim.claimant, func.count(distinct(Claim.document_id)))
        .where(Claim.document_id.in_(select(top.c.id)))
        .group_by(Claim.claimant)
        .order_by(func.count(distinct(Claim.document_id)).desc(), Claim.claimant)
        .limit(15)
    )
    out["claimant"] = [FacetValue(str(v), int(n)) for v, n in session.execute(claim_stmt)]
    return {name: out[name] for name in FACETS}
