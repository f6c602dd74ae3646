"""Fetching from a real HTTP server on 127.0.0.1: pages, errors, timeouts, loops, size caps."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from sqlalchemy import select

from tallybook.errors import IngestError
from tallybook.ingest import FetchLimits, ingest_paths
from tallybook.ingest.readers.url import RefusedAddress, fetch, is_url, public_address
from tallybook.store.db import Store
from tallybook.store.schema import Document

from .pdfs import make_pdf

PAGE = (
    b"<html lang='en'><head><title>Arrests in Tarnow</title></head><body><nav><a href='/'>Home</a></nav>"
    b"<article><p>Police arrested at least 240 people in Tarnow after the protests, a rights group said."
    b"</p><p>The ministry said 85 people were held.</p></article></body></html>"
)
PDF = make_pdf(["A briefing note: eleven former detainees were interviewed."])
CAP = 64 * 1024


class Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []  # paths requested, in order

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, content_type: str, body: bytes, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        Handler.seen.append(self.path)
        path = self.path.split("?", 1)[0]
        if path == "/page":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif path == "/report.pdf":
            self._send(200, "application/pdf", PDF)
        elif path == "/notes":
            self._send(200, "text/plain", b"Plain notes: two arrests.\r\n")
        elif path == "/moved":
            self._redirect("/page")
        elif path.startswith("/loop"):
            self._redirect(f"/loop{len(path)}")
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/file.txt")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, "text/plain", b"too late")
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()  # no Content-Length: the body just keeps coming
            try:
                for _ in range(1000):
                    self.wfile.write(b"x" * 8192)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(100 * 1024 * 1024))
            self.end_headers()
        elif path == "/image":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n")
        elif path == "/broken":
            self._send(500, "text/plain", b"oops")
        else:
            self._send(404, "text/plain", b"not here")


class QuietServer(ThreadingHTTPServer):
    """Handlers of the slow and oversized endpoints keep writing after the client gave up;
    the broken pipe that follows is expected, and must not leak into later tests' output."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


LIMITS = FetchLimits(max_bytes=CAP, connect_timeout=2, read_timeout=0.5, total_timeout=10)


def test_a_page_is_fetched_with_its_final_url_and_time(server: str) -> None:
    before = datetime.now(UTC)
    fetched = fetch(f"{server}/moved", LIMITS)
    assert fetched.data == PAGE
    assert fetched.final_url == f"{server}/page"
    assert fetched.url == f"{server}/moved"
    assert fetched.content_type == "text/html"
    assert before <= fetched.retrieved_at <= datetime.now(UTC)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/broken", "HTTP 500 Internal Server Error"),
        ("/slow", "timed out waiting for data after 0.5 s"),
        ("/loop", "too many redirects (more than 5)"),
        ("/huge", "too large: more than the limit of 65536 bytes"),
        ("/huge-declared", "too large: 100.0 MB declared"),
        ("/image", "unsupported content type image/png"),
        ("/to-ftp", "redirected to an unsupported URL"),
    ],
)
def test_bad_responses_are_refused_naming_the_url(server: str, path: str, reason: str) -> None:
    started = time.monotonic()
    with pytest.raises(IngestError) as err:
        fetch(f"{server}{path}", LIMITS)
    assert err.value.source == f"{server}{path}"
    assert err.value.reason.startswith(reason), err.value.reason
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x.txt", "gopher://example.org/"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    assert is_url(url)
    with pytest.raises(IngestError, match="unsupported URL scheme"):
        fetch(url, LIMITS)


def test_nothing_listening_is_a_clear_error() -> None:
    with pytest.raises(IngestError, match="cannot connect"):
        fetch("http://127.0.0.1:9/", LIMITS)


@pytest.mark.postgres
def test_urls_are_ingested_as_documents(store: Store, server: str) -> None:
    inputs = [f"{server}/moved", f"{server}/report.pdf", f"{server}/notes", f"{server}/missing"]
    report = ingest_paths(store, inputs, limits=LIMITS)
    assert [r.status for r in report.results] == ["stored", "stored", "stored", "failed"]
    assert report.failures[0].reason == "HTTP 404 Not Found"
    with store.session() as s:
        docs = list(s.scalars(select(Document).order_by(Document.id)))
    page, pdf, notes = docs
    assert page.source == f"{server}/moved"
    assert page.attrs["url"] == f"{server}/page"
    assert page.attrs["http_status"] == 200
    assert "at least 240 people" in page.text and "Home" not in page.text
    assert page.title == "Arrests in Tarnow"
    assert pdf.content_type == "application/pdf"
    assert "eleven former detainees" in pdf.text
    assert notes.text == "Plain notes: two arrests.\n"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_the_public_only_guard_refuses_local_servers_before_connecting(server: str, host: str) -> None:
    port = server.rsplit(":", 1)[1]
    url = f"http://{host}:{port}/page?guarded-{host}"
    guarded = FetchLimits(connect_timeout=2, read_timeout=2, allow_private=False)
    with pytest.raises(IngestError) as err:
        fetch(url, guarded)
    assert err.value.reason.startswith("refusing to fetch from a private or local address (")
    assert f"/page?guarded-{host}" not in Handler.seen  # refused at connect time: nothing was sent
    assert fetch(url, LIMITS).data == PAGE  # the CLI's default still reaches it
    assert Handler.seen[-1] == f"/page?guarded-{host}"


@pytest.mark.parametrize(
    "address",
    [
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
    ],
)
def test_private_link_local_and_reserved_addresses_are_refused(address: str) -> None:
    with pytest.raises(RefusedAddress, match="private or local"):
        public_address(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "2001:4860:4860::8888", "::ffff:8.8.8.8"])
def test_public_addresses_pass_the_guard(address: str) -> None:
    assert public_address(address) == address
