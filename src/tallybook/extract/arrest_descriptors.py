"""Which arrests only describe people another sentence or noun is about: an age at arrest ("was
17 years old when he was arrested", "when they were under 18", "children at the time of their
arrest") and a participle that says who was executed, faces execution, or suffered the harm, the
vanishing or the sentence a noun tells ("the execution of a person arrested in connection with
the protests", "the ill-treatment of persons detained for political reasons", "death sentences
issued against people arrested"). Used by non_events.py; needs the dependency parse.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tallybook.extract.boilerplate import sentence_of, span_text
from tallybook.extract.month_names import MONTH_NAMES
from tallybook.extract.trigger_lexicon import wordset

_BE = wordset("was were is are been")
_AGE = wordset("old aged age minor minors child children juvenile teenager boy girl")
_MONTH_OR_YEAR_RE = re.compile(rf"\b(?:{MONTH_NAMES}|(?:19|20)\d\d)\b")


def age_at_arrest(root: Token) -> bool:
    """ "who was 17 years old when he was arrested", "were arrested when they were minors", "when
    they were under 18": an age at arrest said of people whose incident is told elsewhere (no
    month or year with it)."""
    if _MONTH_OR_YEAR_RE.search(span_text(sentence_of(root))):
        return False
    if root.dep_ == "advcl" and _when(root):
        # the age is the clause above: "was 17 years old", "was a minor"
        own = {t.i for t in root.subtree}
        above = root.head.subtree if root.head.lower_ in _BE else root.head.children
        return any(_age_word(t) and t.i not in own for t in above)
    return any(
        c.dep_ == "advcl" and _when(c) and c.lower_ in _BE and any(_age_word(t) for t in c.subtree)
        for c in root.children
    )


def _age_word(tok: Token) -> bool:
    """A word of age: "17 years old", "a minor", and the number of "under 18"."""
    return tok.lower_ in _AGE or (tok.like_num and tok.dep_ == "pobj" and tok.head.lower_ == "under")


def age_at_time_of(root: Token) -> bool:
    """ "people who were children at the time of their arrest", "was 16 at the time of arrest":
    the noun dates an age, like "was 17 years old when he was arrested" (no month or year)."""
    of = root.head
    time = of.head
    if root.dep_ != "pobj" or of.lower_ != "of" or time.lower_ != "time" or time.head.lower_ != "at":
        return False
    verb = time.head.head
    if verb.lower_ not in _BE or _MONTH_OR_YEAR_RE.search(span_text(sentence_of(root))):
        return False
    own = {t.i for t in time.head.subtree}
    return any((t.lower_ in _AGE or t.like_num) and t.i not in own for t in verb.children)


_DEATH_NOUNS = wordset("execution executions hanging hangings killing killings death deaths sentences")
_GONE_NOUNS = wordset("disappearance disappearances")
_HARM_NOUNS = wordset("torture ill-treatment treatment mistreatment beating beatings")
# Participles by which a sentence is handed to people: "death sentences issued against people ...".
_HANDED = wordset("issued imposed handed passed pronounced")


def _done_to(noun: Token) -> str:
    """The noun of the act `noun` is the object of: "the disappearance of [seven men]", "the deaths
    in custody of [three persons]", "death sentences issued against [people]" ("" if none)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"of", "against"}:
        return ""
    head = noun.head.head
    if head.lower_ in _HANDED and head.dep_ == "acl":
        head = head.head  # "sentences issued against"
    elif head.lower_ == "custody" and head.dep_ == "pobj" and head.head.lower_ == "in":
        head = head.head.head  # "deaths in custody of"
    return str(head.lower_)


def says_who_suffered(root: Token) -> bool:
    """ "the 11th execution of a person arrested in connection with the protests": a participle
    that says who was executed, not an arrest told for itself (unless it dates its own event,
    "the execution of a man detained in May"); "the disappearance of seven men who were detained
    at a checkpoint": the arrest is how the disappearance began, whenever it was."""
    if root.tag_ != "VBN" or root.dep_ not in {"acl", "relcl"}:
        return False
    noun = root.head
    of_what = _done_to(noun)
    if of_what in _GONE_NOUNS:
        return True
    if root.dep_ != "acl":
        return False
    own_time = [
        g
        for c in root.children
        if c.dep_ in {"prep", "npadvmod"}
        for g in [c, *c.children]
        if g.ent_type_ in {"DATE", "TIME"} and g.dep_ in {"pobj", "npadvmod"}
    ]
    if of_what in _HARM_NOUNS:
        # "ill-treatment of persons detained for political reasons during the year": the harm is
        # told; an arrest with a month or year of its own ("of a man detained in May 2020") stays
        return not any(
            _MONTH_OR_YEAR_RE.search(span_text(g.doc[g.left_edge.i : g.right_edge.i + 1])) for g in own_time
        )
    of_death = of_what in _DEATH_NOUNS
    if not of_death and not _facing_death(root):
        return False
    return not own_time


# What a clause says of people facing death: "are at risk of execution", "were sentenced to death".
_EXECUTED = wordset("execution executions executed hanged gallows")
_SENTENCED = wordset("sentenced sentence sentences row")


def _facing_death(root: Token) -> bool:
    """ "Seven other men detained in connection with the protests are at imminent risk of execution":
    a participle that says which people face death (the subject of a clause about execution or a
    death sentence), with no place of its own ("a worker arrested in Karaj ... was hanged")."""
    noun = root.head
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if any(_place_word(t) for t in root.subtree):
        return False
    own = {t.i for t in noun.subtree}
    words = {t.lower_ for t in noun.head.subtree if t.i not in own}
    return bool(words & _EXECUTED) or ("death" in words and bool(words & _SENTENCED))


def _place_word(tok: Token) -> bool:
    """A named place: "in Karaj" (tagged as a place, or a proper noun after a preposition of place)."""
    if tok.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    return tok.dep_ == "pobj" and tok.tag_ == "NNP" and tok.head.lower_ in {"in", "at", "near", "from"}


def _when(clause: Token) -> bool:
    return any(c.lower_ == "when" for c in clause.children)
