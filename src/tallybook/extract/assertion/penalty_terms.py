"""Whether a trigger names a punishment as a measure or a rule rather than as an event: the span
of sentences handed down ("sentences ranged from 20 to 80 lashes", "penalties ranging from
flogging to death"), the time someone spent under a sentence ("after spending 11 years on death
row": the sentence itself is told elsewhere or not at all) and what a law or doctrine lays down
("a code that prescribes stoning for adultery", "the statute stipulates caning"). Used by
non_events.py; needs the dependency parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import NOMINAL, wordset
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.text.parse_tree import first_conjunct

# Verbs that give the span of a set of values: "ranged from ... to ...".
_RANGE_VERBS = wordset("range ranges ranged ranging vary varies varied varying")
# Verbs by which a law, a code or a doctrine lays down a punishment (in any tense: "the old code
# prescribed stoning" is still a rule, not an event).
_RULE_VERBS = wordset(
    "prescribe prescribes prescribed prescribing stipulate stipulates stipulated stipulating "
    "mandate mandates mandated mandating"
)


def penalty_term(trigger: Trigger) -> bool:
    """True when the trigger is a punishment named as the bound of a range or as a rule's content."""
    if trigger.kind != NOMINAL:
        return False
    root = trigger.root
    return _range_bound(root) or _prescribed(root) or _time_spent(trigger)


def _range_bound(root: Token) -> bool:
    """ "Sentences ranged from 20 to 80 lashes": the lashes measure the sentences; the people
    flogged are counted (if at all) elsewhere."""
    cur = root
    for _ in range(4):
        if cur.dep_ not in {"pobj", "prep", "conj", "nummod", "quantmod"} or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ in {"from", "to", "between"}:
            return cur.head.lower_ in _RANGE_VERBS
    return False


_SPEND = wordset("spend spends spent spending")


def _time_spent(trigger: Trigger) -> bool:
    """ "who had spent nine years on death row": how long a person was held under a sentence
    describes them (the executed man, the released prisoner), it is not the sentence."""
    root = trigger.root
    if trigger.type != "death_sentence" or root.dep_ != "pobj" or root.head.lower_ not in {"on", "in"}:
        return False
    verb = root.head.head
    if verb.lower_ not in _SPEND:
        verb = verb.head if verb.dep_ == "dobj" else verb  # "spent [nine years on death row]"
    return verb.lower_ in _SPEND


def _prescribed(root: Token) -> bool:
    """ "Sharia, which also prescribes amputation for theft", "a law mandating the death penalty":
    the punishment a rule lays down, with no one it was inflicted on."""
    base = first_conjunct(root)
    if base.dep_ != "dobj" or base.head.lower_ not in _RULE_VERBS:
        return False
    return not any(c.dep_ in {"poss", "nummod"} or c.like_num for c in root.children)
