"""A person speaker as the name alone: "Maître Solange X" -> "Solange X".

The people stage may keep a courtesy title or a police rank written before a name; a quotation's
speaker is the person's name without it, as the gold records people. Only the speaker string is
cleaned here (the people stage owns its own names); a name left with fewer than two words keeps
its title ("Maître Kabila" stays).
"""

from __future__ import annotations

import re

from tallybook.extract.entities.person_names import HONORIFIC_RE

# French and South Asian courtesy titles of lawyers and others, and a police rank written with its
# force ("Superintendent of Police X", "Inspector General of Police X") that the people stage's
# honorifics do not cover
_TITLE_RE = re.compile(
    r"^(?:(?:Ma[iî]tre|Me|Mme|Mlle|Madame|Monsieur|Advocate|Adv\.?)\s+"
    r"|(?:(?:Senior|Deputy|Additional|Assistant)\s+)*(?:Superintendent|Inspector[ -]General|Commissioner"
    r"|Director[ -]General|Inspector)\s+of\s+Police\s+)+"
)
_NAME_WORD_RE = re.compile(r"^[^\W\d_a-z][\w’'.-]*$")


def plain_name(name: str, person: bool) -> str:
    """`name` without the courtesy titles or ranks before it, when two or more name words remain;
    the people stage's own honorifics ("Dr", "Judge") only from a `person` the people stage found
    (a name it did not find may be an office: "Judge Advocate General")."""
    rest = _TITLE_RE.sub("", name)
    rest = HONORIFIC_RE.sub("", rest) if person else rest
    words = rest.split()
    if rest == name or len(words) < 2 or not all(_NAME_WORD_RE.match(w) or w.islower() for w in words):
        return name
    return rest
