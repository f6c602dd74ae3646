"""Is an arrest told only as what a disappearance came after?

"about two dozen people have gone missing after being detained by men identifying themselves as
law enforcers", "more than 80 people remained unaccounted for after being detained during the
protests", "17 young men who vanished after being detained by municipal police": the detention is
the first step of the disappearance the clause tells, not an arrest of its own (the gold records
one enforced disappearance). The arrest is the clause of "after" hung on the verb that says the
people vanished.

Not folded: an arrest of its own clause ("Police detained 40 people; 12 of them are missing"),
an arrest "after" something else ("detained after the protest"), a release ("went home after
being detained for a day").
`fold_arrest_before_vanishing` drops such an arrest when the sentence's disappearance is told,
after the dates are read, and gives the disappearance the arrest's date when it has none ("had
disappeared after being detained ... since January": the date hangs on the detention).
restate_stages.fold_seizure_into_killing calls it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset

if TYPE_CHECKING:
    from tallybook.extract.particulars.mentions import Mention

_VANISHED = wordset("disappeared vanished missing unaccounted")
# verbs that carry a vanishing word as their complement: "have gone missing", "remained unaccounted"
_CARRIERS = wordset("gone go goes went remain remains remained remaining are were is was been be")


def arrest_before_vanishing(root: Token) -> bool:
    """ "gone missing after being detained", "remained unaccounted for after being detained"."""
    if root.dep_ != "pcomp" or root.head.lower_ != "after":
        return False
    verb = root.head.head
    if verb.lower_ in _VANISHED:
        return True
    return verb.lower_ in _CARRIERS and any(
        c.dep_ in {"acomp", "oprd", "attr"} and c.lower_ in _VANISHED for c in verb.children
    )


def fold_arrest_before_vanishing(mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the arrests told only as what a disappearance of their sentence came
    after; the disappearance takes the arrest's date when it has none."""
    dropped: set[int] = set()
    for m in mentions:
        if m.type != "arrest" or not arrest_before_vanishing(m.trigger.root):
            continue
        vanished = next(
            (x for x in mentions if x.type == "enforced_disappearance" and x.sent.start == m.sent.start), None
        )
        if vanished is None:
            continue
        if vanished.date is None and m.date is not None:
            vanished.date = m.date
        dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped]
