"""Pages render what the store holds, with every record marked and hostile text inert."""

from __future__ import annotations

import time
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from tallybook.store.db import Store
from tallybook.web.highlight import Annotation, highlight

from .support import Corpus, add_document, login


class _Tags(HTMLParser):
    """Collects every element and attribute the browser would build."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def assert_inert(html: str) -> None:
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        if tag == "script":
            assert attrs.get("src") == "/static/app.js", attrs
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action"):
                assert not (value or "").strip().lower().startswith("javascript:"), (tag, name, value)
        assert tag not in ("img", "iframe", "object", "embed"), tag


@pytest.mark.postgres
def test_pages_show_the_records(client: TestClient, corpus: Corpus) -> None:
    login(client, "editor")
    home = client.get("/")
    assert home.status_code == 200 and "killing" in home.text and "<svg" in home.text
    doc = client.get(f"/documents/{corpus.open_doc}")
    assert doc.status_code == 200
    for kind in ("incident", "claim", "quote", "person"):
        assert f'class="k k-{kind}"' in doc.text, kind
    assert f'id="rec-incident-{corpus.open_incident}"' in doc.text
    incident = client.get(f"/incidents/{corpus.open_incident}")
    assert "Syrian Observatory" in incident.text and "interior ministry" in incident.text
    assert "Disputed by interior ministry" in incident.text
    person = client.get(f"/people/{corpus.open_person}")
    assert "Ali Hassan" in person.text and "source" in person.text
    found = client.get("/documents", params={"q": "protesters Hama"})
    assert "Hama protest report" in found.text and "<mark>" in found.text


def test_overlapping_spans_are_nested_and_text_is_whole() -> None:
    text = "abcdefghij"
    anns = [
        Annotation("incident", 1, 0, 6, "x", "/incidents/1"),
        Annotation("claim", 2, 3, 9, "y", "/incidents/1"),
        Annotation("person", 3, 4, 5, "z", "/people/3"),
        Annotation("quote", 4, 8, 99, "out of range", "#"),  # outside the text: dropped
    ]
    html = str(highlight(text, anns))
    parser = _Tags()
    parser.feed(html)
    stripped = HTMLParser()
    pieces: list[str] = []
    stripped.handle_data = pieces.append  # type: ignore[method-assign,assignment]
    stripped.feed(html)
    assert "".join(pieces) == text
    assert html.count('class="k k-person"') == 1 and html.count('class="k k-claim"') == 4  # cut at 3,4,5,6,9
    assert "k-quote" not in html


def test_hostile_documents_render_inert(client: TestClient, store: Store) -> None:
    hostile = (
        "<script>alert('x')</script> <img src=x onerror=alert(1)> "
        '<a href="javascript:alert(2)">click</a> <svg onload=alert(3)> "><iframe src=//evil>'
    )
    with store.session() as s:
        doc = add_document(s, hostile, title="<script>alert('t')</script>", published="2020")
        big = add_document(s, "x" * 1_000_000 + " <script>alert(4)</script>", title="one huge line")
        doc_id, big_id = doc.id, big.id
    login(client, "admin")
    for url in (f"/documents/{doc_id}", "/documents", "/documents?q=script", "/", f"/documents/{big_id}"):
        started = time.monotonic()
        r = client.get(url)
        assert r.status_code == 200, url
        assert time.monotonic() - started < 10, url
        assert_inert(r.text)
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in client.get(f"/documents/{doc_id}").text
    csp = client.get(f"/documents/{doc_id}").headers["content-security-policy"]
    assert "script-src 'self'" in csp


def test_bad_ids_and_parameters_are_4xx(client: TestClient) -> None:
    login(client, "viewer")
    for url in (
        "/documents/0",
        "/documents/abc",
        f"/documents/{2**63}",
        "/incidents/99999",
        "/documents?limit=100000",
        "/documents?offset=-1",
        "/people/99999",
    ):
        assert 400 <= client.get(url).status_code < 500, url
