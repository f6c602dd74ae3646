"""Whether a mention names its act only as the subject of a verdict on it: "The execution of X
... is an affront to justice, said Y today", "The killing of X was a crime".

Such a sentence judges an act the body tells ("X, 26, was executed in a Tehran prison this
morning"); the telling, not the verdict, is the incident's evidence, as a speaker's quoted
reaction is.
"""

from __future__ import annotations

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.mentions import Mention

__all__ = ["judged_only"]

_COPULAS = wordset("is was are were remains")
_VERDICT_SLOTS = wordset("attr acomp")


def judged_only(m: Mention) -> bool:
    """Whether the trigger is a noun that is the subject of a copula with a predicate of its own."""
    root = m.trigger.root
    if root.pos_ != "NOUN" or root.dep_ != "nsubj":
        return False
    head = root.head
    return head.lower_ in _COPULAS and any(c.dep_ in _VERDICT_SLOTS for c in head.children)
