"""Whether a toll that names a member of the security forces among its dead is the toll of an
operation the state's forces ran: "a major police operation in a favela, in which at least 25
were reportedly killed, including a police officer".

A toll that mixes in security forces is read as deaths in clashes (no state violation); but the
deaths of a raid or operation the police or army carried out are that operation's killings, the
officer among them only one of the dead (the text names the state's action as the event).
So is a counted toll of protests ("at least 43 people were killed, including a policeman, during
demonstrations"): the officers are a breakdown of the protest's dead (CONVENTIONS), not clashes
between armed sides, unless a non-state doer is named.
"""

from __future__ import annotations

from tallybook.extract.assertion.non_state import NON_STATE_PERPETRATORS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.particulars.recall_relatives import SECURITY_WORDS

__all__ = ["protest_toll", "state_operation_toll"]

_OPERATIONS = wordset("operation operations raid raids")
_STATE_FORCES = wordset("police military army security troops soldiers")
_CLAUSE_PREPS = wordset("in during")
# Words that name a protest as the setting of the deaths (not "clashes", "riots" or "fighting").
_PROTEST_EVENTS = wordset("protest protests demonstration demonstrations unrest rally rallies")
# Doers that make the deaths a non-state crime; the protesters who died are no such doers.
_NON_STATE_DOERS = NON_STATE_PERPETRATORS - wordset("protesters protestors")


def _operation_antecedent(m: Mention) -> bool:
    """Whether the trigger's clause opens "in which" / "during which" after a state operation."""
    root = m.trigger.root
    sent = m.sent
    which = next(
        (
            t
            for t in sent
            if t.i < root.i
            and t.lower_ == "which"
            and t.i > sent.start
            and t.doc[t.i - 1].lower_ in _CLAUSE_PREPS
            and t.head.head.i in {root.i, *(c.i for c in root.children)}
        ),
        None,
    )
    if which is None:
        return False
    before = [t for t in sent if t.i < which.i - 1]
    return any(t.lower_ in _OPERATIONS and any(c.lower_ in _STATE_FORCES for c in t.children) for t in before)


def state_operation_toll(m: Mention) -> bool:
    """Whether the killing mention is the toll of an operation state forces carried out."""
    return m.type == "killing" and _operation_antecedent(m)


def protest_toll(m: Mention) -> bool:
    """Whether the killing mention is a counted toll of protests that names security forces only as
    part of its dead ("including two police officers"), with no non-state doer in its sentence."""
    if m.type != "killing" or m.figure.count is None:
        return False
    if m.victim_word is None or m.victim_word in SECURITY_WORDS:
        return False  # "two policemen were killed during protests": the officers are the toll
    words = {t.lower_ for t in m.sent}
    if "including" not in words or not words & _PROTEST_EVENTS:
        return False
    return not words & _NON_STATE_DOERS
