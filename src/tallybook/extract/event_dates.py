"""When a mentioned incident happened: the date phrase that belongs to its trigger.

A sentence can hold several dates: when a source spoke ("said on Monday"), when a person lived
("(1990 – 2022)"), and when each of several incidents happened. A date belongs to the trigger
above it in the parse, else to the nearest trigger; reporting dates and life dates are set aside.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from tallybook.extract.boilerplate import doc_text, span_ents
from tallybook.extract.claimants import is_report_word
from tallybook.extract.date_scope import (
    TIME_WORDS,
    dates_related_event,
    in_breakdown,
    shared_by_conjunct,
    status_date,
)
from tallybook.extract.dates import Reference, open_range_since, resolve_date, shift_date
from tallybook.extract.figures import parse_number
from tallybook.extract.trigger_lexicon import wordset
from tallybook.model import PartialDate

if TYPE_CHECKING:
    from tallybook.extract.mentions import Mention

_DATE_LABELS = frozenset({"DATE", "TIME"})


def _date_owner(tok: Token, roots: set[int]) -> int | None:
    """The trigger a date phrase belongs to: the first trigger above it, unless the path first
    crosses into a conjoined phrase ("the 2015 massacre and 2018 attack in which 45 were killed"),
    in which case the date belongs to the trigger inside that phrase."""
    cur = tok
    for _ in range(8):
        if cur.i in roots:
            return cur.i
        if cur.dep_ == "conj":
            inside = sorted(t.i for t in cur.subtree if t.i in roots)
            return inside[0] if inside else None
        if cur.head is cur:
            return None
        cur = cur.head
    return None


_REL_PHRASE = re.compile(
    r"\b(?:the\s+same\s+(?:day|week|month|year)|(?:later\s+|earlier\s+)?that\s+(?:day|week|month)|the\s+(?:following|next)\s+day|the\s+day\s+after|"
    r"(?:the\s+)?(?:night|day|evening)\s+before|yesterday|(?:\w+)\s+(?:days?|weeks?|months?)\s+"
    r"(?:later|earlier|ago))\b",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_ABS_DATE = re.compile(
    rf"\b\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?\b|\b{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?\b|\b{_MONTH}\s+\d{{4}}\b"
)
_LIFE_DATES = re.compile(r"\(([^()]*\d{4})\s*[–—-]\s*([^()]*\d{4})\)")


_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’/-]+(?:[ ,]+[A-Z][A-Z.'’/-]+)*(?:,\s*[A-Z][\w ,.]{2,30}?)?(?:\s*\([^()\n]{2,40}\))?"
    r"|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"|\([A-Z][^()\n,]{1,30},\s*[^()\n]{4,30}\d{4}\))\s*[-–—]\s",  # "(Nairobi, May 8, 2024) –"
    re.MULTILINE,
)


def datelines(doc: Doc) -> list[tuple[int, int]]:
    """News datelines ("GENEVA (12 January 2023) –", "ADDIS ABABA, September 2023 —"): their date
    is when the report was issued, and their city is not who speaks."""
    cached = doc.user_data.get("tb_datelines")
    if isinstance(cached, list):
        return cached
    found = [(m.start(), m.end()) for m in _DATELINE.finditer(doc_text(doc))]
    doc.user_data["tb_datelines"] = found
    return found


def dateline_end(sent: Span) -> int:
    """End offset of the dateline the sentence starts in or after, else -1."""
    for lo, hi in datelines(sent.doc):
        if lo <= sent.end_char and sent.start_char < hi:
            return hi
    return -1


# A DATE entity must look like a date ("between 40 and 60 young" is the model's mistake).
_DATEISH = re.compile(
    r"\b(?:\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|day|days|week|weeks|month|months|year|years|yesterday|today|tonight|night|morning|"
    r"evening|afternoon|weekend|decade)",
    re.IGNORECASE,
)


def _date_phrases(sent: Span) -> list[Span]:
    """DATE/TIME entities plus relative phrases the NER model tends to miss."""
    doc = sent.doc
    skip_to = dateline_end(sent)
    out = [
        e
        for e in span_ents(sent)
        if e.label_ in _DATE_LABELS and e.start_char >= skip_to and _DATEISH.search(e.text)
    ]
    # "between October 2018 and August": one range, not two dates.
    joined: list[Span] = []
    skip: set[int] = set()
    for k, e in enumerate(out):
        if k in skip:
            continue
        opens = e[0].lower_ in {"between", "from"} or (
            e.start > 0 and doc[e.start - 1].lower_ in {"between", "from"}
        )
        if opens and k + 1 < len(out):
            nxt = out[k + 1]
            link = doc[e.end : nxt.start]
            if len(link) == 1 and link[0].lower_ in {"and", "to", "until", "through"}:
                joined.append(doc[e.start - (0 if e[0].lower_ in {"between", "from"} else 1) : nxt.end])
                skip.add(k + 1)
                continue
        if k + 1 < len(out) and k + 1 not in skip and _coordinated(e, out[k + 1]):
            # "in March and April 2024", "on Tuesday and Wednesday": one period over both
            joined.append(doc[e.start : out[k + 1].end])
            skip.add(k + 1)
            continue
        if e.start > sent.start and doc[e.start - 1].lower_ in {
            "between",
            "from",
            "since",
            "during",
            "throughout",
        }:
            e = doc[e.start - 1 : e.end]  # keep the word that makes it a range
        joined.append(e)
    out = joined
    for rx in (_REL_PHRASE, _ABS_DATE):
        for m in rx.finditer(sent.text):
            span = doc.char_span(
                sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
            )
            if span is None:
                continue
            if span.start_char < skip_to:
                continue
            overlapping = [e for e in out if e.start < span.end and span.start < e.end]
            if all(len(e) < len(span) for e in overlapping):
                out = [e for e in out if e not in overlapping] + [span]
    return sorted(out, key=lambda e: e.start)


def _coordinated(left: Span, right: Span) -> bool:
    """Two date phrases joined by "and"/"or" alone, each naming a month or a weekday."""
    link = left.doc[left.end : right.start]
    joined = len(link) == 0 and left[-1].lower_ in {"and", "or"}  # the model's "last Thursday and"
    if not joined and (len(link) != 1 or link[0].lower_ not in {"and", "or"}):
        return False
    return all(_CALENDAR_WORD.search(x.text) for x in (left, right))


_CALENDAR_WORD = re.compile(rf"\b(?:{_MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)


def death_date(sent: Span, ref: Reference) -> PartialDate | None:
    """ "X (24 February 2000 – 8 December 2022) was ...": the second of a person's life dates."""
    m = _LIFE_DATES.search(sent.text)
    if m is None:
        return None
    value = resolve_date(m.group(2), ref)
    return value if value is not None and value.precision == "day" else None


