"""`tallybook ingest | documents | show | verify`: getting reports in and checking the evidence."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import func, select

from tallybook.cli.output import print_json, progress
from tallybook.errors import NotFound
from tallybook.ingest import IngestResult, Overrides, Source, ingest_paths, verify
from tallybook.model.partial_dates import partial_date
from tallybook.store.db import open_store
from tallybook.store.schema import Document


def _fail_line(result: IngestResult) -> None:
    print(f"tallybook: {result.input}: {result.reason}", file=sys.stderr, flush=True)


def _partial_date_option(value: str | None) -> str | None:
    if value is None:
        return None
    if partial_date(value) != value:
        raise typer.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _summary(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "publisher": doc.publisher,
        "published": doc.published,
        "author": doc.author,
        "language": doc.language,
        "source": doc.source,
        "external_id": doc.external_id,
        "content_type": doc.content_type,
        "size": doc.size,
        "sha256": doc.sha256,
        "retrieved_at": doc.retrieved_at.isoformat() if doc.retrieved_at else None,
        "confidential": doc.confidential,
        "chars": len(doc.text),
    }


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest(
        inputs: Annotated[
            list[str], typer.Argument(help="Files, directories, http(s) URLs, or - for stdin.")
        ],
        publisher: Annotated[str | None, typer.Option(help="Publisher of every document.")] = None,
        published: Annotated[
            str | None,
            typer.Option(help="Publication date YYYY, YYYY-MM or YYYY-MM-DD.", callback=_partial_date_option),
        ] = None,
        title: Annotated[str | None, typer.Option(help="Title of every document.")] = None,
        confidential: Annotated[bool, typer.Option(help="Mark the documents confidential.")] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    ) -> None:
        """Store reports and archive each original (by SHA-256) as evidence."""
        overrides = Overrides(
            title=title, publisher=publisher, published=published, confidential=confidential
        )

        def bar(sources: list[Source]) -> Iterable[Source]:
            return progress(sources, len(sources), "ingest")

        def on_result(result: IngestResult) -> None:
            if result.status == "failed":
                _fail_line(result)

        with open_store() as store:
            report = ingest_paths(store, inputs, overrides, progress=bar, on_result=on_result)
        if as_json:
            print_json(report.to_dict())
            print(report.summary(), file=sys.stderr)
        else:
            typer.echo(report.summary())
        if report.failures:
            raise typer.Exit(1)

    @app.command("documents")
    def documents(
        publisher: Annotated[str | None, typer.Option(help="Publisher contains this (any case).")] = None,
        since: Annotated[
            str | None,
            typer.Option(help="Published on or after YYYY[-MM[-DD]].", callback=_partial_date_option),
        ] = None,
        contains: Annotated[str | None, typer.Option(help="Title or text contains this (any case).")] = None,
        limit: Annotated[int, typer.Option(min=1, help="At most this many documents.")] = 50,
        as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
    ) -> None:
        """List stored documents, newest first."""
        query = select(Document).order_by(Document.id.desc()).limit(limit)
        if publisher:
            query = query.where(Document.publisher.ilike(_like(publisher), escape="\\"))
        if since:
            query = query.where(Document.published >= since)
        if contains:
            pattern = _like(contains)
            query = query.where(
                Document.title.ilike(pattern, escape="\\") | Document.text.ilike(pattern, escape="\\")
            )
        with open_store() as store, store.session() as s:
            rows = [_summary(d) for d in s.scalars(query)]
        if as_json:
            print_json(rows)
            return
        table = Table("id", "published", "publisher", "title", "chars", "conf.", box=None)
        for r in rows:
            title = r["title"] or r["source"]
            table.add_row(
                str(r["id"]),
                r["published"] or "",
                r["publisher"] or "",
                title,
                str(r["chars"]),
                "yes" if r["confidential"] else "",
            )
        Console(width=200 if not sys.stdout.isatty() else None).print(table)

    @app.command("show")
    def show(
        document_id: Annotated[int, typer.Argument(metavar="ID", help="Document id.")],
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON (metadata, pages, text).")] = False,
    ) -> None:
        """Show one document: where it came from, its metadata and its text."""
        with open_store() as store, store.session() as s:
            doc = s.get(Document, document_id)
            if doc is None:
                raise NotFound(f"no document {document_id}")
            data = _summary(doc)
            data["pages"] = [{"number": p.number, "start": p.start, "end": p.end} for p in doc.pages]
            data["attrs"] = doc.attrs
            data["text"] = doc.text
        if as_json:
            print_json(data)
            return
        for key, value in data.items():
            if key in ("text", "pages", "attrs") or value in (None, ""):
                continue
            typer.echo(f"{key}: {value}")
        if data["pages"]:
            typer.echo(f"pages: {len(data['pages'])}")
        typer.echo("")
        typer.echo(data["text"])

    @app.command("verify")
    def verify_cmd() -> None:
        """Re-hash every archived original; name each one missing or altered."""
        with open_store() as store:
            with store.session() as s:
                total = s.scalar(select(func.count(Document.id))) or 0
            problems = verify(store, lambda rows, n: progress(rows, n, "verify"))
        for problem in problems:
            print(f"tallybook: {problem}", file=sys.stderr)
        if problems:
            typer.echo(f"{len(problems)} of {total} originals missing or altered")
            raise typer.Exit(1)
        typer.echo(f"all {total} originals intact")
