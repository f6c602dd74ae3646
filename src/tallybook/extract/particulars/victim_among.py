"""Named members a counted group's own sentence picks out with "among them": "more than 80
people were detained over the weekend, among them the union organiser X", "at least 30 other
prisoners, among them a migrant worker, Y, are on death row".

The parser hangs "among them" and the noun after it anywhere (an adverbial clause of the verb, a
second object), so the names are read from the words after "among them" up to the end of that
phrase. The names belong to the group's incident (CONVENTIONS.md: a name reported with the group
on the same occasion). A name whose relative clause tells an event of the group's own kind about
the member ("among them X, who was shot in the head on 16 July") gives that person an incident of
their own instead, and is left to it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tallybook.extract.particulars.victim_members import own_event_words
from tallybook.extract.particulars.victim_names import names_in
from tallybook.extract.text.boilerplate import lower_forms

_PICKERS = frozenset(["them", "whom"])
# Words that close the phrase of members: a relative clause, a clause break, a second group.
_CLOSERS = frozenset(["who", "whose", "which", "that", ";", ":", "(", "and", "but", "while"])


def _counts(tok: Token) -> bool:
    """A number that counts something: not a date, an age or a time."""
    return (tok.like_num or tok.pos_ == "NUM") and tok.ent_type_ not in {"DATE", "TIME", "ORDINAL"}


def _among(sent: Span, head: Token) -> Token | None:
    """The "among" of "among them" after the group's phrase, with no other counted group between
    ("killed five people and detained 12 others, among them X": X is one of the 12)."""
    doc = sent.doc
    start = head.i + 1
    forms = lower_forms(doc)
    # (most sentences have no "among them": then no Token is made of their words)
    if not any(forms[i] == "among" and forms[i + 1] in _PICKERS for i in range(start, sent.end - 2)):
        return None
    for i in range(start, sent.end - 2):
        tok = doc[i]
        if _counts(tok):
            return None
        if tok.lower_ == "among" and doc[i + 1].lower_ in _PICKERS:
            return tok
    return None


def _phrase_end(sent: Span, lo: int, kind: str) -> int | None:
    """Where the members' phrase ends; None when a relative clause after a name tells the
    member's own event of the group's kind."""
    doc = sent.doc
    own = own_event_words(kind)
    hi = lo
    while hi < sent.end:
        tok = doc[hi]
        if tok.lower_ in {"who", "whose"}:
            rest = doc[hi : sent.end]
            # (the pipeline has no lemmatizer: a plural "sentences" is read without its "s")
            if any(t.lower_ in own or t.lower_.removesuffix("s") in own for t in rest):
                return None
            break
        if tok.lower_ in _CLOSERS and not (tok.lower_ == "and" and _name_follows(doc, hi)):
            break
        if tok.pos_ in {"VERB", "AUX"} and tok.ent_type_ != "PERSON":
            break
        hi += 1
    return hi


def _name_follows(doc: Doc, i: int) -> bool:
    """ "among them A and B": the "and" joins a second name, not a second group."""
    if i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"


def members_among(sent: Span, head: Token, count: int | None, kind: str) -> list[str]:
    """The names that "among them" after the victim phrase (`head`, counted `count`) gives to
    members of the counted group; none for an uncounted group or a member's own event."""
    if count is None or count < 2:
        return []
    among = _among(sent, head)
    if among is None:
        return []
    lo = among.i + 2
    hi = _phrase_end(sent, lo, kind)
    if hi is None or hi <= lo:
        return []
    return names_in(sent.doc, lo, hi)
