"""A monitor's day in a real browser (Debian's Chromium driven by Playwright) against a real
uvicorn server: sign in, upload, see highlights, confirm, edit, read the audit, search; and a
viewer who can neither see confidential material nor reach a write route."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .support import PASSWORD, Corpus, LiveServer

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
REPORT = Path(__file__).with_name("report.txt")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def _login(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(f"{base}/")


def test_monitor_reviews_an_uploaded_report(browser: Any, live_server: LiveServer, corpus: Corpus) -> None:
    base = live_server.url
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    _login(page, base, "editor")
    _shot(page, "login-dashboard-before")

    page.goto(f"{base}/upload")
    page.set_input_files("input[name=file]", str(REPORT))
    page.click("button.primary")
    page.wait_for_url(re.compile(r".*/documents/\d+$"), timeout=120_000)
    doc_url = page.url
    marks = page.locator("article.doctext .k-incident")
    assert marks.count() >= 1
    assert page.locator("article.doctext .k-claim").count() >= 1
    _shot(page, "document")

    # Confirm the first incident from the records panel.
    row = page.locator("aside.records div.rec[id^=row-incident-]").first
    incident_id = int((row.get_attribute("id") or "").rsplit("-", 1)[1])
    row.locator("form[action$='/confirm'] input[name=reason]").fill("checked against the report")
    row.locator("form[action$='/confirm'] button").click()
    page.wait_for_url(doc_url)
    assert "confirmed" in page.locator(f"#row-incident-{incident_id}").inner_text()

    # Edit the count of one of its claims.
    page.goto(f"{base}/incidents/{incident_id}")
    page.locator("table.list a", has_text="edit").first.click()
    page.wait_for_url(re.compile(r".*/review/claim/\d+$"))
    page.fill("input[name=count]", "15")
    page.fill("input[name=reason]", "the report's later update says 15")
    page.click("button.primary")
    page.wait_for_url(f"{base}/incidents/{incident_id}")
    audit = page.locator("table.audit").inner_text()
    assert "editor" in audit and "edit" in audit and "the report's later update says 15" in audit
    assert "15" in page.locator("table.list").inner_text()
    best = page.locator("table.list form[action$='/best']").first
    best.locator("input[name=reason]").fill("the monitor's own count")
    best.locator("button").click()
    page.wait_for_url(f"{base}/incidents/{incident_id}")
    assert "chosen by editor" in page.locator("div.tiles").inner_text()
    _shot(page, "incident")

    # Find it again by searching.
    page.goto(f"{base}/documents")
    page.fill("input[name=q]", "Marrow protesters")
    page.click("form.searchbar button")
    page.wait_for_load_state()
    assert page.locator("article.hit mark").count() >= 1
    assert page.locator(f"article.hit a[href='{doc_url.removeprefix(base)}']").count() == 1
    _shot(page, "search")

    page.goto(f"{base}/")
    _shot(page, "dashboard")
    page.goto(f"{base}/review")
    _shot(page, "review")
    page.close()


def test_viewer_cannot_see_confidential_or_write(
    browser: Any, live_server: LiveServer, corpus: Corpus
) -> None:
    base = live_server.url
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    _login(page, base, "viewer")
    response = page.goto(f"{base}/documents/{corpus.secret_doc}")
    assert response is not None and response.status == 404
    page.goto(f"{base}/documents?q=witness")
    assert "Witness statement Idlib" not in page.content()
    page.goto(f"{base}/documents/{corpus.open_doc}")
    assert page.locator("form[action*='/review/']").count() == 0
    assert page.locator("form[action$='/confidential']").count() == 0
    _shot(page, "viewer-document")
    csrf = page.locator("input[name=csrf_token]").first.get_attribute("value")
    for url in ("/upload", "/review", "/admin/users", f"/review/incident/{corpus.open_incident}"):
        r = page.goto(base + url)
        assert r is not None and r.status == 403, url
    posts = [
        f"/review/incident/{corpus.open_incident}/confirm",
        f"/documents/{corpus.open_doc}/confidential",
        "/upload",
        "/admin/users",
    ]
    for url in posts:
        r = page.request.post(base + url, form={"csrf_token": csrf or "", "reason": "x", "confidential": "1"})
        assert r.status == 403, url
    page.close()
