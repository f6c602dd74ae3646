"""One very large document end to end: ingest, then `tallybook extract`, with time and peak RSS.

    .venv/bin/python benchmarks/extract_large_document.py [--mb 5]

Builds a report-like text of the given size from varied sentences of our own (incidents with
figures, dates and places, claims, denials, quotes, headings, lists), ingests it with
`tallybook ingest` into a fresh TALLYBOOK_HOME, runs `tallybook extract` on it, and checks every
stored evidence span against the document's text. Each command runs in its own process; its
wall time and peak RSS are printed (the peak RSS of `extract` is the figure that must stay
bounded: the text is parsed in pieces of about 100,000 characters). The last line is
`mb=A ingest_s=B ingest_rss_mb=C extract_s=D extract_rss_mb=E incidents=F spans_checked=G spans_bad=H`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TALLYBOOK = REPO / ".venv" / "bin" / "tallybook"

_PLACES = ["Northbridge", "Kelmar", "Dunhollow", "Port Avel", "Sarnow", "the eastern province", "Lowfield"]
_GROUPS = ["students", "farmers", "journalists", "protesters", "teachers", "workers", "villagers"]
_PEOPLE = ["Amira Selden", "Tomas Verrel", "Lina Okafor", "Reza Tahmani", "Joanna Pirel", "Samuel Adeyo"]
_ORGS = [
    "the Regional Rights Observatory",
    "the Coalition for Detainees",
    "the Independent Monitoring Group",
    "the Lawyers' Support Network",
]
_MONTHS = ["January", "March", "May", "June", "August", "October", "November"]
_NUMBERS = ["12", "40", "dozens of", "at least 17", "more than 200", "three", "about 60", "between 30 and 45"]

_SENTENCES = [
    "Security forces arrested {n} {g} in {p} on {d}, according to {o}.",
    "{o} said that {n} {g} were killed when police opened fire on a crowd in {p} on {d}.",
    "The authorities denied that anyone had been killed in {p} and said only {n} people were detained.",
    "{person}, a lawyer for the families, said the detainees had been held without charge since {d}.",
    '"We were beaten and told to confess," one of the {g} told {o} after being released in {p}.',
    "A court in {p} sentenced {n} {g} to death on {d} after a trial that lasted less than an hour.",
    "Relatives said {person} disappeared after being taken from a checkpoint near {p} on {d}.",
    "The ministry disputed the figure of {n} deaths given by {o}, calling it exaggerated.",
    "{o} confirmed that {n} {g} had been released on bail in {p} by the end of {m}.",
    "Witnesses in {p} described soldiers firing tear gas and live ammunition into the square.",
    "The report, published on {d}, documents {n} cases of torture in detention centres around {p}.",
    "Local officials said the curfew in {p} would remain in place until further notice.",
    "{person} was among the {g} detained in {p}; her family has not been told where she is held.",
    "According to {o}, {n} {g} died in custody in {p} between {m} and the end of the year.",
    "Police said they had acted lawfully and that {n} officers were injured during the clashes in {p}.",
]
_HEADINGS = ["Background", "Arrests and detentions", "Killings", "Trials", "Recommendations", "Methodology"]


def report_text(n_chars: int, seed: int = 11) -> str:
    """A report-like text of about `n_chars` characters: headed sections of paragraphs."""
    rng = random.Random(seed)
    parts: list[str] = ["Human rights situation in the eastern provinces: monitoring update\n\n"]
    size = len(parts[0])
    section = 0
    while size < n_chars:
        section += 1
        heading = f"{section}. {rng.choice(_HEADINGS)}\n\n"
        parts.append(heading)
        size += len(heading)
        for _ in range(rng.randint(3, 7)):
            sentences = []
            for _ in range(rng.randint(2, 6)):
                month = rng.choice(_MONTHS)
                sentences.append(
                    rng.choice(_SENTENCES).format(
                        n=rng.choice(_NUMBERS),
                        g=rng.choice(_GROUPS),
                        p=rng.choice(_PLACES),
                        o=rng.choice(_ORGS),
                        person=rng.choice(_PEOPLE),
                        m=month,
                        d=f"{rng.randint(1, 28)} {month} {rng.choice([2021, 2022, 2023])}",
                    )
                )
            sentence = " ".join(sentences)
            paragraph = sentence[0].upper() + sentence[1:] + "\n\n"
            parts.append(paragraph)
            size += len(paragraph)
    return "".join(parts)


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f}"


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MB of the command, stdout) of one command in its own process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest of any child so far; each command here is larger than
    # the ones before it (a note is printed if that is not so).
    if peak == before:
        print("note: this command's peak RSS was not above an earlier command's", file=sys.stderr)
    return wall, peak / 1024, done.stdout


def check_spans(db: Path) -> tuple[int, list[str]]:
    """Every stored span of every record lies within the document and has text in it."""
    con = sqlite3.connect(db)
    text = {i: t for i, t in con.execute("select id, text from documents")}
    bad: list[str] = []
    checked = 0
    tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
    for table in tables:
        cols = [r[1] for r in con.execute(f"pragma table_info({table})")]
        if not {"document_id", "start", "end"} <= set(cols):
            continue
        for doc_id, start, end in con.execute(f'select document_id, start, "end" from {table}'):
            if start is None or end is None:
                continue
            checked += 1
            body = text.get(doc_id, "")
            if not (0 <= start < end <= len(body)) or not body[start:end].strip():
                bad.append(f"{table}: {start}..{end} in a text of {len(body)}")
    return checked, bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the document in megabytes")
    args = ap.parse_args()
    text = report_text(int(args.mb * 1_000_000))
    print(f"document: {len(text.encode()):,} bytes, {len(text.split()):,} words | {load()}")
    with tempfile.TemporaryDirectory(prefix="tallybook-large-") as home:
        env = {**os.environ, "TALLYBOOK_HOME": home}
        env.pop("TALLYBOOK_DATABASE_URL", None)
        path = Path(home) / "report.txt"
        path.write_text(text, encoding="utf-8")
        ingest_s, ingest_rss, _ = run([str(TALLYBOOK), "ingest", str(path)], env)
        print(f"ingest: {ingest_s:.1f} s, peak RSS {ingest_rss:.0f} MB", flush=True)
        extract_s, extract_rss, out = run([str(TALLYBOOK), "extract"], env)
        print(f"extract: {extract_s:.1f} s, peak RSS {extract_rss:.0f} MB: {out.strip()}", flush=True)
        db = Path(home) / "tallybook.db"
        con = sqlite3.connect(db)
        stored = con.execute("select text from documents").fetchone()[0]
        incidents = con.execute("select count(*) from incidents").fetchone()[0]
        if stored != text:
            print("stored text differs from the document", file=sys.stderr)
        checked, bad = check_spans(db)
        for line in bad[:10]:
            print(f"bad span: {line}", file=sys.stderr)
        print(f"spans checked: {checked}, bad: {len(bad)} | {load()}")
        print(
            json.dumps({"words_per_s": round(len(text.split()) / extract_s)}),
        )
    print(
        f"mb={args.mb:g} ingest_s={ingest_s:.1f} ingest_rss_mb={ingest_rss:.0f} extract_s={extract_s:.1f} "
        f"extract_rss_mb={extract_rss:.0f} incidents={incidents} spans_checked={checked} spans_bad={len(bad)}"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
