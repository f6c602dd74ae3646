"""Whether a toll that names a member of the security forces among its dead is the toll of an
operation the state's forces ran: "a major police operation in a favela, in which at least 25
were reportedly killed, including a police officer".

A toll that mixes in security forces is read as deaths in clashes (no state violation); but the
deaths of a raid or operation the police or army carried out are that operation's killings, the
officer among them only one of the dead (the text names the state's action as the event).
"""

from __future__ import annotations

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.mentions import Mention

__all__ = ["state_operation_toll"]

_OPERATIONS = wordset("operation operations raid raids")
_STATE_FORCES = wordset("police military army security troops soldiers")
_CLAUSE_PREPS = wordset("in during")


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
