"""Which date phrases of a sentence date an incident: a date before coordinated verbs dates each
of them, a date of a state ("remained missing as of December") or of part of the victims ("three of
them ... on 5 September", the "including" part of a tally up to the telling) dates none, and the
day of a related event dates the incident only to the month ("arrested in connection with the March
17 protests")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import doc_text, sentence_bounds, span_text
from tallybook.extract.text.word_positions import word_positions


def shared_by_conjunct(owner: int, trigger: Token, date_start: int) -> bool:
    """ "On 19 March, agents beat and detained a reporter": a date before coordinated verbs dates
    each of them, though the parse hangs it on the first."""
    return trigger.dep_ == "conj" and trigger.head.i == owner and date_start < owner


# Verbs that only say an event happened: their date is the event's.
_OCCURRED = wordset("occurred happened unfolded")


def occurrence_date(date: Span, trigger: Token) -> bool:
    """ "The raid took place on 5 May 2001 and 40 villagers were killed": a verb that only says when
    the event happened dates the deaths told in the clause joined to it, when that clause has no
    date of its own."""
    if trigger.dep_ != "conj" or not trigger.head.i < date.start < trigger.i:
        return False
    verb = trigger.head
    said_to_happen = verb.lower_ in _OCCURRED or (
        verb.lower_ in {"took", "takes", "take"}
        and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    )
    return said_to_happen and not any(
        t.ent_type_ == "DATE" for c in trigger.children if c.dep_ in {"prep", "npadvmod"} for t in c.subtree
    )


def closing_shared_date(owner: Token, trigger: Token) -> bool:
    """ "X was forcibly disappeared for 34 days and tortured in January 2016": a bare participle
    joined to a passive trigger shares its auxiliary and subject, and the date that closes the
    pair dates the trigger too when the trigger has no date of its own (a length, "for 34 days",
    is none). Only a trigger told with its length: not "sentenced to death and executed on 19
    June", "was arrested in May and tortured in June", nor a conjunct with its own subject."""
    if owner.dep_ != "conj" or owner.head.i != trigger.i or owner.i < trigger.i:
        return False
    if not any(c.dep_ == "auxpass" for c in trigger.children) or owner.tag_ != "VBN":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in owner.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in trigger.children):
        return False  # no length told: "sentenced to death and executed on 19 June" are two dates
    return not any(
        t.ent_type_ == "DATE"
        for c in trigger.children
        if c.dep_ in {"prep", "npadvmod", "advmod"} and c.lower_ != "for"
        for t in c.subtree
    )


# Dates of a state, not of the event: "whereabouts remained unknown at the end of the year",
# "the rest remained missing as of December", "still held at the time of writing".
_STATUS_LEAD = r"(?:as\s+of|(?:at|by)\s+the\s+(?:end|close)\s+of|at\s+the\s+time\s+of)"
_STATUS_BEFORE = re.compile(rf"\b{_STATUS_LEAD}(?:\s+the)?\s*$", re.IGNORECASE)
_STATUS_TEXT = re.compile(
    rf"^(?:{_STATUS_LEAD}\b|(?:at\s+)?year'?s\s+end$|(?:the\s+)?(?:end|close)\s+of\s+the\s+year$|"
    r"(?:the\s+)?time\s+of\s+writing$)",
    re.IGNORECASE,
)


_STILL = wordset("remain remained remains remaining still continued continues")


def status_date(e: Span) -> bool:
    """A date that tells how long a state lasted, after "remained"/"still" ("By the end of 2023,
    courts had executed 800 people" is not one: the date there bounds the count)."""
    bounds = sentence_bounds(e.doc, e.start)  # (`Span.sent` checks every token's annotation)
    sent_start = e.sent.start if bounds is None else bounds[0]
    if not word_positions(e.doc, _STILL, sent_start, e.start):
        return False
    lead = span_text(e.doc[max(e.start - 4, sent_start) : e.start])
    return _STATUS_TEXT.search(span_text(e)) is not None or _STATUS_BEFORE.search(lead) is not None


# "killed during the protests, three of them by gunfire in Cabimas on 5 September": a date told
# for part of the victims after the count does not date the whole.
_BREAKDOWN = re.compile(r",\s+(?:\w+|\d+)\s+of\s+(?:them|whom)\b", re.IGNORECASE)


# "have sentenced 150 people to death, including two women last month": a tally up to the telling
# whose "including" part (the date inside it, no comma closing it) is dated, not the whole.
_INCLUDING = re.compile(r",\s+including\b[^,;()]*$", re.IGNORECASE)


def in_breakdown(e: Span, trigger: Span) -> bool:
    if e.start_char <= trigger.end_char:
        return False
    between = doc_text(e.doc)[trigger.end_char : e.start_char]
    if _BREAKDOWN.search(between) is not None:
        return True
    perfect = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"have", "has"} for c in trigger.root.children)
    return perfect and _INCLUDING.search(between) is not None


TIME_WORDS = wordset("year years season spring summer autumn winter month months")


def dates_related_event(e: Span, trigger: int) -> bool:
    """ "detained 180 people in connection with the March 17 protests": a day that names another
    event the incident followed from dates it only to the month (arrests went on after the day)."""
    noun = e.root.head
    if e.root.dep_ not in {"nmod", "compound", "amod", "nummod"} or noun.i == trigger:
        return False
    if noun.pos_ != "NOUN" or noun.lower_ in TIME_WORDS or any(t.i == trigger for t in noun.subtree):
        return False
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and prep.lower_ not in {"during", "in", "amid", "at", "on", "throughout"}


# A sentence end the parser missed after a citation mark: "... ethnic profiling.[5] In May 2021 a court".
_MISSED_END = re.compile(r"[.!?][\"”’]?(?:\[\w+\])+\s+[A-Z]")


def past_sentence_end(e: Span, trigger: Span) -> bool:
    """A date past a full stop and citation mark between it and the trigger is another sentence's."""
    lo, hi = sorted((e.start_char, trigger.start_char))
    return _MISSED_END.search(doc_text(e.doc), lo, hi + 1) is not None
