"""The `tallybook` command: a thin layer over the library.

Each stage contributes its commands from its own module (`register(app)`); library errors
(`TallybookError`) become one line on stderr and exit status 1.
"""

from __future__ import annotations

import importlib
import sys

import typer

from tallybook.errors import TallybookError

app = typer.Typer(
    name="tallybook",
    help="Turn human-rights reports into a searchable, source-attributed record.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# One module per stage, each with `register(app)`. Missing ones are a packaging bug, not a
# user error, so they raise.
_COMMAND_MODULES = (
    "ingest_cmd",
    "db_cmd",
    "extract_cmd",
    "link_cmd",
    "review_cmd",
    "report_cmd",
    "web_cmd",
)


def _register_all() -> None:
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"tallybook.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"tallybook.cli.{name}":
                raise
            continue  # stage not built yet
        module.register(app)


_register_all()


def main() -> None:
    try:
        app()
    except TallybookError as e:
        print(f"tallybook: error: {e}", file=sys.stderr)
        sys.exit(1)
