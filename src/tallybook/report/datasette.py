"""`tallybook datasette-metadata`: labels and descriptions so that the SQLite file reads well in
Datasette (an optional extra, `tallybook[datasette]`, not a dependency of tallybook).

Hidden tables (users, API tokens) are only hidden from Datasette's listings; publish a copy
without them (and without confidential documents) rather than rely on hiding.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

METADATA_FILE = "datasette_metadata.json"


def table_metadata() -> dict[str, Any]:
    """The packaged metadata (tables, columns, canned queries), without a database name."""
    text = (files("tallybook.report") / METADATA_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def metadata(database: str = "tallybook") -> dict[str, Any]:
    """Datasette metadata for a database file named `database`.db."""
    packaged = table_metadata()
    return {
        "title": packaged["title"],
        "description": packaged["description"],
        "license": packaged["license"],
        "databases": {
            database: {
                "title": packaged["title"],
                "description": packaged["description"],
                "tables": packaged["tables"],
                "queries": packaged["queries"],
            }
        },
    }


def dumps(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
