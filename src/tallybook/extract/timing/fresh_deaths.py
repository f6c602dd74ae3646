"""The month a news story's undated lead death takes: the month the story is published.

"A political prisoner held in X Prison has died after being denied medical care", "A man serving
a jail sentence has died in custody, activists said": a dated news story opens by telling one
person's death in the present perfect with no time of its own; the death is news, so it falls
in the month of publication (the day is left open: the body may give an earlier one). Not a
count of several people ("at least 300 people have died in custody since 2019": a tally over a
period, undated), not a death the text told before, nor one whose sentence gives a period.
"""

from __future__ import annotations

import re

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.text.layout import told_only_in_headline
from tallybook.extract.timing.dates import Reference
from tallybook.extract.timing.month_names import MONTH_NAMES, WEEKDAY_NAMES
from tallybook.model import PartialDate
from tallybook.model.vocab import FATAL_TYPES

# a present perfect of dying: "has died", "has been killed", "has been executed"
_PERFECT_DEATH = re.compile(
    r"\bhas\s+(?:(?:now|reportedly|also)\s+)?(?:died|been\s+(?:killed|executed|hanged|shot\s+dead|beaten\s+to\s+death))\b",
    re.IGNORECASE,
)
# a sentence that spans a period or counts a tally is no fresh event
_PERIOD = re.compile(
    r"\b(?:since|so\s+far|this\s+year|to\s+date|in\s+recent\s+(?:years|months))\b", re.IGNORECASE
)
# a time of the sentence's own: a year, a month, a weekday, a day word
_CALENDAR = re.compile(
    rf"\b(?:\d{{4}}|{MONTH_NAMES}|{WEEKDAY_NAMES}|yesterday|today|tonight|"
    r"last\s+(?:week|month|night)|ago|earlier|recently)\b",
    re.IGNORECASE,
)
# the singular nouns that open a lead about one person ("A political prisoner", "A man", "An activist")
_ONE_PERSON = re.compile(r"^\W*(?:an?|one)\s+(?!number\b|group\b|total\b)", re.IGNORECASE)


def fresh_death_month(m: Mention, earlier: list[Mention], ref: Reference) -> PartialDate | None:
    """The publication month for the first death a dated news story tells of one person in the
    present perfect with no date of its own in its sentence."""
    if ref.day is None or ref.precision != "day" or m.type not in FATAL_TYPES:
        return None
    told = [x for x in earlier if not told_only_in_headline(x.sent.doc, x.start, x.end)]
    if any(x.type in FATAL_TYPES for x in told):
        return None  # a death told again, or a story about several (the headline only announces it)
    if m.figure.count not in (None, 1):
        return None
    text = span_text(m.sent)
    if not _ONE_PERSON.search(text) or _PERIOD.search(text):
        return None
    perfect = _PERFECT_DEATH.search(text)
    at = m.trigger.span.start_char - m.sent.start_char
    if perfect is None or not perfect.start() <= at < perfect.end():
        return None
    if _CALENDAR.search(text):
        return None  # "A man has died ... after his arrest in 2019": the sentence has a time of its own
    return PartialDate(ref.day.isoformat()[:7])
