"""Which incident a mention with no figure or name of its own belongs to: a headline that only
announces what the body tells, and a bare lead ("OHCHR voiced alarm at the killing of civilians")
that the next sentence or two tell with their figure. Moved out of `incident_clusters`.
"""

from __future__ import annotations

from tallybook.extract.assembly.incident_clusters import Cluster, compatible, near
from tallybook.extract.detection.trigger_lexicon import NOMINAL
from tallybook.extract.detection.trigger_patterns import FURTHER_EVENT_WORDS, wordset
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.word_positions import word_positions

__all__ = ["bare_lead", "headline_only"]

_FURTHER = FURTHER_EVENT_WORDS | wordset("other others")


def headline_only(c: Cluster) -> bool:
    """A cluster of title or summary lines only: it announces an event the body has yet to tell."""
    return all(x.summary for x in c.mentions)


def _bare(c: Cluster) -> bool:
    body = [x for x in c.mentions if not x.summary]
    return bool(body) and c.count() is None and not c.names()


def _victimless(c: Cluster) -> bool:
    """ "after a trial marred by allegations of torture": the event named by a noun alone, with no
    victims, date or figure, which the sentences after it tell with the people it was done to."""
    return all(
        x.trigger.kind == NOMINAL and not x.victim_found and (x.date is None or x.date_from_claim)
        for x in c.mentions
    )


def bare_lead(same_type: list[Cluster], m: Mention) -> Cluster | None:
    """ "OHCHR voiced alarm at the killing of civilians in a drone strike. ... at least 26 civilians
    were killed when a drone hit the market on Sunday": a mention with no figure or name, told in
    the sentence or two before the one that gives them, is the same incident."""
    if m.summary or m.names or not same_type:
        return None  # a named person "among those detained" is an incident of their own
    c = same_type[-1]
    if (m.figure.count or 0) < 2 and not _victimless(c):
        return None
    if not _bare(c) or max(x.sent.start for x in c.mentions) < near(m.sent, 3 if _victimless(c) else 2):
        return None
    if word_positions(m.sent.doc, _FURTHER, m.sent.start, m.sent.end):
        return None  # "Police detained protesters. In B, 40 others were also arrested": two events
    return c if compatible(c, m) else None
