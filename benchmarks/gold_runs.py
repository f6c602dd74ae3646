"""What the learned-model experiments share: the official scorer, gold files and cached predictions."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

Doc = dict[str, Any]


def load_score(score_py: Path) -> ModuleType:
    """../shared/eval/score.py as a module: its matching and alias rules, not a copy of them."""
    spec = importlib.util.spec_from_file_location("tallybook_score", score_py)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_jsonl(path: Path) -> list[Doc]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def predictions(name: str, gold: Path, pred_dir: Path | None, cache: Path) -> list[Doc]:
    """The extractor's predictions for one gold set: from `pred_dir`, else run once and cached."""
    if pred_dir is not None:
        return read_jsonl(pred_dir / f"pred_{name}.jsonl")
    cached = cache / f"pred_{name}.jsonl"
    if not cached.exists():
        from tallybook.cli.extract_cmd import run_eval

        cache.mkdir(parents=True, exist_ok=True)
        lines = list(run_eval(gold, batch_size=8, n_process=1, failures=[]))
        cached.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_jsonl(cached)


def typed_pairs(score: ModuleType, gold: Doc, pred: Doc) -> list[tuple[int, int, tuple[int, int] | None]]:
    """(gold index, predicted index, predicted span) for each pair score.py's typed matching makes."""
    text = gold["text"]
    g_inc, p_inc = gold.get("incidents", []), pred.get("incidents", [])
    g_spans = [score.gold_spans(text, g.get("evidence", "")) for g in g_inc]
    p_spans = [score.pred_span(text, p) for p in p_inc]

    def typed(gi_g: tuple[int, Doc], pi_p: tuple[int, Doc]) -> int:
        (gi, g), (pi, p) = gi_g, pi_p
        ps = p_spans[pi]
        if g.get("type") != p.get("type") or ps is None:
            return 0
        return int(max((score.overlap(gs, ps) for gs in g_spans[gi]), default=0))

    pairs = score.match(list(enumerate(g_inc)), list(enumerate(p_inc)), typed)
    return [(gi, pi, p_spans[pi]) for gi, pi in pairs]
