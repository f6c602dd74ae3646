"""Is a counted group said to be held now, a stock of people held (an arrest aggregate, counted
like a death-row stock: CONVENTIONS.md), where the verb is no arrest word of its own?

"at least 230 people are currently held in X for their peaceful activism", "more than 900
people are held on politically motivated charges", "Thousands of X remain in detention without
charge", "more than 9,000 people remain in custody since the coup". Not a part of a group told
before ("of whom 1,200 remain in detention", "two dozen of them remain in custody"), not people
held on death row (a death-sentence stock), not a spell that is over ("were held for weeks"), nor
a group with no figure ("detainees are held in X").
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_context import QUANTITY_NOUNS
from tallybook.extract.detection.trigger_patterns import wordset

HELD_STOCK_WORDS = wordset("held remain remains")
_PRESENT = wordset("are is remain remains")
_PLACES = wordset("detention custody prison prisons jail jails")
# Prepositions that say where or on what grounds the group is held.
_GROUNDS = wordset("in on without for at since")
# Quantity nouns that count a group: "Thousands of Eritreans".
_QUANTITIES = QUANTITY_NOUNS | wordset("tens")
_PARTS = wordset("them whom those these us")
_NOT_STOCK = wordset("row")
_POLITICAL_HELD = wordset("prisoners detainees")  # "held on death row": sentenced, not only held


def held_stock(tok: Token) -> bool:
    """True for "held" of "N people are (currently) held in/on ...", and for "remain" of "N people
    remain in detention/custody/prison"."""
    if tok.dep_ not in {"ROOT", "ccomp"} or any(c.dep_ == "neg" for c in tok.children):
        return False
    kids = list(tok.children)
    if tok.lower_ == "held":
        if tok.tag_ != "VBN" or not _present_passive(kids):
            return False
        subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        preps = [c for c in kids if c.dep_ == "prep" and c.lower_ in _GROUNDS]
        if not preps:
            return False
    else:
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if not any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.lower_ in _PLACES for g in c.children if g.dep_ == "pobj")
            for c in kids
        ):
            return False
    if any(w.lower_ in _NOT_STOCK for w in tok.subtree):
        return False
    return subject is not None and _counted_group(subject)


def _present_passive(kids: list[Token]) -> bool:
    """ "are held", "remain held": held now (not "were held for weeks"; "have been held since"
    was measured and left out: its one open case has a teller the attribution misreads)."""
    return any(c.dep_ == "auxpass" and c.lower_ in _PRESENT for c in kids)


def _counted_group(subject: Token) -> bool:
    """A plural noun with a figure ("at least 230 people", "the parents of at least 12
    conscripts") or a quantity noun ("Thousands of X"); not a part of a group told before."""
    words = list(subject.subtree)
    if any(w.dep_ == "pobj" and w.lower_ in _PARTS and w.head.lower_ == "of" for w in words):
        return False  # "two dozen of them", "of whom"
    if subject.lower_ in _POLITICAL_HELD and any(c.lower_ == "political" for c in subject.children):
        return False  # "N political prisoners remain in jail": read as a stock in parsed_triggers
    if subject.lower_ in _QUANTITIES:
        return True
    if subject.tag_ not in {"NNS", "NNPS"}:
        return False
    return any(w.like_num and w.dep_ in {"nummod", "pobj", "quantmod", "compound"} for w in words)
