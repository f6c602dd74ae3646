"""Which dates of a sentence are not when its incident happened but when someone told of it or was
released after it: "said on Monday", "during a visit in September he had told her", "One man, freed
on 2 May, said he was given electric shocks". A telling or a release bounds the incident from above:
it happened before, at a time the text does not give. Testimony given in court ("At the session of
14 January 2021, X told the judge that he had been given electric shocks") tells of custody before
the trial, whose year the hearing does not give either."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.attribution.claimants import is_report_word
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.mentions import Mention

# Verbs that count events: "recorded 883 executions in 2022" dates the executions, not the record.
COUNT_VERBS = wordset("recorded record records documented document documents registered counted verified")
# Occasions of a telling: "during a visit in September she told", "in an interview on Monday he said".
_OCCASIONS = wordset(
    "visit visits interview interviews call calls meeting meetings conversation conversations hearing "
    "hearings conference statement statements letter letters message messages briefing session sessions "
    "sitting trial"
)
_RELEASES = wordset("freed released")
# A reaction's object told through a preposition: "voiced dismay at the execution of X on Sunday".
_AT_EVENT = wordset("at over by about")
# Appeals made on a day ("on Thursday urged Mexico to find the 112,000 disappeared"): not the incident's.
_APPEALS = wordset("urged urges urge appealed appeals demanded demands")
_CALLS = wordset("called calls")


def _appeal(verb: Token) -> bool:
    """An appeal made on a day: "urged", or an active "called for" ("the Office on Tuesday called
    for an investigation into the killings"; not "was called for questioning on Monday")."""
    if verb.lower_ in _APPEALS:
        return True
    return (
        verb.lower_ in _CALLS
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
        and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    )


def _up_prep(tok: Token) -> Token:
    head = tok.head
    return head.head if head.dep_ == "prep" or head.pos_ == "ADP" else head


def claim_verb_of(tok: Token) -> Token | None:
    """The reporting or appealing verb a date phrase hangs on, directly ("said on Monday"), through
    the occasion of the telling ("during a visit in September he had told her"), or set between
    the verb and its subject ("the committee on Thursday urged")."""
    head = _up_prep(tok)
    if (is_report_word(head) or _appeal(head)) and tok.head.i != tok.i and head.lower_ not in COUNT_VERBS:
        return head
    if head.pos_ == "NOUN" and head.lower_ in _OCCASIONS and head.head.i != head.i:
        verb = _up_prep(head)
        if is_report_word(verb) and verb.lower_ not in COUNT_VERBS:
            return verb
    if head.dep_ == "nsubj" and head.i < tok.i < head.head.i:
        verb = head.head  # "A UN committee on Thursday urged": between the subject and its verb
        if (is_report_word(verb) or _appeal(verb)) and verb.lower_ not in COUNT_VERBS:
            return verb
    return None


def release_bound(e: Span, trigger: Token) -> bool:
    """ "One man, freed on 2 May, said he was given electric shocks": the date of a release told
    beside the incident, which happened before it (in the custody the release ended)."""
    verb = _up_prep(e.root)
    if verb.lower_ not in _RELEASES or verb.i == trigger.i or trigger in verb.subtree:
        return False
    return e.root.head.i != e.root.i


def counted_by(e: Span, trigger: Token) -> bool:
    """ "In October, monitors documented 57 killings, 212 arrests and four deaths": the date of a
    counting verb dates each thing it counts, not only the nearest."""
    head = _up_prep(e.root)
    if head.lower_ not in COUNT_VERBS or head.i == trigger.i:
        return False
    return any(c.dep_ == "dobj" and trigger in c.subtree for c in head.children)


def parenthetical_report(e: Span, verb: Token, trigger: Token) -> bool:
    """ "Last month, the mission added, 27 women were detained": a reporting clause set off by
    commas does not take the date fronted before it; the reported clause does."""
    doc = e.doc
    if not (e.end < verb.i < trigger.i) or doc[e.end].text != ",":
        return False
    return verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def object_event_date(e: Span, verb: Token, trigger: Token, ents: list[Span]) -> bool:
    """ "UN experts today condemned the execution of X on 10 June": a date after the event noun a
    reaction takes as object dates that event when the reaction has a date of its own before it
    ("today", "on Thursday"); the parser hangs both on the verb."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or not trigger.i < e.start:
        return False
    obj = next(
        (
            c
            for c in verb.children
            if (c.dep_ == "dobj" or (c.dep_ in {"prep", "agent"} and c.lower_ in _AT_EVENT))
            and trigger in c.subtree
        ),
        None,
    )
    if obj is None or not verb.i < obj.i < e.start:
        return False
    return any(
        other.start != e.start
        and other.end <= obj.i
        and (told := claim_verb_of(other.root)) is not None
        and told.i == verb.i
        for other in ents
    )


_TELLING_DAYS = wordset("today yesterday tonight")
_ANNOUNCED = wordset("announced")


def postposed_report_date(e: Span, verb: Token, trigger: Token, ents: list[Span]) -> bool:
    """ "Soldiers shot dead four civilians in the hamlet of X, on 3 February, the group said today":
    a date between the told clause and a reporting clause set after it dates the told event when
    the reporting verb has a time of its own after it; the parser hangs both on the verb."""
    if not (trigger.i < e.start and e.end <= verb.i) or trigger not in verb.subtree:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not e.end <= subject.left_edge.i:
        return False  # the source must follow the date: "X, the group said on Monday"
    if any(c.lower_ in _TELLING_DAYS and c.i > verb.i for c in verb.children):
        return True
    return any(
        other.start > verb.i and (told := claim_verb_of(other.root)) is not None and told.i == verb.i
        for other in ents
    )


def announced_event(e: Span, verb: Token, trigger: Token) -> bool:
    """ "the mass execution of 29 men, which was announced by the ministry on Saturday", "the deaths
    of two men ... early on Friday were announced by the police": the day of a passive
    announcement of an event noun is the day the event is dated (an announcement tells the act
    of the day it is made), not a telling after an unknown time."""
    if verb.lower_ not in _ANNOUNCED or trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return _active_announcement(e, verb, trigger)
    if verb.dep_ in {"relcl", "acl"}:
        # "the execution of 29 men, which was announced on Saturday": the parser may hang the
        # clause on the noun after "of"
        noun = verb.head
        return noun.i == trigger.i or (
            noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == trigger.i
        )
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return trigger in subject.subtree  # "the executions were announced on Saturday"
    # the parser lost the subject: an event noun before the date, no verb of its own between
    return trigger.i < e.start < verb.i and not any(
        t.pos_ == "VERB" and t.dep_ not in {"pcomp", "acl", "relcl"} for t in e.doc[trigger.i + 1 : e.start]
    )


def _active_announcement(e: Span, verb: Token, trigger: Token) -> bool:
    """ "Last Friday, the narcotics bureau announced the execution of two men", "In January the
    authorities announced the deaths in custody of three detainees": an active announcement whose
    object is the event noun dates that event the same way; the date is the announcement's, unless the
    object has a time of its own ("announced on Monday the arrests made last year")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.i == trigger.i or (trigger.head.i == obj.i and trigger.dep_ == "compound")):
        return False
    # the object's own time ("the arrests made in March") dates the event, not the announcement
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in obj.subtree)


