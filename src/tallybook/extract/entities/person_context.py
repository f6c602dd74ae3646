"""Which name-shaped runs are people by the words around them: a role noun, an agent noun, a
title or a job before the run ("lawyer X", "the governor of Lagos State, X", "town clerk X"), an
apposition, a life's dates, kin or a lawyer of its own or an infobox line after it ("X, a
24-year-old labourer", "X (born 1990)", "X's son told"), or a courtesy title only a person
carries ("Dr X"). The words around a name outweigh the NER model's label for it.
"""

from __future__ import annotations

import re

from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.entities.kin_words import KIN_PLURALS, NEAR_KIN, kin_pattern
from tallybook.extract.entities.lexicon import ROLE_NOUNS, alternation, title_alternation, title_patterns
from tallybook.extract.entities.person_jobs import job_before
from tallybook.extract.entities.person_names import TRADES, agent_noun_before

_ROLE_BEFORE_RE = re.compile(
    r"\b(?:" + alternation(ROLE_NOUNS, ignore_case=True) + r"|\d+-year-old),?\s+$", re.IGNORECASE
)
# Courtesy and clergy titles only a person carries ("Abba X", "Dr X"); not ranks or offices,
# which also head the names of bodies and places ("General Security", "King Fahd Road")
_PERSONAL_TITLE_RE = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|Sheikh|Abba|Abuna|Abune|Daw|Father|Imam|Pastor|Rev|Reverend|Venerable|"
    r"Rabbi|Ayatollah|Mullah|Molavi)\.?[ \t]+[A-Z]"
)
_TITLES_ALT = title_alternation()  # every use below ignores case
_ROLES_ALT = alternation([*ROLE_NOUNS[:-4], *title_patterns()], ignore_case=True)
# "the governor of Lagos State, NAME", "Spokesperson for the High Commissioner: NAME"
_TITLE_APPOS_BEFORE_RE = re.compile(rf"\b(?:{_ROLES_ALT})\b[^,.;:\n]{{0,60}}[,:]\s*$", re.IGNORECASE)
# What the text before a name run must end with for _ROLE_BEFORE_RE to match (white space aside):
# testing it first spares the search, which tries every position, for most runs.
if not all(re.fullmatch(r"[A-Za-z ]+(?:\\\.\?)?", p) for p in ROLE_NOUNS):
    raise ValueError("ROLE_NOUNS holds a regex fragment: derive _ROLE_ENDINGS from it by hand")
_ROLE_ENDINGS = (
    *(p.removesuffix(r"\.?").lower() for p in ROLE_NOUNS),
    *(p.removesuffix(r"\.?").lower() + "." for p in ROLE_NOUNS if p.endswith(r"\.?")),
    "-year-old",
)


def role_before(before: str) -> bool:
    """`_ROLE_BEFORE_RE.search(before)`, searched only if `before` ends in a role noun, an optional
    comma and white space (str.lower folds case as the regex does for ASCII text only)."""
    tail = before.rstrip()
    if len(tail) == len(before):
        return False
    if tail.isascii() and not tail.lower().removesuffix(",").endswith(_ROLE_ENDINGS):
        return False
    return _ROLE_BEFORE_RE.search(before) is not None


def title_appos_before(before: str) -> bool:
    """`_TITLE_APPOS_BEFORE_RE.search(before)`, searched only if `before` ends in [,:] and white space."""
    return before.rstrip().endswith((",", ":")) and _TITLE_APPOS_BEFORE_RE.search(before) is not None


