"""What a person's name looks like: cleaning a mention ("Mr. X's" -> "X"), widening one the
tokenizer cut short ("-Nejad", " al-Harbi"), telling a name from a place, title or headline, and
spotting lists of names. How the text describes a person is in `person_descriptors`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from tallybook.extract.entities.known_orgs import COUNTRY_NAMES, lookup_known_org
from tallybook.extract.entities.lexicon import (
    HONORIFICS,
    NON_NAME_WORDS,
    NOT_NAMES,
    ROLE_NOUNS,
    word_set,
)
from tallybook.extract.entities.person_jobs import leading_job

# Courtesy titles of West African and Muslim usage that the lexicon's list lacks ("Pa X" an elder,
# "Alhaji X" one who made the pilgrimage); like "Dr" they are no part of the canonical name.
_MORE_HONORIFICS = (
    *("Pa", "Alhaji", "Alhaja", "Hajiya", "Mallam", "Hon", "Honourable", "Mufti", "Ustaz"),
    # other spellings of the Sunni cleric's titles the lexicon lists as "Molavi", "Mawlana"
    *("Mowlavi", "Mawlawi", "Moulavi", "Moulvi", "Mowlana", "Molana", "Moulana"),
    # the Ethiopian and Eritrean Orthodox priest's title ("Kes X", "Qes X"), beside "Abba" and "Abune"
    *("Kes", "Qes", "Kesis", "Qesis", "Memhir"),
    # Spanish courtesy titles ("Doña X"); not "Don", which is also a given name
    *("Doña", "Señora", "Señor"),
    # Malaysian honours written before the name ("Tan Sri X", "Datuk Seri X", "Dato' X")
    *(
        "Tan Sri",
        "Puan Sri",
        "Datuk Seri",
        "Dato' Sri",
        "Dato Sri",
        "Datuk",
        "Dato'",
        "Dato",
        "Datin",
        "Toh Puan",
    ),
)
# A rank's grade before the rank ("Senior Superintendent", "Deputy Inspector General"): only
# stripped together with the rank it grades.
_RANK_GRADE = (
    r"(?:(?:Senior|Junior|Deputy|Assistant|Acting|Retired|Additional|Principal|Staff|Lance|Master)\s+)*"
)


def _title_words(title: str) -> str:
    """A title of several words as a regex whose words may also be joined by hyphens, the spelling
    of ranks in much French- and British-style usage ("Lieutenant-General X", "Major-General X")."""
    return r"[ \t-]".join(map(re.escape, title.split()))


HONORIFIC_RE = re.compile(
    rf"^(?:{_RANK_GRADE}(?:" + "|".join(map(_title_words, (*HONORIFICS, *_MORE_HONORIFICS))) + r")\.?\s+)+"
)
# A regnal or generational number closing a name ("Ngwa Tebong III", "Fon Abumbi II")
_REGNAL_RE = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|Jr\.?|Sr\.?)$")
_NAME_STOP_RE = re.compile(r"\n|\t|\[|\(|\d")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_GLUED_RE = re.compile(r"\.[a-z]$")
_ROLE_WORDS = frozenset(w.lower() for w in ROLE_NOUNS if w.isalpha())
# Offices a body's name may lead ("State Department Spokesperson X Y", "Foreign Minister X Y"):
# the holder's name starts after the office word
_OFFICE_WORDS = word_set(
    "spokesman spokesperson spokeswoman minister president governor rapporteur commissioner envoy "
    "secretary ambassador prosecutor director"
)
_LIST_GAP_RE = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
PARTICLES = r"(?:al|el|bin|bint|ibn|abu|ul|ud|de|da|di|del|der|dos|das|van|von|la|le)"
# Latin letters with diacritics count as letters of a name ("Ángel", "Gonçalves", "Şahin").
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĻŁŃŅŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽȘȚ"
# Vietnamese letters: horned O and U, and Latin Extended Additional, where capitals and small
# letters alternate ("Ạ" U+1EA0, "ạ" U+1EA1, ... "Ỹ" U+1EF8)
_UP += "ƠƯ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA, 2))
UPPER_LETTERS = _UP  # for other modules reading names
_LOW = "a-zß-öø-ÿāăąćčďđēėęěğīıķļłńņňōőœřśşšţťūůűźżžơưșț" + "".join(chr(c) for c in range(0x1EA1, 0x1EFA, 2))
# a capitalised word ("McGill" whole), an initial, or a particle ("al-Harbi", "de la")
_NAME_PART = (
    rf"(?:(?:Mc|Mac)?[{_UP}](?:[{_LOW}]|[’'-](?![{_UP}]))+(?:[-’'][{_UP}][{_LOW}]+)?|[A-Z]\."
    rf"|{PARTICLES}(?:-[A-Z][\w’'-]*|(?=\s+[A-Z])))"
)
_PARTICLE_WORD_RE = re.compile(rf"{PARTICLES}(?:-[A-Z][\w’'-]*)?|a/l|a/p|bte?")
# what a name cut short by the tokenizer continues with: "-Nejad", " al-Harbi"
_NAME_TAIL_RE = re.compile(rf"(?:-[A-Z][\w’']*|[ \t]+{PARTICLES}-[A-Z][\w’'-]*)+")
# Burmese honorifics written as part of the name ("U Aung Myo Thant") and the abbreviated
# given names of South and South-East Asia ("Md. Rafiq Uddin", "Mohd. Azlan", "Mst. Rina")
_NAME_HEAD_RE = re.compile(r"(?<![\w.])(?:U|Md\.?|Mohd\.?|Muhd\.?|Mst\.?)[ \t]+$")
# Words that are no name alone ("Islam", "Ramadan") but end many family names ("Nazrul Islam",
# "Mohammad Ramadan")
_SURNAME_ONLY = frozenset({"Islam", "Ramadan"})
NAME_RUN_RE = re.compile(
    # one or two initials may lead ("K. Ilango Rajadurai"), not the tail of "U.S."; the lookahead
    # for the first letter (every run starts with a capital) comes first: the engine then skips the
    # positions that cannot start a run without trying the lookbehind (`lexicon.alternation`)
    rf"(?=[{_UP}])(?<![\w’'.-])(?:[A-Z]\.[ \t]+){{0,2}}"
    rf"[{_UP}](?:[{_LOW}]|[’'-](?![{_UP}]))+(?:[-’'][{_UP}][{_LOW}]+)?(?:[ \t]+{_NAME_PART}){{1,4}}"
)

# "the blogger X", "land petitioner X": a noun of one who does something (-er, -or, -ist, -ian,
# -ant) heading the name; the words below end so but name no person
_AGENT_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|\d+-year-old)|[A-Z][\w-]*)\s+(?:[a-z-]+\s+)?([a-z]{3,}(?:er|or|ist|ian|ant))\s+$"
)
_NOT_AGENTS = word_set(
    "border river center centre water sector corridor quarter chamber number order letter paper "
    "matter shelter interior tower theater theatre register poster banner manor harbor harbour "
    "meridian plant restaurant"
)


def agent_noun_before(before: str) -> bool:
    """True if the words before a name end in a noun of one who does something ("the blogger")."""
    if not before.rstrip().endswith(("er", "or", "ist", "ian", "ant")):
        return False  # the noun must end the text: spares the search, which tries every position
    m = _AGENT_BEFORE_RE.search(before)
    return m is not None and m.group(1) not in STOP_WORDS and m.group(1) not in _NOT_AGENTS


@lru_cache(maxsize=8192)  # asked for every mention of every name, several times over
def clean_name(raw: str) -> str:
    """A mention as a name: cut at a line break, tab, bracket or digit; no possessive, honorific,
    rank or leading role noun ("Lawyer X Y" at a sentence start, "Researcher X Y")."""
    text = _NAME_STOP_RE.split(raw, maxsplit=1)[0]
    text = _POSSESSIVE_RE.sub("", text.strip())
    text = HONORIFIC_RE.sub("", text)
    words = text.split()
    if len(words) >= 3 and (words[0].lower() in _ROLE_WORDS or leading_job(words[0])):
        text = text[len(words[0]) :].lstrip()  # "Researcher X Y", "SHO X Y"
    else:
        office = max((i for i, w in enumerate(words[1:-2], 1) if w.lower() in _OFFICE_WORDS), default=0)
        if office:  # "State Department Spokesperson X Y" -> "X Y"
            text = text.split(None, office + 1)[-1]
    text = _GLUED_RE.sub("", text)  # "Dharmalingam.s" (a caption glued to the name)
    return text.strip(" ,.;:-–+")  # "X - +41 22 ...": a contact line's phone number


def complete_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a name the tokenizer or the model cut short: "-Nejad", " al-Harbi", "U " before."""
    tail = _NAME_TAIL_RE.match(text, end)
    if tail:
        end = tail.end()
        if text.endswith(("'s", "’s"), start, end):
            end -= 2  # "-Boroujerdi's nephew": the name stops before the "'s"
    head = _NAME_HEAD_RE.search(text, max(0, start - 8), start)
    if head:
        start = head.start()
    return start, end


