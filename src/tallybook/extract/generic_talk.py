"""Talk of a practice rather than of an event, told through bare plurals: "Courts continued to
hand down death sentences", "confessions extracted under torture", "police tortured detainees".
Used by factuality.py."""

from __future__ import annotations

import re

from spacy.tokens import Token

from tallybook.extract.trigger_lexicon import NOMINAL, VERBAL
from tallybook.extract.triggers import Trigger


def _bare_plural(tok: Token) -> bool:
    """ "detainees", "death sentences": a plural noun with no determiner, number or possessor."""
    return tok.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod"} or c.like_num for c in tok.children
    )


_TITLE_HEADS = frozenset(
    ["rapporteur", "group", "committee", "subcommittee", "convention", "mandate", "commission"]
)


def general_clause(trigger: Trigger) -> bool:
    """A rule or a title, not an event: "as is standard whenever suspects are killed" (a
    habitual condition), "Executing people for theft is unlawful" (a gerund subject of a
    present-tense verdict), "the Special Rapporteur on arbitrary executions" (a mandate's title)."""
    root = trigger.root
    clause = root
    for _ in range(4):
        if any(c.lower_ == "whenever" and c.dep_ in {"advmod", "mark"} for c in clause.children):
            return True
        if clause.dep_ not in {"conj", "xcomp", "auxpass", "aux"} or clause.head is clause:
            break
        clause = clause.head
    if root.tag_ == "VBG" and root.dep_ == "csubj" and root.head.tag_ in {"VBZ", "VBP"}:
        return True
    if trigger.kind == NOMINAL and _listed_practices(root):
        return True
    if trigger.kind == NOMINAL:
        doc = root.doc
        before = doc[max(root.sent.start, trigger.span.start - 10) : trigger.span.start].text
        title = _TITLE_RE.search(before)
        return bool(title and title.group(1).lower() in _TITLE_HEADS)
    return False


_PRACTICE_VERBS = frozenset(["reported", "continued", "occurred", "persisted", "documented"])


def _listed_practices(root: Token) -> bool:
    """ "Enforced disappearances, torture and deaths in custody were reported throughout the
    year": a list of kinds of abuse, with no figure, name or place in the sentence, is the summary
    of a year, not an event."""
    base = root
    while base.dep_ == "conj" and base.head is not base:
        base = base.head
    if base.dep_ not in {"nsubj", "nsubjpass"} or base.head.lower_ not in _PRACTICE_VERBS:
        return False
    items = [
        base,
        *(t for t in base.subtree if t.dep_ == "conj" and t.head.i in {base.i, *[c.i for c in base.subtree]}),
    ]
    if len(items) < 3 or not all(t.tag_ in {"NN", "NNS"} and _bare(t) for t in items):
        return False
    specific = {"CARDINAL", "PERSON", "GPE", "LOC", "FAC", "ORG"}
    return not any(t.ent_type_ in specific or t.like_num for t in root.sent)


def _bare(tok: Token) -> bool:
    return not any(c.dep_ in {"det", "poss", "nummod"} or c.like_num for c in tok.children)


# "Special Rapporteur on extrajudicial, summary or arbitrary executions", "Committee against Torture"
_TITLE_RE = re.compile(r"\b([A-Z][a-z]+)\s+(?:on|against)\b(?:\s*[A-Za-z]+,?){0,6}\s*$")


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
