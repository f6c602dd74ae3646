"""The model's attribute rules (coarse part of speech, morphology and a few lemmas from the
fine-grained tag and the word), applied by table lookup instead of spaCy's token Matcher.

The shipped `attribute_ruler` runs a Matcher of 179 one- and two-token patterns over every
token; on report text that is about a seventh of the model's whole time, more than all of
tallybook's rules. Nearly all of its patterns test one token's tag, lower-case form, dependency
label and whether it is white space, so the attributes they set depend only on those four
values. `AttributeTable` files each rule under the words or tags it needs, tests a token only
against the rules filed under its own, remembers the outcome for that combination of values
and writes whole columns back with `Doc.from_array`. The rules are the model's own, read when
the pipeline is built;
a model whose ruler uses a test this module does not know keeps its ruler
(`attribute_table_for` returns None). The result is the ruler's, token for token
(`tests/extract/test_attribute_table.py` checks it on the gold texts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # the ruler's own setter
from thinc.types import Ints2d

# What a pattern may test: the attribute, and how its value is read from `Doc.to_array`.
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_COLUMNS = (TAG, LOWER, DEP, IS_SPACE)
# Attributes written back as whole columns; any other one (TAG, DEP) is set token by token.
_ARRAY_ATTRS = (POS, MORPH, LEMMA)

_MAX_SEEN = 50_000  # token kinds remembered between docs
Key = tuple[int, int, int, int]  # a token's (tag, lower, dep, is_space) as to_array gives them
TokenTest = Callable[[Mapping[str, object]], bool]


def _value_test(value: object) -> Callable[[object], bool] | None:
    """A test of one attribute value as a pattern writes it, or None for one we do not know."""
    if isinstance(value, (str, bool)):
        return lambda v: v == value
    if isinstance(value, dict) and len(value) == 1:
        op, arg = next(iter(value.items()))
        if op == "IN" and isinstance(arg, list):
            allowed = frozenset(arg)
            return lambda v: v in allowed
        if op == "NOT_IN" and isinstance(arg, list):
            barred = frozenset(arg)
            return lambda v: v not in barred
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda v: isinstance(v, str) and rx.search(v) is not None
    return None


def _token_test(spec: Mapping[str, Any]) -> TokenTest | None:
    tests: list[tuple[str, Callable[[object], bool]]] = []
    for key, value in spec.items():
        test = _value_test(value)
        if key not in _KEYS or test is None:
            return None
        tests.append((key, test))
    return lambda token: all(test(token[key]) for key, test in tests)


@dataclass(frozen=True)
class _Rule:
    order: int  # the ruler applies its rules in this order: a later one wins
    tokens: tuple[TokenTest, ...]
    index: int  # which token of the match gets the attributes
    attrs: Mapping[int, Any]  # attribute id -> value, as the ruler normalised them
    first: Mapping[str, Any]  # the first token's pattern, to index the rule by


def _listed(spec: Mapping[str, Any], key: str) -> frozenset[str] | None:
    """The values a pattern allows for `key` when it names them ("x" or {"IN": [...]}), else None."""
    value = spec.get(key)
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(str(v) for v in value["IN"])
    return None


class AttributeTable:
    """Applies an AttributeRuler's rules by lookup on each token's (tag, lower, dep, is_space)."""

    def __init__(self, rules: Sequence[_Rule], strings: Any) -> None:
        self.by_order = {r.order: r for r in rules}
        # rules that also set TAG or DEP, which Doc.from_array will not take without the rest
        self.by_hand = frozenset(
            o for o, r in self.by_order.items() if any(a not in _ARRAY_ATTRS for a in r.attrs)
        )
        # Each rule is filed under the words or, failing that, the tags its first token must have,
        # so a token is tested only against the few rules it could meet.
        self._by_lower: dict[int, list[_Rule]] = {}
        self._by_tag: dict[int, list[_Rule]] = {}
        self._anywhere: list[_Rule] = []
        for rule in rules:
            lowers, tags = _listed(rule.first, "LOWER"), _listed(rule.first, "TAG")
            if lowers is not None:
                for w in lowers:
                    self._by_lower.setdefault(strings.add(w), []).append(rule)
            elif tags is not None:
                for t in tags:
                    self._by_tag.setdefault(strings.add(t), []).append(rule)
            else:
                self._anywhere.append(rule)
        self._seen: dict[Key, _Lookup] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        keys: list[Key] = [cast(Key, tuple(row)) for row in doc.to_array(list(_COLUMNS)).tolist()]
        lookups = [self._seen.get(k) or self._learn(doc, k) for k in keys]
        extra = self._multi_matches(doc, keys, lookups)  # token -> orders of longer rules it gets
        columns = doc.to_array(list(_ARRAY_ATTRS)).tolist()
        by_hand: list[tuple[int, int]] = []  # (order, token) of rules that set TAG or DEP
        for i, found in enumerate(lookups):
            orders = found.orders if i not in extra else tuple(sorted((*found.orders, *extra[i])))
            if not orders:
                continue
            values = found.values if i not in extra else self._values(orders)
            row = columns[i]
            for col, v in enumerate(values):
                if v is not None:
                    row[col] = v
            by_hand += [(o, i) for o in orders if o in self.by_hand]
        doc.from_array(list(_ARRAY_ATTRS), cast(Ints2d, numpy.array(columns, dtype=numpy.uint64)))
        for order, i in sorted(by_hand):
            rest = {a: v for a, v in self.by_order[order].attrs.items() if a not in _ARRAY_ATTRS}
            set_token_attrs(doc[i], rest)
        return doc

    def _values(self, orders: Sequence[int]) -> tuple[Any, ...]:
        """The POS, MORPH and LEMMA the rules of `orders` leave, applied in turn (None: untouched)."""
        out: list[Any] = [None] * len(_ARRAY_ATTRS)
        for order in orders:
            attrs = self.by_order[order].attrs
            for col, attr in enumerate(_ARRAY_ATTRS):
                if attr in attrs:
                    out[col] = attrs[attr]
        return tuple(out)

    def _learn(self, doc: Doc, key: Key) -> _Lookup:
        token = _token(doc, key)
        filed = (*self._by_lower.get(key[1], ()), *self._by_tag.get(key[0], ()), *self._anywhere)
        met = [rule for rule in filed if rule.tokens[0](token)]
        orders = tuple(sorted(rule.order for rule in met if len(rule.tokens) == 1))
        starts = tuple(rule for rule in met if len(rule.tokens) > 1)
        found = _Lookup(orders, self._values(orders), starts)
        if len(self._seen) >= _MAX_SEEN:  # a long run meets ever more words: start afresh
            self._seen.clear()
        self._seen[key] = found
        return found

    def _multi_matches(self, doc: Doc, keys: list[Key], lookups: list[_Lookup]) -> dict[int, list[int]]:
        extra: dict[int, list[int]] = {}
        for i, found in enumerate(lookups):
            for rule in found.starts:
                end = i + len(rule.tokens)
                if end > len(keys):
                    continue
                rest = zip(rule.tokens[1:], keys[i + 1 : end], strict=True)
                if all(test(_token(doc, k)) for test, k in rest):
                    extra.setdefault((end if rule.index < 0 else i) + rule.index, []).append(rule.order)
        return extra


@dataclass(frozen=True)
class _Lookup:
    """What the one-token rules do to a token of a given key, and which longer rules it may open."""

    orders: tuple[int, ...]
    values: tuple[Any, ...]
    starts: tuple[_Rule, ...]  # rules of two or more tokens whose first token it can be


def _token(doc: Doc, key: Key) -> dict[str, object]:
    strings = doc.vocab.strings
    return {
        "TAG": strings[key[0]],
        "LOWER": strings[key[1]],
        "DEP": strings[key[2]],
        "IS_SPACE": bool(key[3]),
    }


def attribute_table_for(ruler: AttributeRuler) -> AttributeTable | None:
    """The ruler's rules as a table, or None when one of them tests something we do not read."""
    patterns = cast(list[dict[str, Any]], ruler.patterns)
    if len(patterns) != len(ruler.attrs):
        return None
    rules: list[_Rule] = []
    for order, entry in enumerate(patterns):
        for alternative in cast(list[list[dict[str, Any]]], entry["patterns"]):
            tests = [_token_test(spec) for spec in alternative]
            if not tests or any(t is None for t in tests):
                return None
            tokens = tuple(t for t in tests if t is not None)
            rules.append(_Rule(order, tokens, int(entry.get("index", 0)), ruler.attrs[order], alternative[0]))
    return AttributeTable(rules, ruler.vocab.strings)


@Language.factory("tallybook_attribute_table")
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    table = attribute_table_for(cast(AttributeRuler, nlp.get_pipe("attribute_ruler")))
    if table is None:
        raise ValueError("the model's attribute_ruler has a rule the attribute table cannot read")
    return table


def use_attribute_table(nlp: Language) -> None:
    """Put the table in place of the model's `attribute_ruler`, where every rule can be read."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    if attribute_table_for(cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))) is not None:
        nlp.add_pipe("tallybook_attribute_table", before="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
