"""Whether the words around a person's name make them a victim.

"X, 29, was hanged", "A and B were picked up", "the execution of X", "Among the dead was X",
"killing two protesters, A and B", "former detainee X", "the family of X said he died": the
people component gives such people the role "victim" (the incidents component adds the victims
it names itself). A person listed beside a victim ("A, 58, and the Rev. B") shares the role.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.entities.kin_tellers import kin_tell_harm, speaks_as_kin
from tallybook.extract.entities.kin_words import KIN_PLURALS, NEAR_KIN, kin_pattern
from tallybook.extract.entities.victim_frames import framed_victim, place_of_harm
from tallybook.extract.particulars.restated_members import member_named_first, restated_member
from tallybook.model import ExtractedPerson

_HARMED = (
    r"(?:executed|hanged|killed|shot(?:\s+dead)?|arrested|detained|abducted|kidnapped|tortured|beaten|"
    r"flogged|caned|lashed|whipped|disappeared|forcibly\s+disappeared|taken(?:\s+away)?|picked\s+up|"
    r"seized|put\s+to\s+death|murdered|sentenced|imprisoned|jailed|held|rounded\s+up|injured|wounded|"
    r"summoned|charged|convicted|transferred|last\s+seen|"
    # "was subjected to 80 lashes", "was forced into a pickup truck" (taken away)
    r"subjected\s+to\s+(?:\d+\s+)?(?:\w+\s+)?(?:lashes|torture|beatings?|flogging|ill-treatment|electric\s+shocks)|"
    r"forced\s+into\s+(?:\w+\s+){1,3}?(?:car|cars|vehicles?|vans?|trucks?|pickup))"
)
# "killing two protesters, A and B": the harm as a participle before its objects
_HARMING = r"(?:killing|executing|hanging|arresting|detaining|abducting|torturing|injuring|wounding)"
# "is at imminent risk of execution", "faces execution", "remains on death row"
_AT_RISK = (
    r"(?:is|are|was|were|remains?|remained)\s+(?:now\s+|still\s+)?(?:at\s+(?:\w+\s+)?risk\s+of\s+"
    r"(?:execution|being\s+executed|torture)|on\s+death\s+row)|faces?\s+(?:imminent\s+)?execution"
)
# "X, 29, was hanged", "X and Y were executed", "X died in custody"
VICTIM_AFTER_RE = re.compile(
    # "X, ..., and concluded that he had been tortured": a new subject is someone else
    # "X, a student who was shot", "X (1986 – 2022) was a captain who died in custody"
    # (not "X, whose son, Y, was hanged": the possessor of the victim)
    # "X (c. 2000 – 16 August 2017) was a student who was shot": "c." dates a life, ends no sentence
    # (the apposition never runs into a quotation: "X, a spokesman, told supporters: “... who was shot")
    rf"(?:(?:[,(]|\s\()(?!\s*whose\b)(?:[^.;:“”\"]|(?<=\bc)\.){{0,120}}?(?:,|(?=\swho\s)\s\w+)|,)?"
    # "A, 34, and B, 41, opened fire ..., and were killed": the list's own verb after "and"
    rf"\s+(?:and\s+(?:(?:(?!\b(?:that|he|she|they)\b)[^.;]){{0,80}}?\s+)?)?"
    rf"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+"
    rf"(?:\w+ly\s+|also\s+|later\s+|then\s+){{0,2}}{_HARMED}|(?:\w+ly\s+)?died\b|was\s+found\s+dead|"
    # "X, 26, was among those killed", "X hanged himself in the lock-up" (the dead in custody)
    rf"(?:was|were)\s+among\s+(?:the\s+|those\s+)?(?:dead|victims|{_HARMED})|"
    rf"(?:\w+ly\s+)?hanged\s+(?:himself|herself)|{_AT_RISK}|"
    # "X, a local party leader, remained missing"
    r"(?:remains?|remained|is\s+still|was\s+still|went)\s+missing|"
    # "X, 44, had been serving a three-year sentence": a prisoner
    rf"(?:was|were|had\s+been|has\s+been|is|are)\s+serving\s+(?:a|an|his|her)\s+[^.;]{{0,30}}?sentence)\b"
)
# Nouns after which a list of names are the harmed people ("victims ... among them X").
_HARMED_GROUP = r"(?:victims|dead|detainees|prisoners|disappeared|those\s+killed|those\s+executed)"
# Whoever a writer calls by these is someone who was held ("former detainee X").
_HELD_ROLE = (
    r"(?:(?:former|ex-)\s*)?(?:political\s+)?(?:detainee|prisoner|hostage|inmate|death-row\s+prisoner)"
)
# Who is named after "identified as" unless the named are the perpetrators
_NOT_VICTIM_SUBJECT = (
    r"officers|police|policemen|soldiers|attackers|gunmen|suspects|perpetrators|agents|guards|"
    r"assailants|killers"
)
# "the execution of X", "sentenced the blogger X", "Among those executed ... were X"
VICTIM_BEFORE_RE = re.compile(
    r"(?:\b(?i:execution|hanging|killing|murder|arrest|detention|abduction|disappearance|torture|"
    r"flogging|caning|imprisonment|release|case|whereabouts|fate|bod(?:y|ies))\s+of|"
    # "the public execution the previous week of X": a time phrase between the event and "of"
    # "the arrest on 2 May of X"
    r"\b(?:execution|hanging|killing|arrest|abduction|flogging|caning)(?:\s+(?:[a-z]+|\d{1,2}|[A-Z][a-z]+)){1,3}\s+of|"
    # "One of those detained, X", "one of the victims, X"
    r"\b(?i:one)\s+of\s+(?:those|the)\s+(?:\w+\s+)?(?:detained|killed|arrested|executed|disappeared|abducted|"
    r"released|freed|"  # "One of those released, X": one who was held
    r"victims|dead|detainees|prisoners|missing),?|"
    # "opened fire on X", "Residents named two of them as X", "a death sentence to each of the
    # men, among them X"
    r"\b(?:opened\s+fire|fired)\s+(?:up)?on|"
    r"\b(?:named|identified)\s+(?:\w+\s+)?(?:of\s+them|the\s+(?:dead|victims))\s+as|"
    r"\bsentences?\b[^.;]{0,60}\b(?:among\s+them|including)|"
    r"\b(?i:among)\s+(?:the\s+)?(?:dead|victims|detained|disappeared|killed|those\s+\w+(?:\s+\w+)?)"
    r"\s+(?:was|were)|"
    rf"\b(?:executed|hanged|killed|shot|arrested|detained|abducted|tortured|sentenced|flogged|caned)|"
    r"\b(?:beat|beaten|stabbed|clubbed|kicked)\s+to\s+death|"  # "soldiers beat to death X, a local official"
    rf"\b{_HARMING}|"
    rf"\b(?:{_HARMED}|{_HARMED_GROUP}|lost\s+their\s+lives|died)\b[^.;]{{0,80}}\b(?:were|was|include[sd]?|including|among\s+them)|"
    rf"\b(?!(?:{_NOT_VICTIM_SUBJECT})\b)\w+\s+(?:were|was|have\s+been|had\s+been)\s+identified\s+as|"
    rf"\b(?i:{_HELD_ROLE})|"
    r"\bdeath\s+row\b[^.;]{0,60}\bincluding)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+,?\s+){0,6}(?:[A-Z][a-z]{0,3}\.\s+)?$"  # "... the Rev. X"
)
_OWN_RELATIVE_RE = re.compile(r"\bwho\s+(?:was|had\s+been|has\s+been)\b")
POSSESSOR_BEFORE_RE = re.compile(r"\bof\s+(?:[A-Z][\w.’'-]*\s+)?$")  # "sons of Sheikh X were killed"
# "the family of X said he died", "relatives of X told media": kin speak for a victim
KIN_OF_BEFORE_RE = re.compile(
    rf"\b{kin_pattern(NEAR_KIN | wordset('family families relatives parents widow lawyer lawyers'))}"
    r"\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$",
    re.IGNORECASE,
)
_KIN = kin_pattern(NEAR_KIN | KIN_PLURALS | wordset("uncle nephew cousin grandson granddaughter colleague"))
# Between two listed names: ", ", " and ", optionally after an age or a short description of the
# first and before the second's honorific ("A, 58, and the Rev. B", "A, a teacher, and B").
LIST_GAP_RE = re.compile(
    r"^(?:\s*,\s*(?:\d{1,3}|(?:an?|the)\s[^,.;:()]{1,60}?))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    # the second's own description: "and a retired teacher, B", "and his 19-year-old son B"
    rf"(?:(?:an?|the)\s[^,.;:()]{{1,60}}?,\s*|(?:his|her|their)\s+(?:[\w-]+\s+)?{_KIN}\s+)?"
    r"(?:(?:the\s+)?[A-Z][a-z]{0,3}\.\s+)?$"
)
_RELATIVE_BEFORE_RE = re.compile(rf"\b(?:his|her|their)\s+(?:[\w-]+\s+)?{_KIN},?\s+$")
# Whoever is listed after a victim and then speaks is a witness, not a victim ("..., and a
# spokesman, B, said")
_SPEAKS_AFTER_RE = re.compile(r",?\s*(?:[^.;]{0,40},\s*)?(?:said|says|told|stated|added)\b")


# A teller set after the clause that tells the harm: "Police detained two activists, X said",
# "..., X, a lawyer for the group, told AFP", "..., said X"
# (the teller may carry a title: "Police detained X on Friday, police spokesman Y said")
# (and a courtesy title: "..., Ms. Y said")
_AFTER_COMMA_RE = re.compile(
    r",\s*(?!(?:including|among|and|or)\b)(?:[\w’'-]+\s+){0,4}(?:[A-Z][a-z]{0,3}\.\s+)?$"
)
_TELLS_NEXT_RE = re.compile(r"\s*(?:,\s*[^.;,]{1,60},\s*)?(?:said|says|told|stated|added|reported)\b")
_SAID_BEFORE_RE = re.compile(r",\s*(?:said|says|told\s+\w+|stated|added|according\s+to)\s+(?:the\s+)?$")


# "arrested her husband, X, Y had no idea": the one person the harm names is set off by commas
# before the name, which opens a clause of its own (not "two activists, A, B and C": a plural's list)
_CLOSED_APPOSITION_RE = re.compile(
    r"\b(?:his|her|their|its|the|a|an)\s+(?:[a-z-]+\s+)?(?!(?:[a-z-]*s|children|men|women|people)\b)[a-z-]+"
    r",\s+(?:[A-Z][\w’'.-]*\s+){0,4}?(?:[A-Z][\w’'.-]*),\s+$"
)


def _closing_teller(text: str, before: str, end: int) -> bool:
    """The name after the harm is the one who tells it, not one harmed."""
    if _SAID_BEFORE_RE.search(before):
        return True
    return bool(_AFTER_COMMA_RE.search(before)) and bool(_TELLS_NEXT_RE.match(text, end))


# "Among them is X": one of a group the sentences before say were harmed
_AMONG_THEM_RE = re.compile(
    r"\b(?i:among)\s+them\s+(?:is|was|are|were)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+,?\s+){0,6}$"
)
_HARM_WORD_RE = re.compile(rf"\b(?:{_HARMED}|{_HARMING}|taken\s+away|not\s+been\s+seen|missing|victims)\b")


def victim_context(text: str, start: int, end: int) -> bool:
    """True if the words around the name at [start, end) say the person was harmed."""
    if text.startswith(("'s", "’s"), end):
        # "X's uncle was executed": the possessor is not the victim; "X's son said his father died" is
        return kin_tell_harm(text, start, end)
    if speaks_as_kin(text, start, end):
        return False  # "according to his mother, X, was seized": she tells of her son's harm
    if _ATTRIBUTIVE_AFTER_RE.match(text, end):
        return False  # "executed over the 2022 X protests": the name only names the protests
    if place_of_harm(text, start, end):
        return False  # "detained villagers in neighbouring X": where, not who
    before = text[max(0, start - 160) : start]
    after = VICTIM_AFTER_RE.match(text, end, end + 240)
    # "sons of X were killed" is the sons' harm; "the memorial of X, 20, who was shot" is X's
    after_fits = after and (not POSSESSOR_BEFORE_RE.search(before) or _OWN_RELATIVE_RE.search(after.group()))
    if after_fits or restated_victim(text, start, end) or tells_own_harm(text, start, end):
        return True
    teller = _TELLER_ROLE_RE.search(text, max(0, start - 40), start) is not None
    if framed_victim(text, start, end, teller):
        return True
    if restated_member(text, start, end) or member_named_first(text, start, end):
        # "One of them, the village pharmacist X,", "said X, 27, one of the three"
        return True
    if _NEXT_SENTENCE_HARM_RE.match(text, end, end + 320) and not _TELLER_ROLE_RE.search(
        text, max(0, start - 40), start
    ):
        return True
    # "X was arrested on Monday, and his brother Y said": the relative who speaks is a witness
    if _SPEAKS_AFTER_RE.match(text, end) and _RELATIVE_BEFORE_RE.search(before):
        return False
    if (
        VICTIM_BEFORE_RE.search(before)
        and not _closing_teller(text, before, end)
        and not _CLOSED_APPOSITION_RE.search(before)
    ):
        return True
    among = _AMONG_THEM_RE.search(before)
    return (
        among is not None
        and _HARM_WORD_RE.search(text, max(0, start - 400), start - len(before) + among.start()) is not None
    )


def kin_speak_for(text: str, start: int, end: int) -> bool:
    """ "the family of X Y", "relatives of X Y": X Y is the one their words are about (a full
    name: "families of Baloch missing persons" is no person)."""
    full = " " in text[start:end].strip()
    return full and bool(KIN_OF_BEFORE_RE.search(text[max(0, start - 60) : start]))


# Between two listed names in a share of the victim role: LIST_GAP_RE, also across ";" and after
# an age and a description ("A, 20, a bricklayer; B") or before a bare one ("and 17-year-old
# student B")
_SHARE_GAP_RE = re.compile(
    r"^(?:\s*,\s*(?:\d{1,3}|(?:an?|the)\s[^,.;:()]{1,60}?)|\s*\(\d{1,3}\)){0,2}(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)"
    rf"(?:(?:an?|the)\s[^,.;:()]{{1,60}}?,\s*|(?:his|her|their)\s+(?:[\w-]+\s+)?{_KIN}\s+"
    r"|\d{1,3}-year-old\s+(?:[a-z-]+\s+){0,2})?"
    r"(?:(?:the\s+)?[A-Z][a-z]{0,3}\.\s+)?$"
)


def share_victim_role(text: str, people: list[ExtractedPerson]) -> None:
    """ "A, 58, and the Rev. B were detained": a person listed beside a victim is one too."""
    spans = sorted(((sp.start, sp.end, p) for p in people for sp in p.spans), key=lambda x: (x[0], x[1]))
    for _ in range(3):  # a list of three or more passes the role along
        changed = False
        for (_, a_end, a), (b_start, _, b) in pairwise(spans):
            if a is b or {a.role, b.role} != {"victim", "other"}:
                continue
            b_end = next(sp.end for sp in b.spans if sp.start == b_start)
            if (
                _SHARE_GAP_RE.match(text[a_end:b_start])
                and not _SPEAKS_AFTER_RE.match(text, b_end)
                and not text.startswith(("'s", "’s"), b_end)  # "A, B's mother,": B only describes A
                # "arrested her husband, A, B had no idea": A closes a one-person apposition
                and not _CLOSED_APPOSITION_RE.search(text, max(0, b_start - 160), b_start)
            ):
                a.role = b.role = "victim"
                changed = True
        if not changed:
            break


# A name used as the modifier of a noun: "the X protests", "the X case"
_ATTRIBUTIVE_AFTER_RE = re.compile(
    r"[ \t]+(?:protests|protest\s+movement|movement|uprising|demonstrations|case|affair|law|foundation)\b"
)
# "... the poet X, founder of a weekly. He was arrested in 2009": the only name of its sentence,
# the next sentence opening with "he"/"she" and the harm
_NEXT_SENTENCE_HARM_RE = re.compile(
    r"(?:(?![A-Z][a-z]+[ \t]+[A-Z][a-z])[^.;:!?\n“”\"]){0,160}\.[ \t]+(?:He|She)\s+"
    rf"(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+|later\s+|then\s+){{0,2}}{_HARMED}\b"
)


# "The men, identified by relatives as X", "the man, X,", "The young men – X": a definite noun
# for people just told of, the name in apposition to it
_RESTATED_RE = re.compile(
    r"\b(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}(?:man|woman|boy|girl|teenager|youth|victim|deceased|detainee|"
    r"prisoner|protester|demonstrator|inmate|men|women|boys|girls|youths|victims|detainees|prisoners|"
    r"protesters|demonstrators|inmates)\s*(?:,|[–—])\s*"
    r"(?:identified\s+(?:by\s+[^,.;:]{1,40}?\s+)?as\s+)?$"
)


def restated_victim(text: str, start: int, end: int) -> bool:
    """True for a name set in apposition to "the man", "the men" when the sentences just before
    tell of people harmed: the name says who they were."""
    before = text[max(0, start - 80) : start]
    if not before.endswith((" ", ",", "–", "—")):
        return False
    m = _RESTATED_RE.search(before)
    if m is None:
        return False
    at = start - len(before) + m.start()
    return _HARM_WORD_RE.search(text, max(0, at - 400), at) is not None


# "X told prosecutors that officers had beaten him", "X said that he had been tortured": a person
# telling of harm done to them (not their lawyer's or kin's account of someone else's)
_OWN_HARM_RE = re.compile(
    r",?\s*(?:\d{1,3},\s*)?(?:told|said|says|recounted|described)\b[^.;“”\"]{0,60}?\bthat\s+"
    rf"(?:(?:he|she|they)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?{_HARMED}\b"
    rf"|[^.;“”\"]{{0,80}}?\b(?:had\s+)?(?:beaten|beat|tortured|{_HARMED})\s+(?:him|her|them|both\s+of\s+them)\b)"
)
_TELLER_ROLE_RE = re.compile(
    rf"\b(?:{_KIN}|lawyer|attorney|spokes\w*|relatives?|family|official|minister|police)\b[^.;]{{0,30}}$",
    re.IGNORECASE,
)


def tells_own_harm(text: str, start: int, end: int) -> bool:
    """True when the person says harm was done to "him"/"her", unless they speak as a relative,
    a lawyer or an official."""
    if _OWN_HARM_RE.match(text, end, end + 200) is None:
        return False
    return _TELLER_ROLE_RE.search(text, max(0, start - 40), start) is None
