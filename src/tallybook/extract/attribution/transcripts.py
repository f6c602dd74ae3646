"""Who holds the floor in a transcript: each turn's speaker asserts what the turn says; and in a
first-person piece under a byline ("By Jane Roe"), the author tells what a sentence in "I" says;
an interview whose questions stand unlabelled as paragraphs of their own gives its answers to the
interviewee its introduction names.

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


# A question set as a paragraph of its own, unlabelled: "How were you arrested?"
_QUESTION_RE = re.compile(r"^[ \t]*(?P<q>[A-Z][^\n\"“”?]{2,160}\?)[ \t]*$", re.MULTILINE)


def _bare_turns(text: str, persons: list[str]) -> list[tuple[int, str | None]]:
    """Turns of an interview whose questions stand unlabelled as paragraphs of their own, each
    followed by an answer ("How were you arrested?" / "They came at six in the morning ..."): the
    answers are the interviewee's, the first person of two or more words the introduction before
    the first question names; the questions assert nothing. Two such questions are needed."""
    asked = [
        m
        for m in _QUESTION_RE.finditer(text)
        if re.match(r"[ \t]*\n[ \t]*\n?[ \t]*[^\s?]", text[m.end() :])
        and not re.match(r"[ \t]*\n[^\n]*\?[ \t]*(?:\n|$)", text[m.end() :])
    ]
    if len(asked) < 2:
        return []
    intro = text[: asked[0].start()]
    named = [p for p in persons if " " in p and p in intro]
    if not named:
        return []
    guest = min(named, key=intro.index)
    out: list[tuple[int, str | None]] = []
    for m in asked:
        out.append((m.start(), None))
        out.append((m.end(), guest))
    return out


def _doc_turns(doc: Doc) -> list[tuple[int, str | None]]:
    """The doc's turns, read once: labelled ones, else an unlabelled interview's."""
    cache = doc_cache(doc)
    turns = cache.get("transcript_turns")
    if not isinstance(turns, list):
        full = [e.text for e in doc_ents(doc) if e.label_ == "PERSON"]
        persons = set(full) | {p.split()[-1] for p in full}
        turns = _turns(doc_text(doc), frozenset(persons)) or _bare_turns(doc_text(doc), full)
        cache["transcript_turns"] = turns
    return turns


def _turn_at(doc: Doc, pos: int) -> tuple[bool, str | None]:
    """(whether `pos` lies in a turn, that turn's speaker or None)."""
    inside, who = False, None
    for start, speaker in _doc_turns(doc):
        if start > pos:
            break
        inside, who = True, speaker
    return inside, who


def turn_speaker(doc: Doc, pos: int) -> str | None:
    """The speaker of the transcript turn holding character `pos`, or None."""
    return _turn_at(doc, pos)[1]


def asking_turn(doc: Doc, pos: int) -> bool:
    """Whether character `pos` lies in a question an interviewer asks ("Didban: How many of your
    clients were sentenced to death?", an unlabelled "How were you arrested?"): it tells nothing."""
    inside, who = _turn_at(doc, pos)
    if not inside or who is not None:
        return False
    text = doc_text(doc)
    end = text.find("\n", pos)
    return text[pos : len(text) if end < 0 else end].rstrip().endswith("?")


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
