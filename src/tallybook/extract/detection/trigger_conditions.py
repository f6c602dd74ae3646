"""Violations told by a condition set on them rather than by a violation word.

- "the body was returned only after his father signed a pledge not to hold a funeral", "released
  it only after the family pledged": the dead kept from the family until it gave an undertaking
  (a body withheld, "other" in CONVENTIONS.md); not "the body was returned to the family" (no
  condition) nor "released only after paying bail" (no body);
- "are facing charges that carry the death penalty", "charged with baghi, which can carry the death
  penalty": people tried on capital charges ("other", CONVENTIONS.md), not an execution; "the law,
  which carries the death penalty for trafficking" names no one tried (no incident);
- "the court referred the papers of 12 defendants to the Grand Mufti, the first step towards a death
  sentence": a court's referral to the mufti, the step before a death sentence in Egypt, is a trial
  on capital charges ("other"), and the death sentence or execution its sentence names after it is
  still to come (no incident); not "referred the case to the appeals court".

`trigger_senses.withheld_type` asks `returned_on_condition`; `triggers.TriggerMatcher` asks
`capital_charge` for a matched "carry the death penalty", and `mufti_referral` and
`after_referral` for a referral to the mufti and the sentence words that follow it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tallybook.extract.detection.trigger_patterns import BODY_NOUNS, wordset
from tallybook.extract.text.boilerplate import sentence_bounds

_KEPT = wordset("kept confiscated seized withheld retained")
_RETURNED = wordset("returned released handed given")
_UNDERTAKING = wordset(
    "pledge pledges pledged promise promised promising undertaking undertook sign signed signing "
    "agreed agree guarantee guaranteed vowed"
)


def returned_on_condition(tok: Token) -> bool:
    """ "the bodies were handed over only after the families signed a pledge": a body given back
    only once the family gave an undertaking."""
    if tok.lower_ not in _RETURNED or not tok.doc.has_annotation("DEP"):
        return False
    if not _of_a_body(tok):
        return False
    if tok.dep_ == "conj" and tok.head.lower_ in _KEPT:
        return False  # "kept the body for a week and released it only after": one withholding
    for c in tok.children:
        after = c.lower_ == "after" or any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
        if c.dep_ not in {"advcl", "prep"} or not after:
            continue
        lead = tok.doc[max(0, c.left_edge.i - 2) : c.left_edge.i + 2]
        if any(t.lower_ == "only" for t in lead) and any(t.lower_ in _UNDERTAKING for t in c.subtree):
            return True  # "only after the family signed a pledge"
    return False


def _of_a_body(verb: Token) -> bool:
    """The verb's object or passive subject is a body ("it" when the sentence speaks of one)."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not objs and verb.dep_ == "conj":
        objs = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if any(o.lower_ in BODY_NOUNS for o in objs):
        return True
    if any(o.lower_ == "it" for o in objs):
        bounds = sentence_bounds(verb.doc, verb.i)
        sent = (
            verb.doc[bounds[0] : bounds[1]] if bounds is not None else verb.doc[max(0, verb.i - 20) : verb.i]
        )
        return any(t.lower_ in BODY_NOUNS for t in sent if t.i < verb.i)
    return False


_CARRY = wordset("carry carries carried carrying")
_FACING = wordset("face faces faced facing")
_CHARGE_NOUNS = wordset("charge charges offence offences offense offenses")
_CHARGED = wordset("charged accused indicted")


def capital_charge(span: Span) -> str | None:
    """The type of a matched "carry the death penalty" that is no execution: "other" for people
    facing or charged with such an offence, None (no incident) for an offence or law described."""
    first = span[0]
    doc = span.doc
    bounds = sentence_bounds(doc, first.i)
    start = bounds[0] if bounds is not None else max(0, first.i - 25)
    before = doc[start : first.i]
    lows = [t.lower_ for t in before]
    if any(w in _FACING for w in lows) and any(w in _CHARGE_NOUNS for w in lows):
        return "other"  # "are facing charges that carry the death penalty"
    if any(w in _CHARGED for w in lows) and any(t.lower_ in {"with", "of"} for t in before):
        return "other"  # "charged with baghi, which can carry the death penalty"
    return None


def carries_penalty(span: Span) -> bool:
    """ "carry the death penalty" (an offence that carries it), not "carried out the death
    penalty" (an execution)."""
    return span[0].lower_ in _CARRY and (len(span) < 2 or span[1].lower_ != "out")


# Verbs of referring a case on, shared with the trigger scan and the attribution of article leads.
REFERRING_WORDS = wordset("referred refer refers referring")
_MUFTI_REACH = (
    16  # words from "referred" to "Mufti": "the papers of approximately 35 defendants to the Grand"
)


def mufti_referral(lowers: list[str], i: int) -> bool:
    """ "referred the papers of 12 defendants to the Grand Mufti", "referred the case of 20 men to
    the mufti": a court sends people's case to the mufti, the step before a death sentence."""
    if lowers[i] not in REFERRING_WORDS:
        return False
    seen_to = False
    for low in lowers[i + 1 : i + 1 + _MUFTI_REACH]:
        if low in {".", ";", "referred"}:
            return False
        if low == "to":
            seen_to = True
        elif low == "mufti":
            return seen_to
    return False


def after_referral(doc: Doc, lowers: list[str], start: int) -> bool:
    """Whether a death sentence or execution word at `start` follows a referral to the mufti in its
    own sentence: "the first step towards a death sentence", "his opinion on their execution"."""
    bounds = sentence_bounds(doc, start)
    first = bounds[0] if bounds is not None else max(0, start - 40)
    return any(mufti_referral(lowers, j) for j in range(first, start) if lowers[j] in REFERRING_WORDS)
