"""How organisation names look in running text: the patterns that find them ("Name (ACR)",
capitalised names ending in an organisation word), the clean-up of the NER model's ORG spans,
a name's kind, and the comparison key for names."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from tallybook.extract.entities.known_orgs import COUNTRY_NAMES, lookup_known_org
from tallybook.extract.entities.lexicon import alternation, word_set
from tallybook.extract.entities.state_bodies import HIGH_COURTS, title_follows

# lowercase particles inside a name, English and foreign ("Ain o Salish Kendra", "Derechos y Paz")
CONNECTORS = r"(?:of|the|for|and|on|in|de|du|del|la|against|to|from|at|&|o|e|y|et|da|do|dos|di)"
# a stop inside a word ("U.N.") or after a capital, not one that ends a sentence ("Shalin. The")
CAP_WORD = r"(?:[A-Z](?:[\w’'&-]|\.(?!\s))*(?:(?<=[A-Z])\.)?)"
# "National Council of Resistance of Iran (NCRI)", "People's Mujahedin of Iran (PMOI / MEK Iran)";
# a name of purpose may hold an article ("Council for a Free Press (CFP)")
DEFINITION_RE = re.compile(
    rf"({CAP_WORD}(?:\s+(?:(?:{CONNECTORS}|for\s+an?)\s+)*{CAP_WORD})*)\s*"
    r"\(\s*([A-Z][A-Za-z.&-]*[A-Z][A-Za-z.&-]*(?:\s+[A-Z][A-Za-z]+)?)"
    r"(?:\s*/\s*([A-Z][\w.&-]*(?:\s+[A-Z][\w]+)?))?\s*\)"
)
# "NUM – National Union of Mineworkers"
DASH_DEFINITION_RE = re.compile(
    # (the lookahead for the first letter leads: the engine skips the positions no capital starts)
    rf"(?=[A-Z])\b([A-Z]{{2,8}})\s+[–—-]\s+({CAP_WORD}(?:\s+(?:{CONNECTORS}\s+)*{CAP_WORD})+)"
)
ORG_HEADS = (
    "Police|Force|Forces|Command|Secretariat|Corporation|Council|Committee|Court|Ministry|Agency|"
    "Army|Guard|Guards|Corps|Centre|Center|Commission|Network|Organization|Organisation|Association|"
    "Union|Party|Front|Movement|Society|Institute|Foundation|Office|Service|Bureau|Department|"
    "Directorate|Tribunal|Assembly|Parliament|Watch|Coalition|Alliance|League|Brigade|Militia|Mission|"
    # monitors and units named by what they do ("Observatory of Social Conflict", "Research Unit")
    "Observatory|Collective|Unit|Branch|"
    # a body named for watching or meeting ("Gulf Death Penalty Monitor", "Patani Rights Forum")
    "Monitor|Forum"
)
_CAPITALISED_RUN = (
    r"[A-Z][\w’'&.-]*(?:[ \t]+(?:(?:of|for|on|and|de|del|la)(?:[ \t]+the)?[ \t]+)?[A-Z][\w’'&.-]*)*"
)
KEYWORD_ORG_RE = re.compile(rf"\b{_CAPITALISED_RUN}[ \t]+(?:{ORG_HEADS})\b")
# Scanned over a whole text, the two name patterns above start a long run at every capitalised
# word and back out of it where no head word (or no "(") follows, which makes them the costliest
# scans of the organisation finder. `keyword_org_matches` and `definition_matches` find the same
# matches scanning only the parts of the text a match can lie in.
_CAPITALISED_RUN_RE = re.compile(_CAPITALISED_RUN)


def leading(alternatives: str, before: str) -> str:
    """`before` (a lookbehind or `\\b`) and then `alternatives` (an `alternation`), with the
    alternation's lookahead for its first letters moved in front: only a pattern that opens with
    it lets the engine skip the positions no alternative starts at."""
    lookahead = re.match(r"\(\?=\[[^\]]*\]\)", alternatives)
    assert lookahead is not None, alternatives[:40]
    return lookahead.group() + before + alternatives


_HEAD_WORD_RE = re.compile(leading(alternation(ORG_HEADS.split("|")), r"(?<=[ \t])") + r"\b")
_DEFINITION_STRETCH_RE = re.compile(r"[\w’'&.\s-]+")  # every character a name and "\s*(" hold
# What a collective body's name carries on with after its head word: "Fact-Finding Mission on
# Myanmar", "Commission of Inquiry on Syria", "Committee on the Rights of the Child".
BODY_HEADS = word_set(
    "mission commission committee council tribunal panel court ministry office inquiry observatory"
)
BODY_TAIL_RE = re.compile(
    r"(?:[ \t]+(?:on|of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*"
    r"(?:[ \t]+(?:(?:of|and|on|for)[ \t]+)?(?:the[ \t]+)?[A-Z][\w’'-]*)*){1,3}"
)
NOT_ORG_START = word_set(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday our their his her its this that these those"
)
ACRONYM_RE = re.compile(r"^[A-Z][A-Z.&]{1,7}$")
PLACE_HEADS = word_set("region province state city district county village town street square prison camp")
ORG_KEYWORDS = word_set(
    "council organization organisation union army navy police service forces force committee "
    "agency ministry court tribunal party front movement association federation network center "
    "centre institute commission office watch group corps guard guards news times post press "
    "radio television tv broadcasting university panel judiciary government assembly parliament "
    "mission brigade militia battalion company corporation foundation coalition alliance league "
    "bureau department authority directorate prosecutor prosecution inc ltd"
)
_TITLE_TAIL_RE = re.compile(
    r"\s*(?:['’]s\s+)?(?:special rapporteurs?|high commissioner|secretary[- ]general|spokes\w+|"
    r"envoy|chief|experts?|rapporteurs?)\b.*$",
    re.IGNORECASE,
)
GENERIC = word_set("government authorities army police court office regime state forces")

_NORM_EDGES_RE = re.compile(r"^the\s+|'s$")
_NORM_PUNCT_RE = re.compile(r"[^\w' ]+")


@lru_cache(maxsize=8192)  # asked for the same few names thousands of times per text
def norm_name(name: str) -> str:
    """Comparison key for names: case, quotes, a leading "the", punctuation and "'s" ignored."""
    s = unicodedata.normalize("NFKC", name).replace("’", "'").replace("‘", "'").lower().strip()
    s = _NORM_EDGES_RE.sub("", s)
    return " ".join(_NORM_PUNCT_RE.sub(" ", s).split())


def in_heading(text: str, pos: int) -> bool:
    """True if `pos` is on a heading line: a wiki "== x ==" line or a Title Case headline."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end]
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    capitalised = sum(1 for w in words if w[0].isupper())
    return line.startswith("=") or (len(words) >= 4 and capitalised >= 0.8 * len(words))


