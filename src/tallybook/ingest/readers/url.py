"""Fetching a report from the web: http and https only, bounded in time, size and redirects.

The body is streamed and abandoned as soon as it passes the size cap, so a huge or endless
response cannot fill the disk or memory. The final URL (after redirects) and the retrieval
time are kept with the document.

With `allow_private=False` (the web upload) a fetch may only reach public addresses: every
connection, redirects included, resolves the host once, refuses it if any address it
resolves to is loopback, private, link-local or reserved, and connects to the address it
checked (the Host header and TLS name stay the host's), so a name that resolves differently
a moment later (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
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
    allow_private: bool = True  # False: only public addresses (see the module docstring)


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


class RefusedAddress(Exception):
    """A connection the guard would not make; `fetch` turns it into an IngestError."""


def public_address(host: str) -> str:
    """The address to connect to for `host`, when every address it resolves to is public;
    raises RefusedAddress otherwise."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as e:
        raise RefusedAddress(f"cannot resolve {host!r}") from e
    addresses = [str(info[4][0]).split("%", 1)[0] for info in infos]
    for text in addresses:
        address = ipaddress.ip_address(text)
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
        if not address.is_global or address.is_multicast or address.is_reserved:
            raise RefusedAddress(f"refusing to fetch from a private or local address ({address})")
    if not addresses:
        raise RefusedAddress(f"cannot resolve {host!r}")
    return addresses[0]


def _public_transport() -> Any:
    """An httpx transport whose every new connection goes through `public_address`."""
    import httpcore
    import httpx

    class PublicOnly(httpcore.SyncBackend):
        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.NetworkStream:
            # httpcore still speaks TLS to (and checks the certificate of) `host`.
            return super().connect_tcp(public_address(host), port, timeout, local_address, socket_options)

    class Transport(httpx.HTTPTransport):
        def __init__(self) -> None:
            super().__init__(trust_env=False)  # a proxy would resolve names past the check
            self._pool = httpcore.ConnectionPool(
                ssl_context=httpx.create_ssl_context(trust_env=False), network_backend=PublicOnly()
            )

    return Transport()


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
    guarded: dict[str, Any] = {}
    if not limits.allow_private:
        guarded = {"transport": _public_transport(), "trust_env": False}
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=limits.max_redirects,
                timeout=timeout,
                headers=headers,
                **guarded,
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
    except RefusedAddress as e:
        raise IngestError(url, str(e)) from e
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