# Who hears testimony in court: "told the court", "told the presiding judge", "told judges".
_COURT_HEARERS = wordset("court judge judges bench tribunal magistrate magistrates jury")
_TOLD = wordset("told tell tells telling")
_TESTIFIED = wordset("testified testifies testifying")
_SAID = wordset("said says told")
# Sittings of a court a telling is set at: "At his trial in September 2019 she said".
_SITTINGS = wordset("trial session sitting hearing")


def court_testimony(sent: Span, trigger: Token) -> bool:
    """Whether the trigger is told in testimony given in court: "X told the court that police had
    beaten him", "told the presiding judge, Counsellor Y, that", "testified that he saw officers
    beating Z", "At his trial in 2019 she said that"; not "the court sentenced X" nor "X told
    reporters after the hearing"."""
    sitting = False
    for tok in sent:
        if tok.i >= trigger.i:
            return False
        if tok.lower_ in _TESTIFIED or (sitting and tok.lower_ in _SAID):
            return True
        if tok.lower_ in _SITTINGS or (tok.lower_ == "court" and tok.i > 0 and tok.nbor(-1).lower_ == "in"):
            sitting = True
        if tok.lower_ in _TOLD and any(t.lower_ in _COURT_HEARERS for t in tok.doc[tok.i + 1 : tok.i + 4]):
            return True
    return False


def testimony_of_other_year(m: Mention, before: list[Mention]) -> bool:
    """Torture told in court ("At the session of 14 January 2021, X told the judge that he had
    been beaten") happened in the custody after the arrest: the hearing's year dates it only when
    the latest arrest told before it is of that year ("arrested in March ... told the court in
    August that he was slapped")."""
    if m.claim_date is None or not court_testimony(m.sent, m.trigger.root):
        return False
    arrests = [b for b in before if b.type == "arrest"]
    if not arrests or arrests[-1].date is None:
        return True
    return arrests[-1].date.value[:4] != m.claim_date.value[:4]
