"""Full-text search over documents, with facets from what was extracted from them.

SQLite: the FTS5 table `documents_fts` (MATCH, bm25 ranking, snippet()).
PostgreSQL: the `documents.search_vector` column (websearch_to_tsquery, ts_rank, ts_headline).

User input never reaches the query syntax: on SQLite every word is quoted, so a stray quote
or operator cannot make a syntax error; PostgreSQL's websearch parser accepts any text.
Confidential documents are left out for readers who may not see them (`visibility`).

To stay fast on big stores: when at most `RANK_LIMIT` documents match, they are ranked by
relevance (bm25 / ts_rank); when more match, the newest come first (ranking tens of
thousands of matches costs hundreds of milliseconds, and a monitor narrows such a search
anyway). Matches are counted up to `COUNT_CAP` + 1 only: counting is most of a search's
work, and it grows with the cap (a phrase of common words may have to be checked in tens of
thousands of documents to find a thousand matches). Beyond the cap a total is "more than"
(`total_exact` false): more than `COUNT_CAP`, and more than offset + limit when a next page
exists; the last page of such a search gives the exact total. Pages go up to `MAX_OFFSET`
results deep. Facets are counted over the first `FACET_CAP` results.
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
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from tallybook.store.db import Store
from tallybook.store.schema import Claim, Document, Incident
from tallybook.store.search_sqlite import HL_CLOSE as _HL_CLOSE
from tallybook.store.search_sqlite import HL_OPEN as _HL_OPEN
from tallybook.store.search_sqlite import sqlite_page
from tallybook.store.visibility import document_visible

RANK_LIMIT = 250
COUNT_CAP = 250
MAX_OFFSET = 1_000
FACET_CAP = 1_000
MAX_QUERY = 500
FACETS = ("type", "country", "year", "claimant", "status")

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
    # A highlight is an open mark whose next mark is a close mark; any other mark (one the
    # document's own text may hold) is dropped. Plain string splits: every hit goes through.
    first, *rest = str(escape(raw)).split(_HL_OPEN)
    out = [first.replace(_HL_CLOSE, "")]
    for part in rest:
        inner, closed, after = part.partition(_HL_CLOSE)
        out.append(f"<mark>{inner}</mark>{after.replace(_HL_CLOSE, '')}" if closed else part)
    return "".join(out)


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
    limit, offset = _bounded(limit, offset)
    if session.get_bind().dialect.name == "sqlite":
        dbapi = session.connection().connection.driver_connection
        facets_from = session if with_facets else None
        return _search_sqlite(dbapi, query, filters, include_confidential, limit, offset, facets_from)
    return _search_core(session, query, filters, include_confidential, limit, offset, with_facets)


def search_store(
    store: Store,
    query: str,
    filters: SearchFilters | None = None,
    *,
    include_confidential: bool,
    limit: int = 20,
    offset: int = 0,
    with_facets: bool = True,
) -> SearchResult:
    """`search` in a transaction of its own. On SQLite, a search without facets (what the
    API is usually asked) runs on a pooled DB-API connection without an ORM session, whose
    setup and commit cost several times the CPU of a cheap search's SQL."""
    if store.dialect != "sqlite" or with_facets:
        with store.session() as s:
            return search(
                s,
                query,
                filters,
                include_confidential=include_confidential,
                limit=limit,
                offset=offset,
                with_facets=with_facets,
            )
    limit, offset = _bounded(limit, offset)
    raw = store.engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        return _search_sqlite(
            dbapi, query, filters or SearchFilters(), include_confidential, limit, offset, None
        )
    finally:
        raw.close()  # back to the pool (rolled back: a search writes nothing)


def _bounded(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(limit, 200)), max(0, min(offset, MAX_OFFSET))


def _beyond_cap(offset: int, limit: int, found: int) -> tuple[int, bool]:
    """(total, exact) of a search with more than COUNT_CAP matches, from the number of rows
    found when limit + 1 were asked for at `offset`: more than offset + limit (and more than
    COUNT_CAP) when the extra row came; exactly offset + found when the page ends early."""
    if found > limit:
        return max(COUNT_CAP, offset + limit), False
    if found:
        return offset + found, True
    return COUNT_CAP, False  # past the end: all that is known is what was counted


