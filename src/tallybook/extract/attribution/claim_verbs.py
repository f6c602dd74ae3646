"""Tests `claimants.attribute` makes of the verbs and nouns around a trigger: a named reporter
above a verb, and the nouns a report told by an agent may hang on; and the test the carried and
lead sources share, whether a verb asserts a report and who its teller is."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.attribution.source_syntax import (
    DOCUMENT_NOUNS,
    NOT_SOURCES,
    PRONOUNS,
    is_report_word,
    stance_of,
    subject_of,
)
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.model import Stance

__all__ = ["COUNT_NOUNS", "asserting_teller", "outer_report", "told_noun", "toll_at"]

COUNT_NOUNS = frozenset(["figure", "toll", "tally"])


def toll_at(verb: Token, child: Token) -> bool:
    """ "X put the toll at 18 protesters shot dead": the "at" phrase of a verb that puts a toll
    (figure, number) at a count holds what the subject counts, as a "that"-clause would."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "at"
        and child.head.i == verb.i
        and verb.lower_ in {"put", "puts", "putting"}
        and any(c.dep_ == "dobj" and c.lower_ in _PUT_NOUNS for c in verb.children)
    )


# What a source puts at a count: the toll, the figure, "the number of people killed".
_PUT_NOUNS = COUNT_NOUNS | frozenset(["number", "count"])


def outer_report(verb: Token, lo: int, hi: int) -> bool:
    """Whether a reporting verb with a named (non-pronoun) subject stands above `verb`."""
    for a in verb.ancestors:
        if not lo <= a.i < hi:
            return False
        if is_report_word(a):
            subj = subject_of(a)
            return subj is not None and subj.lower_ not in PRONOUNS | NOT_SOURCES | {"it"}
    return False


def asserting_teller(verb: Token, excluded: frozenset[str] = NOT_SOURCES) -> Token | None:
    """The subject of `verb` when `verb` reports and asserts ("Relatives said", "the group
    reported"; not "X rejected the report"), unless the subject's word is in `excluded`: by
    default the words that name no one ("who", "that"), to which callers add pronouns."""
    if not is_report_word(verb) or stance_of(verb) != Stance.ASSERTS:
        return None
    subj = subject_of(verb)
    return subj if subj is not None and subj.lower_ not in excluded else None


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
