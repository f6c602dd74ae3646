"""Full-text search on both backends: matching, ranking, safe input, facets, confidentiality."""

from __future__ import annotations

import pytest

from tallybook.store.db import Store
from tallybook.store.schema import Claim, Incident
from tallybook.store.search import SearchFilters, fts5_query, search, search_store, snippet_html

from .support import add_document

HOSTILE_QUERIES = [
    '"',
    "AND",
    "NEAR(",
    "a OR",
    "*",
    "-x",
    "title:",
    "(((",
    "\x00",
    "'; DROP TABLE documents; --",
    "^hanged",
    '"unclosed phrase',
    "NOT",
    "ü*",
    "x" * 600,
    "🙂",
]


def _corpus(store: Store) -> dict[str, int]:
    with store.session() as s:
        hanged = add_document(
            s, "Three prisoners were hanged at dawn in Qezel Hesar prison.", title="Hangings at dawn"
        )
        arrests = add_document(
            s, "Police arrested forty students after the protest in Tabriz.", title="Student arrests"
        )
        secret = add_document(
            s, "A witness saw prisoners hanged in secret.", title="Confidential witness", confidential=True
        )
        evil = add_document(s, "The prisoners <script>alert(1)</script> were hanged.", title="<b>Hostile</b>")
        for doc, kind, year, place in (
            (hanged, "execution", "2022-03-01", "Karaj"),
            (arrests, "arrest", "2023-01-02", "Tabriz"),
            (secret, "execution", "2021-05-05", "Secretville"),
        ):
            inc = Incident(document_id=doc.id, type=kind, date=year, place=place, country="Iran")
            s.add(inc)
            s.flush()
            s.add(Claim(incident_id=inc.id, document_id=doc.id, claimant="Iran Human Rights"))
        return {"hanged": hanged.id, "arrests": arrests.id, "secret": secret.id, "evil": evil.id}


@pytest.mark.postgres
def test_matches_rank_and_snippets(store: Store) -> None:
    ids = _corpus(store)
    with store.session() as s:
        result = search(s, "hanged prisoners", include_confidential=False)
    found = [h.id for h in result.hits]
    assert set(found) == {ids["hanged"], ids["evil"]}
    assert result.total == 2 and result.total_exact
    hit = next(h for h in result.hits if h.id == ids["hanged"])
    assert "<mark>" in hit.snippet_html
    evil = next(h for h in result.hits if h.id == ids["evil"])
    assert "<script" not in evil.snippet_html  # escaped (SQLite) or dropped as markup (PostgreSQL)


@pytest.mark.postgres
def test_confidential_documents_only_for_those_allowed(store: Store) -> None:
    ids = _corpus(store)
    with store.session() as s:
        hidden = search(s, "witness", include_confidential=False)
        shown = search(s, "witness", include_confidential=True)
        facets = search(s, "", include_confidential=False).facets
    assert hidden.hits == [] and hidden.total == 0
    assert [h.id for h in shown.hits] == [ids["secret"]] and shown.hits[0].confidential
    assert "Secretville" not in {f.value for f in facets["country"]}
    assert "2021" not in {f.value for f in facets["year"]}


@pytest.mark.postgres
@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_any_typed_text_is_a_query_not_an_error(store: Store, query: str) -> None:
    _corpus(store)
    with store.session() as s:
        result = search(s, query, include_confidential=True)
    assert result.total >= 0


@pytest.mark.postgres
def test_facets_and_filters(store: Store) -> None:
    ids = _corpus(store)
    with store.session() as s:
        everything = search(s, "", include_confidential=False)
        assert {f.value: f.count for f in everything.facets["type"]} == {"execution": 1, "arrest": 1}
        assert {f.value for f in everything.facets["claimant"]} == {"Iran Human Rights"}
        assert {f.value for f in everything.facets["status"]} == {"proposed"}
        arrests = search(s, "", SearchFilters(type="arrest"), include_confidential=False)
        assert [h.id for h in arrests.hits] == [ids["arrests"]]
        by_year = search(s, "", SearchFilters(year="2022", country="Karaj"), include_confidential=False)
        assert [h.id for h in by_year.hits] == [ids["hanged"]]
        nobody = search(s, "", SearchFilters(claimant="Nobody"), include_confidential=False)
        assert nobody.hits == [] and nobody.total == 0


@pytest.mark.postgres
def test_pagination(store: Store) -> None:
    with store.session() as s:
        for n in range(7):
            add_document(s, f"Report number {n} about detention.", title=f"Report {n}")
    with store.session() as s:
        first = search(s, "detention", include_confidential=False, limit=3, offset=0)
        second = search(s, "detention", include_confidential=False, limit=3, offset=3)
        last = search(s, "detention", include_confidential=False, limit=3, offset=6)
    assert first.total == 7 and len(first.hits) == 3 and len(second.hits) == 3 and len(last.hits) == 1
    seen = [h.id for h in first.hits + second.hits + last.hits]
    assert len(set(seen)) == 7


def test_fts5_query_quotes_everything() -> None:
    assert fts5_query('hanged "Qezel Hesar" prison*') == '"hanged" "Qezel Hesar" "prison"*'
    assert fts5_query('" AND ( NEAR') == '"AND NEAR"'  # an unclosed quote runs to the end
    assert fts5_query("AND ( NEAR") == '"AND" "NEAR"'
    assert fts5_query("   ") is None and fts5_query("!!!") is None


def test_snippet_marks_only_our_markers() -> None:
    assert snippet_html("\ue000a<b>\ue001 & c") == "<mark>a&lt;b&gt;</mark> &amp; c"
    assert snippet_html("stray \ue000 mark") == "stray  mark"


