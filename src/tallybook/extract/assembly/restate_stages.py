"""Which seizures are only the first step of a killing the text has told.

"At least 40 villagers were killed in the raid", then "Witnesses said troops rounded up the men
who had stayed behind and shot them by the well": the round-up and the shooting are one chain of
acts done to the same people, and the chain retells the killing told before. The seizure is not
an arrest of its own (the killing is the incident). So is a seizure told in a clause of "after"
under the verb of killing: "eight men were killed in their homes after they had been detained",
"found shot dead a day after officers detained them" (a death in custody "two days after he was
arrested" is left alone: the arrest is sometimes an incident of its own there).
"""

from __future__ import annotations

from tallybook.extract.assembly.incident_clusters import near
from tallybook.extract.assembly.vanished_after import fold_arrest_before_vanishing
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.mentions import Mention

_FATAL = frozenset({"killing", "execution"})
# verbs that end the chain in death: "and shot them", "separated from the women and killed"
_KILLING_VERBS = wordset("shot killed executed murdered massacred slaughtered gunned butchered hanged")
_AND = wordset("and then")


def _ends_in_killing(m: Mention) -> bool:
    """A verb of killing later in the sentence that continues the seizure's own chain of
    predicates: "rounded up ... and shot them", "separated from the women and later shot" (the
    parser often hangs such a verb on the wrong word, so the surface decides: it follows "and"
    with nothing but adverbs between, so it has no subject of its own)."""
    sent, root = m.sent, m.trigger.root
    for t in sent[root.i - sent.start + 1 :]:
        if t.lower_ not in _KILLING_VERBS:
            continue
        prev = t.i - 1
        while prev > root.i and t.doc[prev].pos_ == "ADV":
            prev -= 1
        if prev > root.i and t.doc[prev].lower_ in _AND:
            return True
    return False


def _before_killing(m: Mention) -> bool:
    """The seizure is a clause of "after" hung on a verb of killing: "killed after they had been
    detained", "shot dead a day after officers detained them", "killed after being detained"."""
    root = m.trigger.root
    if root.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in root.children):
        verb = root.head
    elif root.dep_ == "pcomp" and root.head.lower_ == "after":
        verb = root.head.head
    else:
        return False
    return verb.lower_ in _KILLING_VERBS


def fold_seizure_into_killing(mentions: list[Mention]) -> list[Mention]:
    """Drop from `mentions` (reading order) the arrests of unnamed, uncounted people whose clause
    chain goes on to kill them, when a killing was told in the three sentences before, and the
    arrests told only as what a killing (of the sentence or the three before) came after."""
    dropped: set[int] = set()
    for i, m in enumerate(mentions):
        if m.type == "arrest" and _before_killing(m):
            # (the killing of the same sentence may already be folded into the one told before)
            since = near(m.sent)
            if any(x.type in _FATAL and since <= x.sent.start <= m.sent.start for x in mentions):
                dropped.add(id(m))
            continue
        if m.type != "arrest" or m.names or m.figure.count is not None or not _ends_in_killing(m):
            continue
        since = near(m.sent)
        if any(
            x.type in _FATAL and not x.summary and since <= x.sent.start < m.sent.start for x in mentions[:i]
        ):
            dropped.add(id(m))
    # "gone missing after being detained": the disappearance is the incident (vanished_after)
    return fold_arrest_before_vanishing([m for m in mentions if id(m) not in dropped])
