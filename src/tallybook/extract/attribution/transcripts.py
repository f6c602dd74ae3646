"""Who holds the floor in a transcript: each turn's speaker asserts what the turn says; and in a
first-person piece under a byline ("By Jane Roe"), the author tells what a sentence in "I" says.

A transcript labels its turns at the start of a line: "SPOKESPERSON (Jane Roe, UN office): ...",
"JANE ROE: ...", "Ms. Roe: ...", and an interview "Roe: ..." by the surname of a person the text
names. A label with a name in brackets gives the name for the label's later turns ("SPOKESPERSON:
..."); a label that is itself a name gives that name; questions ("QUESTION", "Q", or an interviewer
"Review:" whose every turn asks) assert nothing. A text needs two labelled turns to count.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from tallybook.extract.entities.person_context import role_before
from tallybook.extract.text.boilerplate import doc_cache, doc_ents, doc_text

_LABEL_RE = re.compile(
    r"^[ \t]*(?P<label>(?:Mr|Ms|Mrs|Dr)\.?[ \t]+[A-Z][\w’'-]+|[A-Z][A-Z.’'-]*(?:[ \t]+[A-Z][A-Z.’'-]+){0,3}"
    r"|[A-Z][a-z][\w’'-]*(?:[ \t]+[A-Z][a-z][\w’'-]*){0,2})"
    r"(?:[ \t]*\((?P<paren>[^()\n]{1,150})\))?[ \t]*:[ \t]",
    re.MULTILINE,
)
_ASKING = frozenset(["QUESTION", "Q", "QUESTIONER", "REPORTER", "JOURNALIST", "AUDIENCE"])
_ROLE_LABELS = frozenset(
    ["SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "MODERATOR", "CHAIR", "A", "ANSWER", "SPEAKER", "HOST"]
)


def _interview_label(label: str, turns: list[str], text: str, persons: frozenset[str]) -> str | None:
    """What a Title Case label stands for: "" for an interviewer whose every turn asks, the label for
    a person the text names ("Roe" of "Jane Roe", "lawyer Jane Roe"), None for no label at all
    ("Note:", "Update:")."""
    if all(t.rstrip().endswith("?") for t in turns):
        return ""
    if label in persons:
        return label
    full = re.finditer(rf"\b(?:[A-Z][\w’'-]+[ \t]+){{1,2}}{re.escape(label)}\b", text)
    return label if any(role_before(text[: m.start()]) for m in full) else None


def _turns(text: str, persons: frozenset[str] = frozenset()) -> list[tuple[int, str | None]]:
    """(start, speaker) of each labelled turn; None for a question or an unknown speaker."""
    found = list(_LABEL_RE.finditer(text))
    spans = [
        (m, text[m.end() : nxt.start() if nxt else len(text)])
        for m, nxt in zip(found, [*found[1:], None], strict=False)
    ]
    titled: dict[str, list[str]] = {}
    for m, body in spans:
        label = " ".join(m.group("label").split())
        if label[1:2].islower() and not m.group("paren") and not re.match(r"(?:Mr|Ms|Mrs|Dr)\b", label):
            titled.setdefault(label, []).append(body.strip().split("\n")[0])
    kept = {lab: _interview_label(lab, bodies, text, persons) for lab, bodies in titled.items()}
    found = [m for m in found if kept.get(" ".join(m.group("label").split()), "") is not None]
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
        elif label in kept:
            who = kept[label] or None  # an interview's turn: the person, or the asking side
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
        persons = {e.text for e in doc_ents(doc) if e.label_ == "PERSON"}
        persons |= {p.split()[-1] for p in persons}
        turns = _turns(doc_text(doc), frozenset(persons))
        cache["transcript_turns"] = turns
    who: str | None = None
    for start, speaker in turns:
        if start > pos:
            break
        who = speaker
    return who


# A byline line near the top: "By Jane Roe" (a name of two to four capitalised words)
_BYLINE_RE = re.compile(
    r"^[ \t]*By[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})[ \t]*$", re.MULTILINE
)
_BYLINE_REACH = 600  # characters from the top a byline stands within
_FIRST_PERSON = frozenset(["I", "me", "my", "My", "myself"])


def narrator(sent: Span) -> str | None:
    """The byline's author of a first-person sentence outside quotation marks ("I was arrested in
    May", "My brother was taken"), or None when the text has no byline or the sentence no "I"."""
    doc = sent.doc
    if not any(t.text in _FIRST_PERSON for t in sent):
        return None
    cache = doc_cache(doc)
    author = cache.get("byline_author")
    if author is None:
        found = _BYLINE_RE.search(doc_text(doc)[:_BYLINE_REACH])
        author = cache["byline_author"] = found.group("name") if found else ""
    return str(author) or None
