"""The date of a beating told with no date of its own inside a detention the text has just told.

"On 4 March police detained X. X later said officers beat him over two days": the beating took
place in that custody, so it takes the smallest calendar unit holding the custody — from the day
of the arrest to its stated end (a duration, "released 30 hours later", a day told in between, or
the telling itself when the story is days old). Beaten at the arrest itself ("was arrested on 14
March and beaten", "rounded up 30 men, many of whom were whipped", "beat him in a police van"),
it takes the arrest's own date, whatever the custody's length. A custody whose end the text does
not bound (arrested years before the telling, beaten "during interrogation") gives no date here,
nor does a beating told as the means of a confession (held_periods dates those). A stated length
of custody after a dated arrest ("arrested in March 2021 and held for 40 days, during which ...")
gives the period from the arrest.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span

from tallybook.extract.particulars.figures import parse_number
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_text, span_ents, span_text
from tallybook.extract.timing.dates import Reference, enclosing, resolve_date, shift_date
from tallybook.extract.timing.dating_years import previous_sentence, previous_sentence_date
from tallybook.extract.timing.held_periods import duration_in_clause, held_for
from tallybook.extract.timing.month_names import MONTH_NAMES
from tallybook.model import PartialDate
from tallybook.model.vocab import TAKING_TYPES

_ONE_PERSON = frozenset({"he", "she", "him", "her"})
_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "some", "many", "several", "most"})
# How long the custody lasted: "for three days", "over two days", "released 30 hours later".
_SPAN = re.compile(
    r"\b(?:for|over)\s+(?:up\s+to\s+|about\s+|nearly\s+|almost\s+)?(?P<n1>\w+)\s+(?P<u1>hours|days|weeks)\b"
    r"|\b(?P<n2>\w+)\s+(?P<u2>hours|days|weeks)\s+later\b",
    re.I,
)
# Told as done at the arrest itself: the day of the arrest.
_AT_ARREST = re.compile(
    r"\b(?:during|at the time of)\s+(?:his|her|their|the)\s+(?:arrests?|detention|abduction)\b"
    r"|\bin(?:to)?\s+(?:a|the)\s+(?:police\s+|army\s+|military\s+|patrol\s+)?(?:vans?|trucks?|vehicles?|cars?)\b"
    r"|\bbefore\s+(?:being\s+)?(?:loaded|driven|taken|bundled|put|loading|driving|taking|bundling|putting)\b",
    re.I,
)
# Beaten to make the person confess: dated by the rules of held_periods, not by the arrest.
_CONFESSION = re.compile(r"\bconfess", re.I)  # (and "confession")
_RECENT_DAYS = 7  # a detention this close to the telling lasted at most until the telling


def _taking(m: Mention, earlier: list[Mention]) -> tuple[Mention, list[Span]] | None:
    """The arrest or abduction of the same person or group told in the same sentence before the
    beating, or in one of the two sentences before it (same paragraph), and the sentences from
    it up to the beating's."""
    text = doc_text(m.sent.doc)
    sents: list[Span] = [m.sent]
    sent: Span | None = m.sent
    for _ in range(3):
        if sent is None:
            return None
        found = [
            x
            for x in earlier
            if x.sent.start == sent.start
            and x.type in TAKING_TYPES
            and x.trigger.span.start < m.trigger.span.start
            and x.date is not None
            and not (x.date_from_claim or x.summary)
        ]
        if found:
            return found[-1], sents
        prev = previous_sentence(sent)
        if prev is None or "\n" in text[prev.end_char : sent.start_char]:
            return None
        sent = prev
        sents.insert(0, sent)
    return None


# A member picked out of a group: "One of them, student X,", "five of them, including X,".
_PARTITIVE = re.compile(
    r"\b(?:of|among)\s+(?:them|those|the\s+(?:\w+\s+)?(?:detainees|detained|arrested|abducted))\b", re.I
)


def _same_people(m: Mention, x: Mention) -> bool:
    if m.names:
        surnames = {n.split()[-1].lower() for n in x.names}
        if any(n.split()[-1].lower() in surnames for n in m.names):
            return True
        # "detained 14 students. One of them, student X, was beaten": a named member of the group
        return not x.names and (x.figure.count or 0) > 1 and _PARTITIVE.search(span_text(m.sent)) is not None
    words = {t.lower_ for t in m.sent}
    if words & _ONE_PERSON and not x.names and (x.figure.count or 1) > 1:
        return False  # "He told his lawyer ..." after "400 people have been arrested": not one of them
    if m.sent.start == x.sent.start:
        return True
    return bool(words & _PRONOUNS) or m.figure.count is None


