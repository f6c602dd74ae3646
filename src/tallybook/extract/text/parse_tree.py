"""The parse as plain lists, read once per doc: walking `Token.children`, `Token.subtree`,
`Token.ancestors` or a sentence makes a Token object of every word it passes, which costs more
than the rules that read them."""

from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import DEP, HEAD, IS_PUNCT
from spacy.tokens import Doc, Token

from tallybook.extract.text.boilerplate import doc_cache, id_strings
from tallybook.extract.text.word_positions import word_positions

_Tree = tuple[list[int], list[list[int]], list[str], list[bool]]


def dep_tree(doc: Doc) -> _Tree:
    """Each token's head, children (ascending, as `Token.children` gives them), dependency label
    and punctuation flag."""
    cache = doc_cache(doc)
    tree: _Tree | None = cache.get("dep_tree")
    if tree is None:
        heads = (doc.to_array(HEAD).astype("int64") + numpy.arange(len(doc))).tolist()
        kids: list[list[int]] = [[] for _ in heads]
        for i, h in enumerate(heads):
            if h != i:
                kids[h].append(i)
        deps = id_strings(doc, doc.to_array(DEP).tolist())
        punct = list(map(bool, doc.to_array(IS_PUNCT).tolist()))
        tree = cache["dep_tree"] = (heads, kids, deps, punct)
    return tree


def child_index(doc: Doc, i: int, *deps: str) -> int | None:
    """The first child of token `i` (in `Token.children` order) with one of `deps`."""
    _, kids, labels, _ = dep_tree(doc)
    for c in kids[i]:
        if labels[c] in deps:
            return c
    return None


def first_child(tok: Token, *deps: str) -> Token | None:
    """`tok`'s first child with one of `deps`."""
    i = child_index(tok.doc, tok.i, *deps)
    return None if i is None else tok.doc[i]


def first_conjunct(tok: Token) -> Token:
    """The first member of the run of conjuncts `tok` stands in ("arrests, detention and killings"
    -> "arrests"), whose head and label the run shares; `tok` itself when it is no conjunct."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def ancestor_ids(doc: Doc, i: int) -> set[int]:
    """`{a.i for a in doc[i].ancestors}`."""
    heads = dep_tree(doc)[0]
    out: set[int] = set()
    while heads[i] != i:
        i = heads[i]
        out.add(i)
    return out


def subtree_ids(doc: Doc, i: int) -> list[int]:
    """`[t.i for t in doc[i].subtree]`, in the same order (left subtrees, the token, right ones)."""
    kids = dep_tree(doc)[1]
    out: list[int] = []

    def walk(k: int) -> None:
        for c in kids[k]:
            if c < k:
                walk(c)
        out.append(k)
        for c in kids[k]:
            if c > k:
                walk(c)

    walk(i)
    return out


def positions_in(doc: Doc, key: str, words: frozenset[str], start: int, end: int) -> list[int]:
    """The tokens in [start, end) whose lower-case form is in `words` (which the caller keeps under
    `key`), from a list of the doc's positions found once per doc."""
    cache = doc_cache(doc)
    found: list[int] | None = cache.get(key)
    if found is None:
        found = cache[key] = word_positions(doc, words)
    return found[bisect_left(found, start) : bisect_left(found, end)]


def has_parse(doc: Doc) -> bool:
    """True when a parser ran (the rules that read heads and dependents need one); asked once per
    doc, as `doc.has_annotation` scans every token."""
    cache = doc_cache(doc)
    parsed = cache.get("has_dep")
    if parsed is None:
        parsed = cache["has_dep"] = doc.has_annotation("DEP")
    return bool(parsed)
