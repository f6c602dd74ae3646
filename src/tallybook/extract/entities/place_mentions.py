"""Mentions that the words around them write as a place's, not a person's.

The NER model tags many towns and provinces of Asia and Africa as people ("Bahir Dar", "Dak Lak",
"Banda Aceh"), and a town taken for a person then wins a quote ("Banda Aceh deputy mayor X told
reporters" gave the town as speaker). Three frames name a place whatever its words: a place noun
with "of" before it ("the province of X", "the town of X"); "in"/"near"/"outside" before it with
the clause ending or going on with time or place after it ("In X, a local official said", "in X on
Tuesday"); and an office with its holder's name after it ("X deputy mayor NAME", "X police chief
NAME"), where X says whose office it is. A person's name stands in none of these frames.
"""

from __future__ import annotations

import re

_PLACE_NOUNS = (
    "province|provinces|region|district|city|town|village|state|county|prefecture|municipality|"
    "governorate|oblast|township|commune|department|island|valley|capital|suburb|neighbou?rhood|"
    "settlement|camp|area|zone|territory"
)
# "the Central Highlands province of X", "the town of X"
_PLACE_OF_BEFORE_RE = re.compile(rf"\b(?i:{_PLACE_NOUNS})[ \t]+of[ \t]+$")
# "In X, ...", "in X on Tuesday", "near X."
_LOCATIVE_BEFORE_RE = re.compile(r"(?<![\w-])(?:[Ii]n|[Nn]ear|[Oo]utside)[ \t]+$")
_LOCATIVE_AFTER_RE = re.compile(
    r"[ \t]*(?:[,;:]|\.(?:\s|$)|$)"
    r"|[ \t]+(?:on|last|this|earlier|in|during|since|after|before|at|near|province|city|town|district)\b"
)
# "X deputy mayor NAME", "X police chief NAME": an office written between a place and its holder
_OFFICE_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:deputy|vice|acting|former|regional|district|provincial)[ \t]+)?"
    r"(?:mayor|governor|regent|prefect|police[ \t]+chief|police[ \t]+commander|district[ \t]+chief|"
    r"district[ \t]+commissioner|council[ \t]+chairman|council[ \t]+head|administrator)"
    r"[ \t]+[A-Z]"
)


def written_as_place(text: str, start: int, end: int) -> bool:
    """True if the mention at [start, end) stands in a frame that makes it a place's name."""
    if text.startswith(("'s", "’s"), end):
        return False  # "in X's case": the possessor of what follows
    if _PLACE_OF_BEFORE_RE.search(text, max(0, start - 40), start):
        return True
    if _LOCATIVE_BEFORE_RE.search(text, max(0, start - 10), start) and _LOCATIVE_AFTER_RE.match(text, end):
        return True
    return _OFFICE_AFTER_RE.match(text, end) is not None