def _at_arrest(m: Mention, x: Mention) -> bool:
    """ "arrested on 14 March and beaten", "rounded up 30 men, many of whom were whipped", "beat
    him in a police van"."""
    root, held = m.trigger.root, x.trigger.root
    if m.sent.start == x.sent.start:
        if root.dep_ == "conj" and root.head.i == held.i and (x.figure.count or 1) == 1:
            # "was arrested on 14 March and beaten": one person's arrest and beating
            return True
        taken = root.head  # "rounded up 30 men, many of whom were whipped": the people taken
        if root.dep_ == "relcl" and taken.head.i == held.i and taken.dep_ in {"dobj", "nsubjpass"}:
            return True
    return _AT_ARREST.search(span_text(m.sent)) is not None


def _end(start: date, sents: list[Span], ref: Reference) -> date | None:
    """The last day the text puts the custody at: a duration from the arrest, days told after it."""
    ends: list[date] = []
    for sent in sents:
        for found in _SPAN.finditer(span_text(sent)):
            n = parse_number(found.group("n1") or found.group("n2") or "")
            unit = (found.group("u1") or found.group("u2") or "").lower()
            if n is None:
                continue
            if unit == "hours":
                ends.append(start + timedelta(days=n // 24))  # "for three hours": the same day
            else:
                ends.append(shift_date(start, n, unit))
        for e in span_ents(sent):
            value = resolve_date(span_text(e), ref) if e.label_ == "DATE" else None
            if value is not None and value.precision == "day" and not value.end:
                day = date.fromisoformat(value.value)
                if start < day <= start + timedelta(days=60):
                    ends.append(day)
    recent = ref.day is not None and start <= ref.day <= start + timedelta(days=_RECENT_DAYS)
    if not ends and ref.day is not None and ref.precision == "day" and recent:
        ends.append(ref.day)
    return max(ends) if ends else None


def custody_torture_date(m: Mention, earlier: list[Mention], ref: Reference) -> PartialDate | None:
    """The date of an undated beating in the custody of an arrest told just before."""
    if m.type != "torture" or m.date is not None:
        return None
    found = _taking(m, earlier)
    if found is None:
        return _police_custody_month(m, earlier)
    x, sents = found
    value = x.date
    if value is None or not _same_people(m, x):
        return None
    if _CONFESSION.search(span_text(m.sent)):
        return None  # beaten to make him confess: held_periods dates it by the detention's length
    if _at_arrest(m, x):
        return PartialDate(value.value, value.end)
    if value.precision == "month" and not value.end:
        # "seized three weeks before he was found dead on 9 January": a month's custody that a
        # day told after it ends holds both months
        first = date.fromisoformat(value.value + "-01")
        last = _end(first, sents, ref)
        latest = _end(shift_date(first, 1, "months") - timedelta(days=1), sents, ref)
        if latest is not None and latest.year != first.year:
            return None  # from the month's last day it may reach the next year: no single year holds it
        if last is not None and last.strftime("%Y-%m") != value.value:
            unit = enclosing(PartialDate(first.isoformat(), last.isoformat()))
            return PartialDate(unit) if unit else None
    if value.precision != "day" or value.end:
        unit = enclosing(held_for(value, span_text(m.sent)) if not value.end else value)
        return PartialDate(unit) if unit else None
    start = date.fromisoformat(value.value)
    end = _end(start, sents, ref)
    if end is None:
        return None
    unit = enclosing(PartialDate(start.isoformat(), end.isoformat() if end > start else None))
    return PartialDate(unit) if unit else None


# Police custody, where a person is held for the first days after the arrest
_POLICE_CUSTODY = re.compile(
    r"\bpolice\s+(?:station|department|headquarters|precinct|lock-?up|custody)\b"
    r"|\bcustody\s+unit\b|\bfirst\s+(?:night|nights|day|days|hours)\b",
    re.I,
)


def _police_custody_month(m: Mention, earlier: list[Mention]) -> PartialDate | None:
    """ "In March police detained the reporter X. ... According to his lawyer, X was beaten during
    the first night at the police department": a beating of a named person in police custody,
    which lasts days, falls in the month of that person's dated arrest told in an earlier
    paragraph (the two-sentence window of `_taking` does not reach it)."""
    said = span_text(m.sent)
    if not _POLICE_CUSTODY.search(said):
        return None
    for x in reversed(earlier):
        if x.type not in TAKING_TYPES or x.date is None or x.date.end or x.summary or x.date_from_claim:
            continue
        named = [n for n in x.names if n.split()[-1] in said or n in m.names]
        if named and x.date.precision in {"day", "month"}:
            return PartialDate(x.date.value[:7])
    return None


# The people a sentence goes on about: "their whereabouts", "the fate of six of them", "the
# families of several of the detainees", "those detained".
_BACK_REFERENCE = re.compile(
    r"\b(?:his|her|their)\s+(?:whereabouts|fate|location|families|family|relatives)\b"
    r"|\bof\s+(?:them|those)\b|\bthe\s+(?:remaining\s+|other\s+)?detainees\b"
    r"|\bthose\s+(?:detained|arrested|abducted|seized|taken)\b",
    re.I,
)


_SINCE_THEN = re.compile(r"\bsince then\b", re.I)
# A length of time, not a point in it: "two days", "several weeks".
_LENGTH = re.compile(r"(?:up to |about |some |nearly )?\w+ (?:hours|days|weeks|months)", re.I)


def taken_just_before(m: Mention, earlier: list[Mention]) -> PartialDate | None:
    """ "Police arrested 15 union members on 4 March. Their whereabouts remain unknown": a
    disappearance told only as a state of the people the sentence before took dates from that
    taking (a stated length of custody makes it that period)."""
    prev = previous_sentence(m.sent)
    said = span_text(m.sent)
    if prev is None or _BACK_REFERENCE.search(said) is None or _SINCE_THEN.search(said):
        return None  # ("Since then, her fate has not been disclosed": up to the telling, dated elsewhere)
    if any(e.label_ == "DATE" and not _LENGTH.fullmatch(span_text(e)) for e in span_ents(m.sent)):
        return None  # the sentence dates something of its own: left to the other rules
    taken = [
        x
        for x in earlier
        if x.sent.start == prev.start
        and x.type in TAKING_TYPES
        and x.date is not None
        and not (x.date_from_claim or x.summary or x.date.end)
    ]
    if not taken:
        return None
    value = taken[-1].date
    assert value is not None
    return held_for(value, span_text(m.sent))


# An arrest told as a noun with its date, which a stated length of custody counts from ("after his
# arrest in March 2022", or the year alone: "after his arrest in 2016").
_AFTER_ARREST = re.compile(
    rf"\b(?:after|following|since)\s+(?:his|her|their)\s+(?:arrest|detention|abduction)\s+"
    rf"((?:in|on)\s+(?:(?:\d{{1,2}}\s+)?(?:{MONTH_NAMES})(?:\s+\d{{1,2}})?,?\s+)?\d{{4}})\b"
)
_ARRESTED = re.compile(r"\b(?:arrested|detained|abducted|seized|taken into custody)\b", re.IGNORECASE)


def held_since_arrest(m: Mention, earlier: list[Mention], ref: Reference) -> PartialDate | None:
    """ "He was arrested in March 2021 and held in solitary confinement for 40 days, during which
    interrogators beat him": the period from the arrest (of this sentence or the one before)."""
    if m.type not in {"torture", "enforced_disappearance", "other"}:
        return None
    if not duration_in_clause(m.sent, m.trigger.root):
        return None
    prev = previous_sentence(m.sent)
    for sent in (m.sent, prev):
        if sent is None:
            continue
        start = next(
            (
                x.date
                for x in reversed(earlier)
                if x.type == "arrest" and x.sent.start == sent.start and x.date and not x.date_from_claim
            ),
            None,
        )
        if start is None and _ARRESTED.search(span_text(sent)) and sent is prev:
            start = previous_sentence_date(sent, ref)
        told = _AFTER_ARREST.search(span_text(sent)) if start is None and sent is m.sent else None
        if told is not None:  # "after his arrest in March 2022 he was held for 43 days"
            start = resolve_date(told.group(1), ref)
        if start is not None and not start.end:
            return held_for(start, span_text(m.sent))
    return None
