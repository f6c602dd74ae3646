"""`tallybook review list|confirm|reject|edit`: the review queue from the terminal."""

from __future__ import annotations

import getpass
import json
from typing import Annotated

import typer

from tallybook.cli.output import print_json
from tallybook.errors import TallybookError
from tallybook.review import decisions
from tallybook.store.db import open_store


def _target(ref: str, kind: str) -> tuple[str, int]:
    """ "incident:12" or "12" (with --kind)."""
    if ":" in ref:
        kind, _, ref = ref.partition(":")
    if kind not in decisions.KINDS:
        raise decisions.ReviewError(f"{kind!r}: record kind must be one of {', '.join(decisions.KINDS)}")
    if not ref.isdigit():
        raise decisions.ReviewError(f"{ref!r}: record id must be a number (e.g. incident:12)")
    return kind, int(ref)


def _actor(user: str | None) -> str:
    return user or f"cli:{getpass.getuser()}"


KindOpt = Annotated[str, typer.Option("--kind", help="incident | claim | quote | mention | victim")]
UserOpt = Annotated[str | None, typer.Option("--user", help="name recorded in the audit log")]
ReasonOpt = Annotated[str | None, typer.Option("--reason", help="why (kept in the audit log)")]


def register(app: typer.Typer) -> None:
    review = typer.Typer(help="Confirm, edit or reject what the machine proposed.", no_args_is_help=True)

    @review.command("list")
    def review_list(
        limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
        as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    ) -> None:
        """Records awaiting review (newest first, per kind)."""
        store = open_store()
        with store.session() as s:
            rows = [
                {"ref": f"{kind}:{row.id}", "document_id": row.document_id, **decisions.snapshot(kind, row)}
                for kind, row in decisions.awaiting_review(s, include_confidential=True, limit=limit)
            ]
        if as_json:
            print_json(rows)
            return
        for r in rows:
            detail = ", ".join(
                f"{k}={v}"
                for k, v in r.items()
                if k not in ("ref", "status", "document_id") and v is not None
            )
            typer.echo(f"{r['ref']}\tdocument {r['document_id']}\t{detail[:120]}")

    def _decide(
        action: str,
        ref: str,
        kind: str,
        user: str | None,
        reason: str | None,
        changes: dict[str, object] | None = None,
    ) -> None:
        kind, record_id = _target(ref, kind)
        store = open_store()
        with store.session() as s:
            if action == "confirm":
                row = decisions.confirm(s, kind, record_id, user=_actor(user), reason=reason)
            elif action == "reject":
                row = decisions.reject(s, kind, record_id, user=_actor(user), reason=reason)
            else:
                row = decisions.edit(s, kind, record_id, changes or {}, user=_actor(user), reason=reason)
            typer.echo(f"{kind}:{row.id} {row.status}")

    @review.command("confirm")
    def review_confirm(
        ref: str, kind: KindOpt = "incident", user: UserOpt = None, reason: ReasonOpt = None
    ) -> None:
        """Confirm a record, e.g. `tallybook review confirm incident:12`."""
        _decide("confirm", ref, kind, user, reason)

    @review.command("reject")
    def review_reject(
        ref: str, kind: KindOpt = "incident", user: UserOpt = None, reason: ReasonOpt = None
    ) -> None:
        """Reject a record (kept, but counts for nothing)."""
        _decide("reject", ref, kind, user, reason)

    @review.command("edit")
    def review_edit(
        ref: str,
        changes: Annotated[str, typer.Argument(help="JSON object, e.g. '{\"count\": 14}'")],
        kind: KindOpt = "incident",
        user: UserOpt = None,
        reason: ReasonOpt = None,
    ) -> None:
        """Correct fields of a record (evidence span start/end included)."""
        try:
            parsed = json.loads(changes)
        except json.JSONDecodeError as e:
            raise TallybookError(f"changes: not JSON ({e.msg})") from e
        if not isinstance(parsed, dict):
            raise TallybookError("changes: expected a JSON object")
        _decide("edit", ref, kind, user, reason, parsed)

    app.add_typer(review, name="review")
