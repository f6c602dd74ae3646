"""Which noun is the subject of a verb the parser left without one.

"four days after witnesses saw him being led away": the parser reads "after witnesses" as a
preposition and its object, so "saw" has no subject; the plural noun or name right before the
verb, object of "after", "before", "until" or "since", is its subject. "Detainees held at the
command later told reporters that ...": the parser makes "held" the main verb and hangs "told" on
it as a loose dependent; the subject of "held" is the subject of "told" (`teller_modifiers` says
which words describe those people). `source_syntax.witnessed` and `claimant_roles.relative_teller`
ask it when a verb of seeing or telling has no subject of its own. "..., killing at least nine
people, the state-funded X Watch said": the parser makes the participle's object the subject of
"said" and the source its conjunct or apposition; the source is that (`claimants` asks it).
"The Special Rapporteur is gravely concerned that 419 people were executed": the reporting
adjective has no subject; the present copula's named subject is the teller (`subject_of` asks it).
"""

from __future__ import annotations

from spacy.tokens import Token

_TIME_PREPS = frozenset({"after", "before", "until", "since"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_PHRASE_DEPS = frozenset({"prep", "advmod", "npadvmod", "punct"})


def after_subject(verb: Token) -> Token | None:
    """ "after witnesses saw him": the object the parser gave a time preposition on `verb`, right
    before it, when `verb` has no subject of its own and a finite form."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ not in {"prep", "mark"} or prep.lower_ not in _TIME_PREPS or prep.i > verb.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.i == verb.i - 1 and obj.tag_ in {"NNS", "NNP", "NNPS"}:
            return obj
    return None


def participle_subject(verb: Token) -> Token | None:
    """ "Detainees held at X later told reporters": the plural noun before the participle the
    parser made the verb that `verb` hangs on loosely, when the participle has only phrases (one
    of them a preposition) up to `verb`: no auxiliary, object or verb of its own (`teller_modifiers`
    builds the phrase)."""
    if verb.dep_ != "dep" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.head.i >= verb.i:
        return None
    head = verb.head
    if head.tag_ not in {"VBN", "VBD"} or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i == head.i - 1), None)
    if subj is None or subj.tag_ != "NNS":
        return None
    between = [c for c in head.children if head.i < c.i < verb.i]
    if any(c.dep_ in {"aux", "auxpass", "neg", "dobj"} for c in head.children):
        return None  # "were arrested", "arrested 20 people": a verb of its own
    if not any(c.dep_ == "prep" for c in between) or any(c.dep_ not in _PHRASE_DEPS for c in between):
        return None
    return subj


def object_subject(subj: Token, trigger: Token) -> Token | None:
    """ "..., killing at least nine people, the X Watch said": the source the parser joined by a
    bare comma, as a conjunct or a named apposition, to the object of the participle `trigger`
    that it made the subject of the reporting verb (the object follows the participle at once and
    the participle has no object of its own)."""
    if trigger.tag_ != "VBG" or subj.left_edge.i != trigger.i + 1 or subj.dep_ != "nsubj":
        return None
    if any(c.dep_ == "dobj" for c in trigger.children) or any(c.dep_ == "cc" for c in subj.children):
        return None  # "killing X and Y": a real coordination
    for c in subj.children:
        if c.i > subj.i and (
            c.dep_ == "conj" or (c.dep_ == "appos" and c.pos_ == "PROPN" and subj.pos_ != "PROPN")
        ):
            return c  # (a named victim's apposition describes the victim: "killing X, a student")
    return None


def stance_adjective(word: Token) -> bool:
    """ "X is gravely concerned that", "X remains alarmed that": a reporting adjective set on a
    present copula, whose subject is the teller (not "his mother was concerned that", a worry
    told)."""
    if word.dep_ != "acomp" or word.head.tag_ not in {"VBZ", "VBP"}:
        return False
    # a named subject only: "The organisation is also alarmed that" leaves the bare head to the
    # source the paragraph carries on
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in word.head.children)