# Occupations a described person holds ("NAME, a motorcycle taxi driver"), beside the role nouns
_OCCUPATIONS = (
    rf"{TRADES}|labou?rer|pharmacist|photographer|reporter|researcher|campaigner|porter|electrician|"
    r"accountant|businessman|businesswoman|lecturer|professor|organi[sz]er|volunteer|paramedic|baker"
)
# "NAME, senior Africa researcher at Human Rights Watch": a post at a named body, no article
_POST_AT = (
    r"researcher|campaigner|coordinator|analyst|adviser|advisor|director|editor|founder|"
    r"representative|spokesperson|spokesman|spokeswoman|secretary|officer|head|chair|lawyer"
)
_ROLE_APPOS_AFTER_RE = re.compile(
    rf",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{_ROLES_ALT}|member|resident|native|citizen|{_OCCUPATIONS})\b"
    rf"|(?:[\w-]+\s+){{0,4}}?(?:{_POST_AT})\s+(?:at|with|for|of)\s+(?:the\s+)?(?-i:[A-Z])"
    rf"|(?:UN\s+|United Nations\s+)?(?:\w+-)?(?:{_TITLES_ALT})\s+(?:on|of|for)\b"  # "Chair-Rapporteur of"
    # "NAME, a 24-year-old labourer": an age is a person's, unless a thing's noun follows
    r"|(?:a|an)\s+\d{1,3}-year-old\b(?!\s+(?:[\w-]+\s+){0,2}?(?:estate|building|bridge|road|market|"
    r"law|tradition|conflict|war|dispute|company|firm|business|institution|practice|case|ban|mosque|church)\b)"
    # "NAME, KRN's spokesperson", "NAME, Amnesty International's Russia researcher": a post a
    # named body holds
    rf"|(?:the\s+)?(?:(?-i:[A-Z])[\w&.-]*\s+){{0,3}}(?-i:[A-Z])[\w&.-]*['’]s\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_POST_AT})\b(?!\s+(?:office|unit|body|agency))"
    r"|\s*(?:who|whose)\b|\s*\d{1,3}\s*[,)]"  # "NAME, whose brother", "NAME, 63,"
    # "NAME, a former guard who fled": whoever a described noun is, "who" makes it a person
    r"|\s*(?:a|an)\s+(?:[\w-]+\s+){1,4}?who\b)"
    # "NAME (Chair-Rapporteur)": a title in brackets after the name
    rf"|\s*\((?:\w+-)?(?:{_ROLES_ALT})\)"
    # "NAME alias X", "NAME, alias X": another name a person goes by
    r"|,?\s+(?:alias|a\.k\.a\.|aka)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# "NAME (12 May 1986 – 14 August 2022) was", "NAME (born 1990)": a life's dates follow a person
_LIFESPAN_AFTER_RE = re.compile(
    r"[ \t]*\((?:born\s+[^()\n]{0,20}\b\d{4}|[^()\n]{0,20}\b\d{4}\s*[–-]\s*[^()\n]{0,20}\b\d{4})\s*\)"
)
# "NAME, sentenced to death in 2021,", "NAME, arrested in May,": a participle phrase set off after the
# name that tells a harm only a person suffers (not "convicted" or "fined", which a company can be);
# closed by a comma, so not a predicate after a place ("X village, Y Township, shot dead three")
_HARMED_AFTER_RE = re.compile(
    r",[ \t]+(?:sentenced|executed|hanged|arrested|detained|abducted|jailed|imprisoned|flogged|lashed|"
    r"tortured|killed|shot)[ \t]+(?:to|in|on|at|by|for|last|earlier)\b[^,.;:\n]{0,60},"
)
# an infobox's head: the name alone on its line, the next line giving the birth or death
_INFOBOX_AFTER_RE = re.compile(r"[ \t]*\n(?:Born|Died)\b")
# "NAME's son told", "NAME's lawyer said": only a person has kin or a lawyer of their own
_OWNED_KIN = wordset(
    "widow relative relatives lawyer lawyers attorney attorneys cousin uncle aunt nephew niece parents "
    "children fiance fiancé fiancee fiancée"
)
_KIN_OWNER_AFTER_RE = re.compile(
    r"['’]s[ \t]+(?:(?:eldest|elder|older|younger|youngest|late|teenage|adult)[ \t]+)?"
    rf"(?:{kin_pattern(NEAR_KIN | KIN_PLURALS | _OWNED_KIN)}"
    r"|family(?![ \t]+(?:court|law|code|planning|protection|business|compan))"
    # "during X Y's regime", "under X Y's presidency": a ruler's time in power
    r"|regime|presidency|premiership|reign|rule)\b"
)


def person_before(before: str, before_run: str) -> bool:
    """True if the text before a name run says a person follows. `before`: the text before the
    name; `before_run`: the text before the whole run, an honorific cut off the name included."""
    return (
        role_before(before)
        # the text before an honorific cut off the name speaks for the name too ("the regional
        # commander, Lieutenant-General X")
        or (before_run != before and (role_before(before_run) or title_appos_before(before_run)))
        or agent_noun_before(before)
        or title_appos_before(before)
        or job_before(before)  # "town clerk X", "SHO X", "Police Officer 1 X"
    )


def person_after(text: str, start: int, end: int) -> bool:
    """True if the text after the name at [start, end) says it is a person's: an apposition or a
    title, a life's dates, or the birth or death line of an infobox the name heads."""
    return bool(
        _ROLE_APPOS_AFTER_RE.match(text, end)
        or _LIFESPAN_AFTER_RE.match(text, end)
        or _KIN_OWNER_AFTER_RE.match(text, end)
        or _HARMED_AFTER_RE.match(text, end)
        or (_INFOBOX_AFTER_RE.match(text, end) and text[start - 1 : start] in ("\n", ""))
    )


def personal_title(run: str) -> bool:
    """True if the run opens with a courtesy or clergy title ("Dr X", "Sheikh X")."""
    return _PERSONAL_TITLE_RE.match(run) is not None
