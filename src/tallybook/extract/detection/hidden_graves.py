"""Whether a word names a grave the dead were hidden in by someone: "the bodies of those who died
were hidden in mass graves", "he was buried by security forces in an unmarked grave", "soldiers
dumped the bodies of 30 villagers in a mass grave" (bodies concealed: type other, CONVENTIONS).
Not a burial that only closes an execution told with it ("was hanged and buried in an unmarked
grave"), remains exhumed from or bodies found in a grave (the killing is the incident), nor a
grave with no concealing word ("a mass grave near the village").

`triggers.TriggerMatcher` asks `hiding_grave` of every word of `GRAVE_WORDS`; the trigger is the
verb of hiding.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_patterns import wordset

GRAVE_WORDS = wordset("grave graves")
# A grave that hides who lies in it; "his grave", "a grave injustice" are not.
_HIDING_GRAVES = wordset("mass unmarked clandestine secret common nameless anonymous")
_HIDING_VERBS = wordset(
    "hidden hid hide concealed conceal buried bury dumped dump thrown threw dropped disposed placed"
)
_BODY_WORDS = wordset("bodies body remains corpses corpse")


def hiding_grave(tok: Token) -> Token | None:
    """The verb that put the dead in `tok` (a grave) to hide them, when the text says someone did
    it or that it was bodies that were hidden; else None."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    if not any(c.dep_ in {"amod", "compound"} and c.lower_ in _HIDING_GRAVES for c in tok.children):
        return None
    verb = tok.head.head
    if verb.lower_ not in _HIDING_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return None
    hidden = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    if any(h.lower_ in _BODY_WORDS for h in hidden):
        return verb  # "the bodies of many of those who died were hidden in mass graves"
    # "was buried by security forces in an unmarked grave": a doer named on the verb itself, not
    # a burial joined to an execution that had no doer of its own
    return verb if any(c.dep_ == "agent" for c in verb.children) else None
