"""Project-level checks: the code is lint- and type-clean, and the README documents every
command the CLI offers (so a new command cannot ship undocumented)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import typer.main

from tallybook.cli import app

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=600)


def test_ruff_is_clean() -> None:
    result = _run(str(BIN / "ruff"), "check", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    result = _run(str(BIN / "mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def _command_names() -> set[str]:
    click_app = typer.main.get_command(app)
    names: set[str] = set()
    for name, command in click_app.commands.items():  # type: ignore[attr-defined]
        names.add(name)
        for sub in getattr(command, "commands", {}):
            names.add(f"{name} {sub}")
    return names


def test_readme_documents_every_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = sorted(n for n in _command_names() if f"tallybook {n}" not in readme)
    assert not missing, f"commands missing from README.md: {missing}"
