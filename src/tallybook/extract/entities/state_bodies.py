"""Which state body a generic name means: a ministry written in lower case ("the interior
ministry", "Egypt's foreign ministry"), a country's highest court named bare ("the de facto
Supreme Court") and a title whose acronym a text uses for the person holding it ("the DPO" for a
District Police Officer), which is no organisation at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from tallybook.extract.entities.known_orgs import COUNTRY_DEMONYMS, COUNTRY_NAMES
from tallybook.extract.entities.lexicon import word_set

# The field a lower-case ministry is named by -> the field in its full name ("Ministry of ...").
_FIELDS = {
    "interior": "Interior",
    "home": "Home Affairs",
    "foreign": "Foreign Affairs",
    "justice": "Justice",
    "defence": "Defence",
    "defense": "Defense",
    "health": "Health",
    "information": "Information",
    "intelligence": "Intelligence",
    "finance": "Finance",
}
# Words a capitalised name of the same ministry uses for its field ("Ministry of Internal Affairs").
_FIELD_WORDS = {
    "interior": ("interior", "internal affairs"),
    "home": ("home affairs", "home"),
    "foreign": ("foreign affairs", "foreign"),
    "defence": ("defence", "defense"),
    "defense": ("defence", "defense"),
}
# "the interior ministry", "Interior ministry officials": the ministry word itself in lower case
# (a capitalised "Interior Ministry" is a name `org_names.KEYWORD_ORG_RE` finds).
_LOWER_MINISTRY_RE = re.compile(rf"\b(?P<field>(?i:{'|'.join(_FIELDS)}))\s+ministry\b")
_DEMONYMS = {d: c for c, ds in COUNTRY_DEMONYMS.items() for d in ds}

# A country's highest courts: named bare, they are the courts of the country the text is about.
HIGH_COURTS = frozenset({"Supreme Court", "Constitutional Court"})

# Head words of titles people hold ("District Police Officer", "Inspector General of Police").
PERSON_TITLES = word_set(
    "officer officers chief commissioner inspector superintendent spokesman spokeswoman spokesperson "
    "director chairman chairperson chairwoman secretary minister governor president judge general "
    "commander sheriff deputy"
)
_BODY_WORDS = word_set(
    "directorate office department ministry agency bureau secretariat command unit council committee "
    "commission service"
)
_CONNECTOR_RE = re.compile(r"\s+(?:of|for|on|in|at)\s+")


def title_head(name: str) -> str:
    """The head word of a name: its last word before an "of"/"for" phrase ("Inspector General of
    Police" -> "general"), lower-cased."""
    words = _CONNECTOR_RE.split(name, maxsplit=1)[0].split()
    return words[-1].lower().strip(".,") if words else ""


def is_person_title(name: str) -> bool:
    """True for a title a person holds, not a body: "District Police Officer", "Police Chief",
    but not "Directorate General of ..." (a body word before the title word)."""
    words = {w.lower() for w in _CONNECTOR_RE.split(name, maxsplit=1)[0].split()}
    return title_head(name) in PERSON_TITLES and not words & _BODY_WORDS


def title_acronym(acronym: str, text: str) -> bool:
    """True if the text spells the acronym out as a person's title ("District Police Officer ...
    the DPO said")."""
    letters = [c for c in acronym if c.isalpha()]
    if not 2 <= len(letters) <= 6 or not all(c.isupper() for c in letters):
        return False
    return any(is_person_title(m.group()) for m in _spelled_out_re("".join(letters)).finditer(text))


@lru_cache(maxsize=256)
def _spelled_out_re(letters: str) -> re.Pattern[str]:
    """Words whose initials spell `letters` ("District Police Officer" for DPO), compiled once."""
    return re.compile(r"\b" + r"(?:\s+(?:of|for|the))*\s+".join(rf"{c}[a-z]+" for c in letters) + r"\b")


_TITLE_AFTER_RE = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def title_follows(text: str, end: int) -> bool:
    """True if a capitalised title word follows `end`: "District Police| Officer Kamran Aziz"."""
    m = _TITLE_AFTER_RE.match(text, end)
    return m is not None and m.group(1).lower() in PERSON_TITLES


def high_court_name(name: str, country: str | None) -> str:
    """ "Supreme Court" -> "Supreme Court of Afghanistan" in a text about Afghanistan."""
    bare = re.sub(r"^[Tt]he\s+", "", name)
    return f"{bare} of {country}" if bare in HIGH_COURTS and country else name


def _field_key(name: str) -> str | None:
    """The ministry a capitalised name is ("Interior Ministry", "Ministry of the Interior of X")."""
    low = name.lower().replace("’", "'")
    if "ministry" not in low:
        return None
    for key, words in _FIELD_WORDS.items():
        if any(re.search(rf"\b{w}\b", low) for w in words):
            return key
    for key in _FIELDS:
        if re.search(rf"\b{key}\b", low):
            return key
    return None


def _owner_before(text: str, pos: int) -> tuple[int, str] | None:
    """(start, country) of a country's name with "'s" or its demonym right before `pos`."""
    before = text[max(0, pos - 40) : pos]
    for n in (2, 1):
        m = re.search(r"(?<!\S)(" + r"\s+".join([r"\S+"] * n) + r")\s+$", before)
        if m is None:
            continue
        word = m.group(1)
        owner = re.sub(r"['’]s$", "", word)
        if owner != word and owner in COUNTRY_NAMES:
            return pos - len(before) + m.start(1), COUNTRY_NAMES[owner]
        if owner == word and word in _DEMONYMS:
            return pos - len(before) + m.start(1), _DEMONYMS[word]
    return None


def lower_case_ministries(
    text: str, named: list[str], main: Callable[[], str | None]
) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, canonical) for each ministry written in lower case. It is the ministry
    of the same field the text names in capitals (`named`), if one; else "Ministry of <Field> of
    <Country>" for the country written before it ("Saudi interior ministry") or the text's main
    country (`main()`, asked only when needed); else the words as written."""
    found: list[tuple[int, int, str, str]] = []
    by_field: dict[str, set[str]] = {}
    for name in named:
        key = _field_key(name)
        if key is not None:
            by_field.setdefault(key, set()).add(name)
    for m in _LOWER_MINISTRY_RE.finditer(text):
        field = m.group("field").lower()
        start, country = m.start(), None
        owner = _owner_before(text, start)
        if owner is not None:
            start, country = owner
        same = by_field.get(field, set())
        if len(same) == 1:
            canonical = next(iter(same))
        else:  # whose ministry is not known: the words the text uses
            country = country or main()
            canonical = f"Ministry of {_FIELDS[field]} of {country}" if country else text[m.start() : m.end()]
        found.append((start, m.end(), text[start : m.end()], canonical))
    return found
