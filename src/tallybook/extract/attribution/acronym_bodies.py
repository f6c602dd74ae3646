"""Whether a bracketed acronym after a generic body noun only shortens that noun's own words:
"the nongovernmental organization (NGO) X reported" is X speaking, not "NGO"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset

__all__ = ["own_acronym"]

# generic nouns a body's kind is written with before its name ("organization", "group")
_KIND_HEADS = wordset("organisation organization group centre center network association coalition body")


def own_acronym(head: Token, tok: Token) -> bool:
    """ "The nongovernmental organization (NGO) X", "the civil society organisation (CSO) X": `tok`
    is an upper-case word alone in brackets right after a lower-case generic noun `head` and
    before a name, whose letters shorten the generic phrase's own words (its first describing
    word and the noun)."""
    if head.lower_ not in _KIND_HEADS or not head.text.islower() or not tok.text.isupper():
        return False
    doc = tok.doc
    if not (tok.i == head.i + 2 and tok.i + 2 < len(doc) and doc[tok.i + 2].pos_ == "PROPN"):
        return False  # with no name after it, the acronym is all the text calls the body
    if doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")":
        return False
    return _shortens(tok.text, doc[head.left_edge.i : head.i + 1])


def _shortens(acronym: str, words: Span) -> bool:
    """Whether an acronym's first letter opens the phrase's first describing word and its last
    letter opens the head noun ("NGO" of "nongovernmental organization")."""
    toks = [t for t in words if t.is_alpha and t.dep_ != "det"]
    if len(toks) < 2 or len(acronym) < 2:
        return False
    return acronym[0].lower() == toks[0].lower_[0] and acronym[-1].lower() == toks[-1].lower_[0]
