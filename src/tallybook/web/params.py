"""Shared request parameters with bounds, so bad input is a 422, never a database error."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Query

from tallybook.store.search import SearchFilters

MAX_ID = 2**31 - 1

RecordId = Annotated[int, Path(ge=1, le=MAX_ID, description="record id")]
Limit = Annotated[int, Query(ge=1, le=200, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000, description="rows to skip")]
Text = Annotated[str | None, Query(max_length=500)]


async def search_filters(
    type: Annotated[str | None, Query(max_length=500, description="incident type")] = None,
    country: Annotated[str | None, Query(max_length=500, description="incident country or place")] = None,
    year: Annotated[str | None, Query(max_length=500, description="year of the incident date")] = None,
    claimant: Annotated[str | None, Query(max_length=500, description="who makes a claim")] = None,
    status: Annotated[str | None, Query(max_length=500, description="incident review status")] = None,
) -> SearchFilters:
    """The facet filters of a search, shared by the API and the documents page (async, so
    FastAPI calls it inline instead of in a worker thread)."""
    return SearchFilters(type=type, country=country, year=year, claimant=claimant, status=status)


Filters = Annotated[SearchFilters, Depends(search_filters)]
