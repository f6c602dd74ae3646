"""Killings told only by the finding of the body: which "found" says someone was killed?

- The body bears the marks of a killing: "found dead in a field four days later with gunshot
  wounds", "search volunteers found the body of X in a ravine with gunshot wounds to the head",
  "whose bullet-riddled body was found near Panjgur", "whose body was found with signs of torture
  three days later".
- The dead were taken first: "Two men who were detained with him were found dead in a field",
  "whose body was found ... five weeks after he was taken off a bus by security personnel",
  "police detained a student, whose body was found three days later".

Not a killing: a body found with nothing said of how the person died or who took them ("the body
of a fisherman was found on the beach"), found papers or weapons ("found the documents"), a
death in custody ("found dead in his cell": parsed_triggers.died_held reads it first).
`triggers.TriggerMatcher` asks `found_killed` of "found" when no custody reading took it.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import BODY_NOUNS

FOUND_WORDS = wordset("found discovered")
# words that say the body shows how the person was killed
_MARKS = wordset(
    "gunshot gunshots bullet bullets bullet-riddled riddled shot torture tortured wounds wound "
    "blindfolded handcuffed strangled stabbed"
)
_OTHER_CLAUSES = frozenset(["advcl", "ccomp", "conj", "relcl", "parataxis", "punct", "cc"])
# words of a seizure the dead went through first
_TAKEN = wordset("detained arrested taken abducted seized picked snatched rounded detaining arresting")


def found_killed(tok: Token) -> bool:
    """ "were found dead ... with gunshot wounds", "whose body was found with signs of torture",
    "Two men who were detained with him were found dead"."""
    if tok.lower_ not in FOUND_WORDS or tok.pos_ not in {"VERB", "AUX"}:
        return False
    body = next((c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"} and c.lower_ in BODY_NOUNS), None)
    dead = any(c.dep_ in {"oprd", "acomp", "xcomp"} and c.lower_ == "dead" for c in tok.children)
    if body is None and not dead:
        return False
    if _marks(tok):
        return True
    return _taken_first(tok, body)


def _marks(tok: Token) -> bool:
    """The marks are said in the finding's own phrases ("with gunshot wounds", "bullet-riddled"),
    not in a source's words hung on it ("according to the office, which confirmed they were shot":
    a retelling of a killing told before)."""
    for c in tok.children:
        if c.dep_ in _OTHER_CLAUSES or (c.dep_ == "prep" and c.lower_ == "according"):
            continue
        if any(t.lower_ in _MARKS for t in c.subtree):
            return True
    return False


def _taken_first(tok: Token, body: Token | None) -> bool:
    """The dead were seized first: a seizure in the subject's relative clause ("men who were
    detained with him"), in a clause of the finding ("after he was taken"), or the finding is a
    relative clause on the seized person ("detained a student, whose body was found")."""
    subj = body if body is not None else next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and any(t.lower_ in _TAKEN for t in subj.subtree if t.i != tok.i):
        return True
    if any(c.dep_ in {"advcl", "prep", "npadvmod"} and _has_taken(c) for c in tok.children):
        return True
    if tok.dep_ == "relcl":
        person = tok.head
        return person.dep_ in {"dobj", "appos"} and _taken_verb(person)
    return False


def _has_taken(clause: Token) -> bool:
    return any(t.lower_ in _TAKEN for t in clause.subtree)


def _taken_verb(person: Token) -> bool:
    """ "police detained a 19-year-old student, X, whose body ...": the person is the object of a
    seizure (through an apposition)."""
    cur = person
    for _ in range(3):
        if cur.dep_ == "dobj":
            return cur.head.lower_ in _TAKEN
        if cur.dep_ != "appos":
            return False
        cur = cur.head
    return False