# Plural nouns of events and acts, which head headlines ("Police Killings Surge"), never names
_EVENT_PLURALS = word_set("killings executions arrests abductions disappearances deaths abuses raids clashes")
# Plurals of the division words NON_NAME_WORDS holds ("Salah al-Din Provinces", "Northwest
# Regions"), and a monitoring body's head word ("Gulf Death Penalty Monitor")
_MORE_NON_NAME_WORDS = word_set(
    "provinces regions districts governorates prefectures counties municipalities oblasts monitor "
    # a legislature's words: "Mr. Speaker, I rise", "S. Res. 391", "H. Res. 754"
    "speaker res"
)
_NOT_NAME_PARTS = NON_NAME_WORDS | _EVENT_PLURALS | _MORE_NON_NAME_WORDS  # united once, not per word


# Amnesty's urgent actions set a family name in capitals after the given names ("Gift TANDARE",
# "Ali Reza KARIMI"): at least four letters, so no acronym of three ("Tajik SSR") passes
CAPITAL_SURNAME_RE = re.compile(r"(?:[A-Z][a-z’'-]+[ \t]+){1,3}[A-Z]{2}[A-Z’'-]*[A-Z]{2}\b")


# Small words a Title Case headline capitalises and no name holds
_HEADLINE_WORDS = word_set("On In At For The Of And Into From With Over After Against Amid")


