"""Whether a one-word name the model tagged as an organisation is a place the text uses as one: a
capital ("Kabul"), a base ("a Kabul-based group") or the head of a dateline ("KABUL, Afghanistan").
Moved out of `organizations`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tallybook.extract.entities.org_names import based_re
from tallybook.extract.particulars.countries import CAPITALS

__all__ = ["named_place"]

_BASED_RE = re.compile(r"-based\b", re.IGNORECASE)
_DATELINE_HEAD_RE = re.compile(r"(?m)^([^ \n]*?), [A-Z][a-z]")


@lru_cache(maxsize=1)  # every entity of one text asks; a str keeps its hash
def _place_cues(text: str) -> tuple[bool, frozenset[str]]:
    """Read once per text, not once per entity: whether "-based" occurs, and the one-word heads
    of lines that open "X, Capitalised" (a name without spaces is such a head or none)."""
    heads = frozenset(m.group(1) for m in _DATELINE_HEAD_RE.finditer(text))
    return _BASED_RE.search(text) is not None, heads


def named_place(name: str, text: str) -> bool:
    """Whether the text uses a one-word name as a place: a capital, "X-based", a dateline."""
    if " " in name:
        return False
    based, heads = _place_cues(text)
    if name.title() in CAPITALS or (based and based_re(name).search(text)):
        return True
    return name in heads
