"""Which token heads a victim phrase the parser split or told through someone else: the last piece
of a hyphenated noun split into siblings ("his co-defendant, X"), and the person whose relatives
were not told where the person is ("his family was not informed of his location").
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.entities.kin_words import PARENTS_AND_SPOUSES
from tallybook.extract.text.parse_tree import first_child

TOLD = wordset("informed told notified")
_KIN = PARENTS_AND_SPOUSES | wordset("family families relatives parents")


def kin_owner(head: Token) -> Token | None:
    """ "his family was not informed of his location": the relatives are the ones not told; the
    vanished person is whose relatives they are."""
    if head.lower_ not in _KIN:
        return None
    return first_child(head, "poss")


def last_piece(head: Token) -> Token:
    """ "His co-defendant, X, was executed": a hyphenated noun the parser split into sibling
    pieces ("co", "-", "defendant"); the last piece holds the phrase's apposition."""
    doc, i = head.doc, head.i
    while (
        i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].dep_ == head.dep_
        and doc[i + 2].head.i == head.head.i
        and doc[i + 2].pos_ == "NOUN"
    ):
        i += 2
    return doc[i]
