"""The report renders in every format, with the numbers of the known store; the HTML is
drawn by headless Chromium and the PDF by pdftoppm, and the pictures are not blank."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from report_truth import Truth
from typer.testing import CliRunner

from tallybook.cli import app
from tallybook.report.charts import timeline
from tallybook.report.counting import count_incidents, counting_rules
from tallybook.report.filters import Period
from tallybook.report.render import build_report, render
from tallybook.store.db import Store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PERIOD = Period.parse("2019-01..2021-12")


@pytest.mark.postgres
def test_report_numbers(store: Store, known: Truth) -> None:
    r = build_report(store, period=PERIOD)
    t = r.stats.total
    assert (t.incidents, t.victims_low, t.victims_high, r.corroborated, r.documents) == (5, 20, 74, 2, 4)
    assert [(p.key, p.incidents) for p in r.top_places][:2] == [("Tehran, Iran", 2), ("Zahedan, Iran", 1)]
    assert [(v.name, v.incident_id) for v in r.victims] == [("Navid Example", known.incidents["i1"])]
    assert r.victims[0].sources[0].evidence == "Navid Example"
    rows = {(f.incident_id, f.claimant, f.figure, f.counted) for f in r.conflicts}
    i1, i4, i7 = (known.incidents[k] for k in ("i1", "i4", "i7"))
    assert rows == {
        (i1, "Amnesty Example", "about 5", "3–5"),
        (i1, "Iran Human Rights", "at least 4", "3–5"),
        (i1, "Rights Watch Iran", "3", "3–5"),
        (i1, "Judiciary", "denies", "3–5"),
        (i4, "Iran Human Rights", "8", "8–11"),
        (i4, "Rights Watch Iran", "more than 10", "8–11"),
        (i7, "Baloch Campaign", "up to 50", "1–50"),
        (i7, "News Agency", "between 30 and 40", "1–50"),
    }
    executions = build_report(store, period=PERIOD, type="execution")
    assert (executions.stats.total.incidents, executions.stats.total.victims_high) == (3, 22)


def test_markdown_and_html_carry_the_rules_and_chart(store: Store, known: Truth) -> None:
    data = build_report(store, period=PERIOD)
    md = render(data, "md").decode()
    for n, rule in enumerate(counting_rules(), start=1):
        assert f"{n}. {rule}" in md
    assert "| **Total** | **5** | **20** | **74** |" in md
    html = render(data, "html").decode()
    png = re.search(r'src="data:image/png;base64,([^"]+)"', html)
    svg = re.search(r'href="data:image/svg\+xml;base64,([^"]+)"', html)
    assert png and svg
    assert base64.b64decode(png.group(1)).startswith(b"\x89PNG")
    assert b"<svg" in base64.b64decode(svg.group(1))
    assert "Hidden Person" not in html and "Witness network" not in html
    assert (
        "Hidden Person"
        in render(build_report(store, period=PERIOD, include_confidential=True), "html").decode()
    )


def test_chart_has_every_month_of_the_period(store: Store, known: Truth) -> None:
    with store.session() as s:
        incidents = count_incidents(s)
    chart = timeline(incidents, PERIOD)
    assert len(chart.months) == 36 and chart.months[0] == "2019-01" and chart.months[-1] == "2021-12"
    assert chart.left_off == 2  # "2021" (year only) and the undated arrests
    assert chart.png.startswith(b"\x89PNG") and b"<svg" in chart.svg


def _not_blank(path: Path) -> None:
    with Image.open(path) as img:
        stat = ImageStat.Stat(img.convert("L"))
        assert img.size[0] > 300 and img.size[1] > 300
        assert stat.stddev[0] > 10, f"{path} looks blank"


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed")
def test_html_report_draws_in_chromium(store: Store, known: Truth, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        app, ["report", "--period", "2019-01..2021-12", "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    shot = tmp_path / "report.png"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={shot}",
         "--window-size=1200,2000", out.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    _not_blank(shot)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_pdf_report_draws(store: Store, known: Truth, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = CliRunner().invoke(
        app, ["report", "--period", "2019-01..2021-12", "--format", "pdf", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(out), str(tmp_path / "page")], check=True, timeout=60)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) >= 2
    for page in pages:
        _not_blank(page)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Navid Example" in text and "Methods" in text and "Hidden Person" not in text
