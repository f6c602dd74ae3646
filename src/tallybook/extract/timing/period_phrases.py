"""Which trigger does "the same period" in a sentence date?

"with at least four women hanged in the same period", "X recorded 43 executions over the same
period": the phrase puts the trigger of its own clause in the period of an aggregate told just
before, so that trigger is a part or a rival count of it (incident_restatements drops it). It says
nothing of a trigger in another clause of the sentence: in "IHR says at least 223 people were
hanged in the first four months, while HRANA counted 198 executions over the same period" the
223 hangings are an aggregate of their own; nor when the period it names is another year's: "at
least 247 executions since 1 January, more than double the figure for the same period last
year" (a comparison, not this aggregate's period).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import span_text

_SAME_PERIOD_RE = re.compile(r"\b(?:in|over|during|for)\s+the\s+same\s+(?:period|time|months?|year)\b", re.I)
# "for the same period last year", "in the same period of 2022": another year's period
_OTHER_YEAR_RE = re.compile(
    r"^\s*(?:last\s+year|a\s+year\s+(?:earlier|before)|the\s+previous\s+year|of\s+(?:the\s+previous|last)\s+year"
    r"|(?:in|of)\s+(?:19|20)\d\d)\b",
    re.I,
)


def same_period_clause(m: Mention) -> bool:
    """ "the same period" in the clause of `m`'s trigger, naming this year's period."""
    sent = m.sent
    text = span_text(sent)
    doc = sent.doc
    own = _clause_verb(m.trigger.root)
    for found in _SAME_PERIOD_RE.finditer(text):
        if _OTHER_YEAR_RE.match(text[found.end() :]):
            continue  # "for the same period last year": a comparison with another year
        start, end = sent.start_char + found.start(), sent.start_char + found.end()
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return True
        theirs = _clause_verb(span[0])
        if own is None or theirs is None or theirs.i == own.i:
            return True
    return False


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause `tok` stands in (itself when it is one)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"amod", "acl", "xcomp"}:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None
