"""Which date an undated act of a crackdown takes from the story that tells the crackdown.

A report on one wave of repression tells its dated events first (protests that "broke out on 1
July", people "killed between 1 and 4 July") and then counts what went with them without a date
of its own: "More than 700 people have been arrested", "Detainees released on bail told us they
were beaten". Those acts belong to the wave: they take the smallest calendar unit that holds the
wave's dates (the month; the year when the wave runs over months), never the day of one event.
A named person's arrest, a stock of prisoners and an arrest told in the past perfect ("had been
arrested") are not acts of the wave.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import span_ents, span_text
from tallybook.extract.timing.anchored_dates import to_month
from tallybook.extract.timing.dates import Reference, enclosing, resolve_date
from tallybook.extract.timing.wave_tallies import since_undated_coup, since_wave_began
from tallybook.model import PartialDate
from tallybook.model.vocab import TAKING_TYPES

# A stock of people held, not an act: "are currently behind bars", "remain in detention".
_STOCK = re.compile(r"\b(?:currently|remain|remains|still|behind bars|are being held|are held)\b", re.I)
# The start of the wave: "the protests that broke out on 1 July", "The strike began on April 28".
_STARTED = re.compile(r"\b(?:began|begun|broke out|erupted|started)\b", re.I)
# People freed from the wave's detention telling what was done to them.
_RELEASED = re.compile(
    r"\b(?:detainees|those|men|women|people|victims|several|many|some|others)\b[^.;]{0,40}?"
    r"\b(?:released|freed)\b|\b(?:released|freed)\s+(?:detainees|victims|prisoners|men|women|people)\b",
    re.I,
)


def past_perfect(m: Mention) -> bool:
    """ "had been arrested": told as before another event."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" for c in m.trigger.root.children)


def _wave_arrest(m: Mention) -> bool:
    """ "More than 200 people have been arrested": many people taken, no one named."""
    if m.type != "arrest" or m.names or m.anaphoric or past_perfect(m):
        return False
    if m.figure.count is None or m.figure.count < 2:
        return False  # "villagers were rounded up", in a witness's words: no tally of the wave
    lead = span_text(m.sent)[: m.trigger.span.end_char - m.sent.start_char + 30]
    return _STOCK.search(lead) is None


def _released_tell(m: Mention) -> bool:
    """ "Detainees released on bail told X that they were beaten": people freed from the wave's
    custody, more than one, tell of the beatings."""
    if m.type != "torture" or m.names:
        return False
    before = span_text(m.sent)[: m.trigger.span.start_char - m.sent.start_char]
    return _RELEASED.search(before) is not None


def _tally_to_now(m: Mention) -> bool:
    """ "More than 700 people have been arrested": a count that runs up to the telling."""
    return any(c.dep_ == "aux" and c.lower_ in {"have", "has"} for c in m.trigger.root.children)


_SINCE = re.compile(r"since\b", re.I)


def _wave_start(sents: list[Span], ref: Reference) -> list[PartialDate]:
    """The day a sentence before says the protests or the crackdown began."""
    found = []
    for sent in sents:
        if not _STARTED.search(span_text(sent)):
            continue
        for e in span_ents(sent):
            if e.label_ != "DATE" or _SINCE.match(span_text(e)):
                continue
            value = resolve_date(span_text(e), ref)
            if value is not None and value.precision == "day" and not value.end:
                found.append(value)
    return found


def _own_event(x: Mention) -> bool:
    return x.date is not None and not (x.date_from_claim or x.summary or past_perfect(x))


def wave_date(m: Mention, earlier: list[Mention], ref: Reference) -> PartialDate | None:
    """The date of the wave an undated mass arrest, or a beating told by released detainees,
    belongs to."""
    tally = since_wave_began(m, ref)
    if tally is not None:
        return tally  # "have been killed since the protests began": from the start told before
    if since_undated_coup(m.sent, m.trigger.span):
        return None  # "since the coup", a coup never dated: not the wave's acts
    if m.date is not None or not (_wave_arrest(m) or _released_tell(m)):
        return None
    dated = [x for x in earlier if _own_event(x)]
    if m.type == "torture":
        takings = [x for x in dated if x.type in TAKING_TYPES and not x.names]
        if takings and takings[-1].date is not None:
            return to_month(takings[-1].date)
    before = [s for s in m.sent.doc.sents if s.end <= m.sent.start]
    points = [x.date for x in dated if x.date is not None] + _wave_start(before, ref)
    if points and ref.day is not None and _tally_to_now(m):
        points.append(PartialDate(ref.day.isoformat()))  # "have been arrested": up to the telling
    if not points:
        return None
    lo = min(p.value for p in points)
    hi = max((p.end or p.value) for p in points)
    unit = enclosing(PartialDate(lo, hi if hi != lo else None))
    return to_month(PartialDate(unit)) if unit else None
