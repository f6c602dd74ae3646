"""Does a victim phrase with no number name one person by its noun alone?

"the journalist was condemned to death", "the younger defendant was slapped": a singular noun
of a person with "the", "this" or "that" is one person; "her son", "X's younger brother": a
singular noun of a person owned by anyone is one person too. Not a plural ("the defendants"), not
a noun of no person ("the group's office", "the house"). A bare "another" as the subject ("while
another was killed in B") is one person more.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset

# Singular nouns of a person the shared list lacks: roles in a trial, kin, trades (the shared
# list feeds trigger readings too, so these stay here, where they only count).
MORE_PERSONS = wordset(
    "defendant co-defendant accused protester protestor demonstrator cousin nephew niece uncle aunt "
    "grandson granddaughter grandfather grandmother fiance fiancé mechanic nurse engineer lecturer "
    "professor researcher photographer cameraman shopkeeper fisherman lawmaker politician "
    "candidate organiser organizer pupil musician rapper singer actor actress "
    # a person named by a tie to someone else: "her client", "my colleague", "their neighbour"
    "client patient tenant colleague employee neighbour neighbor classmate roommate friend "
    "boyfriend girlfriend apprentice shepherd coordinator mobiliser mobilizer"
)
_DEFINITE = wordset("the this that")
_SUBJECTS = wordset("nsubj nsubjpass")
_OWNER_PRONOUNS = wordset("my his her their our your")


def one_by_noun(head: Token) -> bool:
    """ "the younger defendant", "my father", "Karimi's older brother": one person."""
    if head.lower_ == "another" and head.dep_ in _SUBJECTS and not any(c.like_num for c in head.children):
        return True  # "seven were killed in A, while another was killed in B": one more person
    if head.tag_ != "NN" or not (head.lower_ in PERSON_NOUNS or head.lower_ in MORE_PERSONS):
        return False
    for c in head.children:
        if c.dep_ == "det" and c.lower_ in _DEFINITE:
            return True
        if c.dep_ == "poss" and (c.lower_ in _OWNER_PRONOUNS or _named_owner(c)):
            return True
    # "detained Karimi’s older brother", where the parser made a verb of the "’s"
    lo = min([c.i for c in head.children if c.i < head.i and c.dep_ in {"amod", "compound"}] + [head.i])
    doc = head.doc
    return lo >= 2 and doc[lo - 1].text in {"'s", "’s"} and doc[lo - 2].pos_ in {"PROPN", "NOUN"}


def _named_owner(poss: Token) -> bool:
    """ "Karimi's brother", "Iran's best-known rapper", "the lawyer's client": a possessor with its
    "'s" (whoever owns a singular person, the person is one)."""
    return any(c.dep_ == "case" for c in poss.children)
