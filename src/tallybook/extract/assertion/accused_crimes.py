"""Whether a trigger is a crime someone is convicted of, charged with or suspected of.

"executed for murder", "held on suspicion of killing two people", "charges of murdering a guard",
"the case against a man who had killed his superior": the killing or arrest word names what a
person is accused of, not a violation against them. `is_reported_as_fact` asks `accused_crime`.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_record import Trigger

_CRIME_GOVERNORS = wordset(
    "convicted accused charged guilty suspected confessed committing commit crime murder for"
)
# Nouns whose "of" phrase is what someone is accused of: "arrested on suspicion of killing two people".
_ACCUSATIONS = wordset("suspicion charge charges accusation accusations allegation allegations")


def accused_crime(trigger: Trigger, chain: list[Token]) -> bool:
    """True when the trigger (with `chain`, the verbs and nouns it hangs from in its own clause)
    names a crime a person is convicted of, charged with or suspected of."""
    root = trigger.root
    # A crime the victim was convicted of is not a violation ("executed for murder").
    in_relative = False
    for k, tok in enumerate(chain[1:4]):
        in_relative = in_relative or chain[k].dep_ == "relcl"
        if in_relative and tok.lower_ == "for":
            continue  # "a vigil for X, whom police shot dead": "for" governs the noun, not the clause
        if tok.lower_ in _CRIME_GOVERNORS and trigger.type in {"killing", "arrest"}:
            return True
    if trigger.type == "killing" and _accused_of(root):
        return True
    # "who had killed his superior": a relative clause about a convicted person.
    if trigger.type == "killing" and root.dep_ == "relcl":
        rel_subj = [c for c in root.children if c.dep_ == "nsubj"]
        if rel_subj and rel_subj[0].lower_ in {"who", "that"} and root.head.pos_ == "NOUN":
            head_noun = root.head
            if head_noun.dep_ == "pobj" and head_noun.head.lower_ in {"against", "for"}:
                return True
    return False


def _accused_of(root: Token) -> bool:
    """ "held on suspicion of killing two people", "charges of murdering a guard": the killing a
    person is suspected or charged with is the accusation against them, not a violation (an
    allegation of killings against the state, "allegations of killings by troops", names a doer)."""
    of = root.head
    if root.dep_ not in {"pobj", "pcomp"} or of.lower_ != "of" or of.head.lower_ not in _ACCUSATIONS:
        return False
    noun = of.head
    if noun.lower_.startswith("allegation"):
        return noun.head.lower_ in {"on", "over"}  # "detained over allegations of murder"
    return True
