"""The day a lead dated only coarsely takes from the next sentences that set its scene.

"OHCHR on Friday condemned an attack ... that killed at least 13 people. According to information
gathered by OHCHR, two helicopters opened fire on the school on Wednesday morning": the lead tells
one event with no day of its own (undated, dated only by its telling, or by a vague time: "over the
weekend", "last month"); the one day the next sentence (or the one after it) gives inside that time
is the event's day. Not when the day belongs to another incident told there (another kind, another
figure; an execution is not the day of another death), nor when the lead tells a period
("since", "so far this year", "between"). A day set on a participle of the act's object ("bombed
a ceremony marking the opening of an office on Tuesday") is the act's; a seizure told beside the
killing ("rounded up the men and shot them") is its first step, not another act.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import FURTHER_EVENT_WORDS
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.text.layout import encyclopedia_doc
from tallybook.extract.text.parse_tree import has_parse
from tallybook.extract.text.word_positions import word_positions
from tallybook.extract.timing.date_owners import verb_of
from tallybook.extract.timing.date_phrases import REL_PHRASE, date_phrases, dateline_end
from tallybook.extract.timing.dates import Reference, resolve_date
from tallybook.extract.timing.story_dates import next_sentence
from tallybook.extract.timing.telling_dates import claim_verb_of
from tallybook.model import PartialDate
from tallybook.model.vocab import FATAL_TYPES, TAKING_TYPES

# A time that holds one event without naming its day.
_VAGUE = re.compile(
    r"\b(?:(?:over|at|during)\s+the\s+weekend|last\s+(?:weekend|week|month)|(?:earlier\s+)?this\s+week)\b",
    re.IGNORECASE,
)
# The lead tells a period, not one event: its days are many.
_PERIOD = re.compile(
    r"\b(?:since|so\s+far|between|throughout|(?:this|last|the\s+past)\s+year|in\s+(?:19|20)\d{2}|months?\s+of)\b",
    re.IGNORECASE,
)
_RECENT = timedelta(days=21)  # a lead dated only by its telling tells of the last three weeks
# Acts told at a scene (a beating is told as part of a custody: custody_dates dates it).
_SCENE_TYPES = TAKING_TYPES | FATAL_TYPES | {"other"}


def _window(m: Mention, ref: Reference) -> tuple[str, str] | None:
    """The first and last day the lead's event can fall on, when the lead gives it no day."""
    text = span_text(m.sent)
    if _PERIOD.search(text):
        return None
    vague = _VAGUE.search(text)
    if vague is not None:
        value = resolve_date(vague.group(), ref)
        if value is None or (value.precision == "day" and not value.end):
            return None
        hi = value.end or value.value
        return value.value, hi
    if m.date is not None and not m.date_from_claim:
        return None
    told = m.claim_date.value if m.claim_date is not None else None
    day = date.fromisoformat(told) if told and len(told) == 10 else ref.day
    if day is None:
        return None
    return (day - _RECENT).isoformat(), day.isoformat()


def _inside(day: str, window: tuple[str, str]) -> bool:
    lo, hi = window
    return day[: len(lo)] >= lo and day[: len(hi)] <= hi


_GROUPS = wordset("people men women children youths villagers civilians protesters")


def _one_person(m: Mention) -> bool:
    """ "A 24-year-old man died in custody": the lead tells of one person, whom the next
    sentences may name."""
    if m.figure.count is not None:
        return m.figure.count == 1
    word = (m.victim_word or "").lower()
    return bool(word) and word not in _GROUPS and not word.endswith("s")


def _kin(a: str, b: str) -> bool:
    """Acts one scene may tell: an arrest and a vanishing, a killing and a death in custody; not an
    execution and another death ("at the death in custody of a protester", then "the authorities
    executed X on 2 May": another person's act)."""
    if "execution" in {a, b} and a != b:
        return False
    return a == b or {a, b} <= TAKING_TYPES or {a, b} <= FATAL_TYPES


# The verbs a scene is told by: the force acting, the victims taken or found dead. Not "began"
# ("The protests began on 13 March": the start of a longer event), nor what others did that day.
_SCENE_VERBS = wordset(
    "opened fired bombed shelled struck hit attacked raided stormed entered shot killed hanged executed "
    "pronounced found died rounded stopped detained arrested abducted seized took taken picked dragged "
    "bundled dropped"
)
# "Another group of prisoners were also hanged on Tuesday": a further event, not the lead's scene.
_FURTHER = FURTHER_EVENT_WORDS | wordset("other others")


# Verbs of the killing a seizure is the first step of ("rounded up the men ... and shot them").
_KILLING_VERBS = wordset("shot killed executed hanged gunned")


