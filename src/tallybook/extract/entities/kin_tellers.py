"""Whom a relative's telling is about: the relative who speaks is no victim, the person whose
relative speaks of their harm is.

"his sister X told The Associated Press", "according to his mother, X, he was seized", "said X, 52,
whose son was among those killed": X speaks as a relative of the victim (a source), even where the
victim phrase of the sentence took X's name in. "X's son told reporters that his father died in
custody": X is the one harmed, though the text names X only as the possessor of the teller.
"""

from __future__ import annotations

import re

from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.entities.kin_words import KIN_PLURALS, NEAR_KIN, WIDER_KIN, kin_pattern

_KIN = kin_pattern(NEAR_KIN | KIN_PLURALS | WIDER_KIN | wordset("parents widow"))
# "his sister X", "her elder brother, X,"
_KIN_BEFORE_RE = re.compile(rf"\b(?i:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_KIN},?\s+$")
# "according to his mother, X"
_ACCORDING_KIN_BEFORE_RE = re.compile(
    rf"\b(?i:according)\s+to\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_KIN},?\s+$"
)
# "X told", "X, 29, said"
_SPEAKS_AFTER_RE = re.compile(r",?\s*(?:\d{1,3},\s*)?(?:told|said|says|added|explained|recalled)\b")
# "said X, 52, whose son ..."
_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|added|told\s+\w+(?:\s+\w+)?)\s+$")
_WHOSE_KIN_AFTER_RE = re.compile(rf",\s*(?:\d{{1,3}},\s*)?whose\s+(?:[\w-]+\s+){{0,2}}?{_KIN}\b")


def speaks_as_kin(text: str, start: int, end: int) -> bool:
    """True if the name at [start, end) is that of a victim's relative who tells of the harm."""
    before = text[max(0, start - 80) : start]
    if _ACCORDING_KIN_BEFORE_RE.search(before):
        return True
    if _KIN_BEFORE_RE.search(before) and _SPEAKS_AFTER_RE.match(text, end):
        return True
    return bool(_SAID_BEFORE_RE.search(before) and _WHOSE_KIN_AFTER_RE.match(text, end))


# "X's son told HRW that his father ... died": the teller's own words tell X's harm
_KIN_TELLS_HARM_RE = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_KIN}|family|relatives|lawyers?)\s+(?:told|said|says)\b"
    rf"[^.;“”\"]{{0,40}}?\bthat\s+(?:he|she|(?:his|her)\s+(?:{_KIN}|client))\b[^.;“”\"]{{0,100}}?"
    r"\b(?:died|was\s+(?:\w+\s+)?(?:killed|executed|hanged|arrested|detained|abducted|tortured|beaten|taken|seized|sentenced)|(?:had|has)\s+been\s+(?:\w+\s+)?"
    r"(?:killed|executed|hanged|arrested|detained|abducted|tortured|beaten|taken|seized|sentenced))\b"
)


def kin_tell_harm(text: str, start: int, end: int) -> bool:
    """True if the relative of the person named at [start, end) tells, in their own sentence, that
    the person was harmed ("X's son told reporters that his father died in custody")."""
    return _KIN_TELLS_HARM_RE.match(text, end, end + 240) is not None
