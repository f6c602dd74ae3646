"""Whether a trigger names an act only attempted or a practice only defended.

"a man who she said had tried to sexually abuse her", "officers attempted to sexually assault
him": a verb of violation under a verb of trying tells what someone set out to do, not what was
done (the infinitive rule of `is_reported_as_fact` reads bare verbs; a phrase led by an adverb
gets here). "may be invoked to tolerate or justify enforced disappearances", "nothing can justify
torture": a bare kind of violation a verb of defending takes names the practice, not an event
("justified the arrests of 30 students" names arrests that happened). Asked by
`is_reported_as_fact`.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_record import Trigger

# Verbs of setting out to do something: what they take in their infinitive may not have happened.
_TRYING = wordset("try tries tried trying attempt attempts attempted attempting")
# Verbs of defending or allowing a practice: their bare object is a kind of act.
_DEFENDING = wordset(
    "justify justifies justified justifying tolerate tolerates tolerated tolerating condone "
    "condones condoned condoning excuse excuses excused excusing practise practice"
)


def unfinished_act(trigger: Trigger) -> bool:
    """True when the trigger is only attempted ("tried to sexually abuse her") or is a bare kind of
    violation someone defends or tolerates ("to tolerate or justify enforced disappearances")."""
    root = trigger.root
    return _attempted(root) or _defended_kind(root)


def _attempted(root: Token) -> bool:
    """ "had tried to sexually abuse her": the trigger verb is the infinitive of a verb of trying
    (not a verb conjoined to it: "tried to flee and were shot" tells a shooting)."""
    verb = root.head if root.dep_ == "advmod" else root  # "sexually" of "sexually abuse"
    if verb.pos_ != "VERB" or verb.dep_ != "xcomp" or verb.head.lower_ not in _TRYING:
        return False  # not "tried to justify the killing of 12 protesters": the killing happened
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _defended_kind(root: Token) -> bool:
    """ "to practice, tolerate or justify enforced disappearances", "Torture cannot be justified":
    a bare noun of violation (no determiner, figure, owner or "of" phrase) that is the object of
    a verb of defending, or the subject of its passive, is the practice talked of."""
    if root.pos_ not in {"NOUN", "PROPN"} or _specified(root):
        return False
    if root.dep_ == "dobj":
        verbs = [root.head]
        verb = root.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:  # "tolerate or justify X": any of them
            verb = verb.head
            verbs.append(verb)
        verbs += [c for c in root.head.children if c.dep_ == "conj"]
        return any(v.lower_ in _DEFENDING for v in verbs)
    if root.dep_ == "nsubjpass":
        return root.head.lower_ in _DEFENDING
    return False


def _specified(noun: Token) -> bool:
    """A noun with a determiner, figure, owner or "of" phrase names particular acts ("the killing
    of 12 protesters", "their arrests")."""
    return any(
        c.dep_ in {"det", "nummod", "poss"} or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children
    )
