"""Who a bare title that speaks stands for when no holder is set beside it: the one person the
text names as speaking ("X said", "said X", a quotation's named speaker), when that person is
given no other office. A release quotes its official by name and by office in turn: "“...,” X
said. ... “...,” the spokesperson said" -> X; "“...,” said the High Commissioner" -> the one
named speaker. Not when two people speak, nor when the one who speaks is described by another
office or calling ("activist X said ... “...,” the minister said" stays the minister). Asked by
`quotes` after every quotation is attributed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tallybook.model import ExtractedPerson

_SPEECH_AFTER_RE = re.compile(
    r"\s+(?:also\s+|further\s+|later\s+)?(?:said|says|told|added|stated|noted|stressed|warned|urged)\b"
)
_SPEECH_BEFORE_RE = re.compile(r"\b(?:said|says|told|added|stated|noted|stressed|warned|urged)\s+$")
# the words around a title that name its body or its field, not its holder
_FRAME_WORDS = frozenset(
    {"the", "un", "u.n.", "united", "nations", "for", "of", "on", "human", "rights", "high"}
    | {"deputy", "chief", "senior", "acting"}
)
# offices the press writes by a second name: the UN's "human rights chief" is its High Commissioner
_SAME_OFFICE = {"human rights chief": "high commissioner", "rights chief": "high commissioner"}


def _office_words(phrase: str) -> set[str]:
    low = " ".join(phrase.lower().replace("’", "'").split())
    for other, office in _SAME_OFFICE.items():
        low = low.replace(other, office)
    return {w for w in re.findall(r"[a-z]+", low) if w not in _FRAME_WORDS} | (
        {"high commissioner"} if "high commissioner" in low else set()
    )


def is_bare_title(speaker: str, title_re: re.Pattern[str], names: Iterable[str]) -> bool:
    """A speaker phrase that is a title and names no one: "the spokesperson", "UN High
    Commissioner"; not a phrase holding a person's name or a word beyond the title's frame."""
    match = title_re.search(speaker)
    if match is None or any(n and n in speaker for n in names):
        return False
    rest = (speaker[: match.start()] + " " + speaker[match.end() :]).lower().split()
    return all(w in _FRAME_WORDS for w in rest)


def _speaks(text: str, person: ExtractedPerson) -> bool:
    """The text has the person speak in their own sentence: "X said", "Ms. X told", "said X"."""
    forms = {person.name, person.name.split()[-1], *person.aliases}
    for form in forms:
        for m in re.finditer(rf"\b{re.escape(form)}\b", text):
            if _SPEECH_AFTER_RE.match(text, m.end()) or _SPEECH_BEFORE_RE.search(text, 0, m.start()):
                return True
    return False


def sole_speaker(
    text: str,
    people: Sequence[ExtractedPerson],
    quote_speakers: Iterable[str],
    org_names: set[str],
    title_re: re.Pattern[str],
) -> str | None:
    """The one named person who speaks in the text (a quotation's speaker that is a name, one the
    person index may have missed, "Shamdasani", or a listed person the text has speak), unless
    that person is a victim."""
    named = {p.name for p in people}
    speaking = {
        s
        for s in quote_speakers
        if s in named or (s[:1].isupper() and s not in org_names and not title_re.search(s))
    }
    speaking |= {p.name for p in people if _speaks(text, p)}
    if len(speaking) != 1:
        return None
    (name,) = speaking
    person = next((p for p in people if p.name == name), None)
    return None if person is not None and person.role == "victim" else name


def holds_title(name: str, people: Sequence[ExtractedPerson], title: str) -> bool:
    """Whether the title can be the named person's: one described by an office or calling must
    be described by the title's own."""
    person = next((p for p in people if p.name == name), None)
    described = person.description if person is not None else None
    return not described or bool(_office_words(described) & _office_words(title))
