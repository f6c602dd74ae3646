"""References to a state's government: "Iranian authorities", "the government of Nigeria",
"Iraq's government", "the clerical regime", and a bare "the government" or "Authorities" that the
text's main country (the one it names most) makes definite. Each becomes "Government of X".
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from tallybook.extract.entities.known_orgs import (
    COUNTRY_NAMES,
    DEMONYM_TO_COUNTRY,
    NATIONAL_POLICE,
    country_alternation,
    demonym_alternation,
    government_name,
)
from tallybook.extract.entities.org_names import ORG_HEADS

_GOV_WORD = r"(?:[Gg]overnment|authorities|regime)"
# "Iranian authorities", "the government of Nigeria", "Iraq's government", "the clerical regime",
# and a bare "the government" / "the regime" / "Authorities ..." (the text's main country). (Every
# country name and demonym is capitalised: a look-ahead skips their long lists at other words.)
GOVERNMENT_RE = re.compile(
    rf"\b(?:[Tt]he\s+)?(?=[A-Z])(?P<dem>{demonym_alternation()})\s+(?P<w1>{_GOV_WORD})\b"
    rf"|\b(?:[Tt]he\s+)?(?P<w2>[Gg]overnment|authorities)\s+(?:of|in)\s+(?:the\s+)?(?P<c1>{country_alternation()})\b"
    rf"|\b(?=[A-Z])(?P<c2>{country_alternation()})['’]s\s+(?P<w3>{_GOV_WORD})\b"
    rf"|\b(?:[Tt]he\s+)?(?P<bare>(?:clerical|mullahs['’]|military|ruling)\s+regime)\b"
    rf"|\b[Tt]he\s+(?P<bare2>{_GOV_WORD})\b|(?:^|(?<=[.!?]\s))(?P<bare3>Authorities)\b"
)
# A body the government word is the owner or the first word of: "Ethiopia's Government
# Communication Service", "the government's Human Rights Commission".
_BODY_AFTER_RE = re.compile(
    rf"(?:['’]s)?(?:[ \t]+(?:(?:of|for|on|and)[ \t]+)?[A-Z][\w’'&-]*){{0,4}}?[ \t]+(?:{ORG_HEADS})\b"
)
_GOV_WORD_RE = re.compile(r"\b(?:[Gg]overnment|[Aa]uthorities|regime)\b")
# every country name and demonym is capitalised: the look-ahead skips the other positions fast
_COUNTRY_RE = re.compile(rf"\b(?=[A-Z])(?:{country_alternation()}|{demonym_alternation()})\b")


def government_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, canonical name) for every reference to a government in `text`.
    A bare "the government" has its canonical name as surface: it is no alias worth listing."""
    found: list[tuple[int, int, str, str]] = []
    country_of_text: str | None = None
    for m in _government_matches(text):
        if _names_a_body(text, m):
            continue
        if m.group("dem"):
            country = DEMONYM_TO_COUNTRY[m.group("dem")]
        elif m.group("c1") or m.group("c2"):
            country = m.group("c1") or m.group("c2")
        else:  # a bare reference: the text's main country
            if country_of_text is None:
                country_of_text = main_country(text) or ""
            if not country_of_text:
                continue
            country = country_of_text
        canonical = government_name(country)
        written = re.sub(r"^[Tt]he\s+", "", m.group())
        surface = canonical if m.group("bare2") or m.group("bare3") else written
        found.append((m.end() - len(written), m.end(), surface, canonical))
    return found


def _names_a_body(text: str, m: re.Match[str]) -> bool:
    """True if the match is the owner or first word of a body's name, not the government itself."""
    after = _BODY_AFTER_RE.match(text, m.end())
    if after is None:
        return False
    # the body's name starts right after the match: a capital or the owner's "'s"
    return bool(re.match(r"(?:['’]s)?[ \t]+[A-Z]", text[m.end() : after.end()]))


def _government_matches(text: str) -> list[re.Match[str]]:
    """GOVERNMENT_RE's matches, looked for only around the few government words a text has (the
    pattern's long lists of countries are slow to try at every position of a long text)."""
    matches: dict[int, re.Match[str]] = {}
    for word in _GOV_WORD_RE.finditer(text):
        lo = max(0, word.start() - 60)  # a pattern's \b and look-behind still see text before lo
        for m in GOVERNMENT_RE.finditer(text, lo, min(len(text), word.end() + 60)):
            if m.start() <= word.start() < m.end():
                matches.setdefault(m.start(), m)
    return [matches[k] for k in sorted(matches)]


@lru_cache(maxsize=8)  # asked for by several rules about one text; a str keeps its hash
def main_country(text: str) -> str | None:
    """The country a text names (or whose people it names) most often; None on a tie."""
    counts: Counter[str] = Counter()
    for m in _COUNTRY_RE.finditer(text):
        word = m.group()
        counts[DEMONYM_TO_COUNTRY.get(word) or COUNTRY_NAMES.get(word, word)] += 1
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2)
    return best if not rest or n > rest[0][1] else None


def government_for(name: str) -> str | None:
    """ "Government of X" for a name that is itself a government reference naming its country."""
    m = GOVERNMENT_RE.fullmatch(name.strip())
    if m and m.group("dem"):
        return government_name(DEMONYM_TO_COUNTRY[m.group("dem")])
    if m and (m.group("c1") or m.group("c2")):
        return government_name(m.group("c1") or m.group("c2"))
    return None


_POLICE_WORD = r"(?:[Pp]olice|POLICE)(?:\s+[Ff]orce)?"
# "police in Zimbabwe", "Zimbabwean police", "Zimbabwe's police force", "the police"
_POLICE_RE = re.compile(
    rf"(?:[Tt]he\s+)?(?:"
    rf"{_POLICE_WORD}\s+(?:in|of)\s+(?:the\s+)?(?P<c1>{country_alternation()})"
    rf"|(?P<dem>{demonym_alternation()})\s+(?:[Nn]ational\s+)?{_POLICE_WORD}"
    rf"|(?P<c2>{country_alternation()})(?:['’]s)?\s+(?:[Nn]ational\s+)?{_POLICE_WORD}"
    rf"|(?P<bare>{_POLICE_WORD}))"
)


def police_for(name: str, text: str) -> str | None:
    """The national police force a name refers to ("Police in Zimbabwe" -> "Zimbabwe Republic
    Police"); a bare "the police" is the force of the text's main country. None for a country
    whose force the registry does not hold, or for a name that is not about the police."""
    m = _POLICE_RE.fullmatch(name.strip())
    if m is None:
        return None
    if m.group("bare"):
        country = main_country(text)
    elif m.group("dem"):
        country = DEMONYM_TO_COUNTRY[m.group("dem")]
    else:
        written = m.group("c1") or m.group("c2")
        country = COUNTRY_NAMES.get(written, written)
    return NATIONAL_POLICE.get(country) if country else None