def initials_fit(acronym: str, name: str) -> bool:
    """Loose check that an acronym abbreviates a name (order-free; foreign-language acronyms)."""
    letters = [c for c in acronym if c.isupper()]
    initials = Counter(w[0].upper() for w in re.findall(r"[A-Za-z][\w’'-]*", name) if w[0].isupper())
    hits = sum(1 for c in letters if initials[c] > 0)
    return len(letters) >= 2 and hits >= max(2, round(len(letters) * 0.6))


_UN_WORDS = frozenset({"UN", "U.N."})


def trim_name(name: str, acronym: str) -> str:
    """The part of a capitalised run the acronym abbreviates: "Members of the Coastal Liberation
    Movement (CLM)" -> "Coastal Liberation Movement". Prefer a suffix whose initials spell the
    acronym exactly; otherwise the longest suffix that still fits loosely (foreign word order)."""
    words = name.split()
    letters = "".join(c for c in acronym if c.isupper())
    starts = [i for i, w in enumerate(words) if w[0].isupper() and w.lower() != "the"]
    for i in starts:
        if "".join(w[0] for w in words[i:] if w[0].isupper()) == letters:
            return " ".join(words[i:])
    for i in starts:  # "Office of the UN High Commissioner for Human Rights (OHCHR)": the UN left out
        if "".join(w[0] for w in words[i:] if w[0].isupper() and w not in _UN_WORDS) == letters:
            return " ".join(words[i:])
    starts = [i for i in starts if not _clause_word(words, i)]
    for i in starts:
        if words[i][0] in letters and initials_fit(acronym, " ".join(words[i:])):
            # a capitalised word just before, outside the letters, is the name's own adjective in
            # a translated name ("Special Jurisdiction for Peace (JEP)": Jurisdicción Especial)
            if i - 1 in starts and len(words) - i >= 2 and not re.search(r"['’]s$", words[i - 1]):
                i -= 1
            elif _joined_first_word(words, i, starts):
                i -= 2  # "the Truth and Reconciliation Commission (CVR)": one name, not its half
            return " ".join(words[i:])
    return " ".join(words[starts[0] :]) if starts else name


