"""Shared request parameters with bounds, so bad input is a 422, never a database error."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

MAX_ID = 2**31 - 1

RecordId = Annotated[int, Path(ge=1, le=MAX_ID, description="record id")]
Limit = Annotated[int, Query(ge=1, le=200, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000, description="rows to skip")]
Text = Annotated[str | None, Query(max_length=500)]
