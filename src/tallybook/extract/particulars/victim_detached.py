"""Victim phrases the parser set apart from their trigger: where are the victims when the parse
does not join them to the trigger word?

- an event word's "of" phrase hung on a date set between them ("the arrest last month of 23 young
  men", "the execution on Saturday of 29 men"), or on an -ing noun the lexicon reads as a verb
  ("the public caning today of two men", "the sentencing of 38 people to death");
- the counted object of an active verb taken for the subject of the reporting verb ("opened fire,
  killing at least seven people, the commission said", "authorities hanged three men convicted
  in another case, a source told the agency");
- the counted people who describe the harm done to them ("at least 400 of those released have
  described beatings", "Seven former detainees ... described being subjected to beatings");
- the person arrested and "held incommunicado", the last word taken for the verb's object;
- the people who face charges that carry the death penalty ("At least 22 other protesters are
  facing charges that carry the death penalty", "at least 100 more faced charges that carry it"),
  not the penalty;
- the people a participle passes death sentences on ("the death sentences handed down in March to
  14 workers"), and the people a verb sentences "to" a punishment ("sentenced two women to 40
  lashes"), in handed_sentences.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.attribution.source_syntax import is_report_word
from tallybook.extract.detection.trigger_lexicon import NOMINAL, wordset
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.particulars.handed_sentences import (
    carried_out_against,
    receiver_of_listed,
    sentence_recipients,
    sentenced_object,
)
from tallybook.extract.particulars.recall_relatives import (
    is_perpetrator,
    relative_antecedent,
)
from tallybook.extract.particulars.victim_wholes import whole_group
from tallybook.extract.text.parse_tree import first_child

_DATE_LABELS = frozenset({"DATE", "TIME"})
_TIME_NOUNS = wordset("days day weeks week months month years year hours hour times")
_EVENT_TAGS = frozenset({"NN", "NNS", "VBG"})
_NOUN_SLOTS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_QUALIFIER_WORDS = wordset("at least up to more than over about some nearly almost as many")
_DESCRIBE = wordset(
    "described describe describes recounted recount recounts reported report reports detailed "
    "recalled recall recalls"
)


def _is_date(tok: Token) -> bool:
    return tok.ent_type_ in _DATE_LABELS


def _counted(tok: Token) -> bool:
    """ "23 young men", "at least seven": a number or a noun with a number of its own."""
    return tok.like_num or tok.pos_ == "NUM" or first_child(tok, "nummod") is not None


def delayed_of(root: Token, nominal: bool) -> Token | None:
    """The object of the "of" phrase that belongs to the event noun `root` but that the parser
    hung on a date set between them, or on the verb; for an -ing noun the lexicon reads as a verb
    (`nominal` False), its own "of" phrase too."""
    if root.tag_ not in _EVENT_TAGS or root.dep_ not in _NOUN_SLOTS:
        return None
    if not any(c.dep_ == "det" for c in root.children):
        return None  # "the caning", "the execution": an event named as a thing
    doc = root.doc
    if not nominal:
        own = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = first_child(own, "pobj") if own is not None else None
        if obj is not None and not _is_date(obj):
            return obj
    # the words after the noun: a date ("last month", "on Saturday", "today"), then "of"
    i, end = root.i + 1, min(root.sent.end, root.i + 8)
    dated = False
    while i < end and (
        _is_date(doc[i]) or (doc[i].lower_ in {"on", "in"} and i + 1 < end and _is_date(doc[i + 1]))
    ):
        dated = dated or _is_date(doc[i])
        i += 1
    if not dated or i >= end or doc[i].lower_ != "of" or doc[i].dep_ != "prep":
        return None
    holder = doc[i].head
    if not (_is_date(holder) or holder.i == root.head.i):
        return None
    obj = first_child(doc[i], "pobj")
    if obj is None or _is_date(obj) or obj.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
        return None
    return obj


def object_as_subject(verb: Token) -> Token | None:
    """ "killing at least seven people, the commission said", "hanged three men convicted in a
    separate case ..., a source told": the counted phrase right after an active verb that has no
    object, which the parser made the subject of a later verb."""
    if verb.tag_ not in {"VBD", "VBG"} or first_child(verb, "dobj", "auxpass") is not None:
        return None
    doc = verb.doc
    start = verb.i + 1
    while start < verb.sent.end and doc[start].lower_ in _QUALIFIER_WORDS:
        start += 1  # "at least", "more than"
    if start >= verb.sent.end:
        return None
    tok = doc[start]
    # the counted phrase's head: the number itself or the noun it counts
    noun = tok.head if tok.dep_ == "nummod" else tok
    if noun.dep_ not in _SUBJECTS or noun.head.i <= noun.i or not is_report_word(noun.head):
        return None  # the subject of the reporting verb after it ("..., the commission said")
    if _is_date(noun) or not _counted(noun) or noun.left_edge.i > verb.i + 4:
        return None
    return noun


def counted_describer(root: Token) -> Token | None:
    """ "at least 400 of those released have described beatings", "Seven former detainees ...
    described being subjected to ... beatings": the counted people who describe a harm done to
    them (a number is needed: "the report described beatings" tells no victims)."""
    tok, verb = root, None
    for _ in range(6):
        if tok.dep_ in {"conj", "appos"}:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "subjected":
            tok = tok.head.head  # "being subjected to ... beatings"
            if tok.dep_ in {"xcomp", "dobj", "pcomp"} and any(c.lower_ == "being" for c in tok.children):
                verb = tok.head
            break
        else:
            verb = tok.head if tok.dep_ == "dobj" else None
            break
    if verb is None or verb.lower_ not in _DESCRIBE:
        return None
    subj = first_child(verb, "nsubj")
    if subj is None and verb.dep_ == "conj":
        subj = first_child(verb.head, "nsubj")  # "Seven detainees, interviewed ..., described"
    if subj is None or not _counted(subj) or _is_date(subj) or subj.ent_type_ in {"ORG", "GPE"}:
        return None
    return subj


_CARRY = wordset("carry carries carried")
_FACE = wordset("face faces faced facing")


def charged_people(root: Token) -> Token | None:
    """ "22 other protesters are facing charges that carry the death penalty": the people who face
    the charges the trigger's relative clause is about (a number: the parser may hang it on "faced"
    read as an adjective of "charges")."""
    if root.lower_ not in _CARRY or root.dep_ != "relcl" or root.head.lower_ not in {"charges", "charge"}:
        return None
    charges = root.head
    verb = charges.head if charges.dep_ == "dobj" and charges.head.lower_ in _FACE else None
    if verb is not None:
        subj = first_child(verb, "nsubj", "nsubjpass")
        return subj if subj is not None and subj.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} else None
    faced = next((c for c in charges.children if c.dep_ == "amod" and c.lower_ in _FACE), None)
    if faced is None:
        return None
    # "at least 100 more faced charges": the number the parser hung on "faced"
    return next(
        (c for c in faced.children if c.dep_ in {"npadvmod", "nsubj"} and _counted(c)),
        None,
    )


def date_word(tok: Token) -> bool:
    """ "between 10 and 16 May": a month or a time noun (the model may tag "46 and 52 porters" DATE)."""
    return tok.ent_type_ in {"DATE", "TIME"} and (tok.pos_ == "PROPN" or tok.lower_ in _TIME_NOUNS)


def set_apart(trigger: Trigger, head: Token | None) -> Token | None:
    """The victims the parse set apart from the trigger, where it found none, a date, the part of
    a group told "among them", or an active verb's own subject."""
    root, nominal = trigger.root, trigger.kind == NOMINAL
    if nominal:
        head = sentenced_object(root) or head  # "a court sentenced two women to 40 lashes"
    if head is None:
        head = delayed_of(root, nominal) or (
            counted_describer(root)
            or sentence_recipients(root)
            or carried_out_against(root)
            or receiver_of_listed(root)  # "X received ten years' imprisonment and 80 lashes"
            if nominal
            else None
        )
    if not nominal and (head is None or (head.dep_ == "nsubj" and head.head.i == root.i)):
        head = object_as_subject(root) or head
    if not nominal:
        head = whole_group(root, head) or charged_people(root) or head
    if (
        not nominal
        and head is not None
        and trigger.span.start <= head.i < trigger.span.end
        and root.dep_ == "conj"
        and head.pos_ not in {"PRON", "PROPN"}  # not "bundled him into a car": him
    ):
        # "was arrested ... and held incommunicado", "incommunicado" taken for the object: the
        # subject the conjoined verbs share
        first = root.head
        found = relative_antecedent(first, first_child(first, "nsubjpass", "nsubj"))
        if found is not None and found.pos_ in {"NOUN", "PROPN", "PRON"} and not is_perpetrator(found):
            head = found
    return head
