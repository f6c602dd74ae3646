"""Which words at the edges of an organisation name are not the name: a time phrase the name
picked up from its clause ("Through November the National Rights Commission", "the UN Human
Rights Office on Friday") and a descriptor set before a name a text defines ("the UN-backed Truth
Commission (TC)", "the NGO Andean Legal Aid Programme (ALAP)"); and a word joined by a hyphen
that the model's entity left off ("OVD" of "OVD-Info")."""

from __future__ import annotations

import re
from functools import lru_cache

from tallybook.extract.timing.month_names import MONTH_NAMES

_MONTH = (
    rf"(?:{MONTH_NAMES}|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "November", "12 May", "May 12", "November 2019", "12 May 2023", "2019", "Friday"
_WHEN = (
    rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?"
    rf"|{_WEEKDAY}(?:,?\s+\d{{1,2}}\s+{_MONTH}|,?\s+{_MONTH}\s+\d{{1,2}})?"
    r"|(?:19|20)\d\d)"
)
# A time phrase opening the clause the name was read from, with its preposition: "Through
# November the X", "In 2019, the X", "On Friday the X". The preposition is required: a month
# word alone may open a name ("May Fourth Movement").
_LEADING_TIME_RE = re.compile(
    rf"^(?:Through|Throughout|In|On|By|Since|During|Until|Till|From|As of|Between|Early|Late)"
    rf"\s+(?:early\s+|late\s+|mid-)?{_WHEN},?\s+(?:the\s+)?(?=[A-Z])"
)
# A time phrase after the name, to the end: "X on Friday", "X last week", "X on 12 May 2023".
_TRAILING_TIME_RE = re.compile(
    rf",?\s+(?:(?:on|last|this|early|late|in)\s+{_WHEN}|(?:last|this|earlier this|later that)"
    r"\s+(?:week|month|year|morning|evening)|yesterday|today)$"
)
# A descriptor written before a defined name in capitals: "NGO", "INGOs", a compound that says
# who backs or runs the body ("UN-backed", "State-run", "Army-led").
_LEADING_DESCRIPTOR_RE = re.compile(
    r"^(?:I?NGOs?\s+|[A-Z][\w’'.]*-(?:backed|led|run|funded|affiliated|allied|linked|aligned|sponsored)"
    r"\s+)(?=[A-Z])"
)


@lru_cache(maxsize=4096)  # asked for the same source phrases for every trigger of a text
def without_time_words(name: str) -> str:
    """`name` without a time phrase before or after it ("On Friday the X" -> "X", "X on Friday"
    -> "X"); the name as given when nothing is taken off or less than one word would be left."""
    bare = _TRAILING_TIME_RE.sub("", _LEADING_TIME_RE.sub("", name.strip()))
    return bare if bare and bare != name.strip() else name


def without_descriptor(name: str) -> str:
    """`name` without a capitalised descriptor before it ("UN-backed X Commission" -> "X
    Commission", "NGO X Programme" -> "X Programme") when at least two words are left."""
    bare = _LEADING_DESCRIPTOR_RE.sub("", name)
    return bare if len(bare.split()) >= 2 else name


def bare_org_name(name: str) -> str:
    """`name` with neither a time phrase nor a leading descriptor."""
    return without_descriptor(without_time_words(name))


def placed_org_name(name: str) -> str:
    """The words of `name` its mention covers in the text: the bare name, but with a leading
    "NGO", which the model reads as a word of the name (so a source phrase that opens with it
    still finds the body), and the mention of "UN" in "UN-backed" left to the UN."""
    bare = bare_org_name(name)
    kept = re.match(r"^(?:.*\s)?(I?NGOs?\s+)", name[: len(name) - len(bare)])
    return kept.group(1) + bare if kept and name.endswith(kept.group(1) + bare) else bare


# A capitalised word joined to a name by a hyphen with no space: "OVD-Info", "Memorial-Center".
_HYPHEN_TAIL_RE = re.compile(r"(?:-[A-Z][A-Za-z]+)+(?![\w-])")


def hyphen_tail_end(text: str, end: int) -> int:
    """Where a name that the model ended at `end` ends with the hyphen-joined capitalised words
    written onto it ("OVD" + "-Info"): `end` itself when none follows."""
    if end == 0 or not text[end - 1].isalnum():
        return end
    m = _HYPHEN_TAIL_RE.match(text, end)
    return m.end() if m is not None else end
