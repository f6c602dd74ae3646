"""A small place hierarchy (prison or city -> province -> country) for deciding whether two
incident places can be the same place. Places not in the table relate only to themselves:
their relation to anything else is 'unknown', never 'compatible'."""

from __future__ import annotations

import re
from typing import Literal

from tallybook.link import names

Relation = Literal["same", "within", "unknown", "different"]

# child -> parent. Keys and values are normalised names (see `normalise`).
PARENT: dict[str, str] = {
    # provinces of Iran
    **{
        p: "iran"
        for p in (
            "tehran province",
            "alborz",
            "razavi khorasan",
            "isfahan province",
            "fars",
            "east azerbaijan",
            "west azerbaijan",
            "kurdistan",
            "khuzestan",
            "kermanshah province",
            "sistan and baluchestan",
            "gilan",
            "mazandaran",
            "qazvin province",
            "lorestan",
            "hormozgan",
            "kerman province",
            "hamadan province",
            "markazi",
            "golestan",
            "ilam",
            "zanjan province",
            "yazd province",
        )
    },
    # cities -> provinces
    "tehran": "tehran province",
    "karaj": "alborz",
    "mashhad": "razavi khorasan",
    "isfahan": "isfahan province",
    "shiraz": "fars",
    "tabriz": "east azerbaijan",
    "urmia": "west azerbaijan",
    "mahabad": "west azerbaijan",
    "sanandaj": "kurdistan",
    "saqqez": "kurdistan",
    "ahvaz": "khuzestan",
    "mahshahr": "khuzestan",
    "abadan": "khuzestan",
    "kermanshah": "kermanshah province",
    "zahedan": "sistan and baluchestan",
    "khash": "sistan and baluchestan",
    "rasht": "gilan",
    "sari": "mazandaran",
    "qazvin": "qazvin province",
    "khorramabad": "lorestan",
    "bandar abbas": "hormozgan",
    "kerman": "kerman province",
    "hamadan": "hamadan province",
    "arak": "markazi",
    "gorgan": "golestan",
    "zanjan": "zanjan province",
    "yazd": "yazd province",
    "javanrud": "kermanshah province",
    "izeh": "khuzestan",
    "qom": "iran",
    # prisons -> cities
    "evin prison": "tehran",
    "qezel hesar prison": "karaj",
    "ghezel hesar prison": "karaj",
    "rajai shahr prison": "karaj",
    "vakilabad prison": "mashhad",
    "dastgerd prison": "isfahan",
    "adelabad prison": "shiraz",
    "zahedan prison": "zahedan",
    "qarchak prison": "tehran province",
    "fashafouyeh prison": "tehran province",
    "sheiban prison": "ahvaz",
    # elsewhere
    "baghdad": "iraq",
    "basra": "iraq",
    "damascus": "syria",
    "aleppo": "syria",
    "riyadh": "saudi arabia",
}
_DROP = re.compile(r"\b(city|town|county|the|of)\b")


def normalise(place: str | None) -> str | None:
    if not place:
        return None
    text = names.strip_accents(place).lower().replace("’", "'")
    text = re.sub(r"[^a-z' ]+", " ", text.split(",")[0])
    text = " ".join(_DROP.sub(" ", text).split())
    if text in PARENT or text in _ROOTS:
        return text
    if text.endswith(" province") and text[: -len(" province")] in PARENT:
        return text[: -len(" province")] if text not in PARENT else text
    if text.endswith(" prison") and text not in PARENT:
        bare = text[: -len(" prison")]
        return bare if bare in PARENT else text
    return text or None


_ROOTS = frozenset(PARENT.values()) - frozenset(PARENT)


def ancestors(place: str) -> list[str]:
    chain, seen = [], {place}
    while place in PARENT:
        place = PARENT[place]
        if place in seen:
            break
        seen.add(place)
        chain.append(place)
    return chain


def known(place: str) -> bool:
    return place in PARENT or place in _ROOTS


def relation(a: str | None, b: str | None) -> Relation:
    """same / within (one contains the other) / different (both known, apart) / unknown."""
    na, nb = normalise(a), normalise(b)
    if na is None or nb is None:
        return "unknown"
    if na == nb:
        return "same"
    if nb in ancestors(na) or na in ancestors(nb):
        return "within"
    if known(na) and known(nb):
        return "different"
    return "unknown"


def is_specific(place: str | None) -> bool:
    """A city or smaller (not a province or a country)."""
    n = normalise(place)
    return n is not None and len(ancestors(n)) >= 2 if n and known(n) else bool(n)