@pytest.mark.postgres
def test_too_many_matches_come_newest_first_with_a_capped_total(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tallybook.store.search as search_module

    monkeypatch.setattr(search_module, "RANK_LIMIT", 4)
    monkeypatch.setattr(search_module, "COUNT_CAP", 4)
    with store.session() as s:
        ids = [add_document(s, f"Detention report {n}.", title=f"Report {n}").id for n in range(6)]
        add_document(s, "Secret detention report.", title="hidden", confidential=True)
    with store.session() as s:
        broad = search(s, "detention", include_confidential=False, limit=3)
        narrow = search(s, "detention 3", include_confidential=False)
    assert broad.order == "newest" and not broad.total_exact and broad.total == 4
    assert [h.id for h in broad.hits] == sorted(ids, reverse=True)[:3]
    assert narrow.order == "relevance" and narrow.total_exact and [h.id for h in narrow.hits] == [ids[3]]


def test_sqlite_fast_path_matches_portable_path(store: Store) -> None:
    """The SQLite hot path (SQL text on the DB-API connection) gives exactly what the
    SQLAlchemy statements give, for every shape of search."""
    from tallybook.store import search as search_module

    ids = _corpus(store)
    with store.session() as s:
        for i in range(30):
            add_document(s, f"Prisoners number {i} were hanged near the prison.", title=f"Bulk {i}")
    cases: list[tuple[str, SearchFilters, int, int]] = [
        ("hanged prisoners", SearchFilters(), 20, 0),
        ("hanged", SearchFilters(), 5, 3),
        ("", SearchFilters(), 7, 2),
        ('"in secret"', SearchFilters(), 20, 0),
        ("hang*", SearchFilters(type="execution"), 20, 0),
        ("", SearchFilters(country="Tabriz", year="2023", status="proposed"), 20, 0),
        ("prisoners", SearchFilters(claimant="Iran Human Rights"), 20, 0),
        ("nothing-matches-this", SearchFilters(), 20, 0),
        ("hanged", SearchFilters(), 20, 1000),
    ]
    old_caps = (search_module.COUNT_CAP, search_module.RANK_LIMIT)
    try:
        for caps in (old_caps, (10, 10)):  # the second pass makes the newest-first path run
            search_module.COUNT_CAP, search_module.RANK_LIMIT = caps
            for query, filters, limit, offset in cases:
                for confidential in (False, True):
                    with store.session() as s:
                        fast = search(
                            s, query, filters, include_confidential=confidential, limit=limit, offset=offset
                        )
                        clamped = min(offset, search_module.MAX_OFFSET)  # as search() clamps it
                        slow = search_module._search_core(
                            s, query, filters, confidential, limit, clamped, True
                        )
                    assert fast == slow, (caps, query, filters, confidential)
                    assert (ids["secret"] in [h.id for h in fast.hits]) <= confidential
    finally:
        search_module.COUNT_CAP, search_module.RANK_LIMIT = old_caps


@pytest.mark.postgres
def test_pages_beyond_the_count_cap(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past COUNT_CAP the total is "more than" (at least the cap, and more than the page
    when a next page exists), paging goes on, and the last page gives the exact total."""
    import tallybook.store.search as search_module

    monkeypatch.setattr(search_module, "RANK_LIMIT", 4)
    monkeypatch.setattr(search_module, "COUNT_CAP", 4)
    with store.session() as s:
        ids = [add_document(s, f"Detention report {n}.", title=f"Report {n}").id for n in range(11)]
        add_document(s, "Secret detention report.", title="hidden", confidential=True)
    pages = []
    with store.session() as s:
        for offset in (0, 3, 6, 9, 12):
            pages.append(search(s, "detention", include_confidential=False, limit=3, offset=offset))
    assert [(p.total, p.total_exact, len(p.hits)) for p in pages] == [
        (4, False, 3),  # more than the cap
        (6, False, 3),  # more than this page
        (9, False, 3),
        (11, True, 2),  # the last page: exact
        (4, False, 0),  # past the end: only what was counted
    ]
    assert all(p.order == "newest" for p in pages)
    assert [h.id for p in pages for h in p.hits] == sorted(ids, reverse=True)


@pytest.mark.postgres
def test_ranked_pages_break_ties_newest_first(store: Store) -> None:
    """Equal relevance (same words, same length) is ordered newest first, page after page."""
    with store.session() as s:
        ids = [add_document(s, f"Prisoner {n:02d} was hanged.", title="Tied").id for n in range(12)]
        odd = add_document(s, "Hanged, hanged: a prisoner was hanged.", title="Hanged").id
    with store.session() as s:
        pages = [search(s, "hanged", include_confidential=True, limit=5, offset=o) for o in (0, 5, 10)]
    assert all(p.order == "relevance" and p.total == 13 for p in pages)
    assert [h.id for p in pages for h in p.hits] == [odd, *sorted(ids, reverse=True)]


@pytest.mark.postgres
def test_search_store_gives_what_search_gives(store: Store) -> None:
    """`search_store` (on SQLite without facets: a pooled DB-API connection, no session)."""
    ids = _corpus(store)
    for query, filters in (("hanged prisoners", SearchFilters()), ("", SearchFilters(type="arrest"))):
        for confidential in (False, True):
            for with_facets in (False, True):
                with store.session() as s:
                    expected = search(
                        s, query, filters, include_confidential=confidential, with_facets=with_facets
                    )
                got = search_store(
                    store, query, filters, include_confidential=confidential, with_facets=with_facets
                )
                assert got == expected
                assert (ids["secret"] in [h.id for h in got.hits]) <= confidential
