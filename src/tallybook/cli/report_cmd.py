"""`tallybook stats | report | export | import | datasette-metadata`: numbers, reports and data out
(and back in), every number following `tallybook.report.counting`.

Confidential records stay out unless `--include-confidential` is given; on the command line
the OS user counts as an administrator, and the use of the flag is written to the audit log.
"""

from __future__ import annotations

import getpass
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from tallybook.report.filters import Filters, Period
from tallybook.store.db import Store, open_store

_CONFIDENTIAL_HELP = "Include confidential documents and their records (administrators only)."
_out = Console()


class StatsFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


class ReportFormat(StrEnum):
    HTML = "html"
    MD = "md"
    PDF = "pdf"


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    FTM = "ftm"


class ImportFormat(StrEnum):
    JSON = "json"
    FTM = "ftm"


def _open(include_confidential: bool, action: str) -> Store:
    store = open_store()
    if include_confidential:
        from tallybook.review.audit import record_event

        with store.session() as s:
            record_event(
                s,
                user=getpass.getuser(),
                action=f"{action}_confidential",
                table="documents",
                record_id=None,
                reason=f"tallybook {action} --include-confidential",
            )
    return store


def _period(text: str | None) -> Period | None:
    return Period.parse(text) if text else None


def register(app: typer.Typer) -> None:
    @app.command("stats")
    def stats_cmd(
        type: Annotated[str | None, typer.Option("--type", help="Incident type, e.g. execution.")] = None,
        period: Annotated[str | None, typer.Option(help="Months YYYY-MM..YYYY-MM (or YYYY..YYYY).")] = None,
        place: Annotated[str | None, typer.Option(help="Place or country contains this text.")] = None,
        status: Annotated[str | None, typer.Option(help="proposed, confirmed, edited or reviewed.")] = None,
        claimant: Annotated[str | None, typer.Option(help="Only incidents this source reports.")] = None,
        min_sources: Annotated[int, typer.Option(help="At least this many independent sources.")] = 0,
        as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
        as_csv: Annotated[bool, typer.Option("--csv", help="CSV output.")] = False,
        include_confidential: Annotated[bool, typer.Option(help=_CONFIDENTIAL_HELP)] = False,
    ) -> None:
        """Counts of incidents and victims (low/high) by type, month, year, place and claimant."""
        from tallybook.cli.output import print_json
        from tallybook.report.stats import stats

        filters = Filters(type, _period(period), place, status, claimant, min_sources)
        result = stats(
            _open(include_confidential, "stats"), filters, include_confidential=include_confidential
        )
        if as_json:
            print_json(result.to_dict())
            return
        if as_csv:
            typer.echo(result.to_csv(), nl=False)
            return
        t = result.total
        _out.print(
            f"[bold]{t.incidents}[/] incidents, victims [bold]{t.victims_low}[/] (low) to "
            f"[bold]{t.victims_high}[/] (high); {t.without_figure} without a figure"
        )
        for dim, rows in result.by.items():
            table = Table(title=f"by {dim}", title_justify="left")
            table.add_column(dim)
            for col in ("incidents", "victims low", "victims high"):
                table.add_column(col, justify="right")
            for r in rows:
                table.add_row(r.key, str(r.incidents), str(r.victims_low), str(r.victims_high))
            _out.print(table)

    @app.command("report")
    def report_cmd(
        output: Annotated[Path, typer.Option("-o", "--output", help="File to write.")],
        period: Annotated[str | None, typer.Option(help="Months YYYY-MM..YYYY-MM.")] = None,
        type: Annotated[str | None, typer.Option("--type", help="Incident type, e.g. execution.")] = None,
        fmt: Annotated[ReportFormat, typer.Option("--format", help="html, md or pdf.")] = ReportFormat.HTML,
        title: Annotated[str | None, typer.Option(help="Report title.")] = None,
        include_confidential: Annotated[bool, typer.Option(help=_CONFIDENTIAL_HELP)] = False,
    ) -> None:
        """A self-contained report: summary, timeline, places, victims, conflicting figures, methods."""
        from tallybook.report.files import write_output
        from tallybook.report.render import build_report, render

        Filters(type=type)  # checks the type before any work
        store = _open(include_confidential, "report")
        data = build_report(
            store, period=_period(period), type=type, include_confidential=include_confidential, title=title
        )
        write_output(output, render(data, fmt.value))
        typer.echo(f"{output}: {data.stats.total.incidents} incidents, {fmt.value}", err=True)

    @app.command("export")
    def export_cmd(
        fmt: Annotated[ExportFormat, typer.Option("--format", help="csv, json or ftm.")],
        output: Annotated[str | None, typer.Option("-o", "--output", help="File ('-' = stdout).")] = None,
        type: Annotated[str | None, typer.Option("--type", help="csv: incident type.")] = None,
        period: Annotated[str | None, typer.Option(help="csv: months YYYY-MM..YYYY-MM.")] = None,
        include_confidential: Annotated[bool, typer.Option(help=_CONFIDENTIAL_HELP)] = False,
    ) -> None:
        """Data out: csv (one row per incident, low/best/high), json (everything), ftm (FollowTheMoney)."""
        from tallybook.report.files import write_output

        filters = Filters(type=type, period=_period(period))
        store = _open(include_confidential, "export")
        if fmt is ExportFormat.CSV:
            from tallybook.report.export_csv import export_csv

            data = export_csv(store, filters, include_confidential=include_confidential).encode("utf-8")
        elif fmt is ExportFormat.JSON:
            from tallybook.report import export_json

            data = export_json.dumps(
                export_json.export_json(store, include_confidential=include_confidential)
            )
        else:
            from tallybook.report import export_ftm

            data = export_ftm.dumps(export_ftm.export_ftm(store, include_confidential=include_confidential))
        write_output(output, data)

    @app.command("import")
    def import_cmd(
        fmt: Annotated[ImportFormat, typer.Option("--format", help="json (a tallybook export) or ftm.")],
        file: Annotated[Path, typer.Argument(help="File to import.")],
        threshold: Annotated[float, typer.Option(help="ftm: name similarity to queue a match.")] = 0.9,
    ) -> None:
        """Data in: a tallybook JSON export, or FtM people as a watchlist (matches go to review)."""
        store = open_store()
        if fmt is ImportFormat.JSON:
            from tallybook.report.import_json import import_json

            counts = import_json(store, file)
            typer.echo(", ".join(f"{n} {table}" for table, n in counts.items() if n))
        else:
            from tallybook.report.import_ftm import import_ftm

            r = import_ftm(store, file, threshold)
            typer.echo(
                f"watchlist: {r.imported} new, {r.updated} updated, {r.skipped} skipped (not people); "
                f"{r.candidates} possible match(es) queued for review"
            )

    @app.command("datasette-metadata")
    def datasette_cmd(
        output: Annotated[str | None, typer.Option("-o", "--output", help="File ('-' = stdout).")] = None,
        database: Annotated[str, typer.Option(help="Database name in Datasette (file stem).")] = "tallybook",
    ) -> None:
        """Metadata (labels, descriptions) for browsing the SQLite file with Datasette."""
        from tallybook.report.datasette import dumps, metadata
        from tallybook.report.files import write_output

        write_output(output, dumps(metadata(database)))
