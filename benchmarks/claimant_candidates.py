"""Who might claim an incident: the candidate claimants of claimant_chooser_cv.py and their features.

For one predicted incident (its evidence span, trigger and the rules' `claimed_by`) the candidates
are: the publisher, the rules' claimant set and each of its members, every ORG/PERSON/NORP/GPE
entity of the document (entities outside the incident sentence and the two before it are marked
`docent_`), the subjects and agents of reporting verbs ("X said"), the objects of "according to",
pronoun subjects resolved to the last PERSON/ORG before them, and conjunct groups of those.
Noun phrases come in several extents (full, without trailing clauses, left of the head, the owner
of "X's report", the X of "a report by X"). Candidates with the same normalised names are merged
and keep the union of their features.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

Norm = Callable[[str | None], str]


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


REPORT_VERBS = _words(
    "say tell report document record confirm state claim allege announce estimate add note write "
    "accuse register count receive verify find describe publish reveal learn warn believe indicate "
    "show cite quote explain tweet post insist deny testify recount disclose inform identify put "
    "condemn urge raise highlight stress observe assert maintain detail list"
)
SOURCE_NOUNS = _words(
    "report reports statement data figures figure count tally records record estimates estimate "
    "findings information sources monitoring account accounts documentation research investigation "
    "analysis database list"
)
ENT_TYPES = frozenset({"ORG", "PERSON", "NORP", "GPE"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_TRAILING = ("relcl", "acl", "appos", "cc", "conj", "punct")
_DET_RE = re.compile(r"^(the|a|an)\s+", re.I)
_PUBLISHER_KINDS = {  # what kind of publisher: decides whether "publisher" is a likely claimant
    "pub_ngo_un": r"amnesty|human rights|united nations|\bun\b|ohchr|watch|commission|council|rapporteur|"
    r"iran hr|hengaw|ncri|mojahed",
    "pub_news": r"reuters|associated press|\bap\b|afp|bbc|guardian|voice of america|voa|times|post|news|"
    r"al jazeera|cnn",
    "pub_gov": r"state|department|congress|government",
}


@dataclass
class Candidate:
    names: list[str]
    feats: dict[str, float] = field(default_factory=dict)

    @property
    def in_window(self) -> bool:
        """Found near the incident (not only as an entity elsewhere in the document)."""
        kinds = [k for k in self.feats if k.startswith("k_")]
        return any(not k.startswith("k_docent_") for k in kinds) or not kinds


def _strip_det(s: str) -> str:
    return _DET_RE.sub("", s.strip())


def _span_text(doc: Doc, toks: Iterable[Token]) -> str:
    """The text from the first to the last token, without punctuation at either end."""
    idx = sorted(t.i for t in toks)
    if not idx:
        return ""
    a, b = idx[0], idx[-1] + 1
    while b > a and doc[b - 1].is_punct:
        b -= 1
    while a < b and doc[a].is_punct:
        a += 1
    return doc[a:b].text if b > a else ""


def _np_variants(doc: Doc, head: Token) -> list[tuple[str, str]]:
    """(extent kind, text) for the noun phrase headed by `head`, with and without a leading article."""
    sub = list(head.subtree)
    left = [t for t in sub if t.i <= head.i]

    def trailing(t: Token) -> bool:  # inside a clause/apposition/conjunct hanging right of the head
        return any(a.i > head.i and a.dep_ in _TRAILING and a.head == head for a in [t, *t.ancestors])

    out = [
        ("full", _span_text(doc, sub)),
        ("short", _span_text(doc, left + [t for t in sub if t.i > head.i and not trailing(t)])),
        ("left", _span_text(doc, left)),
    ]
    if head.lower_ in SOURCE_NOUNS:  # "Amnesty's report", "a report by Amnesty": the source is the owner
        for c in head.children:
            if c.dep_ == "poss":
                owner = [t for t in c.subtree if t.dep_ != "case" and t.text not in ("'s", "’s")]
                out.append(("poss", _span_text(doc, owner)))
        for c in head.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of", "from"):
                out += [("srcof", _span_text(doc, o.subtree)) for o in c.children if o.dep_ == "pobj"]
    res: list[tuple[str, str]] = []
    for kind, s in out:
        for v in (s, _strip_det(s)):
            if v and len(v) < 120 and (kind, v) not in res:
                res.append((kind, v))
    return res


def _conj_heads(tok: Token) -> list[Token]:
    heads = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            heads += _conj_heads(c)
    return heads


class _Builder:
    """Collects candidates for one incident, merging those with the same normalised names."""

    def __init__(self, doc: Doc, span: tuple[int, int], trigger: str | None, norm: Norm) -> None:
        self.doc, self.norm = doc, norm
        self.s0, self.s1 = span
        self.sents = list(doc.sents)
        self.first, self.last = self.sent_of(self.s0), self.sent_of(max(self.s0, self.s1 - 1))
        self.trig = self._trigger(trigger)
        self.trig_chain = {a.i for a in self.trig.ancestors} | {self.trig.i}
        self.cands: dict[tuple[str, ...], Candidate] = {}

    def sent_of(self, char: int) -> int:
        for i, s in enumerate(self.sents):
            if s.start_char <= char < s.end_char + 1:
                return i
        return len(self.sents) - 1

    def _trigger(self, trigger: str | None) -> Token:
        inside = [t for t in self.doc if self.s0 <= t.idx < self.s1]
        words = str(trigger or "").split()
        if words:
            hits = [t for t in inside if t.text.lower() == words[0].lower()]
            if hits:
                return hits[0]
        verbs = [t for t in inside if t.pos_ == "VERB"]
        if verbs:
            return verbs[0]
        span = self.doc.char_span(self.s0, self.s1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else inside[0] if inside else self.doc[0]

    def add(
        self,
        names: list[str],
        kind: str,
        tok: Token | None = None,
        sdist: int = 0,
        extra: dict[str, float] | None = None,
        force: bool = False,
    ) -> None:
        names = [n for n in names if n]
        key = tuple(sorted(self.norm(n) for n in names))
        if not names or not (force or all(key)):
            return
        f = self.cands.setdefault(key, Candidate(names)).feats
        f["k_" + kind] = 1
        if tok is not None:
            inside = self.s0 <= tok.idx < self.s1
            f["sd_min"] = min(f.get("sd_min", sdist), sdist)
            dist = 0 if inside else abs(tok.idx - self.s0)
            f["chdist"] = min(f.get("chdist", dist), dist)
            if inside:
                f["in_span"] = 1
            if tok.idx >= self.s1:
                f["after_span"] = 1
            if tok.sent.start == self.trig.sent.start:
                f["same_sent_trig"] = 1
                if tok.head.i in self.trig_chain:  # attached to the trigger's clause chain
                    f["head_in_trig_chain"] = 1
        for k, v in (extra or {}).items():  # summed: how often the candidate turns up in this role
            f[k] = f.get(k, 0) + v


def candidates(
    doc: Doc, span: tuple[int, int], trigger: str | None, rule: list[str], norm: Norm
) -> tuple[list[Candidate], int, float]:
    """Candidates (the rule's set always among them), the index of the rule's set, relative position."""
    b = _Builder(doc, span, trigger, norm)
    b.add(["publisher"], "pub", extra={"is_pub": 1})
    rule = [r for r in rule if r] or ["publisher"]
    b.add(rule, "rule", extra={"rule_set": 1}, force=True)  # force: the chooser may always keep the rule
    for r in rule:
        b.add([r], "rule_member")
    window = range(max(0, b.first - 2), b.last + 1)  # the incident's sentences and the two before
    for i, sent in enumerate(b.sents):
        sd = b.first - i if i < b.first else (0 if i <= b.last else b.last - i)
        for e in sent.ents:
            if e.label_ in ENT_TYPES:
                kind = ("ent_" if i in window else "docent_") + e.label_
                for v in dict.fromkeys((e.text, _strip_det(e.text))):
                    b.add([v], kind, e.root, sdist=sd)
    for i in window:
        sd = max(0, b.first - i)
        for t in b.sents[i]:
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in REPORT_VERBS:
                _reporting_subjects(b, t, i, sd)
            if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                for o in (o for o in doc[t.i + 1].children if o.dep_ == "pobj"):
                    _according_object(b, o, sd)
    keys = list(b.cands)
    rule_key = tuple(sorted(norm(n) for n in rule))
    return list(b.cands.values()), keys.index(rule_key), b.first / max(1, len(b.sents))


def _according_object(b: _Builder, o: Token, sd: int) -> None:
    chain = int(b.trig.sent.start == o.sent.start)
    for k, v in _np_variants(b.doc, o):
        b.add([v], "acc_" + k, o, sd, {"according": 1, "rep_chain": chain})
    heads = _conj_heads(o)
    if len(heads) > 1:  # "according to X and Y": the group as one claimant set
        skip = ("cc", "conj", "punct")
        toks = [[x for x in h.subtree if x.dep_ not in skip or x == h] for h in heads]
        b.add([_strip_det(_span_text(b.doc, t)) for t in toks], "acc_conj", o, sd, {"according": 1})


def _reporting_subjects(b: _Builder, verb: Token, i: int, sd: int) -> None:
    """Subjects and by-agents of a reporting verb; pronouns resolved to the last matching entity."""
    chain = verb in set(b.trig.ancestors) or verb == b.trig
    chain = chain or (verb.sent.start == b.trig.sent.start and verb.dep_ == "ROOT")
    lemma = verb.lemma_.lower()
    extra: dict[str, float] = {"rep_subj": 1, "rep_chain": int(chain), "rep_" + lemma[:8]: 1}
    for c in verb.children:
        if c.dep_ == "nsubj":
            heads = [c]
        elif c.dep_ == "agent":
            heads = [o for o in c.children if o.dep_ == "pobj"]
        else:
            continue
        for h in heads:
            if h.lower_ in PRONOUNS:
                want = "PERSON" if h.lower_ in ("he", "she", "i") else "ORG"
                prev = [e for s in b.sents[: i + 1] for e in s.ents if e.label_ == want and e.start < h.i]
                if h.lower_ == "we":
                    b.add(["publisher"], "we_subj", h, sd, extra)
                if prev:
                    b.add([prev[-1].text], "pron_res", h, sd, extra)
                continue
            for k, v in _np_variants(b.doc, h):
                b.add([v], "repsubj_" + k, h, sd, extra)
            heads_c = _conj_heads(h)
            if len(heads_c) > 1:  # "X and Y said": the group as one claimant set
                first = [x for x in h.subtree if x.i < heads_c[1].i and x.dep_ != "cc"]
                rest = [
                    [x for x in hh.subtree if x.dep_ not in ("cc", "conj") or x == hh] for hh in heads_c[1:]
                ]
                grp = [_strip_det(_span_text(b.doc, toks)) for toks in [first, *rest]]
                b.add(grp, "repsubj_conj", h, sd, extra)


def features(
    cands: list[Candidate], rel_pos: float, text: str, publisher: str | None, rule: list[str], norm: Norm
) -> list[dict[str, float]]:
    """One feature dict per candidate: its own features plus the incident's and document's context."""
    rule = rule or ["publisher"]
    sources = [c for c in cands if c.feats.get("rep_subj") or c.feats.get("according")]
    ctx: dict[str, float] = {
        "doc_we": int(bool(re.search(r"\b(we|our)\b", text, re.I))),
        **{k: int(bool(re.search(rx, publisher or "", re.I))) for k, rx in _PUBLISHER_KINDS.items()},
        "rule_is_pub": int([norm(z) for z in rule] == ["publisher"] or norm(rule[0]) == norm(publisher)),
        "rule_n": len(rule),
        "rel_pos": rel_pos,
        "n_rep_in_window": min(len(sources), 10) / 10,
        "any_named_src_same_sent": int(any(c.feats.get("same_sent_trig") for c in sources)),
    }
    out = []
    for c in cands:
        f = {k: v for k, v in c.feats.items() if k not in ("sd_min", "chdist")}
        sd = c.feats.get("sd_min")
        f[
            "sd="
            + ("none" if sd is None else str(int(sd)) if -1 <= sd <= 3 else "far" if sd > 3 else "after")
        ] = 1
        if "chdist" in c.feats:
            f["log_chdist"] = math.log1p(c.feats["chdist"]) / 8
        joined = " ".join(c.names)
        f["n_names"] = len(c.names)
        f["len_tok"] = min(len(joined.split()), 12) / 12
        f["starts_det"] = int(bool(re.match(r"(a|an|the)\s", joined, re.I)))
        f["has_poss"] = int(
            "'s" in joined or "’s" in joined or bool(re.search(r"\b(his|her|their)\b", joined, re.I))
        )
        f["lower_start"] = int(joined[:1].islower())
        f["is_pub_name"] = int(norm(joined) == norm(publisher) or c.names == ["publisher"])
        f["mentions"] = min(text.count(c.names[0]), 10) / 10 if c.names[0] != "publisher" else 0
        f.update(ctx)
        for k, v in ctx.items():  # interactions, so a linear model can weigh context per candidate kind
            if f.get("k_pub"):
                f["pub*" + k] = v
            if f.get("rule_set"):
                f["rule*" + k] = v
        out.append(f)
    return out
