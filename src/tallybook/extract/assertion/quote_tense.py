"""Whether a trigger inside a quotation reports an event: `is_general_in_quote` sets aside a
quotation's verdicts ("these were executions") and talk of an ongoing practice ("the regime is
executing prisoners"). Moved out of factuality.py, whose helpers it shares."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.assertion.factuality import REACTION_VERBS
from tallybook.extract.assertion.general_statements import PAST_AUX, clause_verb, specific_np
from tallybook.extract.detection.trigger_lexicon import VERBAL, wordset
from tallybook.extract.detection.trigger_record import Trigger
from tallybook.extract.text.parse_tree import has_parse

_PRESENT_AUX = wordset("is are am 's 're being")
# Forms of "be" (the pipeline runs without the lemmatizer, so `lemma_` is mostly empty).
_BE = wordset("be is are am was were been being 's 're 'm")


def _present_clause(verb: Token) -> bool:
    """Simple present, present progressive or present passive: "executes", "is executing",
    "are being carried out"."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VB" and not aux and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "Deaths ... engage the responsibility": a present verb tagged as a base form
    if any(c.lower_ in PAST_AUX for c in aux):
        return False
    return verb.tag_ in {"VBG", "VBN"} and any(c.lower_ in _PRESENT_AUX for c in aux)


def is_general_in_quote(trigger: Trigger) -> bool:
    """A quotation characterises ("These were not shootouts, these were executions") or speaks of
    an ongoing practice ("The regime is executing prisoners to terrorize society"); it reports an
    event only in the past tense or through a noun phrase that names one."""
    root = trigger.root
    if not has_parse(root.doc):
        return False
    if _said_of_confessions(root):
        return True
    if trigger.kind == VERBAL:
        first = root
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in {"VERB", "AUX"}:
            first = first.head  # "they are beaten, and in one case beaten to death": one tense
        bare = not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in root.children)
        if bare and first.i == root.i and root.tag_ == "VBN":
            # "where they are beaten, and in one case beaten to death": the elided auxiliary
            earlier = [t for t in root.sent if t.i < root.i and t.pos_ == "VERB" and t.tag_ == "VBN"]
            with_aux = [t for t in earlier if any(c.dep_ in {"aux", "auxpass"} for c in t.children)]
            first = with_aux[-1] if with_aux else root
        if _means_gerund(root):
            return True
        return _present_clause(root) or (bare and first.i != root.i and _present_clause(first))
    if specific_np(root) and not _of_a_kind(root):
        return False
    verb = clause_verb(root)
    while verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        verb = clause_verb(verb.head)  # "confessions obtained under torture": the clause above
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.lower_ in _BE and root.dep_ == "attr":
        return True  # "these were executions": a characterisation, whatever the tense
    return _present_clause(verb) and verb.lower_ not in REACTION_VERBS and not verb.lower_.startswith("alarm")


_KINDS = wordset("kind kinds sort sorts type types")
_CONFESSIONS = wordset("confession confessions statement statements")
_SAYING = wordset("say says said allege alleges alleged claim claims claimed maintain maintains maintained")


def _said_of_confessions(root: Token) -> bool:
    """ "courts relied on confessions that the defendants say were beaten out of them": a
    quotation's verdict on the evidence, whose torture the defendants' own account (told in the
    narration, if at all) reports."""
    cur = root
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "relcl" and cur.lower_ in _SAYING:
            return cur.head.lower_ in _CONFESSIONS
        cur = cur.head
    return False


def _of_a_kind(noun: Token) -> bool:
    """ "executions of this kind send a message": the kind of event, not one of them."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.lower_ in _KINDS for g in c.children)
        for c in noun.children
    ) and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)


def _means_gerund(root: Token) -> bool:
    """ "this regime survives only by killing": a bare gerund after "by" under a present-tense
    verb names the means of a practice; with an object or a figure it may tell of an event."""
    if root.tag_ != "VBG" or root.dep_ != "pcomp" or root.head.lower_ != "by":
        return False
    if any(c.dep_ in {"dobj", "nsubj", "prep"} for c in root.children):
        return False
    verb = root.head.head
    return verb.pos_ in {"VERB", "AUX"} and _present_clause(verb)
