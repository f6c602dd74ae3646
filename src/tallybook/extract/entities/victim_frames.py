"""Frames beyond a harm verb right after a name that make a person the one harmed, and the place
names a harm word stands before.

A punishment the person "received" ("X received ten years' imprisonment and 80 lashes"); a
person "among the missing"; a passive verb conjoined to a harm ("X was stopped at a checkpoint
and held incommunicado"); a person "forced into a car"; the one of whom "nothing has been heard";
the owner of a home that was raided when "him" was then taken; a sentencing or a sentence "handed
down to" X; "Those held are X, Y"; "the detention of five defendants, including X"; one taken
"together with his cousin X"; torture a person says was done to them in words the core harm list
lacks ("told the judge he had been suspended by his arms"). And "detained villagers in
neighbouring X", "shot inside a house on X": a name right after a preposition of place is where
the harm happened, not who suffered it.
"""

from __future__ import annotations

import re

from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.entities.kin_words import KIN_PLURALS, NEAR_KIN, WIDER_KIN, kin_pattern

# Whom a person is taken "together with": kin, and those who share their work or their case
_KIN = kin_pattern(NEAR_KIN | KIN_PLURALS | WIDER_KIN | wordset("colleague colleagues co-defendant friend"))
# Harms that can close a conjoined passive or follow "together with"; "held" not "held talks"
_HARM = (
    r"(?:held(?!\s+(?:a|an|the|talks|meetings?|discussions)\b)|detained|arrested|beaten|tortured|"
    r"taken\s+away|killed|shot(?:\s+dead)?|executed|hanged|abducted|kidnapped|disappeared|flogged|"
    r"jailed|imprisoned|sentenced|picked\s+up|seized)"
)
# Torture words a person uses of their own treatment
_OWN_TORTURE = (
    r"(?:suspended|electrocuted|given\s+electric\s+shocks|raped|sexually\s+assaulted|ill-treated|"
    r"mistreated|kicked|slapped|whipped|beaten|tortured|kept\s+awake|deprived\s+of\s+sleep)"
)
_NO_QUOTE = r"[^.;:“”\"]"

_AFTER_RE = re.compile(
    r"(?:,\s*\d{1,3},)?\s*(?:"
    # "X received ten years' imprisonment and 80 lashes", "was handed a death sentence"
    r"(?:received|(?:was|were)\s+(?:given|handed(?:\s+down)?))\s+(?:a\s+|an\s+)?[^.;]{0,50}?"
    r"\b(?:lashes|death\s+(?:sentence|penalty)|prison\s+(?:term|sentence)|"
    r"years?['’]?\s+(?:imprisonment|in\s+prison|in\s+jail|prison))\b"
    # "X, a schoolteacher, is among the missing"
    rf"|(?:,{_NO_QUOTE}{{0,80}}?,\s*)?(?:is|are|was|were)\s+(?:still\s+)?among\s+(?:the\s+|those\s+)?"
    r"(?:missing|disappeared|detained|dead|victims|killed|detainees)\b"
    # "X, a student, was stopped at a checkpoint and held incommunicado"
    rf"|(?:,{_NO_QUOTE}{{0,80}}?,\s*)?(?:was|were)\s+(?:\w+ly\s+)?[a-z]+ed\b{_NO_QUOTE}{{0,80}}?"
    rf"\s+and\s+(?:then\s+|later\s+)?{_HARM}\b"
    r")"
)
# "men forced X into a car": the verb before, the vehicle after
_FORCED_BEFORE_RE = re.compile(r"\b(?:forced|pushed|bundled|dragged|shoved|threw)\s+(?:[\w’'-]+\s+){0,4}$")
_INTO_VEHICLE_RE = re.compile(
    r"\s+into\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:car|vehicle|van|truck|pickup|microbus|minibus|jeep)s?\b"
)
# "raided the home of X, 61, ..., and took him away"
_RAIDED_HOME_RE = re.compile(
    r"\b(?:raided|stormed|searched|broke\s+into)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}"
    r"(?:home|house|apartment|flat|residence)s?\s+of\s+$"
)
_TOOK_HIM_RE = re.compile(
    r"[^.;]{0,160}?\band\s+(?:then\s+)?(?:arrested|detained|took|seized|abducted|beat|shot|killed)\s+(?:him|her)\b"
)
_BEFORE_RE = re.compile(
    r"(?:"
    # "nothing has been heard from Pastor X", "has not been heard of X"
    r"\b(?:(?i:nothing|nobody|no\s+one)\s+has\s+(?:been\s+)?|(?:not|never)\s+(?:been\s+)?)heard\s+(?:from|of)"
    # "the sentencing by a court in Y of the co-mayor, X"
    r"|\bsentencing\b[^.;]{0,60}?\bof"
    # "the death sentence handed down to X", "the sentence passed in May on X"
    r"|\b(?:sentences?|penalty|verdict)\s+(?:\w+\s+)?(?:handed\s+down|issued|passed|imposed|pronounced)"
    r"(?:\s+(?:in|on|last|this)\s+[\w ]{1,20}?)?\s+(?:to|on|against)"
    # "Those held are X, Y and Z"
    r"|\b(?i:those)\s+(?:\w+\s+)?(?:held|detained|arrested|killed|executed|abducted|jailed|sentenced)"
    r"\s+(?:are|were|include[sd]?)"
    # "the continued detention of five of the defendants, including X"
    r"|\b(?:detention|arrest|execution|killing|abduction|disappearance)s?\s+of\s[^.;]{0,60}?"
    r"\b(?:including|among\s+them)"
    r")"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+,?\s+){0,6}$"
)
# "was arrested on 3 May together with his cousin X"
_TOGETHER_RE = re.compile(
    rf"\b{_HARM}\b[^.;:“”\"]{{0,100}}?\b(?:together|along)\s+with\s+"
    rf"(?:(?:his|her|their)\s+(?:[\w-]+\s+)?{_KIN},?\s+)?$"
)
# (the gap holds only the hearer: "said Y had fallen ill and denied he had been mistreated" is
# another clause, someone else's harm, and a denial)
_OWN_TORTURE_RE = re.compile(
    rf",?\s*(?:\d{{1,3}},\s*)?(?:told|said|says|testified|recounted)\b"
    rf"(?:(?!\b(?:had|has|have|was|were|is|denied|denies|not|never)\b){_NO_QUOTE}){{0,60}}?"
    rf"\b(?:that\s+)?(?:he|she)\s+(?:had\s+been|was|has\s+been)\s+(?:\w+ly\s+)?{_OWN_TORTURE}\b"
)
# "He was 17 when police detained him": the next sentence, the only name of this one
_NEXT_TAKEN_RE = re.compile(
    r"(?:(?![A-Z][a-z]+[ \t]+[A-Z][a-z])[^.;:!?\n“”\"]){0,160}\.[ \t]+(?:He|She)\s+(?:was|had\s+been)\s+"
    r"[^.;]{0,30}?\bwhen\s+[^.;]{0,40}?\b(?:arrested|detained|seized|abducted|took)\s+(?:him|her)\b"
)


