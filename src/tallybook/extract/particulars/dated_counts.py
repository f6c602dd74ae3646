"""A victim count the parser hung on the date before the victim noun.

"On 5 September three farmers were beaten", "On Saturday 9 March 40 people were arrested": the
parser reads the number as a modifier of the month, so the noun's own phrase holds no count. A
number right before the phrase, hung on a date word before it, counts the noun when the date is
already complete before it (a day before the month, or a year): "on September 3 farmers" keeps the
3 as the day.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.text.boilerplate import doc_text

_COMPLETE_DATE_END_RE = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|\b(?:19|20)\d\d)"
    r",?\s*$"
)


def with_dated_count(doc: Doc, lo: int) -> int:
    """`lo`, or the position of the number before it that the parser hung on a complete date."""
    if lo == 0:
        return lo
    num = doc[lo - 1]
    head = num.head
    if not num.like_num or num.dep_ != "nummod" or head.i >= num.i or head.ent_type_ != "DATE":
        return lo
    before = doc_text(doc)[doc[max(0, lo - 6)].idx : num.idx]
    return lo - 1 if _COMPLETE_DATE_END_RE.search(before) else lo
