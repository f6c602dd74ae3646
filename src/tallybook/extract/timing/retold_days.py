"""The day a retelling gives an event its lead dated only coarsely.

"condemned the execution of at least 20 prisoners earlier this week. The men were hanged on
Tuesday": the lead's week (or month, year, or the month of the telling) holds the day the next
sentence gives the same event, so the event is dated to that day. The retelling is a mention of
the same kind that names no one new and counts no other figure, told by a definite back-reference
("The men", "The executions, carried out on 2 April").
"""

from __future__ import annotations

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.timing.story_dates import next_sentence
from tallybook.model import PartialDate


def _coarse(m: Mention) -> bool:
    """A date the event could be told more finely: none, the telling's, a range, a month or year."""
    d = m.date
    return d is None or m.date_from_claim or d.end is not None or d.precision != "day"


def _holds(outer: PartialDate, day: str) -> bool:
    """Whether the day falls inside the coarse date."""
    hi = outer.end or outer.value
    return day[: len(outer.value)] >= outer.value and day[: len(hi)] <= hi


def _definite_retelling(x: Mention) -> bool:
    """ "The men were hanged", "The executions, carried out on ...": the sentence takes the event
    up by a definite noun phrase, its subject."""
    if x.anaphoric:
        return True
    words = [t for t in x.sent if not t.is_space and not t.is_punct]
    if len(words) < 2 or words[0].lower_ != "the":
        return False
    subject = words[0].head
    return subject.dep_ in {"nsubj", "nsubjpass"} and subject.tag_ in {"NNS", "NN"}


def retold_days(mentions: list[Mention]) -> None:
    """Date an event its lead told coarsely to the day the next sentence's retelling gives it."""
    for i, m in enumerate(mentions):
        if m.summary or m.anaphoric or not _coarse(m):
            continue
        nxt = next_sentence(m.sent)
        if nxt is None:
            continue
        for x in mentions[i + 1 :]:
            if x.sent.start != nxt.start or x.type != m.type:
                continue
            d = x.date
            if d is None or d.end is not None or d.precision != "day" or x.date_from_claim:
                continue
            if x.names and set(x.names) - set(m.names):
                continue  # a named person of the event told on his own day
            if x.figure.count is not None and x.figure.count != m.figure.count:
                continue  # another figure: a part of the event, or another event
            if not _definite_retelling(x):
                continue
            if m.date is None or m.date_from_claim or _holds(m.date, d.value):
                m.date, m.date_from_claim = PartialDate(d.value), False
                break