def is_nameish(name: str) -> bool:
    words = name.split()
    if not words or any(w.lower().strip(".,’'") in _NOT_NAME_PARTS for w in words):
        return False
    if all(w.lower() in STOP_WORDS for w in words) or any(w in _HEADLINE_WORDS for w in words[1:]):
        return False  # "In Less Than", "X On Imminent Execution In": a Title Case headline's words
    if any(len(w) > 2 and lookup_known_org(w) is not None for w in words):
        return False  # "Amnesty Wants Held": a headline, not a person
    if len(words) >= 3 and _REGNAL_RE.match(words[-1]):
        words = words[:-1]  # "Ngwa Tebong III": the number is no acronym
    if CAPITAL_SURNAME_RE.fullmatch(name):
        words = [*words[:-1], words[-1].title()]  # "Gift TANDARE": a family name set in capitals
    if name in COUNTRY_NAMES or any(len(w) > 1 and w.isalpha() and w.isupper() for w in words):
        return False  # "Sri Lanka", "Tajik SSR"
    if (
        any(w in NOT_NAMES and not _surname(words, i) for i, w in enumerate(words))
        or " ".join(words).isupper()
    ):
        return False
    return words[0][0].isupper() and all(w[0].isupper() or _PARTICLE_WORD_RE.fullmatch(w) for w in words)


# South Asian given names of two words, the first ending in "-ul" (Arabic "al-", "of the") and the
# second its noun: "Rafiqul Islam", "Aminul Haque", "Saiful Alam". Either word alone looks like no
# name to the model (it tags "Islam X" or nothing), the pair always heads one.
_UL_COMPOUND_RE = re.compile(
    r"[A-Z][a-z]{2,}ul[ \t]+(?:Islam|Haque|Hoque|Huq|Haq|Hasan|Hassan|Alam|Amin|Karim|Kabir|Bari|"
    r"Hossain|Hussain|Rahman|Azim|Majid|Mannan|Hakim|Ahsan)\b"
)


