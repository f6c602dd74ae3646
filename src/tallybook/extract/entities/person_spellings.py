"""Which two names are one person written in two transliterations.

A text translated from Persian, Arabic or Urdu often spells one person's given name two ways a
few lines apart: "Mohammad Reza Karimi ... Mohammed Reza Karimi", "Mohammad-Reza X ... Mohammed
Reza X". Two names of three words or more (a hyphen counts as a break) that keep the same family
name and at least one more word unchanged, and whose other words differ only in their vowels, are
one person: the later spelling folds into the first as an alias. Two-word names are left apart:
"Hamid X" and "Hamed X" are two different given names, and nothing else in the name vouches for
the identity; so is a later spelling the text calls a relative ("his cousin Hamed Reza X").
"""

from __future__ import annotations

import re

from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.entities.kin_words import NEAR_KIN, kin_pattern
from tallybook.model import ExtractedPerson

_BREAK_RE = re.compile(r"[\s-]+")
_VOWELS_RE = re.compile(r"[aeiouy]+")
# shorter words ("Ali", "Ala") carry too few consonants to tell a variant from another name
_MIN_VARIANT_LENGTH = 4
# "his cousin X", "her brother, X": the name of a relative, another person
_KIN_BEFORE_RE = re.compile(
    rf"\b{kin_pattern(NEAR_KIN | wordset('cousin uncle nephew relative'))},?\s+$",
    re.IGNORECASE,
)


def _words(name: str) -> list[str]:
    return [w for w in _BREAK_RE.split(name.lower()) if w]


def _vowel_variant(a: str, b: str) -> bool:
    """True if two words differ only in their vowels and start alike ("mohammad", "mohammed")."""
    return (
        min(len(a), len(b)) >= _MIN_VARIANT_LENGTH
        and a[0] == b[0]
        and _VOWELS_RE.sub("", a) == _VOWELS_RE.sub("", b)
    )


def same_person(first: str, second: str) -> bool:
    """True if `second` is another transliteration of the name `first`."""
    a, b = _words(first), _words(second)
    if len(a) != len(b) or len(a) < 3 or a == b or a[-1] != b[-1]:
        return False
    kept = sum(x == y for x, y in zip(a, b, strict=True))
    return kept >= 2 and all(x == y or _vowel_variant(x, y) for x, y in zip(a, b, strict=True))


def fold_transliterations(text: str, people: list[ExtractedPerson]) -> list[ExtractedPerson]:
    """`people` (in the order the text first names them) with each later spelling of a name
    folded into the person first named with it, as an alias."""
    kept: list[ExtractedPerson] = []
    for person in people:
        home = next((p for p in kept if same_person(p.name, person.name)), None)
        if home is not None and any(
            _KIN_BEFORE_RE.search(text, max(0, sp.start - 20), sp.start) for sp in person.spans
        ):
            home = None
        if home is None:
            kept.append(person)
            continue
        home.aliases += [n for n in (person.name, *person.aliases) if n not in home.aliases]
        home.spans = sorted([*home.spans, *person.spans])
    return kept