def previous_sentence_date(prev: Span, ref: Reference) -> PartialDate | None:
    """The first event date (not a reporting date) of the sentence before."""
    for e in _date_phrases(prev):
        if prev.doc.has_annotation("DEP") and _claim_verb_of(e.root) is not None:
            continue
        if _LIFE_DATES.search(prev.text):
            return None
        value = resolve_date(e.text, ref)
        if value is not None and not value.end:
            return value
    return None


def _nearest_root(span: Span, roots: set[int]) -> int | None:
    """The trigger nearest a date phrase in the same sentence (ties go to the earlier one). A date
    that closes a clause ("detained ... on 3 March and has not been seen since") belongs to the
    trigger before it, not to the one past the conjunction."""
    same = [r for r in roots if span.sent.start <= r < span.sent.end]
    if not same:
        return None
    doc = span.doc
    before = [r for r in same if r < span.start]
    after = [r for r in same if r >= span.end]
    if before and after and any(t.dep_ == "cc" for t in doc[span.end : min(after)]):
        same = before
    return min(same, key=lambda r: (min(abs(r - span.start), abs(r - (span.end - 1))), r))


def _claim_verb_of(tok: Token) -> Token | None:
    head = tok.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    if is_report_word(head) and tok.head is not tok and head.lower_ not in _COUNT_VERBS:
        return head
    return None


