"""Whom a singular pronoun victim stands for when its own sentence names that person.

"A fourth man, Omar K., 21, is at imminent risk of execution after the court upheld his death
sentence": "his" is the man the sentence is about, not the people of the incident told before.
The antecedent is looked for in the subjects of the clauses above the trigger, skipping the
actor of the act itself ("the court") and the speakers of reporting verbs ("X said his ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tallybook.extract.attribution.source_syntax import is_report_word
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_ents

_SINGULAR = wordset("he him his she her")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_VICTIM_DEPS = frozenset({"poss", "nsubj", "nsubjpass", "dobj"})


def _singular(m: Mention) -> bool:
    root = m.trigger.root
    return any(c.dep_ in _VICTIM_DEPS and c.lower_ in _SINGULAR for c in root.children)


def _person_names(doc: Doc, lo: int, hi: int) -> list[str]:
    """Names of people (the people component's, else the NER model's) inside [lo, hi)."""
    names: list[str] = []
    for person in doc._.tb_people or []:
        if any(lo <= sp.start and sp.end <= hi for sp in person.spans) and person.name not in names:
            names.append(person.name)
    if names:
        return names
    return [e.text for e in doc_ents(doc) if e.label_ == "PERSON" and lo <= e.start_char and e.end_char <= hi]


def _subject_names(verb: Token) -> list[str]:
    for subj in (c for c in verb.children if c.dep_ in _SUBJECTS):
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        names = _person_names(verb.doc, lo, hi)
        if names:
            return names
    return []


def subject_person(m: Mention) -> str | None:
    """The one person a clause above the trigger has as its subject, if the pronoun victim is
    singular ("his death sentence", "sentenced him") and the sentence names that person."""
    root = m.trigger.root
    if not root.doc.has_annotation("DEP") or not _singular(m):
        return None
    # the verb that governs a noun trigger has the actor as subject: "the court upheld his sentence"
    skip = root.head if root.dep_ in {"dobj", "pobj"} else None
    for anc in root.ancestors:
        if (skip is not None and anc.i == skip.i) or is_report_word(anc):
            continue
        names = _subject_names(anc)
        if len(names) == 1:
            return names[0]
        if names:
            return None
    return None
