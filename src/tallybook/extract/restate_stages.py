"""Which seizures are only the first step of a killing the text has told.

"At least 40 villagers were killed in the raid", then "Witnesses said troops rounded up the men
who had stayed behind and shot them by the well": the round-up and the shooting are one chain of
acts done to the same people, and the chain retells the killing told before. The seizure is not
an arrest of its own (the killing is the incident).
"""

from __future__ import annotations

from tallybook.extract.incident_clusters import near
from tallybook.extract.mentions import Mention
from tallybook.extract.trigger_lexicon import wordset

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


def fold_seizure_into_killing(mentions: list[Mention]) -> list[Mention]:
    """Drop from `mentions` (reading order) the arrests of unnamed, uncounted people whose clause
    chain goes on to kill them, when a killing was told in the three sentences before."""
    dropped: set[int] = set()
    for i, m in enumerate(mentions):
        if m.type != "arrest" or m.names or m.figure.count is not None or not _ends_in_killing(m):
            continue
        since = near(m.sent)
        if any(
            x.type in _FATAL and not x.summary and since <= x.sent.start < m.sent.start for x in mentions[:i]
        ):
            dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped]
