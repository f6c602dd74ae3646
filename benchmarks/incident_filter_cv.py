"""Would a learned filter over the rules' predicted incidents help on unseen text?

A measured experiment, kept so it can be re-run as the gold sets grow (docs/evaluation.md, "A
learned incident filter" and, on real text, session 18's section). The extractor's predictions
on the gold sets (the 41 in the repository with dev, and any real sets kept outside given as
--set NAME=PATH; run here, cached in --cache-dir, or read from --pred-dir/pred_SET.jsonl) are
labelled 1 when they typed-match a gold incident by score.py's own matching; features come from
`incident_features` (the incident record and its sentence only). A balanced L2 logistic
regression (scikit-learn, installed with the dev extra; --extra-weight counts the --set rows
more) is trained leave-one-set-out: each --test set is filtered by a model trained on the other
sets, with its drop threshold chosen by an inner 4-fold cross-validation over the --set sets
among them (all of them when there are none), and scored with score.py before and after;
pooled figures close the run.

    cd benchmarks && ../.venv/bin/python incident_filter_cv.py [--pred-dir DIR]
        [--set real1=/path/real1.jsonl ...] [--test real1 ...] [--extra-weight 3] [--only-extra]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sklearn.linear_model import LogisticRegression

from gold_runs import Doc, load_score, predictions, read_jsonl, typed_pairs
from incident_features import N_FEATURES, document_features

ROOT = Path(__file__).resolve().parents[1]
SETS = ["dev", "heldout", "final", "blind"] + [f"blind{i}" for i in range(2, 39)]
THRESHOLDS = [round(0.05 * i, 2) for i in range(0, 15)]


def gold_path(name: str, shared: Path) -> Path:
    return shared / "dev.jsonl" if name == "dev" else ROOT / "tests" / "data" / f"{name}.jsonl"


def labels(score: ModuleType, gold: Doc, pred: Doc) -> list[int]:
    """1 for each predicted incident that typed-matches a gold one (score.py's matching)."""
    matched = {pi for _, pi, _ in typed_pairs(score, gold, pred)}
    return [int(i in matched) for i in range(len(pred.get("incidents", [])))]


class SetData:
    def __init__(self, name: str, golds: list[Doc], preds: list[Doc], score: ModuleType) -> None:
        self.name = name
        self.golds = golds
        by_id = {str(p["id"]): p for p in preds}
        self.preds = [by_id.get(str(g["id"]), {"id": g["id"], "incidents": []}) for g in golds]
        rows: list[dict[int, float]] = []
        ys: list[int] = []
        for g, p in zip(self.golds, self.preds, strict=True):
            rows += document_features(g["text"], p.get("incidents", []))
            ys += labels(score, g, p)
        self.x = to_matrix(rows)
        self.y = np.array(ys, dtype=np.float64)
        self.n_gold = sum(len(g.get("incidents", [])) for g in golds)


def stack(sets: list[SetData]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    return np.vstack([s.x for s in sets]), np.concatenate([s.y for s in sets])


def to_matrix(rows: list[dict[int, float]]) -> NDArray[np.float64]:
    x = np.zeros((len(rows), N_FEATURES), dtype=np.float64)
    for n, r in enumerate(rows):
        for i, v in r.items():
            x[n, i] += v
    return x


def train(sets: list[SetData], l2: float, weights: dict[str, float] | None = None) -> LogisticRegression:
    """A logistic regression that gives the wrong incidents as much weight as the right ones.

    `weights` multiplies the rows of the named sets (real text counts for more than fiction)."""
    x, y = stack(sets)
    w = np.concatenate([np.full(len(s.y), (weights or {}).get(s.name, 1.0)) for s in sets])
    pos = float(w[y == 1].sum()) or 1.0
    neg = float(w[y == 0].sum()) or 1.0
    w = w * np.where(y == 1, w.sum() / (2 * pos), w.sum() / (2 * neg))
    model = LogisticRegression(C=1.0 / (l2 * len(y)), max_iter=3000)
    return model.fit(x, y, sample_weight=w)


def probabilities(model: LogisticRegression, x: NDArray[np.float64]) -> NDArray[np.float64]:
    out: NDArray[np.float64] = model.predict_proba(x)[:, 1]
    return out


def best_threshold(probs: NDArray[np.float64], y: NDArray[np.float64], n_gold: int) -> float:
    """The threshold that maximises pooled typed F1 = 2 TP / (P + G) after dropping p < t."""
    best, best_f = 0.0, -1.0
    for t in THRESHOLDS:
        keep = probs >= t
        f = 2 * float(y[keep].sum()) / (int(keep.sum()) + n_gold)
        if f > best_f + 1e-9:
            best, best_f = t, f
    return best


def inner_threshold(
    sets: list[SetData], tune: list[SetData], l2: float, weights: dict[str, float], folds: int = 4
) -> float:
    """The threshold that is best on `tune` (some of `sets`), each scored by a model that never saw it."""
    probs: list[NDArray[np.float64]] = []
    ys: list[NDArray[np.float64]] = []
    for k in range(folds):
        test = tune[k::folds]
        model = train([s for s in sets if s not in test], l2, weights)
        for s in test:
            probs.append(probabilities(model, s.x))
            ys.append(s.y)
    return best_threshold(np.concatenate(probs), np.concatenate(ys), sum(s.n_gold for s in tune))


def set_tallies(score: ModuleType, s: SetData, keep: NDArray[np.bool_] | None) -> dict[str, Any]:
    tally = score.Tally()
    n = 0
    for g, p in zip(s.golds, s.preds, strict=True):
        inc = p.get("incidents", [])
        if keep is not None:
            inc = [i for j, i in enumerate(inc) if keep[n + j]]
        n += len(p.get("incidents", []))
        score.score_doc(g, {**p, "incidents": inc}, tally, [])
    summary: dict[str, Any] = tally.summary()
    return summary


def pooled_f1(tallies: list[dict[str, Any]], key: str) -> float:
    tp = sum(t[key]["tp"] for t in tallies)
    both = sum(t[key]["pred"] + t[key]["gold"] for t in tallies)
    return 2 * tp / both if both else 0.0


def cross_validate(
    score: ModuleType,
    tests: list[SetData],
    train_on: list[SetData],
    l2: float,
    weights: dict[str, float],
) -> None:
    """Each test set filtered by a model trained on `train_on` without it; pooled figures at the end."""
    befores, afters = [], []
    print(f"l2={l2}")
    print("set       thr   typed before->after   strict before->after   dropped right/wrong (of wrong)")
    for s in tests:
        rest = [o for o in train_on if o is not s]
        tune = [o for o in rest if o.name in weights] or rest
        t = inner_threshold(rest, tune, l2, weights)
        p = probabilities(train(rest, l2, weights), s.x)
        keep = p >= t
        bf, af = set_tallies(score, s, None), set_tallies(score, s, keep)
        befores.append(bf)
        afters.append(af)
        dropped = (~keep).nonzero()[0]
        right = int(s.y[dropped].sum())
        b = [bf[k]["f1"] for k in ("incident_typed", "incident_strict")]
        a = [af[k]["f1"] for k in ("incident_typed", "incident_strict")]
        print(
            f"{s.name:9s} {t:.2f}  {b[0]:.3f} -> {a[0]:.3f}  ({a[0] - b[0]:+.3f})   "
            f"{b[1]:.3f} -> {a[1]:.3f}  ({a[1] - b[1]:+.3f})   {right} / {len(dropped) - right} "
            f"(of {int((s.y == 0).sum())})"
        )
    for key in ("incident_typed", "incident_strict"):
        old, new = pooled_f1(befores, key), pooled_f1(afters, key)
        print(f"pooled over the {len(tests)} test sets: {key} {old:.4f} -> {new:.4f} ({new - old:+.4f})")


def named_path(spec: str) -> tuple[str, Path]:
    name, _, path = spec.partition("=")
    if not path:
        raise argparse.ArgumentTypeError(f"{spec}: expected NAME=PATH")
    return name, Path(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--l2", type=float, nargs="+", default=[0.003])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--pred-dir", type=Path, default=None, help="read pred_SET.jsonl instead of extracting")
    ap.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "incident_filter_cache")
    ap.add_argument(
        "--set",
        type=named_path,
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="a further gold set (real texts kept outside the repository); may be repeated",
    )
    ap.add_argument("--extra-weight", type=float, default=1.0, help="row weight of the --set sets")
    ap.add_argument("--only-extra", action="store_true", help="train on the --set sets alone")
    ap.add_argument("--test", nargs="+", default=None, help="the sets to hold out in turn (default: all)")
    a = ap.parse_args(argv)
    score = load_score(a.shared / "score.py")
    paths = {name: gold_path(name, a.shared) for name in SETS} | dict(a.set)
    sets = [
        SetData(name, read_jsonl(gp), predictions(name, gp, a.pred_dir, a.cache_dir), score)
        for name, gp in paths.items()
    ]
    _, y = stack(sets)
    print(f"{len(y)} predicted incidents, {int((y == 0).sum())} not matching gold")
    extra = {name: a.extra_weight for name, _ in a.set}
    tests = [s for s in sets if a.test is None or s.name in a.test]
    train_on = [s for s in sets if s.name in extra] if a.only_extra else sets
    for l2 in a.l2:
        cross_validate(score, tests, train_on, l2, extra)
    return 0


if __name__ == "__main__":
    sys.exit(main())
