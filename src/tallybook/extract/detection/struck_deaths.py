"""Whether a death followed a blow the state's forces dealt: "died after being beaten by police",
"died of her injuries after being struck by a police tear gas canister", "died after being hit by
a canister fired by troops" (a killing). Not "died after being hit by a car", whose agent names
no force. `trigger_outcomes` asks `died_after_struck` of "died" after its own "died when ..."
reading fails.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import FORCE_CORE_NOUNS

# Passive blows: what the person was "... by" before dying.
_STRUCK = wordset("beaten hit kicked struck shot clubbed trampled run")
# Forces named in the blow's agent phrase: "by police", "by a police canister", "fired by troops"
# (`trigger_outcomes` adds the aircraft that kill in an attack).
FORCE_NOUNS = FORCE_CORE_NOUNS | wordset("army gendarmes military")
_AFTER = wordset("after following")


def died_after_struck(died: Token) -> bool:
    """ "died after being beaten by police": a passive blow after "died" whose agent phrase
    names a force."""
    for prep in died.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AFTER:
            continue
        for blow in prep.children:
            if blow.dep_ != "pcomp" or blow.lower_ not in _STRUCK:
                continue
            agents = [g for c in blow.children if c.dep_ == "agent" for g in c.children]
            if any(t.lower_ in FORCE_NOUNS for a in agents for t in a.subtree):
                return True
    return False
