"""The name of a relative who speaks as "his mother" when the text names that relative elsewhere.

"his mother said" reads as "Y's mother" (Y the person "his" stands for); the schema records a
speaker named elsewhere by the name. The relative is named when the text sets a person X in that
tie to Y: "Y's mother, X" or "X, Y's mother"; "his mother, X" whose "his" is Y; or X in a sentence
that gives Y as X's own child, spouse or sibling ("X said ... her son, Y"). Asked by
`speaker_refs.relative_of` once the owner is known; (None, None) when the text names no one so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from tallybook.extract.quotation.quote_cues import sentence_start
from tallybook.model import Span

if TYPE_CHECKING:
    from tallybook.extract.quotation.speakers import Mention, Speaker

# the tie Y has to the relative K, written from K's side: a mother's "her son, Y"
_INVERSE: dict[str, str] = {
    "mother": r"her\s+(?:son|daughter|child)",
    "father": r"his\s+(?:son|daughter|child)",
    "wife": r"her\s+husband",
    "husband": r"his\s+wife",
    "brother": r"his\s+(?:brother|sister)",
    "sister": r"her\s+(?:brother|sister)",
    "son": r"(?:his|her)\s+(?:father|mother)",
    "daughter": r"(?:his|her)\s+(?:father|mother)",
}


def kin_named(
    text: str,
    mentions: list[Mention],
    owner: str,
    kin: str,
    possessor: Callable[[str, int], str | None],
) -> Speaker:
    """The person the text names as `owner`'s `kin` ("mother"); `possessor(pronoun, at)` is the
    person a "his"/"her" at `at` stands for."""
    people = [m for m in mentions if m[2] == "person" and m[3]]
    for i, (s, e, _, name) in enumerate(people):
        if name == owner:
            continue
        before = text[max(0, s - 60) : s]
        after = text[e : e + 60]
        # "Y's mother, X" / "his mother, X" (his = Y)
        m = re.search(rf"(?:['’]s|\b(?P<pro>his|her))\s+{kin},\s*$", before, re.IGNORECASE)
        if m is not None:
            owned = possessor(m.group("pro"), s - len(before) + m.start()) if m.group("pro") else None
            prev = [p for p in people[:i] if p[1] <= s - len(before) + m.start() + 1]
            if owned == owner or (not m.group("pro") and prev and prev[-1][3] == owner):
                return name, Span(s, e)
        # "X, Y's mother,"
        m = re.match(rf",\s*[^,.;:\n]{{2,60}}?['’]s?\s+{kin}\b", after)
        if m is not None and any(p[3] == owner and e < p[0] < e + m.end() for p in people):
            return name, Span(s, e)
        # "X said ... her son, Y": X in Y's own sentence names Y as her child
        inverse = _INVERSE.get(kin)
        if inverse is None:
            continue
        for y in people[i + 1 :]:
            if y[3] != owner or sentence_start(text, y[0]) > s:
                continue
            between = text[e : y[0]]
            tie = re.search(rf"\b{inverse},?\s*$", between, re.IGNORECASE)
            later = [p for p in people[i + 1 :] if e <= p[0] and p[1] <= y[0]]
            if tie is not None and not later:
                return name, Span(s, e)
    return None, None
