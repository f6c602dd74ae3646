"""The day a news story's place-by-place scene sentences take from the lead that dated the deaths.

"At least 38 protesters were killed across the country on Sunday ... In Kalay, 12 people were
killed. In a similar raid in Bolga, a teacher was shot dead": a sentence that opens on a place
and tells deaths with no date of its own is one scene of the day the lead gave the deaths. Only
a lead dated to one day (not by its telling), deaths of the lead's kind, told in the simple past
(not "have been killed since January": a tally of its own), and no other day of that kind told
between the lead and the scene.
"""

from __future__ import annotations

from spacy.tokens import Span

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import span_ents
from tallybook.model import PartialDate
from tallybook.model.vocab import FATAL_TYPES

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_OPENING_MAX = 14  # tokens of the opening "In ..." phrase before its comma


def _opens_on_place(sent: Span) -> bool:
    """ "In Kalay, ...", "In a similar crackdown that occurred in Bago, ...": an opening "In" phrase
    set off by a comma that names a place (the model tags a small town as a body too: a proper
    name that is not a person's, in a phrase that owns nothing, "In Amnesty's report," is no place)."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "in":
        return False
    comma = next((t.i for t in words[1 : _OPENING_MAX + 1] if t.text == ","), None)
    if comma is None:
        return False
    opening = [t for t in words if t.i < comma]
    if any(t.tag_ == "POS" for t in opening):
        return False
    people = {t.i for e in span_ents(sent) if e.label_ == "PERSON" for t in e}
    if any(e.label_ in _PLACE_LABELS and e.end <= comma for e in span_ents(sent)):
        return True
    return any(t.pos_ == "PROPN" and t.i not in people for t in opening)


def _kin(a: str, b: str) -> bool:
    """Deaths of one scene: the same kind, or a killing and a death in custody (not an execution)."""
    return a == b or ({a, b} <= FATAL_TYPES and "execution" not in {a, b})


def _has_perfect(m: Mention) -> bool:
    """ "have been killed", "had been shot": a tally up to now or an act before another."""
    return any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"has", "have", "had"} for c in m.trigger.root.children
    )


def _one_day(m: Mention) -> bool:
    d = m.date
    return d is not None and not m.date_from_claim and d.precision == "day" and not d.end


def place_scene_day(m: Mention, earlier: list[Mention]) -> PartialDate | None:
    """The lead's day for an undated scene sentence of its deaths, else None."""
    if m.type not in FATAL_TYPES or m.date is not None or m.summary or m.names or _has_perfect(m):
        return None
    if not _opens_on_place(m.sent) or any(e.label_ in _TIME_LABELS for e in span_ents(m.sent)):
        return None
    told = [x for x in earlier if not x.summary and _kin(x.type, m.type)]
    if not told or not _one_day(told[0]):
        return None  # the story's first deaths are its lead: they must carry a day
    lead = told[0].date
    assert lead is not None
    if any(x.date is not None and not x.date_from_claim and x.date != lead for x in told[1:]):
        return None  # deaths of another day told between: the scene may be theirs
    return PartialDate(lead.value)
