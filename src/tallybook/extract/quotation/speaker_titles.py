"""Who a title that speaks stands for: the person the text names with it ("UN Special
Rapporteur on Iran Javaid Rehman", "X, the High Commissioner"), the person given the title an
acronym abbreviates ("the DPO" after "District Police Officer A B"), or, for an office with a
mandate whose holder the text does not name, that office as written ("the UN Special Rapporteur on
the situation of human rights in Myanmar"). Asked by `quotes` and `quote_speakers`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from tallybook.model import Span

if TYPE_CHECKING:
    from tallybook.extract.quotation.speakers import Mention, Speaker


@lru_cache(maxsize=256)  # a handful of titles, asked about for every quote
def _title_patterns(title: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title before a name ("... on Iran Javaid Rehman") and after it ("X, the High Commissioner")."""
    words = r"\s+".join(re.escape(w) for w in title.split())
    lead = re.compile(rf"\b{words}s?(?:\s+(?:on|for|of|in)\s+[\w’'., -]{{1,60}}?)?,?\s+$", re.IGNORECASE)
    trail = re.compile(rf"\s*,\s*(?:the\s+|an?\s+)?(?:[\w’'.-]+\s+){{0,4}}{words}\b", re.IGNORECASE)
    return lead, trail


def title_bearer(text: str, mentions: list[Mention], title: str, before: int) -> Speaker:
    """The person the text names with this title, latest first, when the name index did not
    record it: "UN Special Rapporteur on Iran Javaid Rehman", "X, the High Commissioner"."""
    # (the patterns ignore case and read words apart by any white space: "Director" and "director"
    # share one compiled pair)
    lead, trail = _title_patterns(" ".join(title.lower().split()) if title.isascii() else title)
    for s, e, kind, name in reversed(mentions):
        if kind != "person" or not name or e > before:
            continue
        window = text[max(0, s - 90) : s]
        window = re.split(r"[.;!?\n]\s", window)[-1]
        if lead.search(window) or trail.match(text, e, e + 90):
            return name, Span(s, e)
    return None, None


def acronym_holder(text: str, mentions: list[Mention], acronym: str, before: int) -> Speaker:
    """The person the text gives the title an acronym abbreviates ("the DPO said" after "District
    Police Officer A B said ..."): a person named right after words whose initials spell it, or
    with those words set after the name ("A B, the district police officer"); latest first."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None, None
    words = r"\s+".join(rf"{c}[a-z]+" for c in acronym)
    lead = re.compile(rf"\b{words}\s+(?:\({acronym}\)\s+)?$")
    trail = re.compile(rf"\s*,\s*(?:the\s+)?{words}\b", re.IGNORECASE)
    for s, e, kind, name in reversed(mentions):
        if kind != "person" or not name or e > before:
            continue
        if lead.search(text, max(0, s - 80), s) or trail.match(text, e, e + 80):
            return name, Span(s, e)
    return None, None


_MANDATE_RE = re.compile(r"[ \t]+(?:on|for)[ \t]+\w")
_NOT_MANDATE = ("spokes", "representative", "official")


def mandate_holder(text: str, inside: list[Mention], start: int, end: int) -> tuple[str, Span] | None:
    """ "the UN Special Rapporteur on the situation of human rights in Myanmar": an office with a
    mandate whose holder the text does not name speaks as that office, not as its organisation
    ("UN"). Spokespeople and officials speak for their body and are left to it. `inside` are the
    mentions within text[start:end]."""
    titles = [m for m in inside if m[2] == "title"]
    if not titles or any(m[3] for m in titles):
        return None
    s, e = titles[0][0], titles[0][1]
    if text[s:e].lower().startswith(_NOT_MANDATE) or not _MANDATE_RE.match(text, e, end):
        return None
    phrase = text[start:end].rstrip(" ,.;:")
    lead = re.match(r"\s*(?:the\s+)?", phrase, re.IGNORECASE)
    at = start + (lead.end() if lead else 0)
    if len(phrase[at - start :].split()) > 14:
        return None
    return phrase[at - start :], Span(at, start + len(phrase))
