"""Would a learned filter over the rules' predicted incidents help on unseen text?

A measured experiment, kept so it can be re-run as the gold sets grow (docs/evaluation.md, "A
learned incident filter"). The extractor's predictions on the 17 gold sets (run here, cached in
--cache-dir, or read from --pred-dir/pred_SET.jsonl) are labelled 1 when they typed-match a gold
incident by score.py's own matching; features come from `incident_features` (the incident record
and its sentence only). A balanced L2 logistic regression (scikit-learn, installed with the dev
extra) is trained leave-one-set-out: each set is filtered by a model trained on the other 16, with
its drop threshold chosen by an inner 4-fold cross-validation over those 16, and scored with
score.py before and after.

    cd benchmarks && ../.venv/bin/python incident_filter_cv.py [--pred-dir DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import numpy as np
from numpy.typing import NDArray
from sklearn.linear_model import LogisticRegression

from gold_runs import Doc, load_score, predictions, read_jsonl, typed_pairs
from incident_features import N_FEATURES, document_features

ROOT = Path(__file__).resolve().parents[1]
SETS = ["dev", "heldout", "final", "blind"] + [f"blind{i}" for i in range(2, 15)]
LEAST_FITTED = [f"blind{i}" for i in range(8, 15)]
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


def train(sets: list[SetData], l2: float) -> LogisticRegression:
    """A logistic regression that gives the few wrong incidents as much weight as the right ones."""
    x, y = stack(sets)
    model = LogisticRegression(C=1.0 / (l2 * len(y)), class_weight="balanced", max_iter=2000)
    return model.fit(x, y)


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


def inner_threshold(sets: list[SetData], l2: float, folds: int = 4) -> float:
    probs: list[NDArray[np.float64]] = []
    ys: list[NDArray[np.float64]] = []
    for k in range(folds):
        test = sets[k::folds]
        tr = [s for s in sets if s not in test]
        model = train(tr, l2)
        for s in test:
            probs.append(probabilities(model, s.x))
            ys.append(s.y)
    return best_threshold(np.concatenate(probs), np.concatenate(ys), sum(s.n_gold for s in sets))


def set_scores(score: ModuleType, s: SetData, keep: NDArray[np.bool_] | None) -> tuple[float, float]:
    tally = score.Tally()
    n = 0
    for g, p in zip(s.golds, s.preds, strict=True):
        inc = p.get("incidents", [])
        if keep is not None:
            inc = [i for j, i in enumerate(inc) if keep[n + j]]
        n += len(p.get("incidents", []))
        score.score_doc(g, {**p, "incidents": inc}, tally, [])
    summ = tally.summary()
    return float(summ["incident_typed"]["f1"]), float(summ["incident_strict"]["f1"])


def cross_validate(
    score: ModuleType, sets: list[SetData], l2: float
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    rows: list[tuple[str, float, tuple[float, float], tuple[float, float], int, int, int]] = []
    all_p, all_y = [], []
    for s in sets:
        rest = [o for o in sets if o is not s]
        t = inner_threshold(rest, l2)
        p = probabilities(train(rest, l2), s.x)
        all_p.append(p)
        all_y.append(s.y)
        keep = p >= t
        before, after = set_scores(score, s, None), set_scores(score, s, keep)
        dropped = (~keep).nonzero()[0]
        right = int(s.y[dropped].sum())
        rows.append((s.name, t, before, after, right, len(dropped) - right, int((s.y == 0).sum())))
    print(f"l2={l2}")
    print("set       thr   typed before->after   strict before->after   dropped right/wrong (of wrong)")
    for name, t, bf, af, r, wr, nw in rows:
        print(
            f"{name:9s} {t:.2f}  {bf[0]:.3f} -> {af[0]:.3f}  ({af[0] - bf[0]:+.3f})   "
            f"{bf[1]:.3f} -> {af[1]:.3f}  ({af[1] - bf[1]:+.3f})   {r} / {wr} (of {nw})"
        )
    for label, names in (("mean all 17", SETS), ("mean blind8-14", LEAST_FITTED)):
        sel = [r for r in rows if r[0] in names]
        m = [float(np.mean([r[2][i] for r in sel])) for i in (0, 1)]
        m += [float(np.mean([r[3][i] for r in sel])) for i in (0, 1)]
        print(
            f"{label:15s} typed {m[0]:.4f} -> {m[2]:.4f} ({m[2] - m[0]:+.4f})  "
            f"strict {m[1]:.4f} -> {m[3]:.4f} ({m[3] - m[1]:+.4f})"
        )
    return np.concatenate(all_p), np.concatenate(all_y)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--l2", type=float, nargs="+", default=[0.003])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--pred-dir", type=Path, default=None, help="read pred_SET.jsonl instead of extracting")
    ap.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "incident_filter_cache")
    a = ap.parse_args(argv)
    score = load_score(a.shared / "score.py")
    sets = []
    for name in SETS:
        gp = gold_path(name, a.shared)
        sets.append(SetData(name, read_jsonl(gp), predictions(name, gp, a.pred_dir, a.cache_dir), score))
    _, y = stack(sets)
    print(f"{len(y)} predicted incidents, {int((y == 0).sum())} not matching gold")
    for l2 in a.l2:
        probs, ys = cross_validate(score, sets, l2)
        threshold = best_threshold(probs, ys, sum(s.n_gold for s in sets))
        print(f"l2={l2}: threshold from pooled out-of-set probabilities: {threshold:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