def ul_compound_name(name: str) -> bool:
    """True if the name starts with a South Asian "-ul" compound given name ("Monirul Islam X")."""
    return _UL_COMPOUND_RE.match(name) is not None


def _surname(words: list[str], i: int) -> bool:
    """ "Rafiqul Islam", "Shafiqul Islam Rony": a word that is a family name after a given name."""
    # also inside a longer name ("Shafiqul Islam Rony"), after a given name
    return words[i] in _SURNAME_ONLY and i > 0 and words[i - 1] not in NOT_NAMES


# Trades a person is described by ("a driver from X", "NAME, a motorcycle taxi driver")
TRADES = (
    r"driver|shopkeeper|vendor|trader|merchant|fisherman|herder|shepherd|mechanic|carpenter|tailor|engineer"
)
# People described by their work or age before "from" a place of origin
_ORIGIN_NOUNS = (
    r"activist|journalist|lawyer|student|teacher|schoolteacher|blogger|farmer|worker|labou?rer|"
    rf"{TRADES}|doctor|nurse|imam|cleric|leader|resident|native|villager|man|woman|men|women|boy|girl|youth|"
    r"\d+-year-old"
)
_SETTLEMENT = r"(?:village|town|township|hamlet|district|camp|neighbourhood|neighborhood|valley)"
_PLACE_BEFORE_RE = re.compile(
    rf"\b(?:{_SETTLEMENT}s?|outskirts|suburbs?|edge|centre|center)\s+of\s+(?:the\s+)?$"
    # "a 31-year-old driver from X", "a schoolteacher from X": where a described person comes from
    rf"|\b(?:{_ORIGIN_NOUNS})s?\s+from\s+$",
    re.IGNORECASE,
)


def _place_before(before: str) -> bool:
    """`_PLACE_BEFORE_RE.search(before)`, searched only if `before` ends in "of", "the" or "from"
    and white space: the search tries every position of `before`. (No character outside ASCII
    folds to a letter of these words, so str.lower is exact here.)"""
    tail = before.rstrip()
    return (
        len(tail) < len(before)
        and tail[-4:].lower().endswith(("of", "the", "from"))
        and _PLACE_BEFORE_RE.search(before) is not None
    )


_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout)\s+$")
# an infobox's place field ("- Location: X, Y Zone, Country"): every name on it is a place
_PLACE_FIELD_RE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?:Location|Place|Site)s?[ \t]*:", re.IGNORECASE)
# A dateline: "X, Region – Six people were ...", "(X, June 22, 2023) –"
_DATELINE_AFTER_RE = re.compile(r"(?:,[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)?[ \t]+[–—][ \t]")
_DATELINE_PAREN_AFTER_RE = re.compile(r",\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?\d{4}\)")
# "X province", "X Region": an administrative division is a place
_DIVISION = r"(?i:province|region|governorate|prefecture|county|municipality|oblast|zone)"
# "X police station", "X detention centre", "X barracks": a facility is named after a place
_FACILITY = (
    r"police[ \t]+(?:station|post)|detention[ \t]+cent(?:re|er)|barracks|(?:army|military)[ \t]+(?:camp|base)"
)
_PLACE_AFTER_RE = re.compile(
    rf"(?:[ \t]+[A-Z][\w’'-]*){{0,2}}[ \t]+"
    rf"(?:{_SETTLEMENT}|{_DIVISION}|massacres?|prison|jail|market|{_FACILITY})\b"
)


def _word_char(ch: str) -> bool:
    """A character that continues a name: `[\\w’'-]` in a regex."""
    return ch.isalnum() or ch in "_’'-"


