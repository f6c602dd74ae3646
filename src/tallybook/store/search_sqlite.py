"""The SQLite fast path of `search`: the statements of `search._search_core` written out once
as SQL text and run on a DB-API (sqlite3) connection. A search is the web app's hot path, and
compiling SQLAlchemy statements costs more CPU than SQLite spends answering them.

This module only runs SQL; the caps, totals and result shape are decided in `search`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tallybook.store.search import SearchFilters

HL_OPEN, HL_CLOSE = "\ue000", "\ue001"  # private-use marks around matched words

_FTS_FROM = "documents_fts JOIN documents ON documents.id = documents_fts.rowid"
_HIT_COLS = "documents.id, documents.title, documents.source, documents.published, documents.confidential"
_SNIPPET = f"snippet(documents_fts, -1, '{HL_OPEN}', '{HL_CLOSE}', '…', 24)"
_OPENING = "substr(documents.text, 1, 240)"
_BM25 = "bm25(10.0, 1.0)"  # the rank function of `search._plan`'s relevance order


@dataclass
class SqlitePage:
    rows: list[Any]  # (id, title, source, published, confidential, snippet, ...) per hit
    counted: int  # matches, counted up to count_cap + 1
    ranked: bool
    facet_ids: list[int] | None  # the newest facet_cap matches, when asked for


def where_clause(
    filters: SearchFilters, include_confidential: bool, fts_query: str | None
) -> tuple[str, list[Any]]:
    """The WHERE clause (and its parameters) shared by every statement of one search."""
    where: list[str] = []
    params: list[Any] = []
    if fts_query is not None:
        where.append("documents_fts MATCH ?")
        params.append(fts_query)
    if not include_confidential:
        where.append("documents.confidential IS 0")
    incident: list[str] = []
    if filters.type:
        incident.append("incidents.type = ?")
        params.append(filters.type)
    if filters.country:
        incident.append("(incidents.country = ? OR incidents.place = ?)")
        params += [filters.country, filters.country]
    if filters.year:
        incident.append("substr(incidents.date, 1, 4) = ?")
        params.append(filters.year)
    if filters.status:
        incident.append("incidents.status = ?")
        params.append(filters.status)
    if incident:
        inner = " AND ".join(incident)
        where.append(f"documents.id IN (SELECT incidents.document_id FROM incidents WHERE {inner})")
    if filters.claimant:
        where.append("documents.id IN (SELECT claims.document_id FROM claims WHERE claims.claimant = ?)")
        params.append(filters.claimant)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def sqlite_page(
    dbapi: Any,
    fts_query: str | None,
    filters: SearchFilters,
    include_confidential: bool,
    *,
    limit: int,
    offset: int,
    count_cap: int,
    rank_limit: int,
    facet_cap: int | None,
) -> SqlitePage:
    """One page of a search; the ids to count facets over only when `facet_cap` is given."""
    where, params = where_clause(filters, include_confidential, fts_query)
    if fts_query is None:
        source, newest, snippet = "documents", "documents.id DESC", _OPENING
    else:
        source, newest, snippet = _FTS_FROM, "documents_fts.rowid DESC", _SNIPPET
    matches = f"SELECT documents.id FROM {source}{where}"
    cur = dbapi.cursor()
    try:
        cur.execute(f"SELECT count(*) FROM ({matches} LIMIT {count_cap + 1})", params)
        counted = int(cur.fetchone()[0])
        exact = counted <= count_cap
        ranked = fts_query is not None and exact and counted <= rank_limit
        wanted = min(limit, counted - offset) if exact else limit + 1  # one more: a next page?
        rows: list[Any] = []
        if wanted > 0 and ranked:
            # FTS5 sorts by its rank column itself and hands the rows over in that order, so
            # the snippet is made only for the rows fetched (a second MATCH pass to make the
            # page's snippets would cost as much as the ranking). Ties are broken by id,
            # newest first, as in `_search_core`: the rows tied with the page's last one are
            # fetched too, then sorted.
            cur.execute(
                f"SELECT {_HIT_COLS}, {_SNIPPET}, documents_fts.rank FROM {source}{where}"
                f" AND documents_fts.rank MATCH '{_BM25}' ORDER BY documents_fts.rank",
                params,
            )
            end = offset + wanted
            rows = cur.fetchmany(end)
            if len(rows) == end:
                while (row := cur.fetchone()) is not None and row[-1] == rows[-1][-1]:
                    rows.append(row)
            rows.sort(key=lambda r: (r[-1], -r[0]))
            rows = rows[offset:end]
        elif wanted > 0:
            cur.execute(
                f"SELECT {_HIT_COLS}, {snippet} FROM {source}{where} ORDER BY {newest} LIMIT ? OFFSET ?",
                [*params, wanted, offset],
            )
            rows = cur.fetchall()
        facet_ids = None
        if facet_cap is not None:
            cur.execute(f"{matches} ORDER BY {newest} LIMIT {facet_cap}", params)
            facet_ids = [int(r[0]) for r in cur.fetchall()]
    finally:
        cur.close()
    return SqlitePage(rows, counted, ranked, facet_ids)
