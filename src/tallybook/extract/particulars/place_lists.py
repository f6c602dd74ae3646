"""A place named as one of a list of three or more: the incident has no single scene.

"Teachers were detained in Tabriz, Ardabil and Urmia", "executions in the prisons of A, B, C and
D": an event spread over several towns is placed in the country, not in whichever town the
writer named nearest the verb (CONVENTIONS: multi-location events get the country and a note).
Two towns ("in A and B") are left alone: annotators take the first-named town as often as the
country. A province whose name holds "and" ("Kohgiluyeh and Boyer-Ahmad province") is no list:
every item must be a capitalised name, the last one not followed by a place noun.
"""

from __future__ import annotations

from spacy.tokens import Token

_MIN_ITEMS = 3


def _head_of_list(tok: Token) -> Token:
    while tok.dep_ == "compound" and tok.head.i > tok.i:  # "Port Said": the name's last word
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _person(tok: Token) -> bool:
    """ "journalists in Herat, A and B": names of people the list of places runs into."""
    from tallybook.extract.particulars.places import is_known_person

    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent.label_ == "PERSON" and is_known_person(tok.doc, ent.text)


def one_of_many(tok: Token) -> bool:
    """Whether `tok` (the first word of a place's name) is an item of a list of three or more
    capitalised names joined by commas and "and"/"or"."""
    from tallybook.extract.particulars.places import is_country  # places imports this module

    first = _head_of_list(tok)
    items = [first, *first.conjuncts]
    if len(items) < _MIN_ITEMS or first.dep_ not in {"pobj", "appos", "conj", "compound"}:
        return False
    for item in items:
        if not item.text[:1].isupper() or is_country(item.text) or _person(item):
            return False
    last = max(items, key=lambda t: t.i)
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return after is None or not after.is_lower or after.pos_ not in {"NOUN", "PROPN"}
