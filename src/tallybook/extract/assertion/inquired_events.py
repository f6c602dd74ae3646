"""Is an event named as what an inquiry is sought into told as a fact, whatever the clause above
demands? "X called for an independent investigation into the killing of at least 37 civilians",
"the authorities must open an inquiry into the deaths of 12 detainees": a counted event someone
wants investigated has happened; the demand is for the inquiry. An uncounted one ("an
investigation into the killing of protesters", "into the killings of 12 August") is left to the
clause above, and so is one whose calling verb carries a date ("on Friday called for an inquiry
into the killing of 40 villagers in March"): the date would be read as the event's."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.assertion.factual_readings import dated_participle
from tallybook.extract.attribution.inquiry_calls import INQUIRY_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.timing.date_phrases import dated_dependent

__all__ = ["beyond_mood"]

# the inquiry nouns a call names (`inquiry_calls`), and the British spelling an event sought into takes
_INQUIRIES = INQUIRY_NOUNS | wordset("enquiry enquiries")


def beyond_mood(root: Token) -> bool:
    """Whether the trigger `root` is asserted whatever mood the clause above it has: a participle
    that dates its own event (`dated_participle`) or an event noun an inquiry is sought into."""
    return dated_participle(root) or inquired_event(root)


def inquired_event(root: Token) -> bool:
    """ "an investigation into the killing of at least 37 civilians": an event noun after "into"
    on an inquiry noun, with a figure in its own phrase, sought by an undated verb."""
    if root.pos_ != "NOUN" or root.dep_ != "pobj" or root.head.lower_ != "into":
        return False
    held = root.head.head  # "an investigation into", or "open an investigation into" as parsed
    if held.lower_ not in _INQUIRIES and not any(
        c.dep_ == "dobj" and c.lower_ in _INQUIRIES for c in held.children
    ):
        return False
    if not any(t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN" for t in root.subtree):
        return False  # a count of people ("at least 37 civilians"), not a day ("12 August")
    verb = held
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return not any(dated_dependent(c) for c in verb.children)  # "on Friday", "today"
