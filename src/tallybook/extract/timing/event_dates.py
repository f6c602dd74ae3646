"""When a mentioned incident happened: the date phrase that belongs to its trigger.

A sentence can hold several dates: when a source spoke ("said on Monday"), when a person lived
("(1990 – 2022)"), and when each of several incidents happened. A date belongs to the trigger
above it in the parse, else to the nearest trigger (`date_owners`); reporting dates and life dates
are set aside.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import VANISHED_STATE_NOUNS
from tallybook.extract.text.boilerplate import doc_text, lower_forms, span_text
from tallybook.extract.text.parse_tree import dep_tree, has_parse
from tallybook.extract.timing.anchored_dates import TOLD_MONTH, TOLD_SEASON
from tallybook.extract.timing.article_years import paragraph_year
from tallybook.extract.timing.compared_dates import compared_date
from tallybook.extract.timing.counted_back import counted_back
from tallybook.extract.timing.counted_dates import (
    TOLD_DAY,
    YEARS_ON,
    days_before,
    earlier_point,
    restated_day,
    sentence_day,
    when_clause_date,
)
from tallybook.extract.timing.date_owners import (
    OWN_CLAUSE,
    above_relative,
    date_owner,
    later_conjunct,
    nearest_root,
    other_clause,
    verb_of,
)
from tallybook.extract.timing.date_phrases import REL_PHRASE, date_phrases
from tallybook.extract.timing.date_phrases import datelines as datelines
from tallybook.extract.timing.date_ranges import year_range
from tallybook.extract.timing.date_scope import (
    TIME_WORDS,
    closing_shared_date,
    dates_related_event,
    in_breakdown,
    occurrence_date,
    past_sentence_end,
    shared_by_conjunct,
    status_date,
)
from tallybook.extract.timing.dates import LAST_MONTH, Reference, open_range_since, resolve_date
from tallybook.extract.timing.dating_years import LIFE_DATES, sentence_year, story_year
from tallybook.extract.timing.dating_years import (
    previous_sentence_date as previous_sentence_date,  # context_dates
)
from tallybook.extract.timing.held_periods import (
    duration_in_clause,
    held_up_to,
    taken_before_vanishing,
    taking_is_the_disappearance,
)
from tallybook.extract.timing.month_names import PREVIOUS_DAY
from tallybook.extract.timing.narrative_years import article_year_of
from tallybook.extract.timing.since_seizures import seized_since
from tallybook.extract.timing.telling_dates import (
    announced_event,
    claim_verb_of,
    counted_by,
    object_event_date,
    parenthetical_report,
    postposed_report_date,
    release_bound,
)
from tallybook.extract.timing.told_hours import told_hours
from tallybook.extract.timing.wave_tallies import since_told_event
from tallybook.model import PartialDate

if TYPE_CHECKING:
    from tallybook.extract.particulars.mentions import Mention


def death_date(sent: Span, ref: Reference) -> PartialDate | None:
    """ "X (24 February 2000 – 8 December 2022) was ...": the second of a person's life dates."""
    m = LIFE_DATES.search(span_text(sent))
    if m is None:
        return None
    value = resolve_date(m.group(2), ref)
    return value if value is not None and value.precision == "day" else None


def _since(tok: Token, trigger: Token) -> bool:
    """A date in a "since" phrase or clause: an open period from it. Not when the "since" clause is
    the trigger's own ("no news of him since police took him in April 2018"): the taking is a point."""
    doc = tok.doc
    heads, kids, deps, _ = dep_tree(doc)  # (the path up read from plain lists, not Tokens)
    lowers = lower_forms(doc)
    i = tok.i
    for _ in range(8):
        if i == trigger.i:
            return False  # "since his arrest in May 2019": the date is the trigger's own
        if lowers[i] == "since":
            return True
        if any(deps[c] == "mark" and lowers[c] == "since" for c in kids[i]):
            return i != trigger.i
        if heads[i] == i:
            break
        if heads[i] == trigger.i and deps[i] in {"advcl", "conj"}:
            # "killed since fighting ... broke out in 2017": the parse split the since-phrase's
            # noun from the clause that holds its date
            cur = doc[i]
            return any(
                c.lower_ == "since" and c.dep_ == "prep" and c.right_edge.i + 1 == cur.left_edge.i
                for c in trigger.children
            )
        i = heads[i]
    return False


