"""Whether a name-shaped run is a place because it is listed among places.

The NER model tags towns and townships of Asia and Africa as people ("Shwe Pyi Thar", "Eslamabad
Gharb"), and a list propagates a person's label to its other items, so a list of townships where
protests were put down gave six "people". A list of three items or more in which an item carries
an English place noun ("Kyi Myin Tine Townships", "Kermanshah Province", "Bago City") lists
places: every other item is a place too. A name whose own last word is such a noun is a place
wherever it stands. A list of people does not hold "X Province".
"""

from __future__ import annotations

import re
from functools import lru_cache

from tallybook.extract.entities.lexicon import word_set
from tallybook.extract.entities.person_names import name_lists

# capitalised English place nouns that end a place's name ("Kayah State", "Yangon Region")
_PLACE_ENDS = word_set(
    "Province Provinces Region District Districts City State County Township Townships Governorate "
    "Oblast Prefecture Municipality Division"
)
_ITEM_GAP_RE = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")


def ends_in_place_noun(name: str) -> bool:
    """True if the name's last word is a place noun ("Kyi Myin Tine Townships")."""
    words = name.split()
    return len(words) >= 2 and words[-1].rstrip(".,;:") in _PLACE_ENDS


@lru_cache(maxsize=8)
def _lists(text: str) -> tuple[tuple[int, int, bool], ...]:
    return tuple(name_lists(text))  # one scan per text, not one per candidate


def listed_among_places(text: str, start: int, end: int) -> bool:
    """True if [start, end) is an item of a list of three or more whose other items after the
    first hold one ending in a place noun ("A, B, Kermanshah Province, and C")."""
    for lo, hi, is_list in _lists(text):
        if not (lo <= start and end <= hi):
            continue
        items = _ITEM_GAP_RE.split(text[lo:hi])
        if not is_list or len(items) < 3:
            return False
        own = text[start:end]
        # a first item may be a place an apposition of names follows: "from the Eastern
        # Province, Hassan and Jaafar X" lists two brothers
        return any(ends_in_place_noun(item) for item in items[1:] if item.strip() != own)
    return False
