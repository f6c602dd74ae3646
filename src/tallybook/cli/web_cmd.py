"""`tallybook serve`, `tallybook user ...`, `tallybook token create`: the web app and its accounts."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from tallybook.cli.output import print_json
from tallybook.review import users
from tallybook.store.db import open_store


def _read_password(name: str, from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    return str(typer.prompt(f"password for {name}", hide_input=True, confirmation_prompt=True))


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="TCP port", min=1, max=65535)] = 8000,
        workers: Annotated[
            int | None,
            typer.Option(help="worker processes (default: one per CPU core, at most 8)", min=1, max=32),
        ] = None,
    ) -> None:
        """Run the web app and JSON API (sign in with an account from `tallybook user add`)."""
        import uvicorn

        from tallybook.web.app import secret_key_for

        # Each worker is a process with its own interpreter, so searches use every core.
        workers = workers or max(1, min(os.cpu_count() or 1, 8))
        store = open_store()  # migrate and make the session key once, before workers start
        secret_key_for(store)
        store.dispose()
        uvicorn.run(
            "tallybook.web.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            proxy_headers=False,
            log_level="info",
        )

    user = typer.Typer(help="Accounts: admin, editor or viewer.", no_args_is_help=True)

    @user.command("add")
    def user_add(
        name: str,
        role: Annotated[str, typer.Option(help="admin | editor | viewer")] = "viewer",
        password_stdin: Annotated[
            bool, typer.Option("--password-stdin", help="read the password from stdin")
        ] = False,
    ) -> None:
        """Create an account."""
        if role not in tuple(users.Role):
            raise users.UserError(f"role {role!r}: use one of {', '.join(users.Role)}")
        password = _read_password(name, password_stdin)
        store = open_store()
        with store.session() as s:
            account = users.add_user(s, name, password, role)
        typer.echo(f"added {account.username} ({account.role})")

    @user.command("list")
    def user_list(as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
        """List accounts."""
        store = open_store()
        with store.session() as s:
            rows = [
                {"username": u.username, "role": u.role, "disabled": u.disabled, "created_at": u.created_at}
                for u in users.list_users(s)
            ]
        if as_json:
            print_json(rows)
            return
        for r in rows:
            typer.echo(f"{r['username']}\t{r['role']}\t{'disabled' if r['disabled'] else 'active'}")

    @user.command("disable")
    def user_disable(name: str) -> None:
        """Disable an account and revoke its API tokens (the account is kept for the audit log)."""
        store = open_store()
        with store.session() as s:
            users.disable_user(s, name)
        typer.echo(f"disabled {name}")

    token = typer.Typer(help="API tokens for scripts.", no_args_is_help=True)

    @token.command("create")
    def token_create(
        name: str, label: Annotated[str | None, typer.Option(help="what the token is for")] = None
    ) -> None:
        """Create an API token for NAME and print it once (only its SHA-256 is stored)."""
        store = open_store()
        with store.session() as s:
            value = users.create_token(s, name, label)
        typer.echo(value)

    app.add_typer(user, name="user")
    app.add_typer(token, name="token")