def _joined_first_word(words: list[str], i: int, starts: list[int]) -> bool:
    """A lone capitalised word "and" joins to the name starting at `i`: "the Justice and Peace
    Commission" after "the" or a lower-case word; not a body of its own before a second body's
    name ("the BBC and Agence France-Presse (AFP)", "Reuters and ...")."""
    return (
        i >= 3
        and words[i - 1] == "and"
        and i - 2 in starts
        and (words[i - 3].lower() == "the" or not words[i - 3][0].isupper())
        and not words[i - 2].isupper()
        and lookup_known_org(" ".join(words[i:])) is None
        and lookup_known_org(words[i - 2]) is None
    )


def _clause_word(words: list[str], i: int) -> bool:
    """A capitalised word that opens the clause before a name, not the name: "According to the X
    (ACR)", "Citing the X (ACR)"."""
    return words[i].endswith("ing") and i + 1 < len(words) and words[i + 1].islower()


def kind_for(name: str) -> str:
    low = name.lower()
    words = set(re.findall(r"[a-z]+", low))
    if low.startswith("government of") or words & {"ministry", "army", "police", "judiciary", "mission"}:
        return "government"
    if words & {"court", "tribunal"}:
        return "court"
    if "united nations" in low or low.startswith(("un ", "u.n. ")):
        return "un"
    if words & {"news", "times", "post", "press", "radio", "television", "broadcasting"}:
        return "news"
    if words & {"resistance", "opposition", "mojahedin", "mujahedin"}:
        return "opposition"
    if words & {"watch", "amnesty", "rights", "coalition", "foundation", "network", "doctors"}:
        return "ngo"
    if words & {"forces", "guard", "corps", "government", "parliament", "military"}:
        return "government"
    return "other"


def clean_entity(text: str) -> str:
    text = re.split(r"[(\[\n]", text, maxsplit=1)[0]
    text = _TITLE_TAIL_RE.sub("", text)
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"['’]s?$", "", text).strip(" ,.;:-–")
    words = text.split()
    while len(words) > 1 and (words[-1].islower() or words[-1] in ("of", "the", "and", "for")):
        words = words[:-1]  # "FSLN party" -> "FSLN", "Basij militia" -> "Basij"
    return " ".join(words)


# What other organisations' names carry on with: "Coalition Against Torture", "Network for
# Human Rights Defenders", "Movement for Democratic Change".
_NAME_TAIL_RE = re.compile(
    r"[ \t]+(?:[Aa]gainst|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*"
    r"(?:[ \t]+(?:(?:of|and|on|for|in)[ \t]+)?(?:the[ \t]+)?[A-Z][\w’'-]*)*"
)
# Descriptors written before a name in capitals ("the local NGO Coalition Against Torture"),
# and a compound that says where a body is or whom it serves ("London-based", "Kurdish-language").
_LEADING_DESCRIPTOR_RE = re.compile(
    r"^(?:(?:The|A|An)\s+)?(?:I?NGOs?\s+)?"
    r"(?:[A-Z][\w’']*-(?:based|language|backed|led|run|funded|affiliated|allied|linked|aligned)\s+)?"
)


_SENTENCE_END_RE = re.compile(r"(?<!\.[A-Z])\. ")


