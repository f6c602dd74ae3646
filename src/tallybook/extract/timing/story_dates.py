"""Dates a sentence takes from the story it continues: the hours of the day just told ("At about
9 a.m. ... troops detained 20 villagers"), the lead that told the same event with its date,
"X was also hanged" after the executions told before, a body withheld after the death told before,
a beating in the custody between a detention and a death, the date opening a list line, and a
lead's event dated by the next sentence ("The strike hit the school on Tuesday")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import islice

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import NOMINAL, wordset
from tallybook.extract.particulars.figures import parse_number
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import (
    doc_text,
    lower_forms,
    sentence_bounds,
    span_ents,
    span_text,
    token_texts,
)
from tallybook.extract.text.layout import in_dateline_lead
from tallybook.extract.timing.dates import Reference
from tallybook.extract.timing.dating_years import (
    previous_sentence as previous_sentence,  # used by context_dates
)
from tallybook.extract.timing.dating_years import previous_sentence_date
from tallybook.extract.timing.month_names import MONTH, MONTH_STEM
from tallybook.model import PartialDate
from tallybook.model.vocab import FATAL_TYPES

_MONTH = MONTH


# A time of day with no date: the narration goes on within the day of the event told before.
_TIME_OF_DAY = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b(?:noon|midday|midnight|dawn|daybreak|dusk|nightfall)\b"
    r"|\bin the (?:early |late )?(?:morning|afternoon|evening|hours)\b|\bat night\b",
    re.IGNORECASE,
)


def _dated(sent: Span) -> bool:
    """A sentence with a date of its own ("In the early hours of 20 August")."""
    return any(e.label_ == "DATE" and _CALENDAR.search(span_text(e)) for e in span_ents(sent))


_CALENDAR = re.compile(
    rf"\b\d{{4}}\b|\b\d{{1,2}}\b|\b{MONTH_STEM}\b|day\b|week|month|year",
    re.IGNORECASE,
)


def same_day_scene(m: Mention, earlier: list[Mention]) -> PartialDate | None:
    """ "At about 9 a.m., helicopters opened fire ... troops detained 20 villagers", "troops arrived
    shortly after noon ... Soldiers then detained 60": hours told without a date are those of the
    last event dated to the day."""
    prev = previous_sentence(m.sent)
    # the hour set before the act ("At about 9 a.m., ..."), not a later one ("released them in the evening")
    lead_in = m.sent.doc[m.sent.start : m.trigger.span.start]
    if not any(
        s is not None and _TIME_OF_DAY.search(span_text(s)) and not _dated(s) for s in (lead_in, prev)
    ):
        return None
    days = [x.date for x in earlier if x.date and x.date.precision == "day" and not x.date.end]
    return days[-1] if days and not any(x.date_from_claim for x in earlier[-1:]) else None


def _stem(word: str) -> str:
    """ "beat"/"beaten", "hanged"/"hangs": the pipeline runs no lemmatizer."""
    for suffix in ("ing", "ed", "en", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def restates_lead(m: Mention, earlier: list[Mention]) -> PartialDate | None:
    """A news lead tells the story with its date ("said Friday that police beat a man to death last
    week"); the body tells it again with the names ("X was beaten to death by officers who ...")."""
    if in_dateline_lead(m.sent):
        return None
    root = m.trigger.root
    if root.pos_ != "VERB" or not (m.names or m.figure.count is not None):
        return None  # "He was tortured": a pronoun may be anyone of the story
    for x in earlier:
        lead = x.date is not None and not x.date_from_claim and in_dateline_lead(x.sent)
        same = x.trigger.root.pos_ == "VERB" and _stem(x.trigger.root.lower_) == _stem(root.lower_)
        if lead and same and (m.names or x.figure.count == m.figure.count):
            return x.date
    return None


_BODY_WORDS = frozenset({"body", "bodies", "remains", "corpse", "corpses"})


def _withholds_body(m: Mention) -> bool:
    """ "have not returned his body", "bodies have still not been handed over": the trigger or its
    subject or object is the body."""
    root = m.trigger.root
    words = {t.lower_ for t in m.trigger.span}
    words |= {c.lower_ for c in root.children if c.dep_ in {"dobj", "nsubjpass", "nsubj", "pobj"}}
    return m.type == "other" and bool(words & _BODY_WORDS)


_CARRIED_OFF = wordset("took taken carried removed")


def _carried_off(m: Mention) -> bool:
    """ "took away the bodies", "had carried away the bodies of two of the dead": the trigger is the
    taking itself, not a withholding that lasts."""
    root = m.trigger.root
    verb = root if root.pos_ in {"VERB", "AUX"} else root.head
    if verb.lower_ not in _CARRIED_OFF or any(c.dep_ == "neg" for c in verb.children):
        return False
    return verb.lower_ == "removed" or any(
        c.dep_ in {"prt", "advmod"} and c.lower_ in {"away", "off"} for c in verb.children
    )


def body_withheld_date(m: Mention, earlier: list[Mention]) -> PartialDate | None:
    """A body withheld, with no date of its own, is withheld from the death the text told before:
    the month of that death (the withholding lasts days or weeks after it)."""
    if not _withholds_body(m):
        return None
    for x in reversed(earlier):
        if x.type not in FATAL_TYPES or x.date is None or x.date_from_claim or x.summary:
            continue
        if m.names and x.names and not set(m.names) & set(x.names):
            continue
        if _carried_off(m):
            return x.date  # "troops took away the bodies": an act at the scene, on the day of the deaths
        end = x.date.end[:7] if x.date.end else None
        return PartialDate(x.date.value[:7], end if end != x.date.value[:7] else None)
    return None


_N_AFTER_HELD = re.compile(
    r"\b(\w+)\s+(days?|weeks?)\s+after\b[^.;]{0,60}?\b(?:detained|arrested|abducted|took|taken|seized)\b",
    re.I,
)
_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def custody_period(m: Mention, mentions: list[Mention]) -> PartialDate | None:
    """ "X died in custody on 6 March, two days after officers detained him. Relatives said he had
    been beaten": the beating happened in the custody between the detention and the death (told
    in the sentence before, or the one before that when the sentence between tells no incident)."""
    if m.type != "torture":
        return None
    prev = previous_sentence(m.sent)
    told: list[Mention] = []
    for _ in range(2):
        if prev is None:
            return None
        told = [x for x in mentions if x.sent.start == prev.start]
        if told:
            break
        prev = previous_sentence(prev)
    if prev is None:
        return None
    death = next(
        (x.date for x in told if x.type == "death_in_custody" and x.date and x.date.precision == "day"), None
    )
    if (
        death is None
        or death.end
        or any(set(m.names) - set(x.names) for x in told if x.type == "death_in_custody")
    ):
        return None
    end = date.fromisoformat(death.value)
    starts = [
        x.date.value
        for x in told
        if x.type == "arrest"
        and x.date
        and x.date.precision == "day"
        and not x.date.end
        and x.date.value < death.value
    ]
    if starts:
        return PartialDate(starts[-1], death.value)
    found = _N_AFTER_HELD.search(doc_text(prev.doc)[prev.start_char : prev.end_char])
    n = parse_number(found.group(1)) if found else None
    if found is None or n is None:
        return None
    start = end - timedelta(days=n * _DAYS[found.group(2).lower()])
    return PartialDate(start.isoformat(), death.value)


_DAY_SPAN = r"\d{1,2}(?:[ \t]*[–-][ \t]*\d{1,2})?"  # "17", "14–15"
_LINE_DATE = re.compile(
    rf"^[ \t]*(?:[•*·▪–-][ \t]*)?(?P<date>{_DAY_SPAN}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?|"
    rf"{_MONTH}[ \t]+{_DAY_SPAN}(?:,?[ \t]+\d{{4}})?)[ \t]*[–—:-][ \t]",
    re.IGNORECASE | re.MULTILINE,
)


def list_line_date(m: Mention) -> str | None:
    """ "• 17 Oct – Shells hit a camp, killing three": a list line opened by a date dates what
    the line tells (the parser may cut the date off the sentence)."""
    text = doc_text(m.sent.doc)
    start = text.rfind("\n", 0, m.trigger.span.start_char) + 1
    found = _LINE_DATE.match(text, start)
    return found.group("date") if found else None


# "Among the dead in the town of X was Y, who was shot": a clause about one of the dead.
_AMONG_THE_DEAD = re.compile(r"^\W*among\s+the\s+(?:dead|victims|killed)\b", re.IGNORECASE)


def _one_of_those(m: Mention) -> bool:
    """ "Among those executed was X", "one of those executed, X, had told the court", "Among the
    dead was X, who was shot as he ran": one person of a whole told before."""
    root = m.trigger.root
    if root.dep_ == "acl" and root.head.lower_ == "those" and root.head.head.lower_ == "among":
        return True
    before = [t.lower_ for t in m.sent.doc[max(root.i - 3, m.sent.start) : root.i]]
    if before == ["one", "of", "those"]:
        return True  # the parser may read "one of those" as the subject of "executed"
    return (
        m.type in FATAL_TYPES
        and root.dep_ in {"relcl", "acl"}
        and _AMONG_THE_DEAD.search(doc_text(m.sent.doc)[m.sent.start_char : root.idx]) is not None
    )


def among_those_date(m: Mention, earlier: list[Mention], mentions: list[Mention]) -> PartialDate | None:
    """ "Among those executed was X" with no date of its own: one of the people of the whole
    event told before (the largest count of that kind), not of a part of it told last."""
    if not _one_of_those(m):
        return None
    if any(x.sent.start == m.sent.start and x.type == m.type and x.date is not None for x in mentions):
        return None  # "Among those executed was X, who was hanged on 21 May": the sentence dates it
    wholes = [
        x
        for x in earlier
        if x.type == m.type
        and not (x.summary or x.anaphoric or x.date_from_claim)
        and x.date is not None
        and (x.figure.count or 0) > 1
    ]
    return max(wholes, key=lambda x: x.figure.count or 0).date if wholes else None


def next_sentence(sent: Span) -> Span | None:
    """The sentence after `sent`, past any whitespace tokens between them."""
    doc = sent.doc
    texts = token_texts(doc)  # (plain strings: indexing the doc makes a Token each time)
    k = sent.end
    while k < len(texts) and texts[k].isspace():  # (`Token.is_space`)
        k += 1
    bounds = sentence_bounds(doc, k) if k < len(texts) else None
    return doc[bounds[0] : bounds[1]] if bounds is not None else None


# Verbs that only say when an event told before happened: "It took place on", "It was carried out on"
_HAPPENED = wordset("carried took occurred happened committed perpetrated")


def _it_happened(first: Token) -> bool:
    """ "It was carried out on 22 December 1997": "it" the subject of a verb of happening."""
    return first.lower_ == "it" and first.dep_ in {"nsubj", "nsubjpass"} and first.head.lower_ in _HAPPENED


def told_on_in_next(m: Mention, ref: Reference) -> PartialDate | None:
    """ "... said it was horrified that a military airstrike on a school had killed 38 civilians.
    The strike hit the school on Tuesday morning": a lead that brings in an event ("a ... strike")
    with no date, dated by the next sentence, which takes it up as its subject ("The strike")."""
    nxt = next_sentence(m.sent)
    if nxt is None:
        return None
    words = list(islice((t for t in nxt if not t.is_space), 3))  # only the opening words matter
    if len(words) == 3 and _it_happened(words[0]) and m.trigger.kind == NOMINAL:
        return previous_sentence_date(nxt, ref)  # "X was a massacre of 45 people ... It was carried out on D"
    if len(words) < 3 or words[0].lower_ != "the":
        return None
    subj = words[0].head  # the sentence opens with its subject: "The strike hit ..."
    if subj.dep_ not in {"nsubj", "nsubjpass"} or subj.pos_ != "NOUN" or len(subj.lower_) < 4:
        return None
    doc = nxt.doc
    lowers = lower_forms(doc)  # (the word read first from the plain list: no Token per word)
    subj_lower = subj.lower_
    introduced = any(
        lowers[k].endswith(subj_lower)
        and doc[k].pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in doc[k].children)
        for k in range(m.sent.start, m.sent.end)
    )
    return previous_sentence_date(nxt, ref) if introduced else None
