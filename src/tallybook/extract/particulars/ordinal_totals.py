"""Which count does an ordinal give when a copula sets it on an event told just before?

"It was the ninth death sentence for blasphemy in Punjab this year", "This was at least the
sixth execution in the province", "His death is at least the fourth in Iranian prisons since the
start of the year", "The death is the third of a prisoner in Karelian colonies this year": the
ordinal counts the events so far, so the sentence tells an aggregate of its own (CONVENTIONS.md:
aggregates with a number), not the one event again. The pronoun or the possessed event noun that
is the subject is no victim; "at least" before the article bounds the count.

`ordinal_death` reads the bare "death" of such a sentence as a trigger when the sentence sets it
in custody (a prison, a colony, custody, a prisoner); `take_ordinal_total` gives the mention the
ordinal's count.

Not a total: "the first" or "the latest" (one event), a prospect ("would be the fifth execution"),
a person counted ("He is the fourth journalist killed": the trigger is the participle, read
elsewhere), an ordinal without a copula ("the ninth day of his hunger strike").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from tallybook.extract.assertion.factual_readings import MODALS
from tallybook.extract.detection.trigger_lexicon import NOMINAL, NOMINAL_WORDS, wordset
from tallybook.extract.particulars.figures import ORDINAL_BOUND, parse_figure
from tallybook.extract.text.boilerplate import doc_text
from tallybook.extract.text.parse_tree import first_child
from tallybook.model import Figure

if TYPE_CHECKING:
    from tallybook.extract.particulars.mentions import Mention

_COPULA = wordset("is was be been becomes became marks marked remains")
_SUBJECT_PRONOUNS = wordset("it this that")
_EVENT_NOUNS = NOMINAL_WORDS | wordset("death killing execution hanging arrest detention sentence flogging")
_ORDINALS = wordset(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_NUMBERED_RE = re.compile(r"^\d+(?:st|nd|rd|th)$")
_CUSTODY = wordset(
    "prison prisons custody colony colonies jail jails detention prisoner prisoners cell cells "
    "lockup lock-up gaol"
)
_AT_LEAST_RE = re.compile(rf"\b(?:{ORDINAL_BOUND})\s*$", re.I)


def _is_ordinal(tok: Token) -> bool:
    return tok.lower_ in _ORDINALS or bool(_NUMBERED_RE.match(tok.lower_))


def _ordinal_on(noun: Token) -> Token | None:
    """The ordinal of "the ninth death sentence" or the bare "the fourth"."""
    if _is_ordinal(noun):
        return noun
    return next((c for c in noun.children if c.dep_ in {"amod", "nummod"} and _is_ordinal(c)), None)


def _copula(tok: Token) -> Token | None:
    verb = tok.head
    if verb.i == tok.i or verb.lower_ not in _COPULA:
        return None
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return None  # "would be the fifth execution": a prospect
    return verb


def _event_subject(subj: Token) -> bool:
    """ "It", "This", "His death", "The execution": the event told before, no person."""
    if subj.lower_ in _SUBJECT_PRONOUNS:
        return True
    return subj.lower_ in _EVENT_NOUNS and any(c.dep_ in {"poss", "det"} for c in subj.children)


def ordinal_death(tok: Token) -> bool:
    """ "His death is at least the fourth in Iranian prisons": a death in custody counted."""
    if tok.lower_ != "death" or tok.dep_ != "nsubj" or not _event_subject(tok):
        return False
    verb = _copula(tok)
    if verb is None:
        return False
    attr = first_child(verb, "attr")
    if attr is None or not _is_ordinal(attr):
        return False
    sent = tok.sent
    return any(t.lower_ in _CUSTODY for t in sent if t.i > verb.i)


def _ordinal_figure(ordinal: Token) -> Figure | None:
    text = doc_text(ordinal.doc)[max(0, ordinal.idx - 40) : ordinal.idx + len(ordinal.text)]
    the = text.lower().rfind("the ")
    if the < 0:
        return None
    fig = parse_figure(text[the:])
    if fig.count is None or fig.count < 2:
        return None
    if _AT_LEAST_RE.search(text[:the]):
        return Figure(count=fig.count, qualifier="at_least", low=fig.count)
    return Figure(count=fig.count, qualifier="exact")


def ordinal_total(m: Mention) -> Figure | None:
    """The count the ordinal of `m`'s sentence sets, when a copula sets it on the event told
    before: "It was the ninth death sentence", "His death is at least the fourth"."""
    trig = m.trigger
    if trig.kind != NOMINAL:
        return None
    root = trig.root
    ordinal: Token | None = None
    if root.dep_ == "attr":  # "It was the ninth death sentence"
        verb = _copula(root)
        subj = first_child(verb, "nsubj", "nsubjpass") if verb is not None else None
        if subj is not None and _event_subject(subj):
            ordinal = _ordinal_on(root)
    elif root.dep_ == "nsubj" and _event_subject(root):  # "His death is at least the fourth"
        verb = _copula(root)
        attr = first_child(verb, "attr") if verb is not None else None
        if attr is not None and _is_ordinal(attr):
            ordinal = attr
    return _ordinal_figure(ordinal) if ordinal is not None else None


def take_ordinal_total(m: Mention) -> bool:
    """Give `m` the count its ordinal sets (no victim of its own: the subject is the event told
    before); True when it did."""
    fig = ordinal_total(m)
    if fig is None:
        return False
    m.figure = fig
    m.names = []
    m.pronoun = False
    return True
