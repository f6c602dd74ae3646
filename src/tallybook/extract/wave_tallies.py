"""Which period a tally counted "since the protests began" spans when that phrase gives no date.

"34 people have been killed since the protests began", "as many as 14,000 people had been
detained since the protests began": the count runs from the start of the wave to the telling. The
start is the one the text dated before ("since demonstrations erupted in mid-September", "during
the national strike that began on April 28"); the tally takes the period from it to the
publication date (`dates.enclosing` reads its smallest calendar unit: the year, or none when it
crosses one). No start told before: no date. A phrase that gives its own date ("since the
protests began on 1 August") is read by the date rules of the sentence itself.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from tallybook.extract.boilerplate import span_text
from tallybook.extract.date_phrases import date_phrases
from tallybook.extract.dates import Reference, open_range_since, resolve_date
from tallybook.extract.mentions import Mention
from tallybook.model import PartialDate

_WAVE_NOUN = r"(?:protests?|demonstrations?|unrest|uprising|crackdown|strike|riots|clashes)"
_STARTS = r"(?:began|begun|started|erupted|broke\s+out)"
# "since the protests began", "since the nationwide uprising started": a start with no date
_SINCE_UNDATED = re.compile(
    rf"\bsince\s+the\s+(?:[\w-]+\s+)?{_WAVE_NOUN}\s+(?:first\s+)?{_STARTS}\b(?!\s+(?:in|on|last|at|early|late)\b)",
    re.IGNORECASE,
)
# A sentence that dates the start of the wave.
_WAVE_STARTED = re.compile(rf"\b{_WAVE_NOUN}\b[^.;]{{0,60}}?\b{_STARTS}\b|\b{_STARTS}\b", re.IGNORECASE)


def _start_told(sents: list[Span], ref: Reference) -> PartialDate | None:
    """The earliest date a sentence before gives the start of the wave."""
    found: list[PartialDate] = []
    for sent in sents:
        text = span_text(sent)
        if not _WAVE_STARTED.search(text) or not re.search(_WAVE_NOUN, text, re.IGNORECASE):
            continue
        for e in date_phrases(sent):
            words = span_text(e)
            value = resolve_date(words[6:] if words.lower().startswith("since ") else words, ref)
            if value is not None and value.precision in {"day", "month"} and not value.end:
                found.append(value)
    return min(found, key=lambda p: p.value) if found else None


def since_wave_began(m: Mention, ref: Reference) -> PartialDate | None:
    """The period a tally "since the protests began" spans, from the start the text gave before."""
    if m.date is not None or ref.day is None:
        return None
    if _SINCE_UNDATED.search(span_text(m.sent)) is None:
        return None
    doc = m.sent.doc
    before = [s for s in doc.sents if s.end <= m.sent.start]
    start = _start_told(before, ref)
    if start is None or start.value > ref.day.isoformat():
        return None
    return open_range_since(start, ref)
