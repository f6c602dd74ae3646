"""Who speaks in "UN human rights experts said": the group of experts, not the body named
before them.

A body's name set before a plural of "experts" only tells whose experts they are ("UN experts",
"a group of United Nations human rights experts"): the experts speak, recorded as the text writes
them from the body's name on, and the UN's own unnamed experts under the one name CONVENTIONS.md
gives them, "UN human rights experts" (`un_expert_groups`). A person named in the phrase, or experts
the text names elsewhere, still speak as before (a joint statement's first-named expert).
Asked by `quote_speakers.named_speaker` before it reads the names inside a phrase.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tallybook.extract.entities.un_expert_groups import un_expert_group
from tallybook.model import Span

if TYPE_CHECKING:
    from tallybook.extract.quotation.speakers import Mention, Speaker

# lower-case modifiers between the body's name and the head: "human rights", "independent"
# ("the UN Experts* said": a release's capital and its footnote mark)
_EXPERTS_AFTER_RE = re.compile(r"(?:[ \t]+[a-z][a-z-]*){0,3}?[ \t]+[Ee]xperts\b")


def expert_group(text: str, mentions: list[Mention], start: int, end: int) -> Speaker:
    """The experts text[start:end] names after a body's name, as written from that name on;
    (None, None) when the phrase names a person, experts named elsewhere or no body's experts."""
    # a person named, or experts the text names elsewhere (a joint statement's first-named expert)
    if any(kind == "person" or (kind == "title" and name) for _, _, kind, name in mentions):
        return None, None
    for s, e, kind, _ in mentions:
        if kind not in ("org", "government") or not start <= s < e <= end:
            continue
        m = _EXPERTS_AFTER_RE.match(text, e, end)
        if m is not None:
            return un_expert_group(text[s : m.end()]), Span(s, m.end())
    return None, None
