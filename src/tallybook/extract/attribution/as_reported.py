"""Who tells a clause through an "as" adverbial: "As reported by Hengaw, X was hanged",
"As the commission reported, ...", "..., as the group said", "As per the commission, ..."
name the source of the clause they modify, as "according to X" does."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.attribution.source_syntax import (
    NOT_SOURCES,
    PRONOUNS,
    agent_of,
    is_report_word,
    stance_of,
)
from tallybook.model import Stance

__all__ = ["as_reported"]


def as_reported(sent: Span, trigger: Token, bounds: tuple[int, int]) -> Token | None:
    """The teller named in an "as" clause or "as per" phrase whose clause holds `trigger`
    (None for "as reported earlier", "as he said", or a report the trigger is part of)."""
    lo, hi = max(sent.start, bounds[0]), min(sent.end, bounds[1])
    for tok in sent.doc[lo:hi]:
        if tok.lower_ != "as":
            continue
        teller = _as_teller(tok)
        if teller is None:
            continue
        head, inner = (tok.head.head, tok.head) if tok.dep_ == "mark" else (tok.head, tok)
        # the "as" phrase modifies the clause of the trigger, and the trigger is not inside it
        if trigger.i in {t.i for t in head.subtree} and trigger.i not in {t.i for t in inner.subtree}:
            return teller
    return None


def _as_teller(tok: Token) -> Token | None:
    if tok.dep_ == "mark":
        verb = tok.head
        # only a clause set beside another ("as X reported, ..."), not "as soon as", "such as"
        if verb.dep_ != "advcl" or not is_report_word(verb) or stance_of(verb) != Stance.ASSERTS:
            return None
        if any(c.dep_ in {"dobj", "ccomp", "xcomp", "pcomp"} for c in verb.children):
            return None  # "..., as his sister accused officers of it": a claim of its own, said meanwhile
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or agent_of(verb)
    elif tok.dep_ == "prep":
        per = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "per"), None)
        subj = next((c for c in per.children if c.dep_ == "pobj"), None) if per is not None else None
    else:
        return None
    if subj is None or subj.lower_ in PRONOUNS | NOT_SOURCES | {"it", "you"}:
        return None
    return subj
