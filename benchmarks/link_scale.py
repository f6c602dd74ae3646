"""Person linkage at scale: >= 1,000,000 synthetic person records through tallybook's person
linker (`people.person_frame` -> `engine.predict` with `people.person_model` -> the single-token
guard -> `clusters.Clusters`), reporting records per second and peak memory (RSS).

Records: about 700,000 invented people (given name + a family name built from Persian-sounding
syllables and suffixes, so names are many and realistic), a birth year, a city, a role, a month;
30 % of them appear two or three times, each appearance spelled with the variant rules of
`benchmarks/link_transliteration.py`. Also prints pairwise precision/recall against the truth.

    .venv/bin/python benchmarks/link_scale.py [--records N]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from link_transliteration import GIVEN, render
from tallybook.link.clusters import Clusters
from tallybook.link.engine import connect, predict
from tallybook.link.people import (
    LINK_AT,
    REVIEW_AT,
    PersonRecord,
    guard_single_tokens,
    person_frame,
    person_model,
)

SYLLABLES = [
    "ba",
    "ha",
    "za",
    "ka",
    "ma",
    "na",
    "ra",
    "sa",
    "ta",
    "fa",
    "ja",
    "da",
    "gha",
    "kho",
    "sho",
    "mi",
    "ri",
    "ni",
    "di",
    "vi",
    "ro",
    "no",
    "do",
    "mo",
    "lo",
    "ya",
    "pa",
    "sha",
    "dar",
    "bar",
]
SUFFIXES = ["i", "ian", "zadeh", "pour", "nejad", "far", "vand", "lou", "abadi", "ani"]
CITIES = [
    "Tehran",
    "Karaj",
    "Mashhad",
    "Isfahan",
    "Shiraz",
    "Tabriz",
    "Ahvaz",
    "Zahedan",
    "Sanandaj",
    "Rasht",
    "Kermanshah",
    "Urmia",
    "Qom",
    "Yazd",
    "Arak",
    "Hamadan",
]
ROLES = ["victim", "victim", "victim", "official", "source"]


def synth(n_records: int, seed: int = 11) -> tuple[list[PersonRecord], list[int]]:
    rng = random.Random(seed)
    records: list[PersonRecord] = []
    truth: list[int] = []
    person = 0
    while len(records) < n_records:
        given = rng.choice(GIVEN)
        family = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 3, 3]))) + rng.choice(SUFFIXES)
        family = family.capitalize()
        born = rng.randint(1940, 2008)
        city, role = rng.choice(CITIES), rng.choice(ROLES)
        month = f"{rng.randint(2017, 2024)}-{rng.randint(1, 12):02d}"
        copies = 1 if rng.random() < 0.7 else rng.choice([2, 3])
        for _ in range(copies):
            if len(records) >= n_records:
                break
            records.append(
                PersonRecord(
                    id=len(records) + 1,
                    name=render(given, family, rng),
                    birth_year=born if rng.random() < 0.8 else None,
                    place=city if rng.random() < 0.8 else None,
                    role=role,
                    dates=[month] if rng.random() < 0.7 else [],
                )
            )
            truth.append(person)
        person += 1
    return records, truth


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    args = parser.parse_args()
    records, truth = synth(args.records)
    print(f"{len(records):,} records of {len(set(truth)):,} people (generated in advance)", flush=True)
    started = time.perf_counter()
    frame = person_frame(records)
    t_frame = time.perf_counter() - started
    pairs = predict([frame], person_model(len(frame)), threshold=REVIEW_AT, con=connect(memory_limit="3GB"))
    t_pred = time.perf_counter() - started - t_frame
    pairs = guard_single_tokens(pairs, frame)
    clusters = Clusters()
    strong = pairs[pairs.match_probability >= LINK_AT]
    for a, b in zip(strong.unique_id_l.to_numpy(), strong.unique_id_r.to_numpy(), strict=True):
        clusters.union(int(a), int(b))
    seconds = time.perf_counter() - started
    print(
        f"cpu {time.process_time():.0f}s; features {t_frame:.1f}s, "
        f"scoring {t_pred:.1f}s ({len(pairs):,} pairs >= {REVIEW_AT}), "
        f"clustering {seconds - t_frame - t_pred:.1f}s",
        flush=True,
    )
    found = {frozenset(p) for g in clusters.groups() for p in combinations(sorted(g), 2)}
    by_person: dict[int, list[int]] = {}
    for rec, who in zip(records, truth, strict=True):
        by_person.setdefault(who, []).append(rec.id)
    true_pairs = {frozenset(p) for ids in by_person.values() for p in combinations(ids, 2)}
    tp = len(found & true_pairs)
    precision = tp / len(found) if found else 0.0
    recall = tp / len(true_pairs) if true_pairs else 0.0
    print(f"pairwise precision={precision:.4f} recall={recall:.4f}")
    print(
        f"records={len(records)} seconds={seconds:.1f} records_per_s={len(records) / seconds:,.0f} "
        f"peak_rss_mb={peak_rss_mb():,.0f}"
    )


if __name__ == "__main__":
    main()