def whole_word_hits(text: str, name: str) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of `name` in `text` not inside a longer word, as
    `re.finditer(rf"(?<![\\w’'-]){re.escape(name)}(?![\\w’'-])", text)` gives them, without compiling
    a pattern for every name."""
    if not name:
        return [(m.start(), m.end()) for m in re.finditer(r"(?<![\w’'-])(?![\w’'-])", text)]
    hits: list[tuple[int, int]] = []
    pos = text.find(name)
    while pos >= 0:
        end = pos + len(name)
        if (pos == 0 or not _word_char(text[pos - 1])) and (end == len(text) or not _word_char(text[end])):
            hits.append((pos, end))
            pos = text.find(name, end)
        else:
            pos = text.find(name, pos + 1)
    return hits


def named_as_place(text: str, name: str) -> bool:
    """True if the text calls the name a settlement anywhere ("X village", "the village of X",
    "a driver from X", a dateline), or names it only after "in"/"at" ("their home in X")."""
    hits = whole_word_hits(text, name)
    if hits and all(
        _LOCATIVE_BEFORE_RE.search(text, max(0, start - 12), start) and not text.startswith(("'s", "’s"), end)
        for start, end in hits
    ):
        return True
    for start, end in hits:
        before = text[max(0, start - 40) : start]
        if _PLACE_AFTER_RE.match(text, end) or _place_before(before):
            return True
        line_start = start == 0 or text[start - 1] == "\n"
        if _PLACE_FIELD_RE.match(text, text.rfind("\n", 0, start) + 1):
            return True
        if line_start and _DATELINE_AFTER_RE.match(text, end):
            return True
        if before.endswith("(") and _DATELINE_PAREN_AFTER_RE.match(text, end):
            return True
    return False


_LEFT_SINGLES_RE = re.compile(r"(?:\b[A-Z][\w’'-]+(?:,\s*|,?\s+and\s+|,?\s+or\s+)){2,}$")
_RIGHT_SINGLES_RE = re.compile(r"(?:(?:,\s*|,?\s+and\s+|,?\s+or\s+)[A-Z][\w’'-]+\b(?!\s+[A-Z])){2,}")
_LEFT_ONE_RE = re.compile(r"\b[A-Z][\w’'-]+(?:,\s*|,?\s+and\s+|,?\s+or\s+)$")
_RIGHT_ONE_RE = re.compile(r"(?:,\s*|,?\s+and\s+|,?\s+or\s+)[A-Z][\w’'-]+\b(?!\s+[A-Z])")


def among_single_words(text: str, start: int, end: int) -> bool:
    """True if the name stands in a list whose other items are single capitalised words."""
    before = text[max(0, start - 120) : start]
    after = text[end : end + 120]
    if _LEFT_SINGLES_RE.search(before) or _RIGHT_SINGLES_RE.match(after):
        return True
    return bool(_LEFT_ONE_RE.search(before) and _RIGHT_ONE_RE.match(after))


def name_lists(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is a list) for each run of capitalised items joined by commas/"and": a list
    when joined by "and"/"or" or of three items or more. A pair joined by a lone comma is not a
    list: "X, Deputy Spokesman" is an apposition."""
    found: list[tuple[int, int, bool]] = []
    for m in _NAME_LIST_RE.finditer(text):
        joined = bool(_AND_OR_RE.search(m.group()))
        found.append((m.start(), m.end(), joined or len(_LIST_GAP_RE.split(m.group())) >= 3))
    return found


def in_list_with(
    lists: list[tuple[int, int, bool]], start: int, end: int, names: list[tuple[int, int]]
) -> bool:
    """True if [start, end) is an item of a list (see `name_lists`) that holds a known name."""
    for lo, hi, is_list in lists:
        if lo <= start and end <= hi:
            return is_list and any(lo <= s and e <= hi and (s, e) != (start, end) for s, e in names)
    return False


_AND_OR_RE = re.compile(r"\s(?:and|or)\s")
_CAP_RUN = rf"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|{PARTICLES}(?:-[A-Z][\w’'-]*)?))*"
# an item may carry another name in brackets: "A (B), C (D) and E"
_CAP_ITEM = rf"{_CAP_RUN}(?:[ \t]+\({_CAP_RUN}\))?"
_NAME_LIST_RE = re.compile(rf"{_CAP_ITEM}(?:(?:,\s*|,?\s+and\s+|,?\s+or\s+){_CAP_ITEM})+")
