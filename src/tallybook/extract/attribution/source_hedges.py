"""Hedges: the certainty a sentence gives what it reports ("reportedly", "is believed to have")."""

from __future__ import annotations

from spacy.tokens import Span

from tallybook.extract.text.word_positions import word_positions
from tallybook.model import Certainty

_HEDGES = {
    "reportedly": Certainty.REPORTEDLY,
    "allegedly": Certainty.ALLEGEDLY,
    "purportedly": Certainty.ALLEGEDLY,
    "believed": Certainty.REPORTEDLY,
    "thought": Certainty.REPORTEDLY,
    "said": Certainty.REPORTEDLY,
}
_HEDGE_WORDS = frozenset(_HEDGES)
_PASSIVE_HEDGES = frozenset(["believed", "thought", "said"])  # hedges only as "is said to have ..."


def hedge_of(sent: Span) -> str:
    """The certainty the sentence's first hedge gives ("reportedly", "is believed to have"), else stated."""
    doc = sent.doc
    for i in word_positions(doc, _HEDGE_WORDS, sent.start, sent.end):
        tok = doc[i]
        if tok.lower_ in _PASSIVE_HEDGES and not (
            tok.i + 1 < sent.end
            and tok.nbor(1).lower_ == "to"
            and any(c.dep_ == "auxpass" for c in tok.children)
        ):
            continue
        return _HEDGES[tok.lower_]
    return Certainty.STATED
