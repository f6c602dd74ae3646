"""Arrests told with a disappearance cue in the same sentence: one enforced disappearance.

An arrest whose sentence goes on to say that the state hid what became of the person is not an
arrest but the start of an enforced disappearance (the gold takes the whole sentence as one
enforced_disappearance, with no separate arrest):

- "who was detained in May and whose family has been unable to locate her", "persons arrested
  since January had not been located" (no one can find the person);
- "gendarmes detained him on 3 March; authorities did not acknowledge his detention" (the holding
  denied);
- "the whereabouts of X, a blogger detained in August, were concealed from his family" (the place
  kept secret);
- "police detained people without informing their families of their whereabouts";
- "Among those missing is X, who was bundled into a van" (the person is one of the missing);
- "has been missing since he was arrested", "disappeared after being detained" (the arrest opens
  a clause of time under a verb of vanishing); "was arrested in May and remains missing" (a verb
  of vanishing joined to the arrest, with no subject of its own);
- "police arrested X and for six weeks refused to confirm where he was held" (refused_whereabouts).

Not an arrest whose family "was able to visit him", nor one the sentence only says ended in a
release; nor an arrest of many where the cue is about "some of them" (a part of the group, which
the disappearance words tell as their own incident). A cue in the next sentence is a separate
incident and is left alone here.

`triggers.TriggerMatcher` asks `hidden_arrest` of every arrest the lexicon matched.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tallybook.extract.detection.refused_whereabouts import refused_place
from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.detection.trigger_vanishings import REFUSE, unheard_since
from tallybook.extract.text.boilerplate import doc_text, lower_forms, sentence_bounds

_LOCATE = wordset("locate located trace traced")
_ACKNOWLEDGE = wordset("acknowledge acknowledged acknowledging admit admitted")
_HOLDING = wordset("detention arrest custody holding detaining")
_CONCEALED = wordset("concealed hidden withheld")
_PLACE = wordset("whereabouts location")
_INFORMING = wordset("informing telling notifying")
_MISSING = wordset("missing disappeared vanished")
# negations a few words before the cue verb: "has been unable to locate", "did not acknowledge"
_NOT = wordset("not n't never unable failed refused refuse refuses declined without")
# a part of the arrested group: the cue is about some of them, not all
_PART_RE = re.compile(
    r"\b(?:of\s+them|of\s+those|the\s+others|the\s+rest|some|many|several|most|few)\b", re.I
)
# every word `_cue` can accept
_CUE_WORDS = _LOCATE | _ACKNOWLEDGE | _CONCEALED | _INFORMING | REFUSE | {"heard"}


def hidden_arrest(span: Span) -> bool:
    """The arrest `span` (a lexicon match) is told with a disappearance cue in its sentence."""
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return False
    bounds = sentence_bounds(doc, span.start)
    if bounds is None:
        return False
    start, end = bounds
    sent = doc[start:end]
    if _among_missing(sent) or _missing_since(span.root) or _missing_after(span.root):
        return True
    forms = lower_forms(doc)
    # (only a cue word can be a cue: no Token is made of the sentence's other words)
    for i in range(start, end):
        if forms[i] not in _CUE_WORDS or span.start <= i < span.end:
            continue
        tok = doc[i]
        if not _cue(tok):
            continue
        lo, hi = sorted((span.end_char, tok.idx))
        if _PART_RE.search(doc_text(doc)[lo:hi]):
            continue  # "detained 40 men ... some of them could not be located"
        return True
    return False


def _cue(tok: Token) -> bool:
    low = tok.lower_
    if low in _LOCATE:
        return _negated_before(tok)
    if low in _ACKNOWLEDGE:
        after = tok.doc[tok.i + 1 : tok.i + 5]
        return _negated_before(tok) and any(t.lower_ in _HOLDING for t in after)
    if low in _CONCEALED:
        before = tok.doc[max(0, tok.i - 25) : tok.i]
        return any(t.lower_ in _PLACE for t in before)
    if low in REFUSE:
        return refused_place(tok)  # "arrested X and refused to confirm where he was held"
    if low == "heard":
        return unheard_since(tok)  # "detained in March and has not been heard from since"
    if low in _INFORMING:
        prev = tok.doc[max(0, tok.i - 2) : tok.i]
        after = tok.doc[tok.i + 1 : tok.i + 10]
        return any(t.lower_ == "without" for t in prev) and any(t.lower_ in _PLACE for t in after)
    return False


def _negated_before(tok: Token) -> bool:
    """ "did not locate", "has been unable to locate", "refused to acknowledge"."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return any(t.lower_ in _NOT for t in tok.doc[max(0, tok.i - 4) : tok.i])


_SINCE = wordset("since after following")


def _missing_since(arrest: Token) -> bool:
    """ "has been missing since he was arrested by police", "disappeared after being detained":
    the arrest opens a clause of time under a verb of vanishing."""
    clause = arrest.head if arrest.dep_ == "pcomp" else arrest
    if arrest.dep_ == "pcomp" and clause.lower_ not in _SINCE:
        return False
    if arrest.dep_ == "advcl" and not any(m.dep_ == "mark" and m.lower_ in _SINCE for m in arrest.children):
        return False
    if clause.dep_ not in {"advcl", "prep"} or clause.i == clause.head.i:
        return False
    gone = clause.head
    # the one who vanished is a person: not "the files have been missing since he was arrested"
    subj = next((c for c in gone.children if c.dep_ == "nsubj"), None)
    return gone.lower_ in _MISSING and subj is not None and _someone(subj)


_STAYS = wordset("remains remained remain is was are were been")


def _missing_after(arrest: Token) -> bool:
    """ "was arrested by security forces in May and remains missing", "was detained and has been
    missing ever since": a verb of vanishing (or a copula with "missing") joined to the arrest,
    sharing its subject."""
    for c in arrest.children:
        if c.dep_ != "conj" or c.i < arrest.i or any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
            continue
        if c.lower_ in _MISSING or (
            c.lower_ in _STAYS
            and any(g.dep_ in {"acomp", "xcomp"} and g.lower_ in _MISSING for g in c.children)
        ):
            return True
    return False


def _someone(tok: Token) -> bool:
    """ "Karim", "he", "seven students", "the activist"."""
    if tok.pos_ in {"PROPN", "PRON"} or tok.lower_ in PERSON_NOUNS:
        return True
    return any(c.dep_ == "nummod" for c in tok.children) and tok.lower_ not in _THINGS_COUNTED


_THINGS_COUNTED = wordset("files documents cars vehicles items boxes")


def _among_missing(sent: Span) -> bool:
    """ "Among those missing is X", "Among the disappeared were X and Y"."""
    words = [t.lower_ for t in sent[:4]]
    return bool(words) and words[0] == "among" and any(w in _MISSING for w in words[1:])
