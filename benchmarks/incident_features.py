"""What the incident filter sees of one predicted incident: a sparse feature vector.

Features come only from the document text and the predicted incident records (the prediction
JSON of `eval_format.incident_json`): the type and trigger, the words of the evidence sentence
(hashed, lower-cased words and word pairs), where the evidence sits (headline, infobox line,
inside a quotation), who claims it, which attributes it has, and the other incidents predicted
in the same document. Hashing uses crc32 so a feature keeps its index across processes.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from tallybook.extract.detection.trigger_patterns import wordset

HASH_DIM = 4096
_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")
_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"
_INFOBOX_RE = re.compile(r"^\s*[-•*]?\s*[A-Z][\w ()/]{0,40}:\s*\S")
_SAY_WORDS = wordset(
    "said says say stated told reported according claimed alleged denied announced added "
    "confirmed counted estimated described"
)
_HEDGE_WORDS = wordset("may might could would if whether unless possible possibly risk risks")
_NEG_WORDS = wordset("not no never denied deny denies nor without")
_FUTURE_WORDS = wordset("will shall going")
_CALL_WORDS = wordset("urge urged urges call calls called demand demanded must should halt stop")

# Dense features: name -> index after the hashed block. Values are kept within about [0, 1].
DENSE_NAMES: tuple[str, ...] = (
    "pos_in_doc",
    "in_headline",
    "in_first_paragraph",
    "infobox_line",
    "short_line",
    "in_quote",
    "evidence_has_quote_mark",
    "claim_publisher",
    "claim_other",
    "claim_none",
    "n_claimants",
    "has_disputed",
    "has_confirmed",
    "has_count",
    "count_one",
    "count_log",
    "qualifier_set",
    "has_date",
    "date_day",
    "has_place",
    "has_names",
    "has_description",
    "has_perpetrators",
    "has_trigger",
    "evidence_len_log",
    "evidence_is_sentence",
    "n_same_type_log",
    "n_incidents_log",
    "same_sentence_other",
    "same_sentence_same_type",
    "overlap_same_type",
    "only_of_type",
    "first_of_type",
    "say_word",
    "hedge_word",
    "neg_word",
    "future_word",
    "call_word",
    "question_mark",
    "doc_len_log",
    "doc_infobox_lines",
    "sentence_starts_upper_name",
)
DENSE_INDEX: dict[str, int] = {n: HASH_DIM + i for i, n in enumerate(DENSE_NAMES)}
N_FEATURES = HASH_DIM + len(DENSE_NAMES)


def _hash(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) % HASH_DIM


def _words(s: str) -> list[str]:
    return _WORD_RE.findall(s.lower())


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding [start, end): cheap punctuation and line-break bounds."""
    lo = start
    while lo > 0:
        ch = text[lo - 1]
        if ch == "\n" or (ch in ".!?" and lo < len(text) and text[lo].isspace()):
            break
        lo -= 1
    hi = max(end, start)
    while hi < len(text):
        ch = text[hi]
        if ch == "\n":
            break
        hi += 1
        if ch in ".!?" and (hi >= len(text) or text[hi].isspace()):
            break
    return lo, hi


