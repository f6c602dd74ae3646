"""Which period a tally counted "since the protests began" spans when that phrase gives no date.

"34 people have been killed since the protests began", "as many as 14,000 people had been
detained since the protests began": the count runs from the start of the wave to the telling. The
start is the one the text dated before ("since demonstrations erupted in mid-September", "during
the national strike that began on April 28"); the tally takes the period from it to the
publication date (`dates.enclosing` reads its smallest calendar unit: the year, or none when it
crosses one). No start told before: no date. A phrase that gives its own date ("since the
protests began on 1 August") is read by the date rules of the sentence itself. A tally "since the
funeral" runs from the one day the latest sentence naming the funeral gave it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.timing.date_phrases import date_phrases
from tallybook.extract.timing.dates import Reference, open_range_since, resolve_date
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


# "since the coup", "since the failed coup attempt", "since the military takeover": no date given
_SINCE_COUP = re.compile(
    r"\bsince\s+the\s+(?:(?:failed|attempted|abortive|military|army|army's)\s+)?(?:coup|putsch|takeover)"
    r"(?:\s+(?:attempt|d'[ée]tat))?\b(?!\s+(?:of|in|on|last)\b)",
    re.IGNORECASE,
)
# A sentence that tells the coup, where a date in it dates the coup.
_COUP_TOLD = re.compile(r"\b(?:coup|putsch|takeover|(?:seized|took|grabbed)\s+power)\b", re.IGNORECASE)


def _start_told(sents: list[Span], ref: Reference, coup: bool = False) -> PartialDate | None:
    """The earliest date a sentence before gives the start of the wave (or the coup)."""
    found: list[PartialDate] = []
    for sent in sents:
        text = span_text(sent)
        if coup and not _COUP_TOLD.search(text):
            continue
        if not coup and (not _WAVE_STARTED.search(text) or not re.search(_WAVE_NOUN, text, re.IGNORECASE)):
            continue
        for e in date_phrases(sent):
            words = span_text(e)
            value = resolve_date(words[6:] if words.lower().startswith("since ") else words, ref)
            units = {"day", "month", "year"} if coup else {"day", "month"}  # "the 2014 coup": a year
            if value is not None and value.precision in units and not value.end:
                found.append(value)
    return min(found, key=lambda p: p.value) if found else None


# "since the funeral", "since the raid": a one-off event a sentence before told with its day
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:the|that|this)\s+(?:[\w-]+\s+)?(funeral|raid|attack|shooting|massacre|election|"
    r"referendum|rally|march|vigil|bombing|ceremony|verdict)\b(?!\s+(?:of|in|on|last|began|started)\b)",
    re.IGNORECASE,
)


def since_told_event(m: Mention, ref: Reference) -> PartialDate | None:
    """ "Hundreds have been arrested since the funeral": from the day the latest sentence before
    that names the event gave it (a day or month of its own) to the telling."""
    found = _SINCE_EVENT.search(span_text(m.sent))
    if found is None or ref.day is None:
        return None
    noun = re.compile(rf"\b{found.group(1)}s?\b", re.IGNORECASE)
    for sent in reversed([s for s in m.sent.doc.sents if s.end <= m.sent.start]):
        if not noun.search(span_text(sent)):
            continue
        values = [resolve_date(span_text(e), ref) for e in date_phrases(sent)]
        days = [v for v in values if v is not None and v.precision in {"day", "month"} and not v.end]
        ok = len(days) == 1 and days[0].value <= ref.day.isoformat()
        return open_range_since(days[0], ref) if ok else None
    return None


def since_wave_began(m: Mention, ref: Reference) -> PartialDate | None:
    """The period a tally "since the protests began" spans, from the start the text gave before."""
    if m.date is not None or ref.day is None:
        return None
    coup = _SINCE_COUP.search(span_text(m.sent)) is not None
    if not coup and _SINCE_UNDATED.search(span_text(m.sent)) is None:
        return None
    doc = m.sent.doc
    before = [s for s in doc.sents if s.end <= m.sent.start]
    start = _start_told(before, ref, coup)
    if start is None or start.value > ref.day.isoformat():
        return None
    return open_range_since(start, ref)


def since_undated_coup(sent: Span, trigger: Span) -> bool:
    """ "Since the coup, more than 150,000 people have been detained" with the coup dated nowhere
    before: a tally from a start the text does not give, which the story's other dates do not date."""
    text = span_text(sent)
    found = _SINCE_COUP.search(text)
    return found is not None and found.start() < trigger.end_char - sent.start_char + 60
