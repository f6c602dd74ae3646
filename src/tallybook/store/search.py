"""Full-text search over documents, with facets from what was extracted from them.

SQLite: the FTS5 table `documents_fts` (MATCH, bm25 ranking, snippet()).
PostgreSQL: the `documents.search_vector` column (websearch_to_tsquery, ts_rank, ts_headline).

User input never reaches the query syntax: on SQLite every word is quoted, so a stray quote
or operator cannot make a syntax error; PostgreSQL's websearch parser accepts any text.
Confidential documents are left out for readers who may not see them (`visibility`).

To stay fast on big stores: when at most `RANK_LIMIT` documents match, they are ranked by
relevance (bm25 / ts_rank); when more match, the newest come first (ranking tens of
thousands of matches costs hundreds of milliseconds, and a monitor narrows such a search
anyway). Totals are exact up to `COUNT_CAP` ("more than" beyond), and facets are counted over
the first `FACET_CAP` results.
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

RANK_LIMIT = 1_000
COUNT_CAP = 1_000
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
    order: str = "relevance"  # relevance | newest
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


@dataclass
class _Plan:
    matches: Select[Any]  # ids of visible, filtered, matching documents
    newest: list[Any]  # ORDER BY newest first (cheap: follows the index)
    relevance: list[Any] | None  # ORDER BY relevance, None when there is no text to rank by
    bound: Any | None  # the query as sent to the database (for snippets)


def _plan(session: Session, query: str, filters: SearchFilters, include_confidential: bool) -> _Plan:
    where = [document_visible(include_confidential), *_filter_clauses(filters)]
    if session.get_bind().dialect.name == "sqlite":
        fts_query = fts5_query(query)
        if fts_query is None:
            return _Plan(select(Document.id).where(*where), [Document.id.desc()], None, None)
        match = _fts_name.op("MATCH")(fts_query)
        stmt = (
            select(Document.id)
            .select_from(_fts.join(Document, Document.id == _fts.c.rowid))
            .where(match, *where)
        )
        rank = [func.bm25(_fts_name, 10.0, 1.0), _fts.c.rowid.desc()]
        return _Plan(stmt, [_fts.c.rowid.desc()], rank, fts_query)
    cleaned = query.replace("\x00", "")[:MAX_QUERY].strip()
    if not _WORD.search(cleaned):
        return _Plan(select(Document.id).where(*where), [Document.id.desc()], None, None)
    tsq = func.websearch_to_tsquery("english", cleaned)
    vector: ColumnElement[Any] = literal_column("documents.search_vector")
    stmt = select(Document.id).where(vector.op("@@")(tsq), *where)
    return _Plan(stmt, [Document.id.desc()], [func.ts_rank(vector, tsq).desc(), Document.id.desc()], cleaned)


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
    """Documents matching `query` (all documents, newest first, when it is blank)."""
    filters = filters or SearchFilters()
    limit = max(1, min(limit, 200))
    offset = max(0, min(offset, COUNT_CAP))
    plan = _plan(session, query, filters, include_confidential)
    # One pass over at most COUNT_CAP + 1 matches, newest first, gives the total, the page
    # when there are too many to rank, and the documents the facets count.
    ids = list(session.scalars(plan.matches.order_by(*plan.newest).limit(COUNT_CAP + 1)))
    exact = len(ids) <= COUNT_CAP
    ids = ids[:COUNT_CAP]
    ranked = plan.relevance is not None and exact and len(ids) <= RANK_LIMIT
    if ranked and ids:
        stmt = plan.matches.order_by(*(plan.relevance or [])).limit(limit).offset(offset)
        page_ids = list(session.scalars(stmt))
    else:
        page_ids = ids[offset : offset + limit]
    hits = _hits(session, session.get_bind().dialect.name, page_ids, plan.bound)
    facets = _facets(session, ids[:FACET_CAP]) if with_facets else {}
    return SearchResult(
        hits=hits,
        total=len(ids),
        total_exact=exact,
        limit=limit,
        offset=offset,
        order="relevance" if ranked else "newest",
        facets=facets,
    )


def _hits(session: Session, dialect: str, ids: list[int], bound: Any | None) -> list[SearchHit]:
    if not ids:
        return []
    snippets: dict[int, str] = {}
    if bound is not None and dialect == "sqlite":
        snip = func.snippet(_fts_name, -1, _HL_OPEN, _HL_CLOSE, "…", 24)
        found = session.execute(
            select(_fts.c.rowid, snip).where(
                _fts_name.op("MATCH")(bound),
                _fts.c.rowid.between(min(ids), max(ids)),  # a range FTS5 can seek to
                _fts.c.rowid.in_(ids),
            )
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


def _facets(session: Session, ids: list[int]) -> dict[str, list[FacetValue]]:
    if not ids:
        return {name: [] for name in FACETS}
    doc_in = Incident.document_id.in_(ids)
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
        .where(Claim.document_id.in_(ids))
        .group_by(Claim.claimant)
        .order_by(func.count(distinct(Claim.document_id)).desc(), Claim.claimant)
        .limit(15)
    )
    out["claimant"] = [FacetValue(str(v), int(n)) for v, n in session.execute(claim_stmt)]
    return {name: out[name] for name in FACETS}
