"""Does a cue verb before a quotation name its hearer rather than its speaker?

"His wife was told that the case was “a matter for the security services”": the subject of a
passive "told" (or "informed", "assured", "warned") is the one who heard the words, and the
sentence names nobody who said them. Such a cue gives the quotation no speaker, so it neither
attributes it to the hearer nor lets the previous speaker carry on.
"""

from __future__ import annotations

import re

# the passive auxiliary, an adverb or two, the verb of telling: "was repeatedly told"
_PASSIVE_TOLD_RE = re.compile(
    r"\b(?:was|were|is|are|been|being|be|get|got|gets)\s+(?:[a-z]+ly\s+){0,2}"
    r"(?:told|informed|assured|warned|asked)\s*$",
    re.IGNORECASE,
)


def hearer_cue(before: str, cue: re.Match[str]) -> bool:
    """True when the cue `cue` (a match in `before`) is a passive verb of telling, whose subject
    only heard the words: "she was told that ...", "the families were repeatedly warned"."""
    return _PASSIVE_TOLD_RE.search(before, max(0, cue.start() - 40), cue.end()) is not None
