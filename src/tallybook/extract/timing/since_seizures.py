"""Whether a "since" date is the day a seizure told in the simple past took place.

"X was detained since October 2020 after he was kidnapped", "the prisoners who were detained since
December 7, 2009": a verb of seizure in the simple past cannot run up to now, so its "since" names
when the seizure happened (the date at its own precision), not an open period. Not the present or
past perfect ("have been detained since 29 July": a tally up to the telling), nor a verb of holding
("was held since 2019": a state).
"""

from __future__ import annotations

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.mentions import Mention

_SEIZURE_VERBS = wordset("detained arrested abducted kidnapped seized")
_PAST_AUX = wordset("was were")
_PERFECT_AUX = wordset("has have had been having")


def seized_since(m: Mention) -> bool:
    """Whether the mention's verb is a seizure told in the simple past passive."""
    root = m.trigger.root
    if m.type not in {"arrest", "enforced_disappearance"} or root.lower_ not in _SEIZURE_VERBS:
        return False
    aux = [c.lower_ for c in root.children if c.dep_ in {"aux", "auxpass"}]
    return any(a in _PAST_AUX for a in aux) and not any(a in _PERFECT_AUX for a in aux)
