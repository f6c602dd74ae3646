"""Which place a body's name carries on with: a name of purpose the model cut before its place
("the Centre for Rights and Justice in Africa", "the Committee for Press Freedom in Laos") and the
UN human rights office written with the country it works in ("the UN Human Rights Office in Peru",
that office's country office). A city is no part of either name ("the office in Geneva")."""

from __future__ import annotations

import re
from functools import lru_cache

from tallybook.extract.entities.known_orgs import COUNTRY_NAMES
from tallybook.extract.entities.org_mentions import OrgMention
from tallybook.extract.particulars.countries import MORE_COUNTRIES

_OHCHR = "Office of the United Nations High Commissioner for Human Rights"
# the world's regions a body of purpose is named after, beside the countries
_REGIONS = (
    "Africa",
    "Asia",
    "Europe",
    "Latin America",
    "Central America",
    "South America",
    "the Americas",
    "the Middle East",
    "North Africa",
    "West Africa",
    "East Africa",
    "Southern Africa",
    "Central Africa",
    "Central Asia",
    "South Asia",
    "Southeast Asia",
    "the Caribbean",
)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Every country name, as running text writes it."""
    return frozenset({*COUNTRY_NAMES, *COUNTRY_NAMES.values(), *MORE_COUNTRIES})


@lru_cache(maxsize=1)
def _place_tail_re() -> re.Pattern[str]:
    """The words "in <country or region>" right after a name, not a longer capitalised place ("in
    South Sudan" is read whole; "in Guinea-Bissau" is no "in Guinea") nor an owner ("in Kenya's")."""
    places = sorted({*_countries(), *_REGIONS}, key=len, reverse=True)
    alternatives = "|".join(re.escape(p) for p in places)
    return re.compile(rf"[ \t]+in[ \t]+(?:{alternatives})(?![\w’'-])(?![ \t]+[A-Z])")


def _purpose_name(m: OrgMention) -> bool:
    """A name the text built that says what the body is for: "Centre for Human Rights"."""
    return m.canonical == m.surface and " for " in m.surface and m.surface.split()[0][0].isupper()


def place_tails(text: str, mentions: list[OrgMention]) -> None:
    """Carry each purpose name over the country or region written right after it; once the UN
    human rights office is written with its country, every mention of the office is that
    country office (a text speaks of one office)."""
    if " in " not in text:
        return
    tail_re = _place_tail_re()
    country_office = ""
    for m in mentions:
        ohchr = m.canonical == _OHCHR
        tail = tail_re.match(text, m.end) if ohchr or _purpose_name(m) else None
        if tail is None:
            continue
        place = tail.group().split(None, 1)[1]
        if ohchr and place not in _countries():
            continue  # the office's regional offices go by other names
        m.end = tail.end()
        m.surface += f" in {place}"
        m.canonical += f" in {place}"
        country_office = country_office or (m.canonical if ohchr else "")
    for m in mentions:
        if country_office and m.canonical == _OHCHR:
            m.canonical = country_office