def _search_core(
    session: Session,
    query: str,
    filters: SearchFilters,
    include_confidential: bool,
    limit: int,
    offset: int,
    with_facets: bool,
) -> SearchResult:
    """The portable path (PostgreSQL; on SQLite the tests compare it with `_search_sqlite`)."""
    plan = _plan(session, query, filters, include_confidential)
    # Core statements on the session's connection: no ORM objects are built for a search.
    conn = session.connection()
    # Counting stops at COUNT_CAP + 1: that decides exactness and whether to rank, without
    # bringing a single row of a huge match set into Python.
    capped = plan.matches.limit(COUNT_CAP + 1).subquery()
    counted = int(conn.execute(select(func.count()).select_from(capped)).scalar_one())
    exact = counted <= COUNT_CAP
    total = min(counted, COUNT_CAP)
    ranked = plan.relevance is not None and exact and total <= RANK_LIMIT
    dialect = session.get_bind().dialect.name
    wanted = min(limit, total - offset) if exact else limit + 1  # one more: is there a next page?
    hits: list[SearchHit] = []
    if wanted > 0 and ranked:
        # Ranking sorts every match, so snippets are made afterwards for the page alone.
        page = plan.matches.order_by(*(plan.relevance or [])).limit(wanted).offset(offset)
        page_ids = [int(v) for v in conn.execute(page).scalars()]
        hits = _hits(conn, dialect, page_ids, plan.bound)
    elif wanted > 0:
        # Newest first follows the index, so the page and its snippets come in one pass
        # that stops after the page (FTS5 makes a snippet only for the rows it returns).
        stmt = plan.matches.with_only_columns(*_hit_columns(dialect, plan.bound), maintain_column_froms=False)
        rows = conn.execute(stmt.order_by(*plan.newest).limit(wanted).offset(offset))
        hits = [_hit(r) for r in rows]
    facets: dict[str, list[FacetValue]] = {}
    if with_facets:  # counted over the newest FACET_CAP matches, only when asked for
        newest = plan.matches.order_by(*plan.newest).limit(FACET_CAP)
        facets = _facets(session, [int(v) for v in conn.execute(newest).scalars()])
    if not exact:
        total, exact = _beyond_cap(offset, limit, len(hits))
        hits = hits[:limit]
    return SearchResult(
        hits=hits,
        total=total,
        total_exact=exact,
        limit=limit,
        offset=offset,
        order="relevance" if ranked else "newest",
        facets=facets,
    )


_docs = Document.__table__.c


def _hit_columns(dialect: str, bound: Any | None) -> tuple[ColumnElement[Any], ...]:
    """What a hit shows: the document's summary and a highlighted snippet (or its opening)."""
    cols = (_docs.id, _docs.title, _docs.source, _docs.published, _docs.confidential)
    if bound is None:
        return (*cols, func.substr(_docs.text, 1, 240))
    if dialect == "sqlite":
        return (*cols, func.snippet(_fts_name, -1, _HL_OPEN, _HL_CLOSE, "…", 24))
    options = f"StartSel={_HL_OPEN}, StopSel={_HL_CLOSE}, MaxWords=40, MinWords=15, MaxFragments=2"
    tsq = func.websearch_to_tsquery("english", bound)
    return (*cols, func.ts_headline("english", func.left(_docs.text, 100_000), tsq, options))


def _hit(r: Any) -> SearchHit:
    return SearchHit(
        id=int(r[0]),
        title=r[1],
        source=r[2],
        published=r[3],
        confidential=bool(r[4]),
        snippet_html=snippet_html(str(r[5] or "")),
    )


def _hits(conn: Connection, dialect: str, ids: list[int], bound: Any | None) -> list[SearchHit]:
    """Hits for `ids`, in that order."""
    if not ids:
        return []
    stmt = select(*_hit_columns(dialect, bound))
    if bound is not None and dialect == "sqlite":
        stmt = stmt.select_from(_fts.join(Document.__table__, _docs.id == _fts.c.rowid)).where(
            _fts_name.op("MATCH")(bound),
            _fts.c.rowid.between(min(ids), max(ids)),  # a range FTS5 can seek to
            _fts.c.rowid.in_(ids),
        )
    else:
        stmt = stmt.where(_docs.id.in_(ids))
    by_id = {int(r[0]): r for r in conn.execute(stmt)}
    return [_hit(by_id[i]) for i in ids if i in by_id]


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


def _search_sqlite(
    dbapi: Any,
    query: str,
    filters: SearchFilters,
    include_confidential: bool,
    limit: int,
    offset: int,
    facets_from: Session | None,
) -> SearchResult:
    """`search` on SQLite over a DB-API (sqlite3) connection (search_sqlite.py runs the SQL);
    facets are counted (through `facets_from`, on the same connection) only when that session
    is given."""
    page = sqlite_page(
        dbapi,
        fts5_query(query),
        filters,
        include_confidential,
        limit=limit,
        offset=offset,
        count_cap=COUNT_CAP,
        rank_limit=RANK_LIMIT,
        facet_cap=FACET_CAP if facets_from is not None else None,
    )
    hits = [_hit(r) for r in page.rows]
    exact = page.counted <= COUNT_CAP
    total = min(page.counted, COUNT_CAP)
    if not exact:
        total, exact = _beyond_cap(offset, limit, len(hits))
        hits = hits[:limit]
    facets = _facets(facets_from, page.facet_ids or []) if facets_from is not None else {}
    return SearchResult(
        hits=hits,
        total=total,
        total_exact=exact,
        limit=limit,
        offset=offset,
        order="relevance" if page.ranked else "newest",
        facets=facets,
    )
