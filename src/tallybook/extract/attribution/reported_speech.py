"""Whose words a sentence of reported speech goes on with.

A summary of what someone said (UN briefing notes, press-conference summaries) tells it in the
past perfect after the verb of saying: "Responding to questions, Mr. L said he would come back with
the numbers. Information had been received from credible sources; nearly 17,000 had been arrested
since the coup." A sentence that tells a violation in the past perfect with no source of its own,
right after a sentence of the same paragraph in which someone said something in reported speech
(no quotation marks), carries on that person's report.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import doc_text
from tallybook.extract.text.parse_tree import first_child

_SAYING = wordset("said says told noted added stressed explained indicated underlined recalled observed")
_QUOTE_MARKS = frozenset('"“”')


def reported_speaker(sent: Span, trigger: Token | None, previous: Span | None) -> Token | None:
    """The subject of the reported speech `previous` tells, when `sent` goes on with it in the past
    perfect at `trigger`; else None."""
    if trigger is None or previous is None or not _past_perfect(trigger):
        return None
    if any(ch in _QUOTE_MARKS for ch in doc_text(sent.doc)[previous.start_char : sent.end_char]):
        return None  # a quotation between: the words are the speaker's own, read as quotes
    for tok in previous:
        if tok.lower_ not in _SAYING or tok.pos_ not in {"VERB", "AUX"}:
            continue
        if first_child(tok, "ccomp") is None:
            continue  # "said on Monday.": no reported clause
        subject = first_child(tok, "nsubj")
        if subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"}):
            return subject
    return None


def _past_perfect(trigger: Token) -> bool:
    """The trigger's verb (or, for a noun, the verb it hangs from) is in the past perfect."""
    verb = trigger
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
