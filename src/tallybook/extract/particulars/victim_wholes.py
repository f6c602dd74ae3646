"""Which group does a part told apart "among them" belong to?

"Between 40 and 55 people, among them at least 11 children, were shot", "At least eleven
prisoners, among them two members of a minority, were hanged", "eleven men taken to the base,
among them the village authority X, were never seen again": the parser often leaves the counted
group without a link to the verb, or makes the part its subject. The victims are the whole group
(CONVENTIONS.md: children among the dead are a breakdown in the note, not the count).
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.text.boilerplate import doc_words
from tallybook.extract.text.parse_tree import first_child

_PART_WORDS = frozenset({"them", "whom"})
_BETWEEN_PART_AND_VERB = frozenset({"aux", "auxpass", "neg", "advmod", "punct"})
_DATE_LABELS = frozenset({"DATE", "TIME"})
_STOP = frozenset({";", ":", "–", "—"})


def _among_before(verb: Token) -> int | None:
    """The position of "among" in ", among them PART, [were] VERB" just before `verb`."""
    doc = verb.doc
    if "among" not in doc_words(doc):
        return None  # (asked for every victim verb: most texts never write "among")
    i = verb.i - 1
    while i > verb.sent.start and doc[i].dep_ in _BETWEEN_PART_AND_VERB and doc[i].text != ",":
        i -= 1
    if doc[i].text != ",":
        return None
    for j in range(i - 2, max(verb.sent.start, i - 16), -1):
        if doc[j].text in _STOP:
            return None
        if doc[j].lower_ == "among" and doc[j + 1].lower_ in _PART_WORDS:
            return j
    return None


def whole_group(verb: Token, head: Token | None) -> Token | None:
    """The counted group before ", among them PART," that is the subject of `verb`, when the
    parser found no victim (`head` None), a date, or the part itself; else None."""
    doc = verb.doc
    among = _among_before(verb)
    if among is None:
        return None
    if head is not None and head.ent_type_ not in _DATE_LABELS and not among < head.i < verb.i:
        return None
    if among - 1 <= verb.sent.start or doc[among - 1].text != ",":
        return None
    for j in range(among - 2, max(verb.sent.start - 1, among - 22), -1):
        tok = doc[j]
        if tok.text in _STOP:
            return None
        if tok.ent_type_ in _DATE_LABELS or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if first_child(tok, "nummod") is not None:
            return tok
    return None
