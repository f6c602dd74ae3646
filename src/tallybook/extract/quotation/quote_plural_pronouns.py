"""Who a "they said" after a quotation stands for when no one has spoken in quotes before it.

A release often opens with its tellers as a group ("..., a group of UN experts said today") and
quotes them paragraphs later with only "they": "“...,” they added". With no speaker so far, the
person-led search of `quote_pronouns` finds no antecedent (a group is no person) or picks a
person only spoken of. The group that spoke last is the antecedent: the subject of the latest
cue outside quotations in the last sentences before the pronoun, when that subject is no single
named person ("they" does not stand for one person) and is no pronoun itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tallybook.extract.quotation.quote_cues import CUE_RE, sentence_start
from tallybook.extract.quotation.speakers import Speaker
from tallybook.model import Span

SubjectOf = Callable[[int, int], Speaker]

# how many sentences back a group that spoke is still the antecedent of "they"
_SENTENCES_BACK = 8
# "she has been denied access": the subject of a passive cue verb is told of, not speaking
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|is|are|be)[ \t]+$", re.IGNORECASE)
# the plural of "experts" after a body's name: "UN human rights experts"
_EXPERTS_AFTER_RE = re.compile(r"(?:[ \t]+[a-z][a-z-]*){0,3}?[ \t]+experts\b")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


def group_speaker(
    text: str,
    start: int,
    people: set[str],
    quoted: list[tuple[int, int]],
    subject_of: SubjectOf,
) -> Speaker:
    """The group that spoke last before the "they" at `start`; (None, None) when none did."""
    sentences: list[int] = []
    cut = start
    while len(sentences) < _SENTENCES_BACK and cut > 0:
        cut = sentence_start(text, cut - 1)
        sentences.append(cut)
    floor = sentences[-1] if sentences else 0
    cues = [
        c
        for c in CUE_RE.finditer(text, floor, start)
        if not any(a <= c.start() < b for a, b in quoted)
        and not _PASSIVE_BEFORE_RE.search(text, max(0, c.start() - 20), c.start())
    ]
    for cue in reversed(cues):
        who = subject_of(cue.start(), sentence_start(text, cue.start()))
        if not who[0]:
            continue
        if who[0] in people or who[0].lower() in _PRONOUNS:
            return None, None  # a person spoke last: not the group "they" stands for
        experts = _EXPERTS_AFTER_RE.match(text, who[1].end) if who[1] is not None else None
        if who[1] is not None and experts is not None:
            # "a group of United Nations experts* said": the experts, not the body (speaker_groups)
            return text[who[1].start : experts.end()], Span(who[1].start, experts.end())
        return who
    return None, None
