"""Who tells an incident that a call for an inquiry names, when its sentence names no source of
its own: "The office called for an independent investigation into reports that soldiers gunned
down 17 villagers", "X urged a prompt inquiry into the killing of civilians in Y, where 40 people
were shot", "X urged the authorities to open an investigation into the deaths of ...": the caller
(the subject of the calling verb) tells it. Not a call whose caller the text does not name, an
inquiry someone opens without being called on to ("police opened an investigation into ..."), nor
a call inside what someone reports ("she said the group had urged ...": the reporting verb's
subject tells it). A call on someone to act for the victims ("urged Mexico to find the people
registered as disappeared") is left to the text: the body that urges it may only restate it."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.attribution.source_syntax import NOT_SOURCES, is_report_word, subject_of
from tallybook.extract.detection.trigger_lexicon import wordset

_CALL_VERBS = wordset("call calls called calling urge urges urged urging demand demands demanded demanding")
INQUIRY_NOUNS = wordset("investigation investigations inquiry inquiries probe probes")
# Verbs a caller asks someone else to carry an inquiry out with ("urged the authorities to open").
_OPENING = wordset("open launch conduct carry hold establish set")
_CALLERS = frozenset(["NOUN", "PROPN", "PRON"])
_LEFT_TO_RELEASE = wordset("it expert experts")


def _calling_verb(noun: Token) -> Token | None:
    """The verb that calls for the inquiry `noun`: "called for an investigation", "urged a probe",
    "urged the authorities to open an inquiry"; None when no one calls for it."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ in _CALL_VERBS:
        return head.head
    if noun.dep_ != "dobj":
        return None
    if head.lower_ in _CALL_VERBS:
        return head
    if head.lower_ in _OPENING and head.dep_ in {"xcomp", "ccomp"} and head.head.lower_ in _CALL_VERBS:
        return head.head
    return None


def _caller(verb: Token | None) -> Token | None:
    """The subject of `verb`, if it names a source; not "experts" (a release's unnamed UN experts
    speak in the fullest form the text gives them, which `incident_sources` finds)."""
    subj = subject_of(verb) if verb is not None else None
    if subj is None or subj.pos_ not in _CALLERS or subj.lower_ in NOT_SOURCES | _LEFT_TO_RELEASE:
        return None
    return subj


def inquiry_caller(trigger: Token) -> Token | None:
    """The subject of the verb calling for an inquiry "into" a phrase that holds `trigger`; None
    past a reporting verb or a clause with a subject of its own."""
    child = trigger
    for _ in range(12):
        cur = child.head
        if cur.i == child.i or (is_report_word(cur) and _own_subject(cur)):
            return None  # "she said the group had urged ...": the reporting verb's subject tells it
        if cur.lower_ == "into" and cur.dep_ == "prep" and child.dep_ == "pobj":
            if cur.head.lower_ not in INQUIRY_NOUNS:
                return None
            return _caller(_calling_verb(cur.head))
        if cur.pos_ in {"VERB", "AUX"} and child.i != trigger.i and _own_subject(cur):
            return None  # "urged Iran to halt executions, which rights groups say ...": a clause of its own
        child = cur
    return None


def _own_subject(verb: Token) -> bool:
    """Whether `verb` has a subject or an agent of its own (not a relative pronoun)."""
    deps = {"nsubj", "nsubjpass", "csubj", "agent"}
    return any(c.dep_ in deps and c.lower_ not in NOT_SOURCES for c in verb.children)
