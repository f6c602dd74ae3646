"""Who "the same source" is: "..., who, a source close to his family told X, had been arrested.
According to the same source, he was beaten" -> "a source close to his family". A source phrase
made definite by "same" points back at the last earlier mention of its noun that it fits (every
other modifier it has, as "domestic" in "the same domestic organization", is on that mention
too), and is named as that mention was written, a relative clause or apposition left out."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.text.boilerplate import lower_positions

__all__ = ["same_mention"]

_CUT = frozenset({"relcl", "appos", "punct", "acl", "cc", "conj"})
_OTHER = frozenset({"another", "other", "same", "the", "this", "that", "these", "those"})


def _written(tok: Token, start: int) -> str:
    """`tok`'s phrase as written from its article at `start`, without the clauses, appositions
    and conjuncts hung on it."""
    ids = [tok.i, start]
    stack = [c for c in tok.children if c.dep_ not in _CUT]
    while stack:
        c = stack.pop()
        ids.append(c.i)
        stack.extend(c.children)
    return tok.doc[start : max(ids) + 1].text


def same_mention(head: Token) -> str | None:
    """The earlier mention "the same <noun>" at `head` points back at, as written; None when
    `head` is not such a phrase or no earlier mention of its noun fits it."""
    if head.pos_ != "NOUN" or not any(c.lower_ == "same" and c.dep_ == "amod" for c in head.children):
        return None
    wanted = {c.lower_ for c in head.children if c.dep_ in {"amod", "compound"} and c.lower_ != "same"}
    doc = head.doc
    for i in reversed(lower_positions(doc, head.lower, head.i)):
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        dets = {c.lower_ for c in tok.children if c.dep_ in {"det", "amod"}}
        article = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in {"a", "an"}), None)
        if dets & _OTHER or article is None:
            continue  # "another organization", "the group": not the first mention it repeats
        if wanted <= {t.lower_ for t in tok.subtree}:
            return _written(tok, article.i)
    return None
