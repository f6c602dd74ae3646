"""Whether an arrest named in a background "after his arrest" phrase is told as an event of its own.

"died in custody three days after his arrest at a checkpoint", "was hanged 23 days after his
arrest at a street protest", "about two weeks after his arrest on 3 November": the writer counts
the days from the arrest and says where or when it happened, so the arrest is an incident of its
own with a date one can work out. A bare "one day after his arrest", "hours after her arrest" (the
same day's sequence) or "held for four months after his arrest in 2016" (a spell the arrest only
opens) stays background, as `is_reported_as_fact` reads it. "in custody since his arrest in May
2019" dates the arrest the whole spell runs from: the only telling of it, so an event.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset

# Units a writer counts the days from an arrest in; not "hours" or "minutes": one day's sequence.
_SPANS = wordset("day days week weeks month months")
# Prepositions that give the arrest its own place, date or occasion.
_OWN = wordset("at in on during near outside")


def measured_arrest(root: Token) -> bool:
    """True for the possessed arrest noun `root` of "N days after his arrest at/in/on X"."""
    after = root.head
    if root.dep_ == "pobj" and after.lower_ == "since":
        return _dated_own(root)
    if root.dep_ != "pobj" or after.lower_ not in {"after", "following"}:
        return False
    measured = any(
        c.dep_ == "npadvmod" and c.lower_ in _SPANS and any(g.dep_ in {"nummod", "det"} for g in c.children)
        for c in after.children
    )
    if not measured:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in _OWN and any(g.dep_ == "pobj" for g in c.children)
        for c in root.children
    )


def _dated_own(root: Token) -> bool:
    """ "since his arrest in Gujranwala in May 2019": the arrest's own phrase gives it a date (a
    bare "since his arrest", or one with only a place, stays background)."""
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in _OWN):
        for tok in prep.subtree:
            if tok.ent_type_ == "DATE" and tok.lower_ not in _SPANS:
                return True
    return False
