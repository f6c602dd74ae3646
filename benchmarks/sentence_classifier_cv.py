"""Would a learned sentence classifier help the extraction rules on unseen text?

A measured experiment, kept so it can be re-run when the gold sets grow. Every sentence of the
gold sets (../shared/eval/dev.jsonl and tests/data/*.jsonl) is labelled "states an incident" when
a gold evidence span covers most of it. A logistic regression over word, word-pair and
dependency features (scikit-learn, installed with the dev extra) is trained leave-one-set-out:
each set is scored by a model that never saw it. The script prints, per held-out set:

- the classifier's own precision, recall and F1 at telling incident sentences from the rest;
- what it would do to the rules' output: how many of the rules' right (TP) and wrong (FP)
  incidents lie in sentences the classifier scores below 0.1 (a veto would drop them), and how
  many sentences it scores above 0.9 that the rules left empty, with and without a gold incident
  (a rescue would add them).

    .venv/bin/python benchmarks/sentence_classifier_cv.py

The figures and the decision taken from them are in docs/evaluation.md ("A learned sentence
filter").
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from tallybook.extract.pipeline import build_pipeline, doc_to_extraction

ROOT = Path(__file__).resolve().parents[1]
SETS = {"dev": ROOT.parent / "shared" / "eval" / "dev.jsonl"} | {
    name: ROOT / "tests" / "data" / f"{name}.jsonl"
    for name in ("heldout", "final", "blind", "blind2", "blind3", "blind4", "blind5", "blind6")
}
VETO_BELOW, RESCUE_ABOVE = 0.1, 0.9
_SUFFIXES = ("ings", "ing", "ions", "ion", "ed", "es", "s")


@dataclass
class Sentence:
    set_name: str
    start: int
    end: int
    features: dict[str, float]
    gold: bool
    rule_tp: int = 0  # rule incidents anchored in this sentence that match a gold one of the same type
    rule_fp: int = 0


def _stem(word: str) -> str:
    # Crude on purpose: lets "executed"/"executions" share a feature without a lemmatizer.
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _features(sent: object, first: bool) -> dict[str, float]:
    feats: dict[str, float] = {"first": float(first)}
    words = [t for t in sent if not (t.is_punct or t.is_space)]  # type: ignore[attr-defined]
    for tok in words:
        stem = _stem(tok.lower_)
        feats["w=" + stem] = 1.0
        if tok.pos_ in ("VERB", "NOUN", "ADJ"):
            feats[f"dep={tok.dep_}:{_stem(tok.head.lower_)}"] = 1.0
            feats[f"dw={tok.dep_}:{stem}"] = 1.0
        if tok.ent_type_:
            feats["ent=" + tok.ent_type_] = 1.0
        if tok.like_num:
            feats["num"] = 1.0
    for a, b in pairwise(words):
        feats[f"bi={_stem(a.lower_)}_{_stem(b.lower_)}"] = 1.0
    return feats


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _gold_spans(record: dict[str, object]) -> list[tuple[int, int, str]]:
    text = str(record["text"])
    spans = []
    for inc in record.get("incidents", []):  # type: ignore[attr-defined]
        start = text.find(inc["evidence"])
        if start >= 0:
            spans.append((start, start + len(inc["evidence"]), str(inc["type"])))
    return spans


def load_sentences() -> list[Sentence]:
    nlp = build_pipeline()
    out: list[Sentence] = []
    for set_name, path in SETS.items():
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
            gold = _gold_spans(record)
            sents = []
            for k, sent in enumerate(doc.sents):
                a, b = sent.start_char, sent.end_char
                covered = any(_overlap((a, b), (x, y)) > 0.5 * min(b - a, y - x) for x, y, _ in gold)
                sents.append(Sentence(set_name, a, b, _features(sent, k == 0), covered))
            for inc in doc_to_extraction(doc).incidents:
                span = (inc.span.start, inc.span.end)
                home = max(sents, key=lambda s: _overlap((s.start, s.end), span))
                right = any(_overlap(span, (x, y)) and t == inc.type for x, y, t in gold)
                home.rule_tp += right
                home.rule_fp += not right
            out.extend(sents)
    return out


def main() -> None:
    sentences = load_sentences()
    labels = numpy.array([s.gold for s in sentences])
    total: Counter[str] = Counter()
    veto, rescue = f"veto p<{VETO_BELOW}: TP FP", f"rescue p>{RESCUE_ABOVE}: gold none"
    print(f"{'held out':9s}  P     R     F1   | {veto} | {rescue}")
    for held in SETS:
        train = [i for i, s in enumerate(sentences) if s.set_name != held]
        test = [i for i, s in enumerate(sentences) if s.set_name == held]
        vec = DictVectorizer()
        x_train = vec.fit_transform([sentences[i].features for i in train])
        model = LogisticRegression(max_iter=2000, class_weight="balanced").fit(x_train, labels[train])
        probs = model.predict_proba(vec.transform([sentences[i].features for i in test]))[:, 1]
        c: Counter[str] = Counter()
        for p, i in zip(probs, test, strict=True):
            s = sentences[i]
            c["tp"] += s.gold and p > 0.5
            c["fp"] += (not s.gold) and p > 0.5
            c["fn"] += s.gold and p <= 0.5
            if p < VETO_BELOW:
                c["veto_tp"] += s.rule_tp
                c["veto_fp"] += s.rule_fp
            if p > RESCUE_ABOVE and not (s.rule_tp or s.rule_fp):
                c["rescue_gold" if s.gold else "rescue_none"] += 1
        _report(held, c)
        total += c
    _report("all", total)


def _report(name: str, c: Counter[str]) -> None:
    precision = c["tp"] / max(1, c["tp"] + c["fp"])
    recall = c["tp"] / max(1, c["tp"] + c["fn"])
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    print(
        f"{name:9s}  {precision:.2f}  {recall:.2f}  {f1:.2f} |"
        f"            {c['veto_tp']:3d} {c['veto_fp']:3d} |"
        f"                {c['rescue_gold']:3d}  {c['rescue_none']:3d}"
    )


if __name__ == "__main__":
    main()
