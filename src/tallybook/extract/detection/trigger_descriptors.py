"""Trigger words used to describe something else than an event: "cardiac arrest" (a cause of
death), "killed after resisting arrest" (an arrest that did not happen), "died as a result of
torture" (the death is the event), "people who were arrested as children" (an age at arrest),
"described the shooting as a massacre" (a name for an event told).
`incidents` drops such triggers before making mentions.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.assertion.arrest_descriptors import age_at_undated_arrest, dated
from tallybook.extract.detection.trigger_patterns import BODY_NOUNS, NOMINAL, VERBAL, wordset
from tallybook.extract.detection.trigger_record import Trigger, ancestors_in_clause
from tallybook.extract.detection.trigger_senses import DYING_WORDS
from tallybook.extract.text.parse_tree import has_parse

_MEDICAL = wordset("cardiac heart respiratory")
_TRACES = wordset("signs sign marks mark traces trace bruises evidence")
_KILLED = wordset("shot killed executed hanged murdered")
_DEATH_WORDS = wordset("died dies die death dead killed")


def is_descriptor(trigger: Trigger) -> bool:
    """Words that use a trigger noun or verb to describe something else: "cardiac arrest" (a
    cause of death), "died as a result of torture" (the death is the event), "people who were
    arrested as children" (an age at arrest, said of people whose incident is another one)."""
    root = trigger.root
    if not has_parse(root.doc):
        return False
    if trigger.type == "arrest" and any(
        t.lower_ in _MEDICAL for t in root.doc[max(0, trigger.span.start - 2) : trigger.span.start]
    ):
        return True
    if trigger.kind == NOMINAL and trigger.span[0].ent_type_ == "ORG" and trigger.span[0].ent_iob_ == "I":
        return True  # "the Commission of Inquiry on Enforced Disappearances": part of a name
    if trigger.type == "arrest" and trigger.kind == NOMINAL and _evaded(root):
        return True  # "killed after resisting arrest", "went into hiding to avoid arrest"
    if trigger.kind == NOMINAL and _label_of_event(root):
        return True
    if trigger.type == "torture" and trigger.kind == NOMINAL:
        traces = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _TRACES
        found = any(t.lower_ in BODY_NOUNS and t.dep_ in {"nsubj", "nsubjpass"} for t in root.sent)
        if traces and (found or any(t.lower_ in _DEATH_WORDS for t in root.sent)):
            return True  # "died in custody ...; their bodies bore marks of beatings": how they died
        before = root.doc[root.head.i - 1] if root.head.i > 0 else root.head
        consistent = "consistent" in {root.head.head.lower_, before.lower_}
        if root.dep_ == "pobj" and root.head.lower_ == "with" and consistent:
            return True  # "bruising consistent with beatings": a finding about a death
        for tok in ancestors_in_clause(root, 5):
            if tok.lower_ in {"died", "die", "dies", "death", "dead"}:
                return True
    after_death = root.head.lower_ == "after" and root.head.head.lower_ in {"died", "dies"}
    if trigger.type == "torture" and root.dep_ in {"pcomp", "advcl"} and after_death:
        return True  # "died after being beaten": the beating is how the death came
    if trigger.type == "arrest" and trigger.kind == VERBAL:
        if root.dep_ == "acl" and _subject_of_dying(root.head) and not dated(root):
            return True  # "One man detained in the raids, X, died in a cell": who died, not an event
        bare = root.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in root.children)
        if bare and any(c.dep_ == "conj" and c.lower_ in {"died", "dies"} for c in root.children):
            return True  # the same, parsed as "[was] detained ... and died"
        for c in root.children:
            back = [g for g in c.children if g.dep_ == "dobj" and g.lower_ in {"them", "him", "her"}]
            if c.dep_ == "conj" and c.lower_ in _KILLED and back:
                return True  # "rounded up residents and shot them": a step of the killing
        if age_at_undated_arrest(root):
            return True  # "arrested as children", "arrested when they were under 18": who they are
    return False


def _subject_of_dying(noun: Token) -> bool:
    """ "One man ..., died", "X, a teacher ..., died": the subject (or its apposition) of a death."""
    if noun.dep_ == "appos":
        noun = noun.head
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lower_ in DYING_WORDS


# Verbs whose object "arrest" names an arrest that did not happen (or is a pretext told by police).
_EVADING = wordset(
    "resist resists resisted resisting evade evades evaded evading avoid avoids avoided avoiding "
    "escape escapes escaped escaping flee flees fled fleeing dodge dodged dodging"
)


def _evaded(noun: Token) -> bool:
    """ "resisting arrest", "to avoid arrest", "while fleeing arrest": no one was arrested (the
    parser often takes "resisting" for an adjective of "arrest", so the word before decides too)."""
    before = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    return before in _EVADING or (noun.dep_ == "dobj" and noun.head.lower_ in _EVADING)


_LABEL_VERBS = wordset(
    "described describes describe called calls call termed terms labelled labeled branded "
    "characterised characterized condemned denounced"
)


def _label_of_event(root: Token) -> bool:
    """ "described the shooting as 'a deliberate massacre'": a name for an event the text has
    already told with its own words, not another event."""
    head = root.head
    if root.dep_ != "pobj" or head.lower_ != "as" or head.head.lower_ not in _LABEL_VERBS:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} for c in head.head.children)
