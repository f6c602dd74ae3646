"""Two mentions of one sentence that tell the same act twice, though their figures differ.

- "Among those hanged were five women, including X, who was executed on 19 May": "those
  hanged" only points at the people the clause goes on to name; it is not an act of its own.
- '"They shot him in front of me," said X, whose son Y was among those killed': the witness's
  words and the narration around them are one killing, told with a pronoun and then by name.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_text

_QUOTE_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb')


def _among_those(root: Token) -> bool:
    """ "among those executed", "among those sent to the gallows": a participle after "those"."""
    return root.dep_ == "acl" and root.head.lower_ == "those" and root.head.head.lower_ == "among"


def _within(inner: Token, clause: Token) -> bool:
    """`inner` hangs below `clause` through no coordinated clause: "were four men, including X, who
    was hanged" and "were A and B, who were hanged" tell them inside the clause (a coordinated
    name is still one of the people named); "were four men, and X was hanged on Friday" does not."""
    tok = inner
    while tok.i != clause.i:
        if (tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _fragment_of(a: Mention, b: Mention) -> bool:
    """`a` is "among those VERBed" and `b` tells the act of the person the clause names."""
    root = a.trigger.root
    return (
        _among_those(root)
        and _within(b.trigger.root, root.head.head.head)
        and bool(set(a.names) & set(b.names))
    )


def _nameless_one(m: Mention) -> bool:
    """ "they shot him": one person told by a pronoun, with no name and no other figure."""
    return m.pronoun and not m.names and m.figure.count == 1


def _quote_between(a: Mention, b: Mention) -> bool:
    """A quotation mark between the two triggers: one lies in the quoted words, one in the
    narration that attributes them."""
    first, last = sorted((a.trigger.span, b.trigger.span), key=lambda s: s.start)
    text = doc_text(first.doc)[first.end_char : last.start_char]
    return any(ch in _QUOTE_MARKS for ch in text)


def retold(told: list[Mention], m: Mention) -> bool:
    """Whether `m` tells again an act that a mention of its sentence (in `told`) has told."""
    for x in told:
        if x.type != m.type or x.sent.start != m.sent.start or x.start != m.start:
            continue
        if _fragment_of(x, m) or _fragment_of(m, x):
            return True
        one_named = (_nameless_one(x) and bool(m.names)) or (_nameless_one(m) and bool(x.names))
        if one_named and _quote_between(x, m):
            return True
    return False