def _stage(m: Mention, x: Mention) -> bool:
    """ "troops entered the village on 7 June, rounded up the men and shot them": the seizure told
    beside the killing of a fatal lead is its first step; the killing's day is the lead's."""
    if m.type not in FATAL_TYPES or x.type not in TAKING_TYPES:
        return False
    sent = x.sent
    return any(
        k > x.trigger.span.start for k in word_positions(sent.doc, _KILLING_VERBS, sent.start, sent.end)
    )


def _scene_verb(verb: Token | None) -> Token | None:
    """ "Two aircraft bombed a ceremony marking the opening of an office on Tuesday morning": the
    parser hangs the day on a participle that only describes the object; the day is the act's."""
    if verb is None or verb.dep_ != "acl" or verb.tag_ not in {"VBG", "VBN"}:
        return verb
    up = verb_of(verb.head)
    return up if up is not None and up.lower_ in _SCENE_VERBS else verb


def _days(sent: Span, ref: Reference, window: tuple[str, str]) -> set[str]:
    """The single days the sentence dates an act to (not a telling, not a start), inside the window."""
    out: set[str] = set()
    parsed = has_parse(sent.doc)  # (asked once per doc: `has_annotation` scans every token)
    for e in date_phrases(sent):
        if REL_PHRASE.search(span_text(e)):
            continue  # "the day before": counted from a day the sentence tells, not from the telling
        verb = _scene_verb(verb_of(e.root)) if parsed else None
        said = claim_verb_of(e.root) if verb is not None else None
        if said is not None and verb is not None and said.i == verb.i:
            continue  # "the Office said on Tuesday": a telling
        if verb is None or verb.lower_ not in _SCENE_VERBS:
            continue  # "The governor visited the market on Tuesday": not the act told
        value = resolve_date(span_text(e), ref)
        if value is not None and value.precision == "day" and not value.end and _inside(value.value, window):
            out.add(value.value)
    return out


def _scene_day(m: Mention, mentions: list[Mention], window: tuple[str, str], ref: Reference) -> str | None:
    sent: Span | None = m.sent
    for _ in range(2):
        sent = next_sentence(sent) if sent is not None else None
        if sent is None:
            return None
        days = _days(sent, ref, window)
        if not days:
            continue
        if word_positions(sent.doc, _FURTHER, sent.start, sent.end):
            return None
        if len(days) > 1:
            return None
        day = next(iter(days))
        told = [
            x for x in mentions if x.sent.start == sent.start and x.date is not None and x.date.value == day
        ]
        if told and not any(_kin(m.type, x.type) or _stage(m, x) for x in told):
            return None  # the day of another kind of incident told there
        for x in told:
            if not _kin(m.type, x.type):
                continue  # "rounded up the men ... and shot them": a stage of the act of the lead's kind
            if x.names and m.names and set(x.names) <= set(m.names):
                return None  # the person's own retelling carries the day itself
            if x.names and not _one_person(m):
                return None  # "Among those detained was X, arrested on Saturday": one person's day
            if x.figure.count is not None and m.figure.count is not None and x.figure.count != m.figure.count:
                return None  # another figure: a part of the event, or another event
        return day
    return None


def _dated_beside(m: Mention, leads: list[Mention], window: tuple[str, str]) -> bool:
    """ "detained more than 180 ... in connection with the March 17 protests, while the ministry
    acknowledged only 38 arrests": the lead dates the event itself, by another mention of it."""
    for x in leads:
        if x is m or x.sent.start != m.sent.start or x.date is None or x.date_from_claim:
            continue
        if not (_inside(x.date.value, window) and _inside(x.date.end or x.date.value, window)):
            return True
    return False


def _dateline_lead(m: Mention) -> bool:
    """ "COLOMBO, Aug 14 (Reuters) - A man died in custody ...": a lead the body retells (not a title)."""
    return 0 <= dateline_end(m.sent) <= m.trigger.span.start_char


def scene_days(mentions: list[Mention], ref: Reference) -> None:
    """Date a coarsely dated lead to the day the next sentences give its scene."""
    if not mentions or encyclopedia_doc(mentions[0].sent.doc):
        return  # an article's one event: lead_days dates its retellings
    leads = [m for m in mentions if not m.summary or _dateline_lead(m)]
    for m in leads:
        if m.sent.start != leads[0].sent.start:
            break  # only the lead: later sentences tell further events, each dated on its own
        if m.anaphoric or m.relative is not None or m.type not in _SCENE_TYPES:
            continue
        if m.date is not None and not m.date_from_claim and m.date.precision == "day" and not m.date.end:
            continue
        window = _window(m, ref)
        if window is not None and _dated_beside(m, leads, window):
            continue
        day = _scene_day(m, mentions, window, ref) if window is not None else None
        if day is not None:
            m.date, m.date_found, m.date_from_claim = PartialDate(day), True, False
            m.date_from_scene = True
