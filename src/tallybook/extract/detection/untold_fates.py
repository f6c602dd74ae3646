"""Whether the words around a seizure leave the person's fate untold: the test that tells a
vanishing from an arrest by agents who say who they are (`trigger_seizures`) and a person "taken
away by police" from one arrested (`trigger_context`)."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset

# Words that leave the person's fate untold, in the sentence of the seizure.
FATE_UNTOLD = wordset("whereabouts unknown undisclosed missing disappeared vanished fate incommunicado seen")
# The same, and in the sentence after it: denials of custody, searches that found nothing.
_FATE_UNTOLD_AFTER = FATE_UNTOLD | wordset(
    "denied deny denies denying heard locate located trace traced record records acknowledged "
    "acknowledge disappearance vanish secret"
)


def fate_untold(verb: Token) -> bool:
    """The sentence of the seizure, or the next one, leaves the person's fate untold."""
    sent = verb.sent
    if any(t.lower_ in _FATE_UNTOLD_AFTER for t in sent) or _kept_from_family(sent):
        return True
    if sent.end >= len(verb.doc):
        return False
    after = verb.doc[sent.end].sent
    return any(t.lower_ in _FATE_UNTOLD_AFTER for t in after) or _kept_from_family(after)


_WITHHELD = wordset("disclosed revealed said told")


def _kept_from_family(sent: Span) -> bool:
    """ "His family has had no news of him since", "The authorities have not disclosed where he
    is held": the fate kept from those who ask (not "no comment", "disclosed the charges")."""
    words = [t.lower_ for t in sent]
    if any(a == "no" and b == "news" for a, b in pairwise(words)):
        return True
    return any(
        w in _WITHHELD
        and "where" in words[k + 1 : k + 3]
        and {"not", "never"} & set(words[max(0, k - 3) : k])
        for k, w in enumerate(words)
    )
