"""Whether a name-shaped run names a thing by the article every mention of it takes: "the bylaw,
known as the Qanun Jinayat", "Its Qanun Jinayat allows up to 100 lashes". A person's name is not
set right after "the" or "its" (a title or a description stands between: "the Rev. X", "the
blogger X"), so a run that the text writes only that way is a law's, a plan's or a thing's name.
"""

from __future__ import annotations

import re

from tallybook.extract.entities.person_names import whole_word_hits

_DETERMINER_BEFORE_RE = re.compile(r"\b(?i:the|its)[ \t]+$")


def named_as_thing(text: str, name: str, start: int, end: int) -> bool:
    """True if every whole-word mention of `name` (and the one at [start, end)) follows "the" or
    "its" directly."""
    hits = {(start, end), *whole_word_hits(text, name)}
    return all(_DETERMINER_BEFORE_RE.search(text, max(0, s - 8), s) is not None for s, _ in hits)
