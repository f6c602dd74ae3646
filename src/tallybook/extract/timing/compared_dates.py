"""Which date phrases of a sentence date only the figure an aggregate is compared with?

"at least 247 executions since 1 January, more than double the figure for the same period last
year", "251 put to death in the first half of the year, compared with 117 during the same period
last year", "38 cases during the year, up from 19 in 2022": the period after the comparing words is
the compared figure's (`incident_comparisons` makes that figure an aggregate of its own); it never
dates the trigger told before the comparison, which keeps its own period ("since 1 January", "the
first half of the year"). A date before the comparing words, or a comparison before the trigger,
is left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from tallybook.extract.text.boilerplate import doc_text

_NUMBER = (
    r"(?:(?:around|about|some|roughly|nearly|almost|at\s+least|more\s+than|over|just)\s+)?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds|dozens)\b"
)
# The words that set a second figure beside the one told: "compared with 148", "up from 19",
# ", against 188", "versus 12" (a number must follow: "picked him up from a tea stall" is none),
# or "double the figure for", "surpassing the total for" (the period follows at once).
_CUE = re.compile(
    rf"(?:(?:\bcompared\s+(?:with|to)|\bup\s+from|\bdown\s+from|,\s*(?:as\s+)?against|\bversus)\s+{_NUMBER}"
    r"|\bthe\s+(?:figure|number|total|tally|count)\s+(?:for|over|during)\b)",
    re.I,
)
# Between the cue and the date: the compared figure and its noun, no clause of its own.
_GAP = re.compile(r"^[\w\s,.%-]{0,60}$")
_STOP = re.compile(r"[;:]|\b(?:and|but|while|who|which|when|where|after|before)\b", re.I)


def compared_date(e: Span, trigger: Span) -> bool:
    """Whether the date phrase `e` names the period of a figure the sentence compares the
    trigger's aggregate with, the comparing words standing between the trigger and the date."""
    if e.start_char < trigger.end_char:
        return False
    text = doc_text(e.doc)
    between = text[trigger.end_char : e.start_char]
    cues = list(_CUE.finditer(between))
    if not cues:
        return False
    gap = between[cues[-1].end() :]
    # a dotted figure ("1.5") may stand in the gap, a sentence end may not
    return _GAP.match(gap) is not None and _STOP.search(gap) is None and ". " not in gap
