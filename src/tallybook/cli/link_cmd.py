"""`tallybook link`, `incident`, `person`, `orgs`, `same`, `different`: linking and its results."""

from __future__ import annotations

import os
from typing import Any

import typer

from tallybook.cli.output import err_console, print_json
from tallybook.store.db import open_store


def _user(user: str | None) -> str:
    return user or os.environ.get("USER") or "unknown"


def _print_incident(view: dict[str, Any]) -> None:
    figs = view["figures"]
    typer.echo(
        f"incident {view['id']}: {view['type']}  {', '.join(view['dates']) or 'date unknown'}  "
        f"{', '.join(view['places']) or 'place unknown'}"
    )
    typer.echo(f"  folded from document incidents: {', '.join(map(str, view['members']))}")
    if view["victims"]:
        typer.echo(f"  victims: {'; '.join(view['victims'])}")
    best = figs["best"]
    best_text = f"{best['count']} ({best['claimant']}, chosen by {best['user']})" if best else "none chosen"
    open_ended = "  (open-ended)" if figs["open_ended"] else ""
    typer.echo(f"  figures: low {figs['low']}  high {figs['high']}{open_ended}  best {best_text}")
    typer.echo(f"  sources: {', '.join(figs['sources']) or '-'}")
    for f in figs["claimed"]:
        count = f["count"] if f["count"] is not None else f"{f['low']}-{f['high']}"
        typer.echo(
            f"    #{f['claim_id']} {f['claimant']} {f['stance']} {f['qualifier'] or ''} {count}"
            f"{'  on ' + f['claimed_on'] if f['claimed_on'] else ''}"
            f"{'  (not counted: ' + f['not_counted'] + ')' if f['not_counted'] else ''}"
        )
    typer.echo(f"  claims: {len(view['claims'])}")
    for s in view["sources"]:
        typer.echo(
            f"  source: document {s['document_id']} {s['publisher'] or ''} {s['title'] or s['source']}"
        )
    corr = view["corroboration"]
    typer.echo(f"  confirmations: {', '.join(view['confirmations']) or '-'}")
    typer.echo(f"  disputes: {', '.join(view['disputes']) or '-'}")
    typer.echo(
        f"  corroboration: {corr['independent_sources']} independent source(s) behind "
        f"{len(corr['documents'])} document(s)"
    )


def register(app: typer.Typer) -> None:
    @app.command("link")
    def link(full: bool = typer.Option(False, "--full", help="Re-derive every machine link.")) -> None:
        """Link organizations, people, incidents and quotes across documents."""
        from tallybook.link.service import link_all

        status = err_console.status("linking") if err_console.is_terminal else _Quiet()
        with open_store() as store, status:
            report = link_all(store, incremental=not full)
        typer.echo(
            f"organizations {report.organizations.organizations} ({report.organizations.merged} merged); "
            f"people {report.people.records} ({report.people.merged} merged, "
            f"{report.people.candidates} to review); "
            f"incidents {report.incidents.incidents} ({report.incidents.merged} folded, "
            f"{report.incidents.candidates} to review); quotes {report.quotes.quotes} "
            f"({report.quotes.repeats} repeats)"
        )
        for conflict in report.conflicts:
            err_console.print(f"conflict: {conflict}", markup=False, highlight=False)

    @app.command("incident")
    def incident(
        incident_id: int,
        as_json: bool = typer.Option(False, "--json"),
        include_confidential: bool = typer.Option(
            False,
            "--include-confidential",
            help="Include confidential documents and their records (administrators only).",
        ),
    ) -> None:
        """An incident with all claims, figures (low/high/best), sources and corroboration."""
        from tallybook.link.views import incident_view
        from tallybook.review.audit import record_event

        with open_store() as store, store.session() as s:
            if include_confidential:
                record_event(
                    s,
                    user=_user(None),
                    action="incident_confidential",
                    table="incidents",
                    record_id=incident_id,
                    reason="tallybook incident --include-confidential",
                )
            view = incident_view(s, incident_id, include_confidential=include_confidential)
        print_json(view) if as_json else _print_incident(view)

    @app.command("person")
    def person(name: str, as_json: bool = typer.Option(False, "--json")) -> None:
        """A person with every spelling, incident and role."""
        from tallybook.link.views import person_view

        with open_store() as store, store.session() as s:
            views = person_view(s, name)
        if as_json:
            print_json(views)
            return
        for v in views:
            typer.echo(f"person {v['id']}: {v['name']}")
            typer.echo(f"  spellings: {'; '.join(v['spellings'])}")
            typer.echo(f"  roles: {', '.join(v['roles']) or '-'}")
            for i in v["incidents"]:
                typer.echo(f"  incident {i['id']}: {i['type']} {i['date'] or ''} {i['place'] or ''}")

    orgs = typer.Typer(help="Organizations and the user alias table.", invoke_without_command=True)

    @orgs.callback()
    def orgs_list(ctx: typer.Context, as_json: bool = typer.Option(False, "--json")) -> None:
        """List organizations with all their names."""
        if ctx.invoked_subcommand is not None:
            return
        from tallybook.link.views import organizations_view

        with open_store() as store, store.session() as s:
            views = organizations_view(s)
        if as_json:
            print_json(views)
            return
        for v in views:
            others = sorted(set(v["names"]) - {v["name"]}) + v["aliases"]
            typer.echo(f"{v['id']}: {v['name']}" + (f"  (also: {'; '.join(others)})" if others else ""))

    @orgs.command("alias")
    def orgs_alias(
        alias: str,
        to: str = typer.Option(..., "--to", help="The organization's name."),
        user: str | None = typer.Option(None, "--user"),
    ) -> None:
        """Add ALIAS as another name of the organization --to (then re-link)."""
        from tallybook.link.organizations import add_alias, link_organizations

        with open_store() as store, store.session() as s:
            row = add_alias(s, alias, to, _user(user))
            link_organizations(s)
            typer.echo(f"alias {row.alias!r} -> organization {row.entity_id}")

    app.add_typer(orgs, name="orgs")

    def _judge(a: str, b: str, kind: str, user: str | None, reason: str | None, incidents: bool) -> None:
        from tallybook.link.service import judge, link_all, resolve_reference

        subject = "incident" if incidents else "entity"
        with open_store() as store:
            with store.session() as s:
                left = resolve_reference(s, a, subject)
                right = resolve_reference(s, b, subject)
                row = judge(s, left, right, kind, _user(user), reason, subject)
                typer.echo(f"judgement {row.id}: {subject} {left} {kind} {right} (by {row.user})")
            report = link_all(store, incremental=True)
        for conflict in report.conflicts:
            err_console.print(f"conflict: {conflict}", markup=False, highlight=False)

    @app.command("same")
    def same(
        a: str,
        b: str,
        user: str | None = typer.Option(None, "--user"),
        reason: str | None = typer.Option(None, "--reason"),
        incident_ids: bool = typer.Option(False, "--incident", help="A and B are incident numbers."),
    ) -> None:
        """Judge A and B (ids or names) to be the same person/organization (or incident)."""
        _judge(a, b, "same", user, reason, incident_ids)

    @app.command("different")
    def different(
        a: str,
        b: str,
        user: str | None = typer.Option(None, "--user"),
        reason: str | None = typer.Option(None, "--reason"),
        incident_ids: bool = typer.Option(False, "--incident", help="A and B are incident numbers."),
    ) -> None:
        """Judge A and B (ids or names) to be different; linking never joins them again."""
        _judge(a, b, "different", user, reason, incident_ids)


class _Quiet:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
