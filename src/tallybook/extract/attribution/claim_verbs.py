"""Tests `claimants.attribute` makes of the verbs and nouns around a trigger: a named reporter
above a verb, and the nouns a report told by an agent may hang on."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.attribution.source_syntax import (
    DOCUMENT_NOUNS,
    NOT_SOURCES,
    PRONOUNS,
    is_report_word,
    subject_of,
)
from tallybook.extract.detection.trigger_lexicon import wordset

__all__ = ["COUNT_NOUNS", "outer_report", "told_noun"]

COUNT_NOUNS = frozenset(["figure", "toll", "tally"])


def outer_report(verb: Token, lo: int, hi: int) -> bool:
    """Whether a reporting verb with a named (non-pronoun) subject stands above `verb`."""
    for a in verb.ancestors:
        if not lo <= a.i < hi:
            return False
        if is_report_word(a):
            subj = subject_of(a)
            return subj is not None and subj.lower_ not in PRONOUNS | NOT_SOURCES | {"it"}
    return False


# Nouns a report told by an agent may hang on: what was told ("the toll announced by X").
_TOLD_NOUNS = (
    DOCUMENT_NOUNS
    | COUNT_NOUNS
    | wordset("number numbers death deaths killing killings execution executions")
)


def told_noun(noun: Token, trigger: Token) -> bool:
    """Whether a participle or relative clause with an agent on `noun` reports the incident: it hangs
    on the trigger or on a toll or record of it, not on "land claimed by a game reserve"."""
    return (
        noun.i == trigger.i
        or noun.lower_ in _TOLD_NOUNS
        or noun.pos_ in {"PRON", "NUM"}
        or noun.tag_ == "NNS"
    )
