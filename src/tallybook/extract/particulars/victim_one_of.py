"""Named members picked out of a group later in the story, anywhere in a sentence: "flogged four
women ... . Each received 40 lashes. One of the women, X, a student, was taken to hospital",
"two of the men said they were beaten. Photographs showed bruising on the legs of one of them, Y".

victim_members.py reads only a member sentence that opens with "One of them, X" right after the
group. Here the phrase "one of GROUP, NAME" may stand mid-sentence; "them" must stand in the very
next sentence (it refers to the nearest group), while "one of the women" may come up to three
sentences on when its noun is the group's own. As in victim_members.py, a member sentence that
tells an event of the group's kind (the member "was executed") gives the member an incident of
their own and is left to it (CONVENTIONS.md: a name reported with the group on the same occasion).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tallybook.extract.particulars.victim_members import _counts, _member_names, own_event_words
from tallybook.extract.text.boilerplate import doc_text
from tallybook.extract.timing.story_dates import next_sentence

_ONE_OF_RE = re.compile(r"\b[Oo]ne of (them|the (?:[a-z-]+ ){0,2}?([a-z-]+)), (?=[A-Z])")
_AHEAD = 3  # sentences after the group's own in which a noun-named member may stand


def _group_nouns(head: Token) -> set[str]:
    """The nouns naming the group: "four women" -> women; "Two of the men" -> men."""
    nouns = {head.lower_}
    for of in (c for c in head.children if c.lower_ == "of"):
        nouns |= {p.lower_ for p in of.children if p.dep_ == "pobj"}
    return nouns


def _last_group(sent: Span, head: Token) -> bool:
    """No other group is counted after the victim phrase in its sentence."""
    end = head.right_edge.i
    # (the words after the phrase only: no Token is made of those before it)
    return not any(_counts(t) for t in sent.doc[max(end + 1, sent.start) : sent.end])


def members_one_of(sent: Span, head: Token, count: int | None, kind: str) -> list[str]:
    """The name a later "one of GROUP, NAME" gives to a member of the group `head` names (counted
    `count`); none when that sentence tells the member's own event of kind `kind`."""
    if count is None or count < 2 or not _last_group(sent, head):
        return []
    doc = sent.doc
    text = doc_text(doc)
    nouns = _group_nouns(head)
    own = own_event_words(kind)
    nxt = next_sentence(sent)
    for k in range(_AHEAD):
        if nxt is None:
            return []
        for m in _ONE_OF_RE.finditer(text[nxt.start_char : nxt.end_char]):
            if m.group(1) == "them" and k > 0:
                continue
            if m.group(1) != "them" and m.group(2) not in nouns:
                continue
            if any(t.lower_ in own for t in nxt):
                return []
            names = _member_names(nxt, nxt.start_char + m.end(), kind)
            if names:
                return names
        nxt = next_sentence(nxt)
    return []
