"""Throughput of extraction against the bare spaCy model, and memory use, on a large corpus.

    .venv/bin/python benchmarks/extract_throughput.py [--words 200000] [--same-components]

The corpus is built at run time from the dev texts in ../shared/eval/dev.jsonl (shuffled and
repeated; never copied into the repository) plus a paragraph of our own. Both pipelines are
loaded in this one process, warmed up on the same texts with the same batch size, and then run
on the same texts *interleaved*: the corpus is cut into slices of 64 texts and each slice goes
through raw `nlp.pipe` and through full tallybook extraction (1 process), alternating which goes
first. On a shared machine the load changes from minute to minute; measured one after the other,
the two paths would see different loads and their ratio would be mostly noise. Interleaved, both
see the same conditions. Words/s are given by CPU time of this process (the fair figure when
other jobs share the cores) and by wall time. Cumulative figures (and those of the last quarter
alone) are printed at each quarter of the corpus, with the current RSS: a flat words/s and RSS
show that cost is linear and memory does not grow with the corpus. Then the full corpus goes
through tallybook with 2 worker processes (wall time only: its CPU time is spent in the children).

`--same-components` loads the raw model without the components tallybook does not use (the
lemmatizer), so both sides run exactly the same spaCy components; by default raw is the model
as shipped.

The last line is `words_per_s_raw=A words_per_s_tallybook=B ratio=C peak_rss_mb=D` (CPU-time
figures, full corpus; peak RSS of this process and its children, both models loaded).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from tallybook.extract.pipeline import UNUSED_COMPONENTS, SourceText, build_pipeline, extract_texts
from tallybook.settings import Settings

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "eval" / "dev.jsonl"
OWN = (
    "Local monitors said on Monday that police arrested at least 40 students in the northern city during "
    "the weekend. Two of them were later sentenced to death by a revolutionary court, according to their "
    "lawyers, and a third died in custody. The authorities denied that anyone had been tortured."
)
SLICE = 64  # texts per interleaved slice (4 batches of 16)


def corpus(words: int, seed: int = 7) -> list[SourceText]:
    if not DEV.exists():  # one repeated paragraph parses far faster than real reports
        print(
            f"warning: {DEV} not found; the corpus repeats one short paragraph, so the figures "
            "are not comparable with runs on the dev texts",
            file=sys.stderr,
            flush=True,
        )
    rows = (
        [json.loads(x) for x in DEV.read_text(encoding="utf-8").splitlines() if x.strip()]
        if DEV.exists()
        else []
    )
    base = [SourceText(r["text"], r.get("published"), r.get("publisher")) for r in rows]
    base.append(SourceText(OWN, "2023-05-10", "benchmark"))
    rng = random.Random(seed)
    out: list[SourceText] = []
    n = 0
    while n < words:
        batch = base[:]
        rng.shuffle(batch)
        for item in batch:
            out.append(item)
            n += len(item.text.split())
            if n >= words:
                break
    return out


def word_count(items: list[SourceText]) -> int:
    return sum(len(i.text.split()) for i in items)


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports kilobytes


def current_rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f}"


class Clock:
    """Accumulated CPU and wall seconds of one path."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self.wall = 0.0

    def run(self, fn: Callable[[list[SourceText]], None], items: list[SourceText]) -> None:
        cpu, wall = time.process_time(), time.perf_counter()
        fn(items)
        self.cpu += time.process_time() - cpu
        self.wall += time.perf_counter() - wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--words", type=int, default=200_000, help="size of the corpus (>= 200000 for the record)"
    )
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument(
        "--same-components", action="store_true", help="raw model without the components tallybook drops"
    )
    ap.add_argument("--no-multiprocess", action="store_true", help="skip the 2-process run")
    args = ap.parse_args()
    if not DEV.exists():
        print(f"note: {DEV} not found; the corpus repeats our own paragraph only", file=sys.stderr)
    model = Settings.from_env().spacy_model
    raw_nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS) if args.same_components else [])
    nlp = build_pipeline(model)
    gc.freeze()  # the models' long-lived objects: out of every full collection's walk
    print(f"raw: {', '.join(raw_nlp.pipe_names)}", flush=True)
    print(f"tallybook: {', '.join(nlp.pipe_names)}", flush=True)
    bs = args.batch_size

    def raw(xs: list[SourceText]) -> None:
        for _ in raw_nlp.pipe((x.text for x in xs), batch_size=bs):
            pass

    def tb1(xs: list[SourceText]) -> None:
        for _ in extract_texts(xs, nlp, batch_size=bs):
            pass

    def tb2(xs: list[SourceText]) -> None:
        for _ in extract_texts(xs, batch_size=bs, n_process=2, model=model):
            pass

    warm = corpus(5000, seed=1)  # first batches pay for allocations and caches; keep them out
    raw(warm)
    tb1(warm)

    items = corpus(args.words)
    total = word_count(items)
    slices = [items[i : i + SLICE] for i in range(0, len(items), SLICE)]
    quarters = {round(len(slices) * q / 4) for q in (1, 2, 3, 4)}
    c_raw, c_tb = Clock(), Clock()
    done = 0
    last = (0, 0.0, 0.0)  # words, raw cpu, tallybook cpu at the previous quarter
    print(f"{load()} (start)", flush=True)
    for k, piece in enumerate(slices, 1):
        if k % 2:
            c_raw.run(raw, piece)
            c_tb.run(tb1, piece)
        else:
            c_tb.run(tb1, piece)
            c_raw.run(raw, piece)
        done += word_count(piece)
        if k in quarters:
            print(
                f"{done:>8} words: raw {done / c_raw.cpu:6.0f} w/s cpu ({done / c_raw.wall:6.0f} wall)"
                f" | tallybook {done / c_tb.cpu:6.0f} w/s cpu ({done / c_tb.wall:6.0f} wall)"
                f" | ratio {c_raw.cpu / c_tb.cpu:.3f} cpu ({c_raw.wall / c_tb.wall:.3f} wall)"
                f" | this quarter: ratio {(c_raw.cpu - last[1]) / (c_tb.cpu - last[2]):.3f} cpu,"
                f" tallybook {(done - last[0]) / (c_tb.cpu - last[2]):6.0f} w/s cpu"
                f" | RSS now {current_rss_mb():.0f} MB | {load()}",
                flush=True,
            )
            last = (done, c_raw.cpu, c_tb.cpu)
    if not args.no_multiprocess:
        c_tb2 = Clock()
        c_tb2.run(tb2, items)
        print(
            f"{total:>8} words: tallybook 2 processes {total / c_tb2.wall:6.0f} w/s wall"
            f" (1 process: {total / c_tb.wall:6.0f} w/s wall) | {load()}",
            flush=True,
        )
    print(
        f"words_per_s_raw={total / c_raw.cpu:.0f} words_per_s_tallybook={total / c_tb.cpu:.0f} "
        f"ratio={c_raw.cpu / c_tb.cpu:.3f} peak_rss_mb={peak_rss_mb():.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
