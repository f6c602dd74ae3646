"""How far two annotators agree, and how the extractor does on what both agree on.

A measurement, kept so it can be re-run whenever a set is annotated twice. Each pair is two
annotations of the same texts (a first and a second annotator, each reading only the texts and
../shared). The official scorer (../shared/eval/score.py) compares them, pooled over all pairs
(true positives, predictions and gold summed), and prints:

- the second annotator scored against the first: strict / typed / quote+speaker / people / victims F1;
- the extractor scored against the first and against the second;
- the incidents on which both annotators agree in full (type, overlapping evidence, count, date and
  claimant): how many of them the extractor types right, how many it gets wholly right, and on the
  ones it types right, how often the count, the date and the claimant are wrong;
- a last line `pairs=N agreed=A extractor_typed=T extractor_strict=S second_strict=X extractor_strict_f1=Y`.

By default the pairs are the repository's tests/data/blind15 and blind16 with their second
annotations in tests/data/agreement. Real sets kept outside the repository (their texts belong to
their publishers; docs/evaluation-notes/real-texts.md) are given as pairs:

    cd benchmarks && ../.venv/bin/python annotator_agreement.py --pair FIRST.jsonl SECOND.jsonl ...
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

from gold_runs import Doc, load_score, predictions, read_jsonl, typed_pairs

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("incident_strict", "incident_typed", "quote_with_speaker", "people", "victims")


def default_pairs() -> list[tuple[Path, Path]]:
    data = ROOT / "tests" / "data"
    return [(data / f"{n}.jsonl", data / "agreement" / f"{n}_second.jsonl") for n in ("blind15", "blind16")]


def pooled(score: ModuleType, golds: list[Doc], others: list[Doc]) -> dict[str, float]:
    """F1 of `others` against `golds`, pooled over every document of every pair."""
    tally = score.Tally()
    by_id = {d["id"]: d for d in others}
    for gold in golds:
        score.score_doc(gold, by_id.get(gold["id"], {}), tally, [])
    summary = tally.summary()
    return {f: float(summary[f]["f1"]) for f in FIELDS}


def wrong_fields(score: ModuleType, gold: Doc, g: Doc, p: Doc) -> set[str]:
    """Which of count, date and claimant differ between two incidents, as score.py compares them."""
    aliases = score.Aliases(gold)
    gv, pv = score.victims(g), score.victims(p)
    wrong = set()
    if gv.get("count") != pv.get("count"):
        wrong.add("count")
    if not score.date_ok(g.get("date"), p.get("date")):
        wrong.add("date")
    if aliases.canon_set(g.get("claimed_by")) != aliases.canon_set(p.get("claimed_by")):
        wrong.add("claimant")
    return wrong


def agreed_incidents(score: ModuleType, first: Doc, second: Doc) -> set[int]:
    """Indices of the first annotation's incidents that the second matches in full."""
    return {
        gi
        for gi, si, _ in typed_pairs(score, first, second)
        if not wrong_fields(score, first, first["incidents"][gi], second["incidents"][si])
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pair", nargs=2, action="append", type=Path, metavar=("FIRST", "SECOND"))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache-dir", type=Path, default=None, help="keep the extractor's predictions here")
    args = parser.parse_args()
    score = load_score(args.shared / "eval" / "score.py")
    pairs = args.pair or default_pairs()
    cache = args.cache_dir or Path(tempfile.mkdtemp(prefix="tallybook-agreement-"))

    firsts: list[Doc] = []
    seconds: list[Doc] = []
    preds: list[Doc] = []
    for n, (first, second) in enumerate(pairs):
        firsts += read_jsonl(first)
        seconds += read_jsonl(second)
        preds += predictions(f"{n}_{first.stem}", first, None, cache)

    rows = [
        ("second annotator against the first", pooled(score, firsts, seconds)),
        ("extractor against the first", pooled(score, firsts, preds)),
        ("extractor against the second", pooled(score, seconds, preds)),
    ]
    print(f"{'':40} " + " ".join(f"{f:>18}" for f in FIELDS))
    for label, f1 in rows:
        print(f"{label:40} " + " ".join(f"{f1[f]:>18.3f}" for f in FIELDS))

    second_by_id = {d["id"]: d for d in seconds}
    pred_by_id = {d["id"]: d for d in preds}
    agreed = typed = strict = 0
    misses: Counter[str] = Counter()
    for first in firsts:
        both = agreed_incidents(score, first, second_by_id[first["id"]])
        pred = pred_by_id.get(first["id"], {})
        found = {gi: pi for gi, pi, _ in typed_pairs(score, first, pred)}
        agreed += len(both)
        for gi in both & found.keys():
            typed += 1
            wrong = wrong_fields(score, first, first["incidents"][gi], pred["incidents"][found[gi]])
            strict += not wrong
            misses.update(wrong)
    print(
        f"\nincidents both annotators agree on in full: {agreed}; the extractor types {typed} of them "
        f"right and gets {strict} wholly right; of the {typed}, wrong count {misses['count']}, "
        f"wrong date {misses['date']}, wrong claimant {misses['claimant']}"
    )
    second_strict, extractor_strict = rows[0][1]["incident_strict"], rows[1][1]["incident_strict"]
    print(
        f"pairs={len(pairs)} agreed={agreed} extractor_typed={typed} extractor_strict={strict} "
        f"second_strict={second_strict:.3f} extractor_strict_f1={extractor_strict:.3f}"
    )


if __name__ == "__main__":
    main()
