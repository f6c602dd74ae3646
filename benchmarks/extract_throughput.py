"""Throughput of extraction against the bare spaCy model, and memory use, on a large corpus.

    .venv/bin/python benchmarks/extract_throughput.py [--words 200000]

The corpus is built at run time from the dev texts in ../shared/eval/dev.jsonl (shuffled and
repeated; never copied into the repository) plus a paragraph of our own. It prints words/s of
raw `nlp.pipe` with the same model, of full tallybook extraction with 1 and 2 processes, the
ratio tallybook(1 process)/raw, and peak RSS, at half and full corpus size (a flat words/s and
RSS show that cost is linear and memory does not grow with the corpus). The last line is
`words_per_s_raw=A words_per_s_tallybook=B ratio=C peak_rss_mb=D`.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

import spacy

from tallybook.extract.pipeline import SourceText, build_pipeline, extract_texts
from tallybook.settings import Settings

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "eval" / "dev.jsonl"
OWN = (
    "Local monitors said on Monday that police arrested at least 40 students in the northern city during "
    "the weekend. Two of them were later sentenced to death by a revolutionary court, according to their "
    "lawyers, and a third died in custody. The authorities denied that anyone had been tortured."
)


def corpus(words: int, seed: int = 7) -> list[SourceText]:
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


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports kilobytes


def rate(items: list[SourceText], run: object) -> float:
    words = sum(len(i.text.split()) for i in items)
    start = time.perf_counter()
    assert callable(run)
    run(items)
    return words / (time.perf_counter() - start)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--words", type=int, default=200_000, help="size of the full corpus (>= 200000 for the record)"
    )
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args()
    if not DEV.exists():
        print(f"note: {DEV} not found; the corpus repeats our own paragraph only", file=sys.stderr)
    model = Settings.from_env().spacy_model
    raw_nlp = spacy.load(model)
    nlp = build_pipeline(model)
    warm = corpus(3000)  # first batches pay for allocations and caches; keep them out of the figures
    list(raw_nlp.pipe(x.text for x in warm))
    list(extract_texts(warm, nlp))
    results: dict[str, dict[int, float]] = {"raw": {}, "tb1": {}, "tb2": {}}
    rss: dict[int, float] = {}
    sizes = [args.words // 2, args.words]
    for size in sizes:
        items = corpus(size)

        def raw(xs: list[SourceText]) -> None:
            for _ in raw_nlp.pipe((x.text for x in xs), batch_size=args.batch_size):
                pass

        def tb1(xs: list[SourceText]) -> None:
            for _ in extract_texts(xs, nlp, batch_size=args.batch_size):
                pass

        def tb2(xs: list[SourceText]) -> None:
            for _ in extract_texts(xs, batch_size=args.batch_size, n_process=2, model=model):
                pass

        results["raw"][size] = rate(items, raw)
        results["tb1"][size] = rate(items, tb1)
        rss[size] = peak_rss_mb()
        results["tb2"][size] = rate(items, tb2)
        raw_s, tb1_s, tb2_s = results["raw"][size], results["tb1"][size], results["tb2"][size]
        print(
            f"{size:>8} words: raw {raw_s:8.0f} w/s | tallybook 1 proc {tb1_s:8.0f} w/s"
            f" | tallybook 2 procs {tb2_s:8.0f} w/s | ratio {tb1_s / raw_s:.3f}"
            f" | peak RSS {rss[size]:.0f} MB",
            flush=True,
        )
    full = sizes[-1]
    raw_rate, tb_rate = results["raw"][full], results["tb1"][full]
    print(
        f"words_per_s_raw={raw_rate:.0f} words_per_s_tallybook={tb_rate:.0f} ratio={tb_rate / raw_rate:.3f} "
        f"peak_rss_mb={max(rss.values()):.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
