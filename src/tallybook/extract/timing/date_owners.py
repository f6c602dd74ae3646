"""Which trigger of a sentence a date phrase belongs to: the first trigger above it in the parse
(the trigger inside a conjoined phrase the path crosses into; none for a relative clause about a
person, which has its own), else the nearest trigger of the sentence, unless the date sits in
another clause that tells an event of its own. Asked by `event_dates.fill_date`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import VANISHED_STATE_NOUNS
from tallybook.extract.text.boilerplate import sentence_bounds
from tallybook.extract.text.parse_tree import dep_tree, subtree_ids
from tallybook.extract.timing.month_names import MONTH_NAMES, WEEKDAY_NAMES

# Participles that bring a running total to its figure: their clause's date is the total's
_TOTALLING = wordset("bringing taking raising pushing")

# The owner of a date inside a relative clause about a person or thing, with no trigger of its own.
OWN_CLAUSE = -1


_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def _about_a_person(verb: Token) -> bool:
    """A relative clause that describes a person ("who had been wounded in 2019"), or a participle
    on the noun set beside a named person ("X, a trader held without trial since 2020")."""
    if verb.dep_ not in _CLAUSE_DEPS or verb.pos_ not in {"VERB", "AUX"}:
        return False
    head = verb.head
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON" and head.pos_ == "NOUN":
        return not _retells(verb)
    return head.ent_type_ == "PERSON" or any(c.lower_ in {"who", "whom", "whose"} for c in verb.children)


def _retells(verb: Token) -> bool:
    """The participle tells again the act its sentence's verb or event noun names ("death
    sentences ... against X, a porter sentenced on 12 March"): that act's date, not a state."""
    stem = verb.lower_[:6]
    return len(stem) == 6 and any(
        t.lower_.startswith(stem) for t in verb.sent if t.i != verb.i and t.pos_ in {"VERB", "NOUN"}
    )


def date_owner(tok: Token, roots: set[int], through_people: bool = False) -> int | None:
    """The trigger a date phrase belongs to: the first trigger above it, unless the path first
    crosses into a conjoined phrase ("the 2015 massacre and 2018 attack in which 45 were killed"),
    in which case the date belongs to the trigger inside that phrase."""
    doc = tok.doc
    heads, kids, deps, _ = dep_tree(doc)  # (the path up read from plain lists, not Tokens)
    i = tok.i
    for _ in range(8):
        if i in roots:
            return i
        # "his whereabouts have been unknown since May": the copula's date is its subject's
        subjects = (c for c in kids[i] if c in roots and deps[c] == "nsubj")
        state = next((c for c in subjects if doc[c].lower_ in VANISHED_STATE_NOUNS), None)
        if state is not None:
            return state
        if i != tok.i and not through_people and deps[i] in _CLAUSE_DEPS and _about_a_person(doc[i]):
            return OWN_CLAUSE  # "X, a student who had been wounded in the 2019 crackdown": that clause's
        if deps[i] == "conj" or (i != tok.i and doc[i].lower_ in _TOTALLING):
            # (a total's own clause: "..., bringing the number of executions so far this year to 73",
            # unless it holds no trigger: then the path goes on up)
            inside = min((t for t in subtree_ids(doc, i) if t in roots), default=None)
            if inside is not None or deps[i] == "conj":
                return inside
        if heads[i] == i:
            return None
        i = heads[i]
    return None


def nearest_root(span: Span, roots: set[int]) -> int | None:
    """The trigger nearest a date phrase in the same sentence (ties go to the earlier one). A date
    that closes a clause ("detained ... on 3 March and has not been seen since") belongs to the
    trigger before it, not to the one past the conjunction."""
    bounds = sentence_bounds(span.doc, span.start)  # (`Span.sent` checks every token's annotation)
    lo, hi = (span.sent.start, span.sent.end) if bounds is None else bounds
    same = [r for r in roots if lo <= r < hi]
    if not same:
        return None
    doc = span.doc
    before = [r for r in same if r < span.start]
    after = [r for r in same if r >= span.end]
    if before and after and any(t.dep_ == "cc" for t in doc[span.end : min(after)]):
        same = before
    return min(same, key=lambda r: (min(abs(r - span.start), abs(r - (span.end - 1))), r))


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def verb_of(tok: Token) -> Token | None:
    """The verb of the clause a word is in: the word itself or its nearest verb above."""
    return next((a for a in [tok, *tok.ancestors] if a.pos_ in {"VERB", "AUX"}), None)


def later_conjunct(e: Span, trigger: Token) -> bool:
    """ "arrested in March 2013 and remains missing five years later": the date phrase sits in a
    clause conjoined after the trigger's verb (the path up reaches that conjunct before the trigger)."""
    for a in e.root.ancestors:
        if a.i == trigger.i:
            return False
        if a.dep_ == "conj" and a.head.i == trigger.i:
            return a.i > trigger.i
    return False


def other_clause(e: Span, trigger: Token, roots: set[int]) -> bool:
    """ "Soldiers detained 17 men; five were released a week later and the others have not been
    seen since": a date in another clause (past a semicolon, or in a conjoined clause whose verb is
    not the trigger's) dates that clause's event. Not when the clause of the date tells no incident
    and its conjunct shares its subject ("troops went from house to house on Wednesday evening and
    rounded up 30 men"): one sequence of acts on that date."""
    lo, hi = sorted((e.start, trigger.i))
    if any(t.text == ";" for t in e.doc[lo:hi]):
        return True
    verb = verb_of(e.root)
    if verb is None or verb.i == trigger.i:
        return False
    if verb.dep_ == "conj" and verb.i > trigger.i and any(c.dep_ in _SUBJECTS for c in verb.children):
        return trigger in verb.head.subtree  # "Police detained 17 men, and on 9 May soldiers were seen"
    if e.end <= verb.i:
        return False  # a date fronted before the clause ("On 3 May, police entered ... and detained")
    return any(
        c.dep_ == "conj"
        and trigger in c.subtree
        and c.i != verb.i
        and (verb.i in roots or any(g.dep_ in _SUBJECTS for g in c.children))
        for c in verb.children
    )


def above_relative(e: Span, trigger: Token) -> bool:
    """ "Vigils took place Monday ..., where mourners paid tribute to a medic who was shot and
    killed Sunday": a date the parse gives no trigger, in a clause above a relative clause that
    dates the act itself, dates that clause's doings, not the act."""
    rel = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "relcl"), None)
    if rel is None or rel.left_edge.i <= e.start <= e.end - 1 <= rel.right_edge.i:
        return False
    return any(t.ent_type_ == "DATE" and t.lower_ in _CALENDAR_WORDS for t in rel.subtree)


# the words of a date that names a day, month or weekday (not a length: "over two months")
_CALENDAR_WORDS = wordset(f"{MONTH_NAMES}|{WEEKDAY_NAMES}".replace("|", " ").lower() + " yesterday today")