# (compiled once: `re.search` with a pattern string looks it up in re's cache on every call)
_BARE_YEAR = re.compile(r"(?:the\s+)?\d{4}")
_FOUR_DIGITS = re.compile(r"\d{4}")
_AGO = re.compile(r"\bago\b", re.I)
_COUNTING_WORD = re.compile(r"\b(later|after|same|following|next|that)\b", re.I)
_COUNTED_UNIT = re.compile(r"\b(day|week|month|year|morning|afternoon|evening|night)s?\b", re.I)
# "that month" after a date of the same sentence: counted from that date
_TOLD_UNIT = re.compile(
    r"^(?:in\s+|during\s+|on\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?:day|week|month|year)$", re.I
)
_BETWEEN_FROM = re.compile(r"\b(between|from)\b", re.I)
_SINCE = re.compile(r"since\b", re.I)
_UNSEEN = frozenset({"seen"}) | VANISHED_STATE_NOUNS
_COUNTED_FROM_CLAIM = re.compile(r"\b(before|yesterday|previous|preceding|earlier)\b")


# Works written about an event: their year is the writing's ("a 2017 study", "a 2006 film").
_WRITINGS = wordset("study studies survey book film documentary census analysis paper article biography")


def _names_another_event(e: Span, trigger: int) -> bool:
    """ "sentenced in connection with the 2022 protests": a year that names another event (a noun
    other than the trigger) dates that event, unless the trigger happened during it."""
    noun = e.root.head
    if e.root.dep_ not in {"nummod", "compound", "amod"} or not _BARE_YEAR.fullmatch(span_text(e)):
        return False
    if noun.i == trigger or noun.pos_ != "NOUN" or noun.lower_ in TIME_WORDS:
        return False
    if noun.lower_ in _WRITINGS:
        return True  # "a 2017 study of the massacre": when it was written, not when it happened
    if any(t.i == trigger for t in noun.subtree):
        return False  # "the 2018 attack in which 45 were killed": the event the trigger is in
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is None or prep.lower_ not in {"during", "in", "amid", "at", "throughout"}


# Counted back from an event ("two days earlier", "the previous day"), never from the report's date.
_COUNTED_BACK = re.compile(rf"\b(?:\w+\s+(?:days?|weeks?)\s+earlier|{PREVIOUS_DAY})\b", re.I)

# A record a figure sets: "the highest number put to death on a single day since last June".
_RECORD_SINCE = re.compile(r"\b(?:largest|highest|biggest|most|worst|deadliest)\b[^.;]*\bsince\s+$", re.I)


def _record_since(sent: Span, e: Span) -> bool:
    """A "since" date that bounds a record the sentence tells ("the most ... since 2019")."""
    before = span_text(sent)[: e.start_char - sent.start_char]
    if span_text(e).lower().startswith("since "):
        before += "since "
    return _RECORD_SINCE.search(before) is not None


# A period told only by lengths ("for periods ranging from several days to several months").
_CALENDAR_NAME = re.compile(
    r"\b(?:(?:19|20)\d{2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|yesterday|today)",
    re.IGNORECASE,
)


def _own_date_first(e: Span, trigger: Token, ents: list[Span], ref: Reference) -> bool:
    """A date of a clause conjoined after the trigger's verb when the trigger's own clause gives a
    date before it: the later date is of what came after ("and remains missing five years later",
    "and was still held two years later"), not of the trigger."""
    if not later_conjunct(e, trigger):
        return False
    return any(
        x.end <= e.start
        and (v := verb_of(x.root)) is not None
        and v.i == trigger.i
        and resolve_date(span_text(x), ref) is not None
        for x in ents
    )


