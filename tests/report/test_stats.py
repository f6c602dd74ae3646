"""Every number of `tallybook stats` on the known store, worked out by hand from the rules."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from report_truth import Truth
from typer.testing import CliRunner

from tallybook.cli import app
from tallybook.report import ReportError
from tallybook.report.filters import Filters, Period
from tallybook.report.stats import stats
from tallybook.store.db import Store


def _table(rows: list[dict[str, Any]]) -> list[tuple[str, int, int, int]]:
    return [(r["key"], r["incidents"], r["victims_low"], r["victims_high"]) for r in rows]


@pytest.mark.postgres
def test_every_number_without_filters(store: Store, known: Truth) -> None:
    d = stats(store).to_dict()
    assert d["total"] == {
        "key": "total",
        "incidents": 6,
        "victims_low": 22,
        "victims_high": 76,
        "victims_best": 5,
        "incidents_with_best": 1,
        "incidents_without_figure": 1,
    }
    assert _table(d["by_type"]) == [
        ("execution", 3, 17, 22),
        ("killing", 1, 1, 50),
        ("arrest", 1, 2, 2),
        ("death_sentence", 1, 2, 2),
    ]
    assert _table(d["by_month"]) == [
        ("2019-11", 1, 3, 5),
        ("2020-02", 2, 14, 17),
        ("2021 (month unknown)", 1, 2, 2),
        ("2021-03", 1, 1, 50),
        ("(undated)", 1, 2, 2),
    ]
    assert _table(d["by_year"]) == [
        ("2019", 1, 3, 5),
        ("2020", 2, 14, 17),
        ("2021", 2, 3, 52),
        ("(undated)", 1, 2, 2),
    ]
    assert _table(d["by_place"]) == [
        ("Tehran, Iran", 2, 14, 17),
        ("Zahedan, Iran", 1, 1, 50),
        ("Shiraz prison, Iran", 1, 3, 5),
        ("(unknown place)", 1, 2, 2),
        ("Isfahan, Iran", 1, 2, 2),
    ]
    assert _table(d["by_claimant"]) == [
        ("Rights Watch Iran", 3, 16, 16),
        ("News Agency", 2, 32, 42),
        ("Iran Human Rights", 2, 10, 10),
        ("Baloch Campaign", 1, 1, 50),
        ("Amnesty Example", 1, 5, 5),
    ]


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(type="execution"), (3, 17, 22)),
        (Filters(period=Period.parse("2020-01..2020-12")), (2, 14, 17)),
        (Filters(period=Period.parse("2021-01..2021-06")), (1, 1, 50)),  # "2021" is not wholly inside
        (Filters(period=Period.parse("2021..2021")), (2, 3, 52)),
        (Filters(place="tehran"), (2, 14, 17)),
        (Filters(place="Iran"), (5, 20, 74)),
        (Filters(status="reviewed"), (2, 5, 7)),
        (Filters(status="proposed"), (4, 17, 69)),
        (Filters(claimant="iran human rights"), (2, 9, 11)),
        (Filters(min_sources=2), (2, 4, 55)),
        (Filters(type="execution", period=Period.parse("2019-01..2019-12"), min_sources=3), (1, 3, 5)),
    ],
)
def test_filters(store: Store, known: Truth, filters: Filters, expected: tuple[int, int, int]) -> None:
    t = stats(store, filters).total
    assert (t.incidents, t.victims_low, t.victims_high) == expected


@pytest.mark.postgres
def test_confidential_only_with_the_flag(store: Store, known: Truth) -> None:
    public = stats(store).to_dict()
    assert "Witness network" not in {r["key"] for r in public["by_claimant"]}
    full = stats(store, include_confidential=True).to_dict()
    assert (full["total"]["incidents"], full["total"]["victims_low"], full["total"]["victims_high"]) == (
        6,
        22,
        77,
    )
    assert ("Witness network", 1, 7, 7) in _table(full["by_claimant"])


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (lambda: Period.parse("2019-13..2020-01"), "--period"),
        (lambda: Period.parse("2021-01..2020-01"), "start is after the end"),
        (lambda: Filters(type="massacre"), "--type 'massacre'"),
        (lambda: Filters(status="maybe"), "--status"),
    ],
)
def test_bad_filters_are_named(bad: Any, message: str) -> None:
    with pytest.raises(ReportError, match=message):
        bad()


def test_cli_json_and_csv(store: Store, known: Truth) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["stats", "--type", "execution", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["filters"]["type"] == "execution"
    total = data["total"]
    assert (total["incidents"], total["victims_low"], total["victims_high"]) == (3, 17, 22)
    result = runner.invoke(app, ["stats", "--csv", "--min-sources", "2"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    total = next(r for r in rows if r["dimension"] == "total")
    assert (total["incidents"], total["victims_low"], total["victims_high"]) == ("2", "4", "55")
    assert {r["dimension"] for r in rows} == {"total", "type", "month", "year", "place", "claimant"}
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 0 and "6 incidents" in result.stdout


def test_cli_bad_period_is_one_clear_line(store: Store) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-c", "from tallybook.cli import main; main()", "stats", "--period", "2019-1..2020"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "tallybook: error: --period '2019-1..2020': expected YYYY-MM..YYYY-MM (or YYYY..YYYY)"
    ]