def _line_bounds(text: str, start: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return lo, len(text) if hi < 0 else hi


def _inside_quote(text: str, start: int) -> bool:
    """An odd number of quotation marks between the paragraph start and `start`."""
    para = text.rfind("\n", 0, start) + 1
    before = text[para:start]
    curly = sum(before.count(c) for c in _OPEN_QUOTES) - sum(before.count(c) for c in _CLOSE_QUOTES)
    return curly > 0 or before.count('"') % 2 == 1


def _span(inc: Mapping[str, Any]) -> tuple[int, int]:
    return int(inc.get("evidence_start") or 0), int(inc.get("evidence_end") or 0)


def _claimants(inc: Mapping[str, Any], key: str) -> list[str]:
    v = inc.get(key) or []
    return [str(x) for x in v] if isinstance(v, list) else []


class DocContext:
    """Document-level facts shared by the features of every incident of one document."""

    def __init__(self, text: str, incidents: Sequence[Mapping[str, Any]]) -> None:
        self.text = text
        self.n = len(text) or 1
        self.headline_end = text.find("\n") if "\n" in text else len(text)
        para = text.find("\n\n", self.headline_end + 1)
        self.first_para_end = len(text) if para < 0 else text.find("\n\n", para + 2)
        if self.first_para_end < 0:
            self.first_para_end = len(text)
        lines = text.split("\n")
        self.infobox_lines = sum(1 for ln in lines if _INFOBOX_RE.match(ln))
        self.spans = [_span(i) for i in incidents]
        self.sentences = [sentence_bounds(text, s, e) for s, e in self.spans]
        self.types = [str(i.get("type") or "") for i in incidents]


def incident_features(ctx: DocContext, idx: int, inc: Mapping[str, Any]) -> dict[int, float]:
    """Sparse features (index -> value) of incident `idx` of a document."""
    text = ctx.text
    start, end = ctx.spans[idx]
    itype = ctx.types[idx]
    trig = str(inc.get("trigger") or "").lower()
    s_lo, s_hi = ctx.sentences[idx]
    sentence = text[s_lo:s_hi]
    words = _words(sentence)
    ev_words = set(_words(text[start:end]))
    f: dict[int, float] = {}

    def add(key: str, value: float = 1.0) -> None:
        i = _hash(key)
        f[i] = f.get(i, 0.0) + value

    def dense(name: str, value: float | bool) -> None:
        f[DENSE_INDEX[name]] = float(value)

    add(f"type={itype}")
    add(f"trig={trig}")
    add(f"type={itype}|trig={trig}")
    # Bag of words: a bounded weight per sentence so long sentences do not dominate.
    w = 1.0 / math.sqrt(max(1, len(words)))
    for a in set(words):
        add(f"w={a}", w)
        add(f"t={itype}|w={a}", w)
    for a, b in set(pairwise(words)):
        add(f"b={a}_{b}", w)
    for a in ev_words:
        add(f"ev={a}", 1.0 / math.sqrt(max(1, len(ev_words))))

    line_lo, line_hi = _line_bounds(text, start)
    line = text[line_lo:line_hi]
    dense("pos_in_doc", start / ctx.n)
    dense("in_headline", start < ctx.headline_end)
    dense("in_first_paragraph", start < ctx.first_para_end)
    dense("infobox_line", bool(_INFOBOX_RE.match(line)) or line.lstrip().startswith(("-", "•")))
    dense("short_line", len(line) < 80)
    dense("in_quote", _inside_quote(text, start))
    dense("evidence_has_quote_mark", any(c in sentence for c in '“”"'))

    claimed = _claimants(inc, "claimed_by")
    dense("claim_publisher", "publisher" in claimed)
    dense("claim_other", any(c != "publisher" for c in claimed))
    dense("claim_none", not claimed)
    dense("n_claimants", min(3, len(claimed)) / 3)
    dense("has_disputed", bool(_claimants(inc, "disputed_by")))
    dense("has_confirmed", bool(_claimants(inc, "confirmed_by")))

    victims = inc.get("victims") or {}
    count = victims.get("count") if isinstance(victims, Mapping) else None
    dense("has_count", count is not None)
    dense("count_one", count == 1)
    dense("count_log", math.log10(1 + count) / 4 if isinstance(count, int) and count > 0 else 0.0)
    dense("qualifier_set", bool(victims.get("qualifier")) if isinstance(victims, Mapping) else False)
    date = inc.get("date")
    dense("has_date", bool(date))
    dense("date_day", bool(date) and len(str(date)) == 10)
    dense("has_place", bool(inc.get("place")))
    dense("has_names", bool(victims.get("names")) if isinstance(victims, Mapping) else False)
    dense("has_description", bool(victims.get("description")) if isinstance(victims, Mapping) else False)
    dense("has_perpetrators", bool(inc.get("perpetrators")))
    dense("has_trigger", bool(trig))
    dense("evidence_len_log", math.log10(1 + max(0, end - start)) / 3)
    dense("evidence_is_sentence", abs((end - start) - (s_hi - s_lo)) <= 2)

    same_type = [j for j, t in enumerate(ctx.types) if t == itype and j != idx]
    dense("n_same_type_log", math.log2(1 + len(same_type)) / 4)
    dense("n_incidents_log", math.log2(1 + len(ctx.types)) / 5)
    same_sent = [j for j, sb in enumerate(ctx.sentences) if j != idx and sb == (s_lo, s_hi)]
    dense("same_sentence_other", bool(same_sent))
    dense("same_sentence_same_type", any(ctx.types[j] == itype for j in same_sent))
    dense(
        "overlap_same_type",
        any(ctx.spans[j][0] < end and start < ctx.spans[j][1] for j in same_type),
    )
    dense("only_of_type", not same_type)
    dense("first_of_type", all(ctx.spans[j][0] > start for j in same_type))

    wset = set(words)
    dense("say_word", bool(wset & _SAY_WORDS))
    dense("hedge_word", bool(wset & _HEDGE_WORDS))
    dense("neg_word", bool(wset & _NEG_WORDS))
    dense("future_word", bool(wset & _FUTURE_WORDS))
    dense("call_word", bool(wset & _CALL_WORDS))
    dense("question_mark", "?" in sentence)
    dense("doc_len_log", math.log10(ctx.n) / 5)
    dense("doc_infobox_lines", min(10, ctx.infobox_lines) / 10)
    first = sentence.lstrip()[:1]
    dense("sentence_starts_upper_name", first.isupper() and not sentence.lstrip().startswith("The "))
    return f


def document_features(text: str, incidents: Sequence[Mapping[str, Any]]) -> list[dict[int, float]]:
    """The features of each predicted incident of one document, in order."""
    ctx = DocContext(text, incidents)
    return [incident_features(ctx, i, inc) for i, inc in enumerate(incidents)]