# Verbs that count events: "recorded 883 executions in 2022" dates the executions, not the record.
_COUNT_VERBS = wordset("recorded record records documented document documents registered counted verified")


def _since(tok: Token) -> bool:
    cur = tok
    for _ in range(5):
        if cur.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since" for c in cur.children):
            return True
        if cur.head is cur:
            break
        cur = cur.head
    return False


def _names_another_event(e: Span, trigger: int) -> bool:
    """ "sentenced in connection with the 2022 protests": a year that names another event (a noun
    other than the trigger) dates that event, unless the trigger happened during it."""
    noun = e.root.head
    if not re.fullmatch(r"(?:the\s+)?\d{4}", e.text) or e.root.dep_ not in {"nummod", "compound", "amod"}:
        return False
    if noun.i == trigger or noun.pos_ != "NOUN" or noun.lower_ in TIME_WORDS:
        return False
    if any(t.i == trigger for t in noun.subtree):
        return False  # "the 2018 attack in which 45 were killed": the event the trigger is in
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is None or prep.lower_ not in {"during", "in", "amid", "at", "throughout"}


def _other_clause(e: Span, trigger: Token) -> bool:
    """ "Soldiers detained 17 men; five were released a week later and the others have not been
    seen since": a date in another clause (past a semicolon, or in a conjoined clause whose verb is
    not the trigger's) dates that clause's event."""
    lo, hi = sorted((e.start, trigger.i))
    if any(t.text == ";" for t in e.doc[lo:hi]):
        return True
    verb = next((a for a in [e.root, *e.root.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.i == trigger.i:
        return False
    return any(c.dep_ == "conj" and trigger in c.subtree and c.i != verb.i for c in verb.children)


_N_AFTER = re.compile(r"\b(\w+)\s+(days?|weeks?)\s+after\b", re.IGNORECASE)


def _days_before(m: Mention, ents: list[Span], ref: Reference) -> PartialDate | None:
    """ "X died last Friday, four days after he was detained": the detention is four days
    before the date the sentence gives the main event."""
    found = _N_AFTER.search(m.sent.text)
    if found is None:
        return None
    after = m.sent.start_char + found.end()
    if not after <= m.trigger.span.start_char <= after + 40:
        return None
    n = parse_number(found.group(1))
    cut = m.sent.start_char + found.start()
    text = doc_text(m.sent.doc)
    days = [
        v
        for e in ents
        if e.start_char < cut  # "on 9 May, two weeks after": the model may join both phrases
        and (v := resolve_date(text[e.start_char : min(e.end_char, cut)], ref)) is not None
        and v.precision == "day"
        and not v.end
    ]
    if n is None or not days:
        return None
    start = shift_date(date.fromisoformat(days[-1].value), -n, found.group(2).lower())
    return PartialDate(start.isoformat())


def _sentence_day(ents: list[Span], rel: Span, ref: Reference) -> PartialDate | None:
    """The day another date phrase of the sentence names, for "six days earlier" to count from."""
    for e in ents:
        if e is rel or _REL_PHRASE.search(e.text):
            continue
        value = resolve_date(e.text, ref)
        if value is not None and value.precision == "day" and not value.end and _ABS_DATE.search(e.text):
            return value
    return None


def fill_date(m: Mention, ref: Reference, roots: set[int]) -> None:
    """The date of the incident: the nearest date phrase of the trigger's own clause."""
    sent = m.sent
    doc = sent.doc
    parsed = doc.has_annotation("DEP")
    ents = _date_phrases(sent)
    life = death_date(sent, ref)
    if life is not None:
        life_text = _LIFE_DATES.search(sent.text)
        assert life_text is not None
        lo, hi = sent.start_char + life_text.start(), sent.start_char + life_text.end()
        ents = [e for e in ents if not (lo <= e.start_char < hi)]
        if m.type in {"execution", "killing", "death_in_custody"}:
            m.date, m.date_found = life, True
    # Dates without a year take it from a full date in the same sentence ("November ... December 23, 2019").
    sent_ref = ref
    for e in ents:
        full = resolve_date(e.text, ref)
        if full is not None and full.precision == "day" and re.search(r"\d{4}", e.text):
            sent_ref = Reference.from_partial(full.value)
            break
    earlier = _days_before(m, ents, sent_ref)
    if earlier is not None and not any(e.start_char > m.trigger.span.end_char for e in ents):
        m.date, m.date_found = earlier, True  # no date of its own after "four days after he was"
        return
    best: tuple[int, PartialDate | None, str] | None = None
    ents = [e for e in ents if not status_date(e) and not in_breakdown(e, m.trigger.span)]
    for e in ents:
        text = e.text
        if parsed:
            claim_verb = _claim_verb_of(e.root)
            if claim_verb is not None and claim_verb.i != m.trigger.root.i:
                m.claim_date = resolve_date(text, ref) or m.claim_date
                if re.search(r"\bbefore\b|\blater\b|\bearlier\b", text):
                    continue
                continue
            if _names_another_event(e, m.trigger.root.i):
                continue
            owner = _date_owner(e.root, roots)
            if (
                owner is not None
                and owner != m.trigger.root.i
                and not shared_by_conjunct(owner, m.trigger.root, e.start)
            ):
                continue
            nearest = _nearest_root(e, roots) if owner is None else None
            if (
                owner is None
                and nearest != m.trigger.root.i
                and not (nearest is not None and shared_by_conjunct(nearest, m.trigger.root, e.start))
            ):
                continue
            if owner is None and _other_clause(e, m.trigger.root):
                continue
        counted = _REL_PHRASE.search(text) is not None and not re.search(r"\bago\b", text, re.I)
        anchor = _sentence_day(ents, e, sent_ref) if counted else None
        if anchor is not None:
            # "On 14 September, X, detained six days earlier, died": counted from that day
            value = resolve_date(text, sent_ref, anchor)
            if value is not None:
                m.date, m.date_found = value, True
                return
        if re.search(r"\b(later|after|same|following|next|that)\b", text, re.I) and re.search(
            r"\b(day|week|month|year)s?\b", text, re.I
        ):
            m.relative = text
            m.date_found = True
            return
        value = resolve_date(text, sent_ref if not re.search(r"\d{4}", text) else ref, m.claim_date)
        if (
            value is not None
            and value.precision == "day"
            and parsed
            and dates_related_event(e, m.trigger.root.i)
        ):
            value = PartialDate(value.value[:7])
        if value is None and not re.search(r"\b(between|from)\b", text, re.I):
            continue
        unseen = m.type == "enforced_disappearance" and m.trigger.root.lower_ == "seen"
        since = re.match(r"since\b", text, re.I) is not None or (parsed and _since(e.root))
        if value is not None and not unseen and since:
            value = open_range_since(value, ref)  # but "not been seen since March": March dates it
        dist = min(abs(e.start - m.trigger.span.start), abs(e.end - m.trigger.span.end))
        if best is None or dist < best[0]:
            best = (dist, value, text)
    if best is not None:
        if best[1] is None and m.date is not None:
            return
        m.date = best[1]
        m.date_found = True
        if best[1] is not None and re.search(r"\b(before|yesterday)\b", best[2]) and m.claim_date is not None:
            m.date = resolve_date(best[2], ref, m.claim_date)
