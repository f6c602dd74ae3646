"""Whether a name is set in apposition to a counted part, or a definite count, of a group the text
has just told was harmed: "One of them, retired army major X, ...", "Two of them, cousins A and B,
told ...", "The three, A (23), his brother B (21) and C (25), were convicted", "the four –
farmworker A, 48, his son B, 15, and two neighbours –", "The group named two of the dead as A and
B", or the count set after the name: "said X, 27, one of the three". Such a name says who the harmed
were, whatever the rest of its sentence says.

The count may be followed by the member's description ("the village pharmacist"); a name later in
the same list (B after "A and") is a member too. Not a member: a group of perpetrators ("one of the
officers, X"), a person the apposition gives an office of a body ("X, the group's director, said"),
or a group no harm word was told of in the 400 characters before.
"""

from __future__ import annotations

import re

_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|\d{1,3})"
# "One of them,", "two of the dead,", "one of those detained –"
_PART_OF = (
    rf"\b(?i:{_NUMBER})\s+of\s+(?:them|those(?:\s+[a-z][\w-]*){{1,2}}|the\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)"
    r"\s*(?:,|[–—])"
)
# "The three,", "the four –": the definite count of a group told before
_THE_COUNT = rf"\b(?i:the)\s+(?i:{_NUMBER})\s*(?:,|[–—])"
# "named two of the dead as", "identified one of them as"
_NAMED_AS = (
    r"\b(?:named|identified)\s+(?:\w+\s+)?of\s+(?:them|those\s+[a-z][\w-]*|the\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)"
    r"\s+as"
)
_GROUP_RE = re.compile(rf"(?:{_PART_OF}|{_THE_COUNT}|{_NAMED_AS})")
# What may stand between the group and the name: the member's description, earlier names of the
# list with their ages ("A (23), his brother", "A, 48, his son"), no verb
_LIST_RE = re.compile(r"^[\s\w.'’()–—,-]{0,160}$")
_VERB_RE = re.compile(
    r"\b(?:was|were|is|are|had|has|have|said|says|told|who|which|whose|whom|that|when|after|"
    r"while|according)\b",
    re.IGNORECASE,
)
# Whose members are the doers, not the harmed
_DOERS_RE = re.compile(
    r"\b(?:officers?|police(?:men)?|soldiers?|troops|guards?|agents?|gunmen|attackers?|suspects?|"
    r"perpetrators?|assailants?|commanders?|judges?|prosecutors?|militiamen|lawyers?|experts?|"
    r"rapporteurs?|officials?)\b",
    re.IGNORECASE,
)
# The group was harmed: the words of the sentences before it
_HARM_RE = re.compile(
    r"\b(?:executed|hanged|killed|shot|arrested|detained|abducted|kidnapped|tortured|beaten|beat|"
    r"flogged|caned|lashed|whipped|disappeared|seized|murdered|sentenced|imprisoned|jailed|held|"
    r"rounded\s+up|injured|wounded|died|dead|deaths?|executions?|hangings?|killings?|arrests?|"
    r"detainees|prisoners|victims|missing|taken\s+away|driven\s+away|picked\s+up|"
    r"not\s+been\s+(?:seen|heard))\b",
    re.IGNORECASE,
)
# "X, Amnesty International's Deputy Director, said": an office of a body, a speaker for it
_OFFICE_AFTER_RE = re.compile(
    r",\s*(?:[^,.;]{0,60}?)\b(?:director|spokes\w*|head|chair\w*|secretary|president|researcher|"
    r"lawyer|official|minister|commissioner|rapporteur|coordinator)\b",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")
_REACH = 160  # characters before the name in which the group phrase may stand
_HARM_REACH = 400  # characters before the group phrase in which its harm must be told


def restated_member(text: str, start: int, end: int) -> bool:
    """True if the name at [start, end) is set in apposition to a counted part or a definite count
    of a group the text has just told was harmed."""
    before = text[max(0, start - _REACH) : start]
    if "." in before[-2:] or not before[-1:].isspace():
        return False
    group = None
    for m in _GROUP_RE.finditer(before):
        group = m  # the last group phrase before the name
    if group is None:
        return False
    between = before[group.end() :]
    # the name stands in the group's own sentence: no sentence end, no line break between them
    if not _LIST_RE.match(between) or _VERB_RE.search(between) or _SENTENCE_END_RE.search(between):
        return False
    if _DOERS_RE.search(group.group()) or _DOERS_RE.search(between):
        return False
    if _OFFICE_AFTER_RE.match(text, end, end + 80):
        return False
    at = start - len(before) + group.start()
    if group.group().lower().rstrip(",–— ").endswith("them") and _doers_counted(text, at):
        return False  # "Three police officers were charged. One of them, Captain X,"
    return _HARM_RE.search(text, max(0, at - _HARM_REACH), start) is not None


# "Three police officers", "at least five political prisoners": the group "them" stands for
_COUNTED_RE = re.compile(
    rf"\b(?i:{_NUMBER}|several|dozens\s+of|many)\s+(?:[\w-]+\s+){{0,2}}?[\w-]*(?:s|men|people|children)\b"
)


def _doers_counted(text: str, at: int) -> bool:
    """True if the last counted group told before `at` names doers ("three police officers")."""
    last = None
    for m in _COUNTED_RE.finditer(text, max(0, at - _HARM_REACH), at):
        last = m
    return last is not None and _DOERS_RE.search(last.group()) is not None


# "X, 27, one of the three,", "her nephew X, one of the seven, was dragged"
_ONE_OF_AFTER_RE = re.compile(
    r",\s*(?:\d{1,3},\s*)?(?i:one)\s+of\s+(?:them|those(?:\s+[a-z][\w-]*){1,2}|"
    r"the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*[,.;)–—]"
)


def member_named_first(text: str, start: int, end: int) -> bool:
    """True if the name at [start, end) is followed by "one of" a group the text has told was
    harmed in the 400 characters before the name: "said X, 27, one of the three"."""
    m = _ONE_OF_AFTER_RE.match(text, end, end + 80)
    if m is None or _DOERS_RE.search(m.group()):
        return False
    return _HARM_RE.search(text, max(0, start - _HARM_REACH), start) is not None
