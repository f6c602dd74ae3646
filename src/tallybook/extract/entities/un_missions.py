"""Which words name a state's permanent mission to the United Nations.

"Iran's Mission to the United Nations", "the Nigerian mission to the UN", "Iran mission to UN" and
the full "Permanent Mission of Iran to the United Nations" all name one body, written in full as
"Permanent Mission of X to the United Nations" (the name the missions themselves use).
"""

from __future__ import annotations

import re

from tallybook.extract.entities.known_orgs import (
    COUNTRY_NAMES,
    DEMONYM_TO_COUNTRY,
    country_alternation,
    demonym_alternation,
)

_COUNTRIES = country_alternation()
_DEMONYMS = demonym_alternation()
_UN = r"(?:the[ \t]+)?(?:United[ \t]+Nations|UN|U\.N\.)(?![\w.]|\.\w)"
_MISSION_RE = re.compile(
    rf"\b(?:(?P<c>{_COUNTRIES})(?:['’]s)?|(?P<d>{_DEMONYMS}))[ \t]+(?:[Pp]ermanent[ \t]+)?[Mm]ission[ \t]+"
    rf"to[ \t]+{_UN}"
    rf"|\bPermanent[ \t]+Mission[ \t]+of[ \t]+(?:the[ \t]+)?(?P<c2>{_COUNTRIES})[ \t]+to[ \t]+{_UN}"
)


def mission_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, canonical name) of each mention of a state's mission to the UN."""
    if "ission to" not in text and "ission of" not in text:
        return []  # most texts name no mission: spare the scan
    found: list[tuple[int, int, str, str]] = []
    for m in _MISSION_RE.finditer(text):
        country = m.group("c") or m.group("c2") or DEMONYM_TO_COUNTRY[m.group("d")]
        full = COUNTRY_NAMES.get(country, country)
        found.append((m.start(), m.end(), m.group(), f"Permanent Mission of {full} to the United Nations"))
    return found