def keyword_org(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The name and end offset of a capitalised name ending in an organisation word (a match of
    KEYWORD_ORG_RE), carried on over the words its name continues with; None for a non-name."""
    # "Tuesday. The X": a sentence ends; not the dotted initials of "The U.N. Assistance Mission"
    name = _SENTENCE_END_RE.split(m.group())[-1]
    name = _LEADING_DESCRIPTOR_RE.sub("", re.sub(r"^(?:The|A|An)\s+", "", name))
    head, of, rest = name.partition(" of ")
    if of and not any(w.lower() in ORG_KEYWORDS for w in head.split()):
        name = re.sub(r"^the\s+", "", rest)  # "Officers of the X Police" -> "X Police"
    words = name.split()
    if (
        not words
        or words[0].lower() in NOT_ORG_START
        or _SENTENCE_END_RE.search(name)
        or in_heading(text, m.start())
    ):
        return None
    end = m.end()
    if title_follows(text, end):
        return None  # "District Police Officer Naveed Akhtar": a person's title, not a body
    tail = BODY_TAIL_RE.match(text, end) if words[-1].lower() in BODY_HEADS else None
    tail = tail or _NAME_TAIL_RE.match(text, end)
    if tail and not NOT_ORG_START & {w.lower() for w in tail.group().split()}:
        name, end = name + tail.group(), tail.end()
    owner = re.search(r"['’]s$", name)  # "the Ministry of Justice’s spokesman"
    if owner:
        name, end = name[: owner.start()], end - len(owner.group())
    return (name, end) if len(name.split()) >= 2 else None


def keyword_org_matches(text: str) -> list[re.Match[str]]:
    """`KEYWORD_ORG_RE.finditer(text)`, scanning only the runs of capitalised words that hold a
    head word. A match is a run cut after its head word, and a run started at any capital inside
    a run ends where that run ends (its words and links are the same from there on), so no match
    crosses the end of a run: bounding the scan there changes no match."""
    found: list[re.Match[str]] = []
    for run in _CAPITALISED_RUN_RE.finditer(text):
        start, end = run.span()
        if _HEAD_WORD_RE.search(text, start + 1, end):
            found.extend(KEYWORD_ORG_RE.finditer(text, start, end))
    return found


def definition_matches(text: str) -> list[re.Match[str]]:
    """`DEFINITION_RE.finditer(text)`, scanning only the stretches that end at "(": a match's
    name is a run of capitalised words ending in such a stretch. The scan of one stretch ends at
    the first ")" after it, where any match that starts in the stretch ends."""
    found: list[re.Match[str]] = []
    resume = 0  # where the whole-text scan would go on: the end of the last match
    for stretch in _DEFINITION_STRETCH_RE.finditer(text):
        start, end = stretch.span()
        close = text.find(")", end)
        if close < 0 or not text.startswith("(", end) or end <= resume:
            continue
        for m in DEFINITION_RE.finditer(text, max(start, resume), close + 1):
            if m.start() >= end:
                break  # a name inside the brackets: its own stretch finds it
            found.append(m)
            resume = m.end()
    return found


def state_body_name(name: str) -> str:
    """A body named after its country's possessive. "Iraq's Ministry of Justice" -> "Ministry of
    Justice of Iraq" and "Chad's Supreme Court" -> "Supreme Court of Chad" (the registry's form);
    any other body is named without the owner ("Chad's Press Service" -> "Press Service"), as the
    text names it when it leaves the country out."""
    # the body's own name may hold a possessive: "Colombia's Ombudsman's Office"
    m = re.match(r"^([A-Z][\w -]*?)['’]s\s+([A-Z][\w’' -]*)$", name)
    if m is None or m.group(1) not in COUNTRY_NAMES or len(m.group(2).split()) < 2:
        return name
    body, country = m.group(2), COUNTRY_NAMES[m.group(1)]
    if body.startswith("Ministry of "):
        return name if " of " in body.removeprefix("Ministry of ") else f"{body} of {country}"
    return f"{body} of {country}" if body in HIGH_COURTS else body


# Patterns built from the names a text uses, compiled once per name rather than once per use.
@lru_cache(maxsize=1024)
def wrapped_name_re(name: str) -> re.Pattern[str]:
    """`name` with any white space between its words: a name wrapped over a line."""
    return re.compile(r"\s+".join(map(re.escape, name.split())))


@lru_cache(maxsize=256)
def acronyms_re(acronyms: tuple[str, ...]) -> re.Pattern[str]:
    """Bare uses of the acronyms a text defined ("the SAPS said"), tried in the order given."""
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, acronyms)) + r")(?!\w)")


@lru_cache(maxsize=1024)
def based_re(name: str) -> re.Pattern[str]:
    """ "the Dhaka-based group": `name` before "-based"."""
    return re.compile(rf"(?<!\w){re.escape(name)}-based\b", re.IGNORECASE)
