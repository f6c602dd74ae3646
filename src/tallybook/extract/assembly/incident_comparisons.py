"""Which aggregate a "compared with N in <period>" sets beside the one a sentence tells.

"The group recorded 38 cases of torture during the year, compared with 41 in 2021", "security
forces killed 41 people between January and November, compared with 51 in the previous year":
the compared figure is a second aggregate of the same kind, from the same source, for its own
period (its evidence is the comparison phrase), with its own qualifier ("compared with around
250 over the same period in 2022" is about 250); "against N in 2020" compares
as well. Without a period of its own ("compared with 41
a month ago" aside) the phrase is no incident.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tallybook.extract.particulars.figures import parse_figure
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_text
from tallybook.model import Figure, PartialDate

_NUMBER = (
    r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_PERIOD = (
    r"(?:(?:in|during|for|over|throughout)\s+(?:the\s+(?:whole|entirety|course)\s+of\s+)?"
    r"(?:the\s+same\s+period\s+(?:of\s+|in\s+)?)?"
    r"(?P<when>last\s+year|the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before|(?:19|20)\d\d)"
    r"|(?P<earlier>a\s+year\s+(?:earlier|before))"
    r")"
)
# "around 250", "some 150", "at least 40": the compared figure's own qualifier
_QUALIFIER = r"(?:(?:around|about|some|roughly|nearly|almost|approximately|at\s+least|more\s+than|over)\s+)?"
_COMPARED_RE = re.compile(
    rf"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from)\s+(?P<num>{_QUALIFIER}(?:{_NUMBER}))\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?"
    rf"{_PERIOD}\b",
    re.I,
)
# ", against 188 in the whole of 2020", "versus 12 in 2019": a bare number set beside a period
# (after a comma, so "charges against 30 activists in 2019" is no comparison)
_AGAINST_RE = re.compile(rf",\s+(?:as\s+against|against|versus)\s+(?P<num>{_NUMBER})\s+{_PERIOD}\b", re.I)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _period(match: re.Match[str], told: PartialDate | None) -> PartialDate | None:
    when = match.group("when") or ""
    year = _YEAR_RE.fullmatch(when)
    if year is not None:
        return PartialDate(year.group(0))
    if told is None or not told.value[:4].isdigit():
        return None
    return PartialDate(str(int(told.value[:4]) - 1))  # "last year", "the previous year"


def _told_year(m: Mention) -> PartialDate | None:
    """The year `m`'s aggregate is of: its date, else (dates are read only later) the year the
    text was published ("251 put to death in the first half of the year, compared with 117 during
    the same period last year")."""
    if m.date is not None:
        return m.date
    published = m.sent.doc._.tb_published if m.sent.doc.has_extension("tb_published") else None
    if isinstance(published, str) and _YEAR_RE.match(published):
        return PartialDate(published[:4])
    return None


def compared_aggregates(m: Mention, mentions: list[Mention]) -> list[Mention]:
    """The aggregate a "compared with N in <period>" after `m`'s figure tells, once per phrase."""
    if m.figure.count is None or m.summary or m.anaphoric or m.names:
        return []
    text = doc_text(m.sent.doc)
    lo, hi = m.trigger.span.end_char, m.sent.end_char
    match = _COMPARED_RE.search(text, lo, hi) or _AGAINST_RE.search(text, lo, hi)
    if match is None:
        return []
    start = match.start()
    if any(x.sent.start == m.sent.start and x.start == start for x in mentions):
        return []  # another trigger of the sentence already took the phrase
    when = _period(match, _told_year(m))
    figure = parse_figure(match.group("num"))
    if when is None or figure.count is None:
        return []
    return [
        replace(
            m,
            start=start,
            end=match.end(),
            figure=Figure(count=figure.count, qualifier=figure.qualifier or "exact"),
            date=when,
            date_from_claim=False,
            places=[],
            anaphoric=False,
        )
    ]
