"""Who received the sentences a participle hands down: "quash the death sentences handed down on
Monday to 148 people", "the death sentences issued against 12 men", "the sentences passed in March on
14 protesters". The parser hangs the people on the participle, not on the sentence noun, so the noun
alone names no victims. Likewise the counted people a verb sentences "to" a punishment noun ("a
court sentenced two women to 40 lashes"): the verb's object, not its subject. And whom a sentence
of a punishment is carried out "against" ("carried out a sentence of 74 lashes against a young
man"): the parser hangs the phrase on the verb, away from the punishment noun. And who received a
punishment listed after a prison term ("X received ten years' imprisonment and 80 lashes").
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.victim_singles import MORE_PERSONS
from tallybook.extract.text.parse_tree import first_conjunct

# participles that pass a sentence on someone
_HANDING = wordset("handed issued passed imposed pronounced delivered meted given")
# the preposition that names who the sentence falls on
_ON_WHOM = wordset("to against on upon")
_DATE_LABELS = frozenset({"DATE", "TIME"})


def sentence_recipients(root: Token) -> Token | None:
    """The counted or named people of a "to/against/on" phrase of the participle that hands down
    the sentences `root` names; None when there is none."""
    for acl in root.children:
        if acl.dep_ != "acl" or acl.lower_ not in _HANDING:
            continue
        for prep in acl.children:
            if prep.dep_ != "prep" or prep.lower_ not in _ON_WHOM:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.ent_type_ in _DATE_LABELS:
                continue
            counted = obj.like_num or any(c.dep_ == "nummod" for c in obj.children)
            # "against two women's rights defenders": the number the parser set on the owner word
            counted = counted or any(
                t.dep_ == "nummod" and t.head.dep_ == "poss" for t in obj.doc[obj.left_edge.i : obj.i]
            )
            if counted or obj.pos_ == "PROPN":
                return obj
    return None


# verbs that pass a sentence on their object: "sentenced two women to 40 lashes"
_SENTENCING = wordset("sentenced sentences sentence sentencing condemned")


def sentenced_object(root: Token) -> Token | None:
    """The counted object of the verb that sentences people "to" the punishment `root` names ("a
    court sentenced two women to 40 lashes each": the women, not the court); None otherwise."""
    prep = root.head
    if (
        root.dep_ != "pobj"
        or prep.lower_ != "to"
        or prep.dep_ != "prep"
        or prep.head.lower_ not in _SENTENCING
    ):
        return None
    obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    # a counted object only: a name or pronoun keeps the reading the mention gives it
    return obj if obj is not None and any(c.dep_ == "nummod" for c in obj.children) else None


_PENALTY_NOUNS = wordset("sentence sentences punishment punishments penalty penalties verdict")
_CARRYING = wordset(
    "carried carry carries implemented implement enforced enforce executed inflicted administered"
)
_AGAINST = wordset("against on upon")


def carried_out_against(root: Token) -> Token | None:
    """Whom the sentence of the punishment `root` names was carried out against: "carried out a
    sentence of 74 lashes against a young man", "implemented a punishment of 40 lashes on two
    women"; a person only (a count, a name or a noun of one person), not "against the odds"."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in _PENALTY_NOUNS:
        return None
    penalty = prep.head
    holders = (
        [penalty, penalty.head] if penalty.dep_ == "dobj" and penalty.head.lower_ in _CARRYING else [penalty]
    )
    for holder in holders:
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ not in _AGAINST or c.i < root.i:
                continue
            obj = next((t for t in c.children if t.dep_ == "pobj"), None)
            if obj is None:
                continue
            counted = any(t.dep_ == "nummod" for t in obj.children)
            single = obj.tag_ == "NN" and (obj.lower_ in PERSON_NOUNS or obj.lower_ in MORE_PERSONS)
            if counted or obj.ent_type_ == "PERSON" or single:
                return obj
    return None


_RECEIVING = wordset("received receive receives receiving faced faces suffered underwent")


def receiver_of_listed(root: Token) -> Token | None:
    """The subject of "received" whose object list holds the punishment `root` names after another
    penalty: "X received ten years' imprisonment and 80 lashes" (the conjunct is no object of its own)."""
    first = first_conjunct(root)
    if first.i == root.i or first.dep_ != "dobj" or first.head.lower_ not in _RECEIVING:
        return None
    subj = next((c for c in first.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj if subj is not None and subj.lower_ not in {"who", "which", "that"} else None
