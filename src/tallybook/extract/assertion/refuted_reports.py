"""Is the act the content of a report the sentence itself calls false? "the rumours that protesters
had been killed were baseless", "reports that two activists had been executed were untrue".

The act sits in a clause hanging on a report noun ("reports that ...", "rumours that ..."), and
that noun is the subject of a copula whose complement is a word of falsity. Such a sentence asserts
no event (a denial with no other teller). Reports that are "confirmed" or "credible" are kept, and
so is a falsity word that qualifies something else ("said the charges were false").
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset

# Nouns that carry a claim as their "that"-clause.
_REPORT_NOUNS = wordset(
    "report reports rumour rumours rumor rumors claim claims allegation allegations suggestion "
    "suggestions speculation accounts account"
)
# Predicates that call the claim false.
_FALSE = wordset(
    "baseless false untrue unfounded groundless fabricated fabrication fabrications lies lie "
    "fake incorrect inaccurate wrong"
)
_COPULA = wordset("be is are was were been being")


def refuted_report(root: Token) -> bool:
    """True when the act is the "that"-clause of a report noun the sentence calls false."""
    noun = _report_noun(root)
    if noun is None or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = noun.head
    if verb.lemma_ != "be" and verb.lower_ not in _COPULA:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "the reports ... were not false"
    return any(c.dep_ in {"acomp", "attr"} and c.lower_ in _FALSE for c in verb.children)


def _report_noun(root: Token) -> Token | None:
    """The report noun whose clause holds the act: "rumours [that X had been killed]"."""
    cur = root
    for _ in range(3):
        if cur.dep_ in {"acl", "ccomp", "relcl"} and cur.head.lower_ in _REPORT_NOUNS:
            return cur.head
        if cur.dep_ not in {"conj", "xcomp"}:
            return None
        cur = cur.head
    return None
