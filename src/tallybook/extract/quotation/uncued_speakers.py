"""Who speaks in quotations that no cue verb introduces.

A quoted predicate of speech set right after its named subject ("X “regrets the hangings ...”",
"Mr. X “stressed that ...,” the release added"): the subject speaks, whatever outlet carried the
words, so it is read before any cue (`subject_before`).

A statement's quotations with no cue at all: its author (`statement_author`), in two shapes: a
press statement's header set right before the opening mark ("Ottawa - X, Minister of Foreign
Affairs - “Today we ..."), and a comment printed under an official's byline ("By X, Spokesperson
for the Office of ... ¶ “As the journalist was in custody ..."). A reporter's byline ("By Jane
Doe") makes no one the author of the quotations below it: only a byline that gives an office
counts. `statement_author` is asked by `quotes.QuoteFinder` after every cue has failed.
"""

from __future__ import annotations

import re

from tallybook.extract.attribution.source_syntax import REPORT_WORDS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.model import Span

# "NAME, TITLE - " (a dash or a colon closing the header) right before the opening mark
_HEADER_RE = re.compile(
    r"(?:^|[-–—]\s+)(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4}),\s+[^,\n\"“]{3,80}?\s+[-–—:]\s*$"
)
# "By NAME, Spokesperson for ..." alone on its line
_OFFICIAL_BYLINE_RE = re.compile(
    r"^By\s+(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4}),\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*|UN|U\.N\.)\s+){0,3}?(?i:spokes(?:person|man|woman)|high commissioner|"
    r"special rapporteur|secretary|minister|director|chair(?:person)?|president|ambassador)\b[^\n]*$",
    re.MULTILINE,
)


def statement_author(text: str, before: str, open_mark: int, named: set[str]) -> tuple[str, Span] | None:
    """The author a statement gives its quotation at `open_mark` (`before` is the text of its
    clause up to the mark), if the author is a person or body the text names; else None."""
    header = _HEADER_RE.search(before)
    if header is not None and header.group("who") in named:
        at = open_mark - len(before) + header.start("who")
        return header.group("who"), Span(at, at + len(header.group("who")))
    for byline in _OFFICIAL_BYLINE_RE.finditer(text, 0, open_mark):
        if byline.group("who") in named and not text[byline.end() : open_mark].strip(' \n“"'):
            return byline.group("who"), Span(byline.start("who"), byline.end("who"))
    return None


# verbs of speaking, urging or feeling that open a quoted predicate of the person named before it
_SPEECH_VERBS = REPORT_WORDS | wordset(
    "regrets regretted stressed stresses urges welcomes welcomed reiterates reiterated emphasises "
    "emphasizes appealed appeals deplores calls hopes considers regards"
)


def subject_before(
    text: str, q_start: int, open_mark: int, people: list[tuple[int, int, str]]
) -> tuple[str, Span] | None:
    """The person named right before the opening mark of a quotation that opens with a verb of
    speaking or feeling (a predicate of that person: "X “deeply regrets ...”"; not "X “was
    tortured for ...”, the group said", someone else's words about X); None otherwise. `people`
    holds the (start, end, name) of the text's person mentions."""
    words = text[q_start : q_start + 40].split()[:2]
    if words and words[0].endswith("ly") and len(words) > 1:
        words = words[1:]  # "deeply regrets"
    if not words or words[0].strip(",.;:") not in _SPEECH_VERBS:
        return None
    for start, end, name in people:
        if end <= open_mark and not text[end:open_mark].strip():
            return name, Span(start, end)
    return None
