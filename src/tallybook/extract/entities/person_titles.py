"""Which official titles the text gives each person: "High Commissioner Pillay", "the UN Special
Rapporteur on X, NAME", "the three UN Special Rapporteurs – A, B and C", "X was appointed Special
Rapporteur", "NAME, Chair-Rapporteur of the Working Group". A title makes a person an official and
lets "the Special Rapporteur" later in the text resolve to them (person_lookup).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.entities.lexicon import title_alternation
from tallybook.extract.entities.person_descriptors import title_keys
from tallybook.extract.text.boilerplate import flat_text
from tallybook.model import ExtractedPerson

_TITLES_ALT = title_alternation()  # every use below ignores case
_TITLE_BEFORE_RE = re.compile(rf"\b({_TITLES_ALT})\s+$", re.IGNORECASE)
# "the UN Special Rapporteur on the situation of human rights in X, NAME": a long title in apposition
_TITLE_APPOS_RE = re.compile(
    rf"\b({_TITLES_ALT})\s+(?:on|of|for|in)\b[^,.;:\n()“”\"]{{0,100}},\s*$", re.IGNORECASE
)
# "the three UN Special Rapporteurs – A, B and C": each listed name holds the title
_TITLE_LIST_RE = re.compile(
    r"\b((?i:special rapporteur|expert))s\s*(?P<sep>[–—:(-]|,)\s*"
    r"(?P<names>(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*)$"
)
# After "experts, NAME" only another listed name or the person's own title carries on a list.
_LIST_GOES_ON_RE = re.compile(
    rf"^\s*(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z]|,\s*(?i:(?:the\s+)?(?:UN\s+)?(?:{_TITLES_ALT})))"
)
_TITLE_PREDICATE_RE = re.compile(
    rf"^\s*(?:\([^)]{{0,40}}\)\s*)?,?\s*(?:who\s+)?(?:is|was|has been|became|serves as|served as)\s+"
    rf"(?:appointed\s+|named\s+|elected\s+)?(?:as\s+)?(?:the\s+|a\s+)?(?:new\s+|current\s+|former\s+)?"
    rf"(?:UN\s+|United Nations\s+)?({_TITLES_ALT})\b",
    re.IGNORECASE,
)
# "NAME, Special Rapporteur on torture;", "NAME, Chair-Rapporteur of the Working Group"
_TITLE_AFTER_RE = re.compile(
    rf"^,\s+(?:the\s+)?(?:UN\s+)?(?:[\w]+-)?({_TITLES_ALT})\s+(?:on|of|for|in)\b", re.IGNORECASE
)


def person_titles(doc: Doc, people: list[ExtractedPerson]) -> dict[str, list[str]]:
    """The lower-cased title keys of each person, found in descriptors and around every mention."""
    text = flat_text(doc)
    titles: dict[str, set[str]] = {p.name: set() for p in people}
    for person in people:
        for span in person.spans:
            titles[person.name] |= title_keys(doc, span)
    # "High Commissioner Pillay", "Special Rapporteur Ahmed Shaheed", "X was appointed Special Rapporteur"
    for person in people:
        for span in person.spans:
            before = text[max(0, span.start - 40) : span.start]
            after = text[span.end : span.end + 80]
            m = _TITLE_BEFORE_RE.search(before) or _TITLE_APPOS_RE.search(
                text[max(0, span.start - 120) : span.start]
            )
            if m:
                titles[person.name].add(m.group(1).lower())
            m = _TITLE_LIST_RE.search(text[max(0, span.start - 160) : span.start])
            if m and m.group("sep") == "," and not m.group("names") and not _LIST_GOES_ON_RE.match(after):
                m = None  # "received by the experts, X, who was 17": a clause break, no list
            if m:
                titles[person.name].add(m.group(1).lower())
            m = _TITLE_PREDICATE_RE.match(after) or _TITLE_AFTER_RE.match(after)
            if m:
                titles[person.name].add(m.group(1).lower())
    return {name: sorted(keys) for name, keys in titles.items()}
