"""Who holds the floor in a transcript: each turn's speaker asserts what the turn says.

A transcript labels its turns at the start of a line: "SPOKESPERSON (Jane Roe, UN office): ...",
"JANE ROE: ...", "Ms. Roe: ...". A label with a name in brackets gives the name for the label's
later turns ("SPOKESPERSON: ..."); a label that is itself a name gives that name; questions
("QUESTION", "Q") assert nothing. A text needs two labelled turns to count as a transcript.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.text.boilerplate import doc_cache, doc_text

_LABEL_RE = re.compile(
    r"^[ \t]*(?P<label>(?:Mr|Ms|Mrs|Dr)\.?[ \t]+[A-Z][\w’'-]+|[A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,3})"
    r"(?:[ \t]*\((?P<paren>[^()\n]{1,150})\))?[ \t]*:[ \t]",
    re.MULTILINE,
)
_ASKING = frozenset(["QUESTION", "Q", "QUESTIONER", "REPORTER", "JOURNALIST", "AUDIENCE"])
_ROLE_LABELS = frozenset(
    ["SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "MODERATOR", "CHAIR", "A", "ANSWER", "SPEAKER", "HOST"]
)


def _turns(text: str) -> list[tuple[int, str | None]]:
    """(start, speaker) of each labelled turn; None for a question or an unknown speaker."""
    found = list(_LABEL_RE.finditer(text))
    if len(found) < 2:
        return []
    named: dict[str, str] = {}
    out: list[tuple[int, str | None]] = []
    for m in found:
        label = " ".join(m.group("label").split())
        paren = m.group("paren")
        who: str | None = None
        if label.upper() in _ASKING:
            who = None
        elif paren and re.match(r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+\s*(?:,|$)", paren):
            who = paren.split(",")[0].strip()
            named[label] = who
        elif label in named:
            who = named[label]
        elif label.isupper() and label not in _ROLE_LABELS and " " in label:
            who = label.title()  # "NILOFAR WARDAK:"
        elif not label.isupper():
            who = label  # "Ms. Wardak:"
        out.append((m.start(), who))
    return out


def turn_speaker(doc: Doc, pos: int) -> str | None:
    """The speaker of the transcript turn holding character `pos`, or None."""
    cache = doc_cache(doc)
    turns = cache.get("transcript_turns")
    if not isinstance(turns, list):
        turns = _turns(doc_text(doc))
        cache["transcript_turns"] = turns
    who: str | None = None
    for start, speaker in turns:
        if start > pos:
            break
        who = speaker
    return who