def framed_victim(text: str, start: int, end: int, teller_before: bool) -> bool:
    """True if one of the frames above makes the name at [start, end) the person harmed.
    `teller_before`: a relative's, lawyer's or official's word stands just before the name."""
    before = text[max(0, start - 160) : start]
    if _AFTER_RE.match(text, end, end + 240) or _BEFORE_RE.search(before) or _TOGETHER_RE.search(before):
        return True
    if _FORCED_BEFORE_RE.search(before) and _INTO_VEHICLE_RE.match(text, end, end + 60):
        return True
    if _RAIDED_HOME_RE.search(before) and _TOOK_HIM_RE.match(text, end, end + 200):
        return True
    if teller_before:
        return False
    return bool(_OWN_TORTURE_RE.match(text, end, end + 200) or _NEXT_TAKEN_RE.match(text, end, end + 320))


# "in neighbouring X", "on X", "outside X": a place where a harm happened
_PLACE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:in|on|at|near|inside|outside|into|across|around)\s+"
    r"(?:neighbouring\s+|neighboring\s+|nearby\s+|central\s+|northern\s+|southern\s+|eastern\s+|western\s+)?$"
)
# "opened fire on X", "the sentence imposed on X", "the attack on X": the person is the target
_FIRED_AT_RE = re.compile(
    r"\b(?:fire|fired|firing|shot|shooting|passed|imposed|inflicted|carried\s+out|attacks?|assaults?|"
    r"crackdown|cracked\s+down)\s+(?:up)?(?:on|at)\s+$"
)
# "Y's X hospital": a name that names an institution, not a person
_INSTITUTION_AFTER_RE = re.compile(
    r"[ \t]+(?:hospital|clinic|prison|jail|street|road|avenue|square|mosque|church|school|university|"
    r"stadium|market|camp|barracks)\b"
)


def place_of_harm(text: str, start: int, end: int) -> bool:
    """True if the name at [start, end) stands where a place does: after a preposition of place
    (not "fired on X") or before a lower-case institution noun."""
    before = text[max(0, start - 40) : start]
    if _PLACE_BEFORE_RE.search(before) and not _FIRED_AT_RE.search(before):
        return True
    return bool(_INSTITUTION_AFTER_RE.match(text, end))
