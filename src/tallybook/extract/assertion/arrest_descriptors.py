"""Which arrests only describe people another sentence or noun is about: an age at arrest ("was
17 years old when he was arrested", "when they were under 18", "children at the time of their
arrest", "arrested as children") and a participle that says who was executed, faces execution, or
suffered the harm, the vanishing or the sentence a noun tells ("the execution of a person arrested
in connection with the protests", "the ill-treatment of persons detained for political reasons",
"death sentences issued against people arrested"). The age words and the age-at-arrest tests live
here only: trigger_descriptors.py, non_events.py, general_statements.py and victim_misparses.py
use them. Needs the dependency parse.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.text.boilerplate import sentence_of, span_text
from tallybook.extract.timing.month_names import MONTH_NAMES

# Nouns that say someone was under age: "arrested as children", "when he was a minor".
MINOR_NOUNS = wordset("child children minor minors juvenile juveniles teenager teenagers boy boys girl girls")
# The same, with the words that give an age in years: "17 years old", "aged 16", "at the age of 15".
AGE_WORDS = MINOR_NOUNS | wordset("old aged age")
_BE = wordset("was were is are been")
_MONTH_OR_YEAR_RE = re.compile(rf"\b(?:{MONTH_NAMES}|(?:19|20)\d\d)\b")
_DATE_ENTS = frozenset({"DATE", "TIME"})


def age_at_arrest(root: Token) -> bool:
    """ "who was 17 years old when he was arrested", "were arrested when they were minors", "when
    they were under 18": an age at arrest said of people whose incident is told elsewhere, in a
    sentence with no month or year (non_events.py; `age_at_undated_arrest` is the clause-level
    test trigger_descriptors.py makes)."""
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
    return tok.lower_ in AGE_WORDS or (tok.like_num and tok.dep_ == "pobj" and tok.head.lower_ == "under")


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
    return any((t.lower_ in AGE_WORDS or t.like_num) and t.i not in own for t in verb.children)


def age_at_undated_arrest(verb: Token) -> bool:
    """ "arrested as children", "a man whom rights groups say was 17 when he was detained",
    "arrested when they were children", "... when they were under 18": the arrest verb gives an
    age at arrest, in a clause with no date of its own (trigger_descriptors.py). Not "was 17 when
    police seized him at a checkpoint in 2016" nor "arrested at a checkpoint in March 2019 when he
    was 17": dated (and placed), an event. Unlike `age_at_arrest`, the date that counts is a date
    or time in the arrest's own clause, not a month or year anywhere in the sentence."""
    if verb.dep_ == "advcl" and _when(verb) and _age_said(verb.head) and not dated(verb):
        return True
    if arrested_as_minor(verb):
        return True
    return any(
        c.dep_ == "advcl"
        and _when(c)
        and (
            any(g.lower_ in MINOR_NOUNS for g in c.subtree) or (_age_clause(c) and not dated(verb, besides=c))
        )
        for c in verb.children
    )


def arrested_as_minor(verb: Token) -> bool:
    """ "arrested as children", "detained as a teenager": the words right after the verb give an
    age at arrest, however the parser hangs them ("as children remain on death row" can come out
    as a clause of its own)."""
    after = list(verb.doc[verb.i + 1 : verb.i + 4])
    if not after or after[0].lower_ != "as":
        return False
    rest = after[2:] if len(after) > 1 and after[1].lower_ in {"a", "an"} else after[1:]
    # a noun, not "as a minor offender"
    return bool(rest) and rest[0].lower_ in MINOR_NOUNS and rest[0].pos_ == "NOUN"


def _age_said(verb: Token) -> bool:
    """ "was 17", "was still a child": a copula that gives someone's age."""
    return verb.lemma_ == "be" and any(
        c.dep_ in {"attr", "acomp"} and (c.like_num or c.lower_ in MINOR_NOUNS) for c in verb.children
    )


def _age_clause(verb: Token) -> bool:
    """ "when they were under 18", "when he was 16 years old": a clause that gives an age."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "under" and any(g.like_num for g in c.children):
            return True
        if c.dep_ in {"attr", "acomp"} and (c.like_num or (c.lower_ == "old" and _counts_years(c))):
            return True
    return False


def _counts_years(old: Token) -> bool:
    """ "16 years old" """
    return any(g.lower_ in {"years", "year"} and any(n.like_num for n in g.children) for g in old.children)


def dated(verb: Token, besides: Token | None = None) -> bool:
    """ "detained in Maracaibo six days earlier": the clause dates its own event (a date or time,
    "earlier", "ago"), leaving out the words of the clause `besides` ("17 years old" is tagged as
    a date) and a person's age set beside a name ("Mehdi Zarei, 29, was arrested": tagged as a
    date too)."""
    inside = {t.i for t in besides.subtree} if besides is not None else set()
    inside |= {t.i for t in verb.subtree if t.dep_ == "appos" and t.like_num}
    return any(
        t.i not in inside and (t.ent_type_ in _DATE_ENTS or t.lower_ in {"earlier", "ago"})
        for t in verb.subtree
    )


def as_phrase_subject(clause: Token, subj: Token) -> bool:
    """ "six men who were arrested as (young) children remain on death row", parsed with "as"
    opening an adverbial clause "children remain": `subj`, the subject of `clause`, is the noun
    phrase right after the "as" that marks it, so the people meant are those the clause above is
    about (victim_misparses.py)."""
    return subj.dep_ == "nsubj" and clause.dep_ == "advcl" and _as_right_before(clause, subj.left_edge)


def as_age_subject(clause: Token, subj: Token) -> bool:
    """The same misparse, narrower (general_statements.py): a bare age noun right after the "as"
    ("as children remain", not "as young children remain"), under a relative clause ("men who
    were arrested as children remain")."""
    return (
        clause.dep_ == "advcl"
        and subj.lower_ in MINOR_NOUNS
        and _as_right_before(clause, subj)
        and clause.head.dep_ == "relcl"
    )


def _as_right_before(clause: Token, word: Token) -> bool:
    """The word before `word` is an "as" that marks `clause`."""
    if word.i == 0:
        return False
    mark = word.doc[word.i - 1]
    return mark.lower_ == "as" and mark.dep_ == "mark" and mark.head.i == clause.i


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
    if of_what in _HARM_NOUNS:
        # "ill-treatment of persons detained for political reasons during the year": the harm is
        # told; an arrest with a month or year of its own ("of a man detained in May 2020") stays
        return not any(
            _MONTH_OR_YEAR_RE.search(span_text(g.doc[g.left_edge.i : g.right_edge.i + 1]))
            for g in _own_times(root)
        )
    if of_what not in _DEATH_NOUNS and not _facing_death(root):
        return False
    return not _own_times(root)


def _own_times(root: Token) -> list[Token]:
    """The participle's own date or time words: "detained [in May]", "arrested [last week]"."""
    return [
        g
        for c in root.children
        if c.dep_ in {"prep", "npadvmod"}
        for g in [c, *c.children]
        if g.ent_type_ in _DATE_ENTS and g.dep_ in {"pobj", "npadvmod"}
    ]


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
    """A "when" among the clause's words: "when he was arrested"."""
    return any(c.lower_ == "when" for c in clause.children)
