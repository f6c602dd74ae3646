"""Whether a biography's lead or a body sentence is the evidence of the death both tell: "X (11 March
1993 - 14 July 2020) was an engineer who was executed following his arrest" dates the execution only
by the life dates and names no place, so "X was hanged at dawn on 14 July 2020 in Y Prison", the
sentence that tells the act itself, is the evidence. A lead that names where it happened ("who was
hanged at Z Prison") stays the evidence.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.timing.dating_years import LIFE_DATES

# prepositions that set an act in a place: "hanged at X Prison", "died in custody"
_PLACE_PREPS = wordset("in at inside on")
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# nouns that name where someone was held or killed without a name of their own
_PLACE_NOUNS = wordset(
    "prison jail gaol custody colony facility centre center camp station compound island "
    "detention home house village town city province district street square market"
)


def _placed(trigger: Token) -> bool:
    """The trigger's own phrase names where the act happened: "hanged at X Prison", "in custody"."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (obj.ent_type_ in _PLACE_ENTS or obj.lower_ in _PLACE_NOUNS):
                return True
    return False


def _life_dated(m: Mention) -> bool:
    """A lead whose only date for the act is the person's death date in the life dates."""
    if m.date is None:
        return False
    text = span_text(m.sent)
    life = LIFE_DATES.search(text)
    if life is None:
        return False
    # the death date written again outside the parentheses ("on the night of 16 August 2017")
    # dates the act in the lead's own words
    death = life.group(2).strip()
    return death not in text[: life.start()] + text[life.end() :]


def body_over_lead(mentions: list[Mention], best: Mention) -> Mention:
    """`best`, unless it is a life-dated lead that places nothing and a later sentence of the same
    cluster tells the act on the same day in its own words: that sentence."""
    if best.summary or not _life_dated(best) or _placed(best.trigger.root):
        return best
    assert best.date is not None
    for m in mentions:
        if m is best or m.summary or m.anaphoric or m.start <= best.start or m.date_from_claim:
            continue
        if m.date != best.date or LIFE_DATES.search(span_text(m.sent)):
            continue
        if not any(t.ent_type_ == "DATE" for t in m.trigger.root.subtree):
            continue  # a date carried from the sentences before: the lead still tells it best
        if set(m.names) & set(best.names):
            return m
    return best
