"""Storage: the tables (`schema`), the connection and migrations (`db`), and the few places
where SQLite and PostgreSQL differ (`dialects`)."""

from tallybook.store.db import Store, open_store

__all__ = ["Store", "open_store"]
