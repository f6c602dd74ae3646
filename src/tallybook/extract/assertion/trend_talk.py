"""Whether a violation word only names how often a kind of act goes on: a trend or a rate.

"an alarming upsurge in arrests, detention and killings", "the rising death toll bodes ill", "an
average of 17 arbitrary arrests a day", "The process of killing porters has increased": the words
tell that acts of a kind grow more common or how many fall in each day, not an event one could
date and count. The acts themselves, told in a clause of their own ("a sharp rise in executions,
where at least 87 people were hanged in January"), stay incidents; a toll with its own figure ("the
rising death toll, now at 45") stays one too.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import NOMINAL, VERBAL, wordset
from tallybook.extract.detection.trigger_record import Trigger
from tallybook.extract.text.parse_tree import first_conjunct

# Nouns of a trend a violation noun sits in: "a surge in executions".
_TREND_NOUNS = wordset("upsurge upsurges surge surges rise increase spike escalation uptick")
# Modifiers that make a toll a moving figure rather than a count: "the mounting toll".
_RISING = wordset("rising mounting growing climbing increasing")
# Verbs of change whose subject is a kind of act: "the killing of porters has increased".
_CHANGE = wordset("increased rose risen grew grown surged soared escalated intensified")
# Units of a rate: "12 arrests a day", "ten executions per week".
_UNITS = wordset("day week month")


def trend_or_rate(trigger: Trigger) -> bool:
    """True for a trigger that names a trend or a rate of a kind of act, not an event."""
    root = trigger.root
    if trigger.kind == VERBAL:
        return _changing_practice(root)
    if trigger.kind != NOMINAL:
        return False
    # "an upsurge in arrests, detention and killings": the first conjunct's phrase
    base = first_conjunct(root)
    if base.dep_ == "pobj" and base.head.lower_ == "in" and base.head.head.lower_ in _TREND_NOUNS:
        return not _counted(base) and not _dated_period(base.head.head)
    if root.lower_ in {"toll", "tolls"} and any(
        c.dep_ == "amod" and c.lower_ in _RISING for c in root.children
    ):
        return not any(t.like_num for t in root.subtree)
    return _per_unit(base)


def _counted(noun: Token) -> bool:
    """ "a rise in 40 executions" would carry a figure of its own (the trend words never do)."""
    return any(c.dep_ == "nummod" for c in noun.children)


def _dated_period(trend: Token) -> bool:
    """ "October was marked by a sharp rise in executions": the trend is what a named period held,
    and the count told after it ("48 executions during the month") takes its date from it."""
    verb = trend
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.ent_type_ == "DATE" for c in verb.children)


def _per_unit(noun: Token) -> bool:
    """ "12 arrests a day", "ten executions per week": a rate, not a count of acts."""
    for c in noun.children:
        if (
            c.dep_ == "npadvmod"
            and c.lower_ in _UNITS
            and any(d.lower_ in {"a", "an", "every", "each"} for d in c.children)
        ):
            return True
        if c.dep_ == "prep" and c.lower_ == "per" and any(d.lower_ in _UNITS for d in c.children):
            return True
    return False


def _changing_practice(root: Token) -> bool:
    """ "The process of killing porters has increased": a verb of acting under the subject of a verb
    of change, with no figure of its own."""
    if root.dep_ != "pcomp" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    if noun.dep_ != "nsubj" or noun.head.lower_ not in _CHANGE:
        return False
    return not any(t.like_num for t in noun.subtree)
