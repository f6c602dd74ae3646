"""Who may see what: confidentiality is set on documents and inherited by every record
extracted from them. Every read path (pages, API, search, stats, exports) filters through
these helpers so that the rule lives in one place."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, false, select, true
from sqlalchemy.orm import QueryableAttribute

from tallybook.store.schema import Document


def document_visible(include_confidential: bool) -> ColumnElement[bool]:
    """Filter on `Document`: true for the documents this reader may see."""
    return true() if include_confidential else Document.confidential.is_(false())


def record_visible(
    document_id_column: QueryableAttribute[Any] | ColumnElement[Any], include_confidential: bool
) -> ColumnElement[bool]:
    """Filter for any table with a `document_id` column (incidents, claims, quotes,
    mentions...): visible when its document is. Rows a person made without a document
    stay visible."""
    if include_confidential:
        return true()
    return document_id_column.is_(None) | document_id_column.in_(
        select(Document.id).where(document_visible(False))
    )
