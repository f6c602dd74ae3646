"""Talk of a practice rather than of an event, told through bare plurals: "Courts continued to
hand down death sentences", "confessions extracted under torture", "police tortured detainees".
Used by factuality.py."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.trigger_lexicon import NOMINAL, VERBAL
from tallybook.extract.triggers import Trigger


def _bare_plural(tok: Token) -> bool:
    """ "detainees", "death sentences": a plural noun with no determiner, number or possessor."""
    return tok.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod"} or c.like_num for c in tok.children
    )


def generic_plural(trigger: Trigger) -> bool:
    """Talk of a practice, not of an event: "Courts continued to hand down death sentences",
    "trials that relied on confessions extracted under torture", "rights groups reported that
    police tortured detainees" (no figure, date, place or name anywhere in the sentence)."""
    root = trigger.root
    if trigger.kind == NOMINAL and _bare_plural(root) and root.dep_ == "dobj":
        verb = root.head
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True
    if trigger.kind == NOMINAL and root.dep_ == "pobj" and root.head.lower_ in {"under", "through", "by"}:
        acl = root.head.head
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and _bare_plural(acl.head):
            return True  # "confessions extracted under torture"
    if trigger.kind == VERBAL and root.tag_ in {"VBD", "VBP", "VBZ"}:
        obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if obj is None or subj is None or not _bare_plural(obj) or subj.tag_ not in {"NN", "NNS"}:
            return False
        if any(c.dep_ in {"det", "poss", "nummod"} for c in subj.children):
            return False
        specific = {"DATE", "TIME", "CARDINAL", "PERSON", "GPE", "LOC", "FAC", "ORG", "EVENT"}
        return not any(t.ent_type_ in specific or t.like_num for t in root.sent)
    return False
