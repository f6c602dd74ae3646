"""Search API under load: 100,000 generated documents in a SQLite store, a real uvicorn
server on 127.0.0.1, 20 concurrent clients for a bounded time and count.

    .venv/bin/python benchmarks/web_search.py [--documents 100000] [--clients 20] [--seconds 20]
    --path /api/v1/me measures the floor (authentication and HTTP only) for comparison.

Prints latency percentiles and ends with one line:
    documents=N clients=20 p50_ms=A p95_ms=B p99_ms=C
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import itertools
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import httpx
from sqlalchemy import insert

from tallybook.review import users
from tallybook.settings import Settings
from tallybook.store.db import open_store
from tallybook.store.schema import Claim, Document, Incident

SYLLABLES = ["ka", "ri", "to", "man", "sel", "dor", "vi", "na", "lu", "pe", "zor", "ta", "mi", "ha", "bel"]
TOPIC = [
    "killed",
    "arrested",
    "detained",
    "executed",
    "tortured",
    "disappeared",
    "protesters",
    "prison",
    "security",
    "forces",
    "police",
    "court",
    "sentenced",
    "activists",
    "journalists",
    "students",
    "witnesses",
    "ministry",
    "denied",
    "reported",
    "village",
    "checkpoint",
    "hanged",
    "custody",
]
FILLER = ["the", "a", "of", "in", "on", "and", "said", "that", "were", "was", "by", "after", "at", "with"]
TYPES = ["execution", "killing", "arrest", "torture", "enforced_disappearance", "death_in_custody"]
CLAIMANTS = ["Rights Monitor", "the interior ministry", "local activists", "UN experts", "a witness"]


def _lexicon(rng: random.Random, size: int = 6000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _text(rng: random.Random, lexicon: list[str], cum_weights: list[float]) -> str:
    sentences = []
    for _ in range(rng.randint(4, 9)):
        words = [
            rng.choice(FILLER)
            if rng.random() < 0.35
            else rng.choice(TOPIC)
            if rng.random() < 0.25
            else rng.choices(lexicon, cum_weights=cum_weights)[0]
            for _ in range(rng.randint(8, 18))
        ]
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def load(store_home: Path, n: int, seed: int = 7) -> tuple[str, list[str]]:
    """Bulk-insert `n` documents (one incident and claim each); returns (URL, lexicon)."""
    rng = random.Random(seed)
    lexicon = _lexicon(rng)
    weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(lexicon))))  # Zipf-like
    url = f"sqlite:///{store_home / 'tallybook.db'}"
    store = open_store(Settings(home=store_home, database_url=url, spacy_model="unused"))
    started = time.monotonic()
    batch = 5000
    with store.engine.begin() as conn:
        for lo in range(0, n, batch):
            docs = []
            for i in range(lo, min(lo + batch, n)):
                text = _text(rng, lexicon, weights)
                docs.append(
                    {
                        "id": i + 1,
                        "sha256": hashlib.sha256(f"{i}:{text}".encode()).hexdigest(),
                        "source": f"bench:{i}",
                        "content_type": "text/plain",
                        "size": len(text),
                        "title": f"Report {i}: {rng.choice(TOPIC)} {rng.choice(lexicon)}",
                        "text": text,
                        "confidential": rng.random() < 0.05,
                        "published": f"{rng.randint(2010, 2024)}",
                        "attrs": {},
                    }
                )
            conn.execute(insert(Document), docs)
            conn.execute(
                insert(Incident),
                [
                    {
                        "id": d["id"],
                        "document_id": d["id"],
                        "type": rng.choice(TYPES),
                        "date": f"{d['published']}-0{rng.randint(1, 9)}",
                        "place": rng.choice(lexicon[:200]),
                        "country": rng.choice(["Syria", "Iran", "Iraq", "Yemen", "Sudan"]),
                        "status": "proposed",
                        "origin": "machine",
                        "attrs": {},
                    }
                    for d in docs
                ],
            )
            conn.execute(
                insert(Claim),
                [
                    {
                        "incident_id": d["id"],
                        "document_id": d["id"],
                        "claimant": rng.choice(CLAIMANTS),
                        "stance": "asserts",
                        "certainty": "stated",
                        "status": "proposed",
                        "origin": "machine",
                        "attrs": {},
                    }
                    for d in docs
                ],
            )
    with store.session() as s:
        users.add_user(s, "bench", "benchmark password", "viewer")
    store.dispose()
    print(f"loaded {n} documents in {time.monotonic() - started:.1f}s", flush=True)
    return url, lexicon


def _queries(rng: random.Random, lexicon: list[str], count: int = 2000) -> list[str]:
    out = []
    for _ in range(count):
        kind = rng.random()
        if kind < 0.3:
            out.append(rng.choice(TOPIC))  # common words: many thousands of matches
        elif kind < 0.6:
            out.append(rng.choice(lexicon[:300]))  # fairly common names
        elif kind < 0.85:
            out.append(f"{rng.choice(TOPIC)} {rng.choice(lexicon[:2000])}")
        else:
            out.append(f'"{rng.choice(TOPIC)} {rng.choice(FILLER)}"')
    return out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Connection:
    """A minimal HTTP/1.1 keep-alive client: the load generator shares the machine with the
    server, so each request must cost it as little CPU as possible (a full client library
    spends more per request than the server's own work on a cheap endpoint)."""

    def __init__(self, host: str, port: int, token: str) -> None:
        self.host, self.port = host, port
        self.head = f"Host: {host}:{port}\r\nAuthorization: Bearer {token}\r\n\r\n".encode()
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    def request(self, target: str) -> bytes:
        """The bytes of a GET of `target` (made once per target, before the clock runs)."""
        return b"GET " + target.encode() + b" HTTP/1.1\r\n" + self.head

    async def get(self, request: bytes) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        lowered = head.lower()
        at = lowered.find(b"\r\ncontent-length:")
        if at >= 0:
            end = lowered.index(b"\r\n", at + 2)
            body = await self.reader.readexactly(int(head[at + 17 : end]))
        else:  # chunked
            parts = []
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                parts.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            await self.reader.readuntil(b"\r\n")
            body = b"".join(parts)
        if b"\r\nconnection: close" in lowered:
            await self.close()
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            await self.writer.wait_closed()
            self.writer = None


async def _client(
    base: str,
    token: str,
    targets: list[str],
    stop_at: float,
    budget: list[int],
    latencies: list[float],
    errors: list[int],
    rng: random.Random,
) -> None:
    address = urlsplit(base)
    conn = _Connection(address.hostname or "127.0.0.1", address.port or 80, token)
    requests = [conn.request(t) for t in targets]
    try:
        while time.monotonic() < stop_at and budget[0] > 0:
            budget[0] -= 1
            request = rng.choice(requests)
            started = time.perf_counter()
            status, body = await conn.get(request)
            latencies.append((time.perf_counter() - started) * 1000)
            if status != 200 or not body.startswith(b"{"):
                errors.append(status)
    finally:
        await conn.close()


async def _run_clients(
    path: str, base: str, token: str, queries: list[str], clients: int, seconds: float, max_requests: int
) -> tuple[list[float], list[int], float]:
    latencies: list[float] = []
    errors: list[int] = []
    budget = [max_requests]
    targets = [f"{path}?{urlencode({'q': q, 'limit': 20})}" for q in queries]
    started = time.monotonic()
    stop_at = started + seconds
    await asyncio.gather(
        *(
            _client(base, token, targets, stop_at, budget, latencies, errors, random.Random(i))
            for i in range(clients)
        )
    )
    return latencies, errors, time.monotonic() - started


def _cpu_seconds(session_id: int) -> float:
    """CPU time used so far by every process of the server's session (Linux /proc): the
    cost per request, which unlike latency does not depend on what else loads the machine."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session_id:  # fields[3] is the session id (field 6 of stat)
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--max-requests", type=int, default=50_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--path", default="/api/v1/search", help="API path to load (default: search)")
    parser.add_argument("--home", type=Path, help="keep the generated store here and reuse it next time")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tallybook-bench-") as tmp:
        home = args.home or Path(tmp)
        if args.home and (home / "tallybook.db").exists():
            url, lexicon = f"sqlite:///{home / 'tallybook.db'}", _lexicon(random.Random(7))
        else:
            url, lexicon = load(home, args.documents)
        store = open_store(Settings(home=home, database_url=url, spacy_model="unused"))
        with store.session() as s:
            token = users.create_token(s, "bench", "benchmark")
        store.dispose()
        port = _free_port()
        env = {
            **os.environ,
            "TALLYBOOK_HOME": str(home),
            "TALLYBOOK_DATABASE_URL": url,
            "TALLYBOOK_SECRET_KEY": "benchmark-secret",
        }
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "tallybook.web.app:app_from_env",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--workers",
                str(args.workers),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            env=env,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{base}/login", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start")
                time.sleep(0.2)
            queries = _queries(random.Random(11), lexicon)
            # Warm up: page cache and each worker's connections.
            asyncio.run(_run_clients(args.path, base, token, queries, args.clients, 3.0, 400))
            server_cpu, client_cpu = _cpu_seconds(server.pid), time.process_time()
            latencies, errors, elapsed = asyncio.run(
                _run_clients(args.path, base, token, queries, args.clients, args.seconds, args.max_requests)
            )
            server_cpu = _cpu_seconds(server.pid) - server_cpu
            client_cpu = time.process_time() - client_cpu
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=20)
    if not latencies:
        raise SystemExit("no request completed")
    p50, p95, p99 = (_percentile(latencies, p) for p in (50, 95, 99))
    print(
        f"requests={len(latencies)} errors={len(errors)} seconds={elapsed:.1f} "
        f"throughput_rps={len(latencies) / elapsed:.0f} mean_ms={statistics.fmean(latencies):.1f} "
        f"max_ms={max(latencies):.1f} workers={args.workers}"
    )
    per_request = 1000 / len(latencies)
    print(
        f"cpu_ms_per_request server={server_cpu * per_request:.2f} client={client_cpu * per_request:.2f} "
        f"load_average={os.getloadavg()[0]:.1f}"
    )
    figures = f"p50_ms={p50:.1f} p95_ms={p95:.1f} p99_ms={p99:.1f}"
    print(f"documents={args.documents} clients={args.clients} {figures}")


if __name__ == "__main__":
    main()
