"""How long a detention lasted, and which periods date what happened during it.

"held incommunicado for 41 days" after an arrest on 2 June is a period from that day; "in the weeks
after his arrest" runs on from the arrest. Torture told only as the means of a confession ("beaten
until he signed a confession") happened some time between arrest and trial: without a stated period
it has no date of its own.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from tallybook.extract.particulars.figures import parse_number
from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.timing.date_owners import verb_of
from tallybook.extract.timing.dates import shift_date
from tallybook.model import PartialDate

DURATION = re.compile(
    r"\b(?:for|during)\s+(?:(?:his|her|their|the)\s+first\s+)?(?:up\s+to\s+|about\s+|nearly\s+|some\s+|around\s+|almost\s+)?"
    r"(\w+)\s+(days|weeks|months)\b",
    re.I,
)


_WEEKS_AFTER = re.compile(r"\b(?:in|during|over) the (weeks|months) (?:after|following)\b", re.I)


def weeks_after(start: PartialDate, text: str) -> PartialDate:
    """ "in the weeks after his arrest" (March): a period running on from that date."""
    m = _WEEKS_AFTER.search(text)
    if m is None or start.end or start.precision == "year":
        return start
    first = date.fromisoformat(start.value if start.precision == "day" else start.value + "-01")
    if start.precision == "month":
        first = shift_date(first, 1, "months") - timedelta(days=1)  # the end of that month
    end = shift_date(first, 3, m.group(1).lower())  # "weeks" or "months": a few of them
    return PartialDate(start.value, end.isoformat()[: len(start.value)])


def lasting(start: PartialDate, text: str) -> PartialDate:
    """ "held incommunicado for 41 days" after an arrest on 2 June: a period from that day."""
    m = DURATION.search(text)
    if m is None or start.precision != "day" or start.end:
        return start
    n = parse_number(m.group(1))
    if n is None:
        return start
    end = shift_date(date.fromisoformat(start.value), n, m.group(2).lower())
    return PartialDate(start.value, end.isoformat()) if end.isoformat() > start.value else start


_LATER = re.compile(r"\b(\w+)\s+(days|weeks)\s+later\b", re.I)


def held_until(end: PartialDate, relative: str, text: str) -> PartialDate:
    """ "Her family did not learn her whereabouts until she appeared in court 23 days later": the
    disappearance is the period up to that day, from the arrest it counts from."""
    found = _LATER.search(relative)
    cut = text.find(relative)
    if found is None or end.precision != "day" or end.end or not re.search(r"\buntil\b", text[: max(cut, 0)]):
        return end
    n = parse_number(found.group(1))
    if n is None:
        return end
    start = shift_date(date.fromisoformat(end.value), -n, found.group(2).lower())
    return PartialDate(start.isoformat(), end.value)


def held_for(start: PartialDate, text: str) -> PartialDate:
    """A period of the stated length from a start known to the day or the month. From a start known
    only to the month it may run from the month's last day: "arrested in November and held for 40
    days" may reach January. (A start known only to the year is left as it is: the gold sets date
    such a custody both to that year and to none.)"""
    m = DURATION.search(text)
    n = parse_number(m.group(1)) if m else None
    if m is None or n is None or start.precision == "year":
        return start
    unit = m.group(2).lower()
    first = date.fromisoformat(start.value if start.precision == "day" else start.value + "-01")
    last = shift_date(first, n, unit)
    if start.precision == "month":  # from an unknown day of that month: it may run into the next one
        month_end = shift_date(first, 1, "months") - timedelta(days=1)
        last = max(shift_date(month_end, n, unit), shift_date(first, 1, "months"))
    end = last.isoformat()[: len(start.value)]
    return PartialDate(start.value, end) if end > start.value else start


_UNTIL = re.compile(r"\b(?:until|till|only\s+when|only\s+after)\b[^.;]{0,60}$", re.I)


def held_up_to(end: PartialDate, text: str, before: str) -> PartialDate:
    """ "For eleven days the authorities denied holding him, and his family learned where he was
    only when he appeared in court on 11 March": a period of the stated length ending at the day
    of the clause that ended it (`before` is the sentence's text up to that day)."""
    m = DURATION.search(text)
    n = parse_number(m.group(1)) if m else None
    if m is None or n is None or end.precision != "day" or end.end or not _UNTIL.search(before):
        return held_for(end, text)
    start = shift_date(date.fromisoformat(end.value), -n, m.group(2).lower())
    return PartialDate(start.isoformat(), end.value)


def _clause_of(tok: Token) -> Token:
    """The verb heading a token's clause; a verb sharing its subject with the one before ("held
    ... and beaten") is in that verb's clause."""
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in {"VERB", "AUX"}), tok)
    while verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
    return verb


def _stated_duration(sent: Span) -> tuple[re.Match[str], Span] | None:
    """The first stated length of the sentence ("for five months"), as matched and as a span."""
    found = DURATION.search(span_text(sent))
    if found is None:
        return None
    span = sent.doc.char_span(sent.start_char + found.start(), sent.start_char + found.end(), "expand")
    return None if span is None else (found, span)


def duration_in_clause(sent: Span, trigger: Token) -> bool:
    """ "held for five months and beaten", "held for three weeks, during which they were beaten":
    the stated length is of the trigger's own detention (not "disappeared for 40 days, and others
    told the court they had been beaten")."""
    stated = _stated_duration(sent)
    return stated is not None and _length_in_clause(stated[1], trigger)


