"""Names the text writes in part: kin who share a family name written once, and a name a
headline's imperative runs into.

"brothers Julián and Ramiro Ocampo Vega", "his sons Tomás and Andrés de la Fuente": the first
given name carries every word of the family name that follows the second ("Julián Ocampo Vega",
not "Julián Ocampo"). "Release Tarek Mansour", "Free X now": a campaign's verb is no part of the
name it runs into.
"""

from __future__ import annotations

import re

from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.entities.kin_words import KIN_PLURALS, kin_pattern
from tallybook.extract.entities.lexicon import NON_NAME_WORDS
from tallybook.extract.entities.person_names import PARTICLES, UPPER_LETTERS

_WORD = rf"[{UPPER_LETTERS}][\w’'-]+"
# A family name: capitalised words and the particles inside it ("de la Fuente Ríos", "bin Rashid al-Marri")
_FAMILY_WORD = rf"(?:{PARTICLES}[ \t]+)*(?:{PARTICLES}-)?{_WORD}"
_FAMILY = rf"{_FAMILY_WORD}(?:[ \t]+{_FAMILY_WORD})*"
# Kin named together who may share one family name; what every match of _SHARED_FAMILY_RE holds,
# looked for first: most texts name no kin this way, and a literal scan costs a fraction of the
# pattern's scan
_SHARED_KIN_WORDS = KIN_PLURALS | wordset("siblings twins cousins couple spouses children")
# Kin a full name's possessive may give by given names alone
_GIVEN_KIN = kin_pattern(KIN_PLURALS | wordset("siblings children cousins nephews nieces"))
# "brothers A and B C", "his sons A and B C", "the brothers A, B and C D", "two brothers, A and B C"
_SHARED_FAMILY_RE = re.compile(
    rf"\b{kin_pattern(_SHARED_KIN_WORDS)},?[ \t]+"
    rf"(?P<firsts>{_WORD}(?:,[ \t]+{_WORD})*),?[ \t]+and[ \t]+{_WORD}[ \t]+(?P<family>{_FAMILY})"
)
# "A B's brothers, C and D": kin named by given names alone after a full name's possessive take
# its family name ("C B", "D B"); not when a capitalised word follows ("C and D E" names its own)
_KIN_GIVEN_RE = re.compile(
    # (the lookahead for the first letter leads: the engine skips the positions no capital starts)
    rf"(?=[{UPPER_LETTERS}])\b{_WORD}[ \t]+(?P<family>{_WORD})['’]s[ \t]+"
    r"(?:(?:two|three|four|younger|elder|older)[ \t]+)?"
    rf"{_GIVEN_KIN},?[ \t]+"
    rf"(?P<firsts>{_WORD}(?:,[ \t]+{_WORD})*),?[ \t]+and[ \t]+"
    rf"(?P<last>{_WORD})(?![\w’'-]|[ \t]+[{UPPER_LETTERS}])"
)
_WORD_RE = re.compile(_WORD)
# What every match of _KIN_GIVEN_RE holds, looked for first (the literal scan is cheaper than the
# pattern's scan from every capital).
_KIN_AFTER_POSSESSIVE_RE = re.compile(
    rf"['’]s[ \t]+(?:(?:two|three|four|younger|elder|older)[ \t]+)?{_GIVEN_KIN},?[ \t]"
)


def shared_family_names(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, name, strength 2) for each kin but the last named with one family name, and
    for kin given names set after a full name's possessive."""
    found: list[tuple[int, int, str, int]] = []
    shared = any(w in text for w in _SHARED_KIN_WORDS)
    for m in _SHARED_FAMILY_RE.finditer(text) if shared else ():
        family = m.group("family").split()
        while family and family[-1].lower() in NON_NAME_WORDS:
            family.pop()  # "... Ruiz Blanco Monday" is no part of the name
        if family:
            found += _given_with_family(m.start("firsts"), m.group("firsts"), " ".join(family))
    kin_given = _KIN_AFTER_POSSESSIVE_RE.search(text) is not None
    for m in _KIN_GIVEN_RE.finditer(text) if kin_given else ():
        if m.group("family").lower() not in NON_NAME_WORDS:
            found += _given_with_family(m.start("firsts"), m.group("firsts"), m.group("family"))
            found += _given_with_family(m.start("last"), m.group("last"), m.group("family"))
    return found


def _given_with_family(offset: int, givens: str, family: str) -> list[tuple[int, int, str, int]]:
    """Each given name of a comma list at `offset`, with the family name joined to it."""
    return [
        (offset + g.start(), offset + g.end(), f"{g.group()} {family}", 2)
        for g in _WORD_RE.finditer(givens)
        if g.group().lower() not in NON_NAME_WORDS
    ]


# Verbs of a campaign's demand that head a headline or a bullet ("Release X", "Free X now")
_DEMAND_VERBS = frozenset(
    [
        "Release",
        "Free",
        "Save",
        "Stop",
        "Spare",
        "Pardon",
        "Protect",
        "Remember",
        "Support",
        "Reveal",
        "Disclose",
        "Return",
        "Find",
        "Halt",
        "Drop",
        "Unblock",
        "Exonerate",
        "Acquit",
        "Quash",
        "Commute",
        "Reinstate",
    ]
)


def strip_demand(text: str, start: int, end: int) -> int:
    """The start of the name in a candidate [start, end) that begins with a campaign's verb
    ("Release Tarek Mansour" -> "Tarek Mansour"), if two words or more stay; else `start`."""
    words = text[start:end].split()
    if len(words) >= 3 and words[0] in _DEMAND_VERBS:
        return start + text[start:end].index(words[1], len(words[0]))
    return start


# "Jabbar Kadhim, Ali's father": a name set beside its bearer's kinship to another person
_KIN_APPOS_RE = re.compile(
    r",\s+(?:the\s+)?([A-Z][\w’'-]+)['’]s\s+(?:\w+\s+)?(?:father|mother|brother|sister|son|daughter|uncle|"
    r"aunt|wife|husband|widow|cousin|nephew|niece|grandfather|grandmother)\b"
)


def kin_of_other(text: str, end: int, name: str, longer: str) -> bool:
    """True when the mention of `name` ending at `end` is called the kin of a word of `longer`
    that `name` lacks: "Jabbar Kadhim, Ali's father" is not "Ali Jabbar Kadhim"."""
    m = _KIN_APPOS_RE.match(text, end, end + 60)
    return m is not None and m.group(1) in longer.split() and m.group(1) not in name.split()
