"""Speakers a body or a person is named in only as an owner or a relation: "the UN's top
humanitarian official in the country" (an office the body owns, its holder unnamed, speaks as
that office) and "a relative of Rigi" (the relative speaks, as the text gives them). Asked by
quotes.py after `speaker_refs.owned_speaker`; pronoun resolution asks whether "she" can stand
for such an office.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tallybook.extract.quotation.speaker_refs import FEMALE, MALE, RELATIVES
from tallybook.model import Span

if TYPE_CHECKING:
    from tallybook.extract.quotation.speakers import Mention, Speaker


def owner_speaker(text: str, inside: list[Mention], start: int, end: int) -> Speaker:
    """An unnamed office of a named body, or an unnamed relative of a named person, speaking in
    text[start:end]; (None, None) otherwise. `inside` are the mentions within it."""
    found = owned_office(text, inside, start, end)
    return found if found[0] else unnamed_relative(text, inside, start, end)


# "a relative of ", "one cousin of ", "the father of ": an unnamed relative of the person named
# next (the relative speaks, not the person they are related to)
KIN_OF_RE = re.compile(
    rf"\b(?:an?|one|the)\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(RELATIVES))})\s+of\s+$", re.IGNORECASE
)


def unnamed_relative(text: str, inside: list[Mention], start: int, end: int) -> Speaker:
    """ "A relative of Rigi told reporters": the relative speaks, recorded as the text gives them
    (the person is only the one they are related to)."""
    phrase = text[start:end].strip(" ,.–—-")
    at = start + text[start:end].find(phrase)
    stop = at + len(phrase)
    people = [m for m in inside if m[2] == "person" and at <= m[0] and m[1] <= stop]
    if not people:
        return None, None
    # "the father of X, a 26-year-old worker, said": an apposition describing X may follow;
    # one naming someone else ("the mother of X, Y, said") names the speaker instead
    first, last = people[0], people[-1]
    beside = not text[first[1] : last[0]].strip(" ,")
    if (
        len(people) > 1 and beside and last[3] and KIN_OF_RE.match(text, at, first[0])
    ):  # "the mother of X, Y, said": the relative, named
        return last[3], Span(last[0], last[1])
    person = last if last[1] == stop or len(people) > 1 else first
    if person[1] != stop and not text.startswith(",", person[1]):
        return None, None
    if KIN_OF_RE.match(text, at, person[0]) is None:
        return None, None
    return text[at : person[1]], Span(at, person[1])


# "the UN's top humanitarian official in the country", "the Front's President-elect"
_OWNED_OFFICE_RE = re.compile(
    r"^(?:the\s+)?(?P<owner>[^,;:“”\"\n]{1,60}?)['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:official|spokes(?:person|man|woman)|president(?:-elect)?|chair(?:person|man|woman)?|director|"
    r"chief|head|representative|envoy|coordinator|commander|leader|secretary(?:-general)?)"
    r"(?:\s+(?:in|of|for|at|on)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3})?$",
    re.IGNORECASE,
)


def office_fits(speaker: str, pronoun: str) -> bool:
    """True when `speaker` is an office recorded by `owned_office` ("UN's top official") that
    `pronoun` can stand for: "he"/"she" unless the office word marks the other sex."""
    if pronoun not in ("he", "she") or _OWNED_OFFICE_RE.match(speaker) is None:
        return False
    words = set(re.findall(r"[a-z]+", speaker.lower()))
    return not words & (MALE if pronoun == "she" else FEMALE)


def owned_office(text: str, mentions: list[Mention], start: int, end: int) -> Speaker:
    """ "the UN's top humanitarian official in the country said", no holder named: the office as
    the text gives it, owner and all, not the body owning it. The owner must be a body the text
    names; a person inside, or a title the text gives a holder, leaves the phrase to them."""
    phrase = text[start:end].strip(" ,.–—-")
    m = _OWNED_OFFICE_RE.match(phrase)
    if m is None:
        return None, None
    at = start + text[start:end].find(phrase)
    owner = (at + m.start("owner"), at + m.end("owner"))
    # the body's mention may hold the "the" before it
    if not any(
        at <= s <= owner[0] and e == owner[1] and kind in ("org", "government") for s, e, kind, _ in mentions
    ):
        return None, None
    if any(kind == "person" or (kind == "title" and name) for _, _, kind, name in mentions):
        return None, None
    return phrase[m.start("owner") :], Span(owner[0], at + len(phrase))
