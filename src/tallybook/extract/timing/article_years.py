"""Which year an undated text's dates without a year belong to: an encyclopedia article's
"on 11 March" is in the year of its paragraph ("detained on 28 February 2019 ... in court on 11
March"), else in the first year the article names; birth years date no event. An encyclopedia
article (a "= Title =" line or an infobox) counts as undated even when it carries a date: that is
the date of its last revision, not of a telling."""

from __future__ import annotations

import re
from functools import lru_cache

_LIFE_SPAN = re.compile(r"\([^()]*?\b((?:19|20)\d{2})\s*[–—-]\s*[^()]*?\b(?:19|20)\d{2}\s*\)")
_BORN = re.compile(r"\b(?:born|b\.)\s*:?[^\n.;()]{0,30}$", re.IGNORECASE)


def reference_year(text: str) -> int | None:
    """The year an undated text is about, to resolve "on 11 March" by: its first year, but not a
    birth year ("(12 May 1961 – 3 November 2020)", "Born 3 May 1981"), which dates no event."""
    births = {m.start(1) for m in _LIFE_SPAN.finditer(text)}
    for m in re.finditer(r"\b((?:19|20)\d{2})\b", text):
        if m.start(1) in births or _BORN.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        return int(m.group(1))
    return None


def paragraph_year(text: str, pos: int) -> int | None:
    """The year of the last date named before `pos` in its paragraph, if any."""
    start = text.rfind("\n", 0, pos) + 1
    births = {m.start(1) for m in _LIFE_SPAN.finditer(text, start, pos)}
    found: int | None = None
    for m in re.finditer(r"\b((?:19|20)\d{2})\b", text[start:pos]):
        at = start + m.start(1)
        if at in births or _BORN.search(text[max(0, at - 40) : at]):
            continue
        found = int(m.group(1))
    return found


# The layout of an encyclopedia article: a "= Title =" first line, or an infobox block near the top.
_ENCYCLOPEDIA = re.compile(r"\A\s*=[^=\n]+=[ \t]*$|^Infobox[ \t]*$", re.MULTILINE)


def encyclopedia_layout(text: str) -> bool:
    """An encyclopedia article: its dates without a year are in the years it tells of, whatever
    its revision date ("published" 2018 for an article about protests "on 13 March" 2016)."""
    return _ENCYCLOPEDIA.search(text[:1500]) is not None


@lru_cache(maxsize=8)
def article_year(text: str) -> int | None:
    """The year an encyclopedia article is about (its first year that is not a birth year)."""
    return reference_year(text[:5000]) if encyclopedia_layout(text) else None
