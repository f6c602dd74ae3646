"""`tallybook db ...`: schema migrations."""

from __future__ import annotations

import typer

from tallybook.settings import Settings
from tallybook.store.db import current_revision, make_engine, upgrade


def register(app: typer.Typer) -> None:
    db = typer.Typer(help="Database schema.", no_args_is_help=True)

    @db.command("upgrade")
    def db_upgrade() -> None:
        """Create or migrate the database to the latest schema."""
        settings = Settings.from_env()
        engine = make_engine(settings.database_url)
        upgrade(engine)
        typer.echo(f"database at revision {current_revision(engine)}: {engine.url.render_as_string()}")

    app.add_typer(db, name="db")