def _calendar_date_beside(ents: list[Span], e: Span, ref: Reference) -> bool:
    """A date phrase right beside `e` names a calendar day or month of its own ("Days later, on 22
    October,"): the two tell one time (not "the same day" of another clause's date)."""
    return any(
        x is not e
        and (0 <= x.start - e.end <= 2 or 0 <= e.start - x.end <= 2)
        and _CALENDAR_NAME.search(span_text(x)) is not None
        and not _COUNTING_WORD.search(span_text(x))
        and (value := resolve_date(span_text(x), ref)) is not None
        and value.precision != "year"
        for x in ents
    )


def fill_date(m: Mention, ref: Reference, roots: set[int]) -> None:
    """The date of the incident: the nearest date phrase of the trigger's own clause."""
    sent = m.sent
    doc = sent.doc
    parsed = has_parse(doc)
    ents = date_phrases(sent)
    life = death_date(sent, ref)
    if life is not None:
        life_text = LIFE_DATES.search(span_text(sent))
        assert life_text is not None
        lo, hi = sent.start_char + life_text.start(), sent.start_char + life_text.end()
        ents = [e for e in ents if not (lo <= e.start_char < hi)]
        if m.type in {"execution", "killing", "death_in_custody"}:
            m.date, m.date_found = life, True
    # Dates without a year take it from a full date in the same sentence ("November ... December 23, 2019").
    sent_ref = ref
    frame: Span | None = None  # "Last year," heading a sentence: the frame of its months
    for e in ents:
        full = resolve_date(span_text(e), ref)
        if full is not None and full.precision == "day" and _FOUR_DIGITS.search(span_text(e)):
            sent_ref = Reference.from_partial(full.value)
            break
    else:
        article = article_year_of(doc) if ref.day is not None else None
        year = paragraph_year(doc_text(doc), sent.start_char) if ref.day is None or article else None
        year = year or article
        if year is not None and (year != ref.year or article):
            sent_ref = Reference(None, year, "year")  # an undated article: the paragraph's year
        year_ref = sentence_year(ents, ref)
        if year_ref is not None:
            sent_ref, frame = year_ref, ents[0]
        elif year is None:
            sent_ref = story_year(sent, ents, ref) or sent_ref
    when = when_clause_date(m.trigger.root, ents, sent_ref) if parsed else None
    if when is not None:
        m.date, m.date_found = when, True
        return
    earlier = days_before(m, ents, sent_ref)
    if earlier is not None and not any(e.start_char > m.trigger.span.end_char for e in ents):
        m.date, m.date_found = earlier, True  # no date of its own after "four days after he was"
        return
    best: tuple[int, PartialDate | None, str, int] | None = None
    ents = [
        e
        for e in ents
        if not status_date(e)
        and not in_breakdown(e, m.trigger.span)
        and not past_sentence_end(e, m.trigger.span)
        and not compared_date(e, m.trigger.span)  # "compared with 148 in the same period last year"
    ]
    # Dates of a clause about a person ("a student who had been wounded in 2019") give way to others.
    inner = [e for e in ents if parsed and date_owner(e.root, roots) == OWN_CLAUSE]
    released: PartialDate | None = None
    found: list[tuple[int, PartialDate | None, str, int]] = []
    for e in ents:
        text = span_text(e)
        if REL_PHRASE.search(text) and restated_day(e, ents):
            continue
        if _record_since(sent, e):
            continue  # "the largest number put to death in a day since 2022": a record's span, not when
        if parsed and not counted_by(e, m.trigger.root):
            claim_verb = claim_verb_of(e.root)
            told_event = claim_verb is not None and (  # "voiced dismay at the execution of X on Sunday"
                object_event_date(e, claim_verb, m.trigger.root, ents)
                or postposed_report_date(e, claim_verb, m.trigger.root, ents)
                or announced_event(e, claim_verb, m.trigger.root)
            )
            if (
                claim_verb is not None
                and not text.lower().startswith("since ")  # a period counted, never when it was said
                and claim_verb.i != m.trigger.root.i
                and not parenthetical_report(e, claim_verb, m.trigger.root)
                and not told_event
            ):
                m.claim_date = resolve_date(text, ref) or m.claim_date
                continue
            if release_bound(e, m.trigger.root):
                released = resolve_date(text, sent_ref)
                continue
            if _names_another_event(e, m.trigger.root.i):
                continue
            if not told_event:
                owner = date_owner(e.root, roots)
                if (
                    owner == OWN_CLAUSE
                    and len(inner) < len(ents)
                    and (
                        m.type != "enforced_disappearance"
                        or _SINCE.match(text)
                        or _since(e.root, m.trigger.root)
                    )
                ):
                    continue  # but "men who were taken on 4 March have disappeared" dates from the taking;
                    # "who had lived there since 2021" tells a state of the person, not the taking
                if owner == OWN_CLAUSE:
                    owner = date_owner(e.root, roots, through_people=True)
                occurred = occurrence_date(e, m.trigger.root)  # "took place on X and N were killed"
                if (
                    owner is not None
                    and owner != m.trigger.root.i
                    and not shared_by_conjunct(owner, m.trigger.root, e.start)
                    and not occurred
                    and not closing_shared_date(doc[owner], m.trigger.root)
                    and not (
                        m.type == "enforced_disappearance"
                        and taken_before_vanishing(doc[owner], m.trigger.root)
                    )
                ):
                    continue
                nearest = nearest_root(e, roots) if owner is None else None
                if (
                    owner is None
                    and nearest != m.trigger.root.i
                    and not occurred
                    and not (nearest is not None and shared_by_conjunct(nearest, m.trigger.root, e.start))
                ):
                    continue
                if (
                    owner is None
                    and not occurred
                    and (other_clause(e, m.trigger.root, roots) or above_relative(e, m.trigger.root))
                ):
                    continue
        if parsed and _own_date_first(e, m.trigger.root, ents, sent_ref):
            continue  # "arrested in March 2013 and remains missing five years later": the later clause's
        back = counted_back(e, m.trigger.root, ents, sent_ref) if parsed else None
        if back is not None:  # "came two weeks after he died": counted back from the main clause
            m.relative, anchor = back
            m.date = resolve_date(m.relative, sent_ref, anchor) if anchor is not None else None
            m.relative, m.date_found = (None if anchor is not None else m.relative), True
            return
        counted = REL_PHRASE.search(text) is not None and not _AGO.search(text)
        anchor = sentence_day(ents, e, sent_ref) if counted else None
        if (
            counted
            and anchor is None
            and TOLD_DAY.search(text)
            and m.claim_date
            and m.claim_date.precision == "day"
        ):
            anchor = m.claim_date  # "on Thursday condemned the execution of X, hanged early that morning"
        if anchor is not None:
            # "On 14 September, X, detained six days earlier, died": counted from that day
            value = resolve_date(text, sent_ref, anchor)
            if value is not None:
                m.date, m.date_found = value, True
                return
        yearly = YEARS_ON.search(text)
        anchor = earlier_point(ents, e, sent_ref) if yearly else None
        if anchor is not None:
            # "arrested in 2003 and sentenced the following year": counted from the year before it
            value = resolve_date(text, sent_ref, anchor)
            if value is not None:
                m.date, m.date_found = value, True
                return
        if _COUNTED_BACK.search(text) and m.claim_date is None:
            told = earlier_point(ents, e, sent_ref)  # "learned on Sunday that he had died the previous day"
            if told is not None and told.precision == "day":
                m.date, m.date_found = resolve_date(text, sent_ref, told), True
                return
            m.relative = text  # "two days earlier" with no day of its own: from the event told before
            m.date_found = True
            return
        if TOLD_MONTH.match(text) or TOLD_SEASON.search(text):
            m.relative = text  # "during the month", "that spring": of the event told before
            m.date_found = True
            return
        earlier_dates = [c[1] for c in found if c[1] is not None and c[3] < e.start_char]
        # "arrested in September 2019 during protests that broke out that month": the sentence's own date
        anchored = (
            resolve_date(text, sent_ref, earlier_dates[-1])
            if earlier_dates and _TOLD_UNIT.search(text)
            else None
        )
        if anchored is None and _COUNTING_WORD.search(text) and _COUNTED_UNIT.search(text):
            if _calendar_date_beside(ents, e, sent_ref):
                continue  # "Days later, on 22 October, Mr. X was detained": the day it gives
            m.relative = text
            m.date_found = True
            return
        # "last July" counts back from the report, whatever year the sentence tells of
        own = _FOUR_DIGITS.search(text) or (LAST_MONTH.search(text) and ref.day is not None)
        value = anchored or (
            year_range(text)
            or told_hours(text, ref if article_year_of(doc) is None else sent_ref)  # (no telling day)
            or resolve_date(text, ref if own else sent_ref, m.claim_date)
        )
        if (
            value is not None
            and value.precision == "day"
            and parsed
            and dates_related_event(e, m.trigger.root.i)
        ):
            value = PartialDate(value.value[:7])
        if value is None and not (_BETWEEN_FROM.search(text) and _CALENDAR_NAME.search(text)):
            continue  # "from several days to several months": lengths, not a date
        # "not seen since March", "whereabouts unknown since March": the vanishing began then
        unseen = m.type == "enforced_disappearance" and m.trigger.root.lower_ in _UNSEEN
        since = _SINCE.match(text) is not None or (parsed and _since(e.root, m.trigger.root))
        if value is not None and not unseen and since and not seized_since(m):
            value = open_range_since(value, ref)  # but "not been seen since March": March dates it
        dist = min(abs(e.start - m.trigger.span.start), abs(e.end - m.trigger.span.end))
        if best is None or dist < best[0]:
            best = (dist, value, text, e.start_char)
        found.append((dist, value, text, e.start_char))
    if best is not None and frame is not None and best[3] == frame.start_char and best[1] is not None:
        framed = best[1].value
        # "Last year, ... were detained in May": the month the frame's year completes
        finer = [c for c in found if c[3] != frame.start_char and c[1] and c[1].value.startswith(framed)]
        best = min(finer, key=lambda c: c[0]) if finer else best
    told = since_told_event(m, ref) if best is None and released is None else None
    if told is not None:  # "have been arrested since the funeral": from the funeral told before
        m.date, m.date_found = told, True
    if best is None and released is not None:
        m.date, m.date_found = PartialDate(released.value[:4]), True  # before the release: its year
    if best is not None:
        if best[1] is None and m.date is not None:
            return
        m.date = best[1]
        m.date_found = True
        if best[1] is not None and _COUNTED_FROM_CLAIM.search(best[2]) and m.claim_date is not None:
            m.date = resolve_date(best[2], ref, m.claim_date)
        held = m.type == "enforced_disappearance" and m.date and m.date.precision == "day" and parsed
        if held and m.date and duration_in_clause(sent, m.trigger.root):
            # "arrested her on 2 July and held her incommunicado for 23 days": that period
            before = span_text(sent)[: best[3] - sent.start_char]
            start = next((e for e in ents if e.start_char == best[3]), None)
            if start is None or not taking_is_the_disappearance(start, m.trigger.root, roots):
                m.date = held_up_to(m.date, span_text(sent), before)
