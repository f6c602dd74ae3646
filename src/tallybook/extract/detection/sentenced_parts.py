"""Whether a bare "sentenced" names a death sentence because it tells a dated part of the death
sentences its own sentence counts: "Courts issued about 20 new death sentences during the month,
including against X, a porter sentenced by the court of Y on 12 March", "have sentenced at least
150 people to death, among them two students, A and B, who were sentenced by a closed court last
month". CONVENTIONS.md: a part told on its own date is an incident of its own. Not a "sentenced"
with a term of its own ("sentenced to ten years"), nor an undated one, nor one before the count.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.text.boilerplate import sentence_bounds
from tallybook.extract.text.parse_tree import has_parse

_BARE = wordset("sentenced")
_PART_WORDS = wordset("including among")
_SENTENCE_NOUNS = wordset("sentence sentences")
_TERM_WORDS = wordset("years lashes")  # "sentenced last week ... 10 years": a term, no death


def sentenced_part(tok: Token) -> bool:
    """ "including against X, ... sentenced ... on 12 March" after a count of death sentences."""
    if tok.lower_ not in _BARE or not has_parse(tok.doc) or tok.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in tok.children):
        return False  # "sentenced to ten years", "sentenced to death" (read by `to_death`)
    if any(t.lower_ in _TERM_WORDS for t in tok.subtree):
        return False
    if not any(t.ent_type_ == "DATE" for t in tok.subtree):
        return False  # only a part with its own date is told apart from the count
    bounds = sentence_bounds(tok.doc, tok.i)
    if bounds is None:
        return False
    before = tok.doc[bounds[0] : tok.i]
    part = next((t.i for t in reversed(before) if t.lower_ in _PART_WORDS), None)
    if part is None:
        return False
    return _counted_death_sentences(tok.doc[bounds[0] : part])


def _counted_death_sentences(span: Span) -> bool:
    """ "20 new death sentences", "sentenced at least 150 people to death": a counted aggregate."""
    toks = list(span)
    if not any(t.like_num for t in toks):
        return False
    for a, b in pairwise(toks):
        if a.lower_ == "death" and b.lower_ in _SENTENCE_NOUNS:
            return True
        if a.lower_ == "to" and b.lower_ == "death":
            return True
    return False
