"""Fetching a report from the web: http and https only, bounded in time, size and redirects.

The body is streamed and abandoned as soon as it passes the size cap, so a huge or endless
response cannot fill the disk or memory. The final URL (after redirects) and the retrieval
time are kept with the document.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from tallybook import __version__
from tallybook.errors import IngestError

ALLOWED_TYPES = frozenset({"text/html", "text/plain", "application/pdf", "application/xhtml+xml"})
MAX_BYTES = 25 * 1024 * 1024
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class FetchLimits:
    max_bytes: int = MAX_BYTES
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 300.0  # a server dripping bytes must not hold us forever
    max_redirects: int = MAX_REDIRECTS


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str  # media type only, e.g. "text/html"
    data: bytes
    retrieved_at: datetime


def is_url(value: str) -> bool:
    """Whether `value` names a URL (any scheme) rather than a file."""
    scheme = urlsplit(value).scheme
    return len(scheme) > 1 and "://" in value


def check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise IngestError(url, f"unsupported URL scheme {scheme!r}: only http and https are fetched")
    if not urlsplit(url).hostname:
        raise IngestError(url, "URL has no host")


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def fetch(url: str, limits: FetchLimits | None = None) -> Fetched:
    """GET `url` within `limits`; raises IngestError naming the URL and what went wrong."""
    import httpx  # slow to import; only fetching needs it

    limits = limits or FetchLimits()
    check_scheme(url)
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    headers = {"User-Agent": f"tallybook/{__version__} (evidence archiver)"}
    started = time.monotonic()
    try:
        with (
            httpx.Client(
                follow_redirects=True, max_redirects=limits.max_redirects, timeout=timeout, headers=headers
            ) as client,
            client.stream("GET", url) as response,
        ):
            final_url = str(response.url)
            where = f" (at {final_url})" if final_url != url else ""
            if response.status_code >= 400:
                raise IngestError(url, f"HTTP {response.status_code} {response.reason_phrase}{where}")
            if response.status_code != 200:
                raise IngestError(
                    url, f"unexpected HTTP {response.status_code} {response.reason_phrase}{where}"
                )
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if media_type not in ALLOWED_TYPES:
                shown = media_type or "none"
                raise IngestError(
                    url, f"unsupported content type {shown}{where}: expected HTML, plain text or PDF"
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise IngestError(
                    url, f"too large: {_size(int(declared))} declared, limit is {_size(limits.max_bytes)}"
                )
            chunks: list[bytes] = []
            received = 0
            for chunk in response.iter_bytes():
                received += len(chunk)
                if received > limits.max_bytes:
                    raise IngestError(url, f"too large: more than the limit of {_size(limits.max_bytes)}")
                if time.monotonic() - started > limits.total_timeout:
                    raise IngestError(url, f"download took longer than {limits.total_timeout:.0f} s")
                chunks.append(chunk)
            return Fetched(
                url=url,
                final_url=final_url,
                status=response.status_code,
                content_type=media_type,
                data=b"".join(chunks),
                retrieved_at=datetime.now(UTC),
            )
    except httpx.TooManyRedirects as e:
        raise IngestError(url, f"too many redirects (more than {limits.max_redirects})") from e
    except httpx.UnsupportedProtocol as e:
        raise IngestError(url, f"redirected to an unsupported URL: {e}") from e
    except httpx.ConnectTimeout as e:
        raise IngestError(url, f"timed out connecting after {limits.connect_timeout:g} s") from e
    except httpx.ReadTimeout as e:
        raise IngestError(url, f"timed out waiting for data after {limits.read_timeout:g} s") from e
    except httpx.ConnectError as e:
        raise IngestError(url, f"cannot connect: {e}") from e
    except httpx.HTTPError as e:
        raise IngestError(url, f"download failed: {e}") from e