def _length_in_clause(length: Span, trigger: Token) -> bool:
    target = _clause_of(length.root)
    clause = _clause_of(trigger)
    for _ in range(4):  # up through clauses told within it ("held ..., during which they were beaten")
        if clause.i == target.i:
            return True
        if clause.dep_ not in {"advcl", "relcl", "acl", "xcomp"} or clause.head.i == clause.i:
            return False
        clause = _clause_of(clause.head)
    return False


_IN_CUSTODY = re.compile(r"^\s+(?:in|of)\s+(?:(?:his|her|their)\s+)?(?:detention|custody)\b", re.I)


def custody_length(sent: Span, trigger: Token) -> bool:
    """ "held for three weeks in a facility where interrogators beat him", "during his first 25
    days in detention, interrogators beat him": a stated length of the custody the trigger happened
    in, not of the act itself ("beat him for two days until he signed")."""
    stated = _stated_duration(sent)
    if stated is None or not _length_in_clause(stated[1], trigger):
        return False
    found, span = stated
    if _IN_CUSTODY.match(span_text(sent), found.end()):
        return True
    return _clause_of(span.root).i != _clause_of(trigger).i


# Torture as the means of a confession, and what ties it to a time of detention.
CONFESSION_MEANS = re.compile(
    r"\buntil\s+(?:he|she|they)\s+(?:signed|agreed|confessed)|\bto\s+(?:extract|force|obtain|coerce)\b[^.;]{0,40}"
    r"\bconfess|\bextracted\s+(?:under|by|through|with)\b|\binto\s+confessing\b",
    re.IGNORECASE,
)
_TIED = re.compile(
    r"\bduring\s+which\b|\bduring\s+(?:his|her|their)\s+(?:arrest|first|detention)|\bwhile\s+(?:held|in\s+detention|"
    r"in\s+custody)|\bin\s+the\s+(?:first\s+)?(?:days|weeks|months)\s+(?:after|of)\b",
    re.IGNORECASE,
)


def confession_only(sent: Span, trigger: Token) -> bool:
    """ "told the court they had been given electric shocks until they signed confessions": some
    time between arrest and trial, not at the date of an arrest told before."""
    if CONFESSION_MEANS.search(span_text(sent)) is None or _TIED.search(span_text(sent)) is not None:
        return False
    return not duration_in_clause(sent, trigger)


# Holdings told as a state with no start: "are on death row", "have been held incommunicado for more
# than a year", "the 112,000 people registered as disappeared" (a registry's running total).
_UNDATED_HOLDING = re.compile(
    r"\b(?:are|is|remain|remains|remained|still)\s+on\s+death\s+row\b|\bregistered\s+as\s+(?:disappeared|missing)\b"
    r"|\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|at\s+least\s+|some\s+)?(?:a|one|\w+)\s+years?\b"
    r"|\bfor\s+(?:many\s+)?years\b",
    re.IGNORECASE,
)


# A count over a stated length with no dates: "died in custody over a four-year period", "over an
# 18-month period". A year or more of it crosses the turn of a year the text does not place.
_LONG_SPAN = re.compile(
    r"\bover\s+(?:a|an|the)\s+(?:period\s+of\s+)?(\w+)[- ](year|month)s?(?:[- ]long)?(?:\s+period)?\b", re.I
)


def _long_span(text: str) -> bool:
    found = _LONG_SPAN.search(text)
    n = parse_number(found.group(1)) if found else None
    if found is None or n is None:
        return False
    return n >= (1 if found.group(2).lower() == "year" else 12)


def long_span_count(m_sent: Span, trigger: Span) -> bool:
    """ "43 detainees died ... over an 18-month period": a count over a year or more that the text
    does not place in time has no date (neither the report's nor the event told before)."""
    text = span_text(m_sent)
    lo = max(0, trigger.start_char - m_sent.start_char - 30)
    return _long_span(text[lo : trigger.end_char - m_sent.start_char + 100])


def undated_holding(m_sent: Span, trigger: Span) -> bool:
    """A holding told as a state that began at a time the text does not give, or more than a year
    ago: the date of the report does not date it (the period may cross a year)."""
    text = span_text(m_sent)
    lo = max(0, trigger.start_char - m_sent.start_char - 30)
    hi = trigger.end_char - m_sent.start_char + 60
    return _UNDATED_HOLDING.search(text[lo:hi]) is not None


def taking_is_the_disappearance(e: Span, trigger: Token, roots: set[int]) -> bool:
    """ "taken from his shop on 14 April and held for 23 days", "On 9 July officers took X, and his
    whereabouts remained unknown for five months": the taking dated before the stated length is
    the disappearance's own start (its trigger, or a verb no incident of its own tells), so the
    disappearance takes that day. A taking told as its own incident ("arrested her on 2 July and
    held her incommunicado for 23 days") starts the period the disappearance lasted."""
    found = DURATION.search(span_text(e.sent))
    if found is None or e.end_char > e.sent.start_char + found.start():
        return False
    verb = verb_of(e.root)
    return verb is not None and (verb.i == trigger.i or verb.i not in roots)


def taken_before_vanishing(owner: Token, trigger: Token) -> bool:
    """ "X remained missing at year's end after men detained him on 14 October", "disappeared after
    officers detained her on 14 August": the taking told in the "after" clause of the vanishing
    dates the disappearance. The parser often reads "after" as a preposition of the vanishing verb
    and the taking as its conjunct."""
    if owner.head.i != trigger.i or owner.dep_ not in {"advcl", "conj"} or owner.i < trigger.i:
        return False
    return any(
        c.lower_ == "after" and trigger.i < c.i < owner.i for t in (trigger, owner) for c in t.children
    )
