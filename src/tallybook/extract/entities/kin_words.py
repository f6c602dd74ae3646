"""Which words name a person's relatives: the kin lexicon the stages share. Each module takes the
core it needs and adds what only it reads ("widow" for a kin source, "lawyer" for who speaks for a
victim, "siblings" for kin sharing a family name); `kin_pattern` writes a set into a regular expression."""

from __future__ import annotations

from collections.abc import Iterable

from tallybook.extract.detection.trigger_patterns import wordset

__all__ = ["KIN_PLURALS", "NEAR_KIN", "PARENTS_AND_SPOUSES", "WIDER_KIN", "kin_pattern"]

# A parent or a spouse: "his mother", "her husband".
PARENTS_AND_SPOUSES = wordset("mother father wife husband")
# The nearest relatives, one person each; every kin list of the stages holds them.
NEAR_KIN = PARENTS_AND_SPOUSES | wordset("son daughter brother sister")
# Children and siblings in the plural: "his sons", "her two brothers".
KIN_PLURALS = wordset("sons daughters brothers sisters")
# The wider family, one person each: "her uncle", "his granddaughter".
WIDER_KIN = wordset("uncle aunt cousin nephew niece grandmother grandfather grandson granddaughter")


def kin_pattern(words: Iterable[str]) -> str:
    """A regular-expression group taking any of `words`, longest first (so "sons" is tried before
    "son"); the words hold no pattern characters."""
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"
