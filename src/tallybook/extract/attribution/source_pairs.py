"""Which named people a counted plural source stands for: "Both men said they were tortured",
"Both told the court ...", "the three women said", "the three say" after a sentence that named
them in a list ("two activists, A and B, were hanged"), and "Two of them, A and B, told us" (only
the names set beside the part). Each named person is a source of their own; a count that fits no
list leaves the phrase as the text words it."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import doc_text

_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# Plural heads that count people ("both men", "the two brothers"), not bodies or documents.
_PEOPLE = wordset(
    "men women brothers sisters activists detainees prisoners defendants journalists students "
    "protesters brothers-in-law cousins friends victims"
)
_LOOKBACK = 3  # sentences before the source's own that may hold the list
# A second person brought in as the first one's companion, with or without the tie between them:
# "A was arrested on 3 May, together with his cousin B", "A was held with her sister B"
_COMPANION_RE = re.compile(
    r"\b(?:together with|along with|with|and)(?:\s+(?:his|her|their)\s+[\w-]+)?[\s,]*$"
)


def _count(head: Token) -> int | None:
    """How many people a source phrase counts: "both" (alone or before a plural noun), "the two
    men"; None for anything else."""
    if head.lower_ == "both" and head.dep_ in {"nsubj", "nsubjpass"}:
        return 2
    if head.lower_ in _COUNTS and head.dep_ in {"nsubj", "nsubjpass"} and (_definite(head) or _part(head)):
        return _COUNTS[head.lower_]  # "the three say ...", "Two of them, A and B, told us"
    if head.lower_ not in _PEOPLE:
        return None
    kids = list(head.lefts)
    if any(c.lower_ == "both" for c in kids):
        return 2
    number = next((c for c in kids if c.dep_ == "nummod"), None)
    return _COUNTS.get(number.lower_) if number is not None and _definite(head) else None


def _definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in head.lefts)


def _part(head: Token) -> bool:
    """ "Two of them, cousins A and B,": a count of part of a group, named beside it."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights) and any(
        c.dep_ == "appos" for c in head.rights
    )


def _listed(sent: Span, before: int, size: int) -> list[str] | None:
    """The last list of exactly `size` people's names in `sent` before character `before`:
    names joined only by commas and "and" (the people component's names, which also hold the
    names the entity model mislabelled)."""
    doc = sent.doc
    text = doc_text(doc)
    names = sorted(
        (s.start, s.end, p.name)
        for p in doc._.tb_people or []
        for s in p.spans
        if sent.start_char <= s.start and s.end <= min(before, sent.end_char)
    )
    best: list[str] | None = None
    run: list[tuple[int, int, str]] = []
    for name in names:
        if run and text[run[-1][1] : name[0]].strip(" ,") not in {"and", ""}:
            run = []
        run.append(name)
        if len(run) == size:
            best = [n for _, _, n in run]
        elif len(run) > size:
            best = None
    return best if best is not None or size != 2 else _companions(text, names)


def _companions(text: str, names: list[tuple[int, int, str]]) -> list[str] | None:
    """The two people of a sentence that names only them, the second as the first one's companion."""
    people = list(dict.fromkeys(n for _, _, n in names))
    if len(people) != 2:
        return None
    second = next(start for start, _, n in names if n == people[1])
    first_end = next(end for _, end, n in names if n == people[0])
    return people if first_end <= second and _COMPANION_RE.search(text[first_end:second]) else None


def named_group(head: Token) -> list[str] | None:
    """The names of the people a counted plural source ("both men", "both") stands for, from the
    closest sentence before it that lists exactly that many; None when no list fits."""
    size = _count(head)
    if size is None:
        return None
    doc = head.doc
    sent = head.sent
    if head.lower_ in _COUNTS and _part(head):
        # only the names set beside the part: the group's other members are no tellers
        edge = head.right_edge
        return _listed(doc[head.i : edge.i + 1], edge.idx + len(edge.text), size)
    found = _listed(sent, head.idx, size)
    for _ in range(_LOOKBACK):
        if found is not None or sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        found = _listed(sent, sent.end_char, size)
    return found


def listed_apposite(head: Token) -> list[str] | None:
    """ "Two UN Special Rapporteurs, A and B, said": the people a counted plural source lists right
    after itself, when the list holds exactly that many names (each of them speaks, not the title)."""
    number = next((c for c in head.lefts if c.dep_ == "nummod"), None)
    size = _COUNTS.get(number.lower_) if number is not None else None
    doc = head.doc
    if size is None or head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
        return None
    start = doc[head.i + 1].idx + 1
    found = _listed(doc[head.i + 2 : head.sent.end], head.sent.end_char, size)
    text = doc_text(doc)
    first = min((sp.start for p in doc._.tb_people or [] for sp in p.spans if sp.start >= start), default=-1)
    return found if found is not None and text[start:first].strip() == "" else None
