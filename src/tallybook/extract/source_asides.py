"""Sources set off by commas inside the sentence that states an incident ("He was arrested and,
his family said, was held for 40 days")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.boilerplate import token_texts
from tallybook.extract.parse_tree import positions_in
from tallybook.extract.source_syntax import NOT_SOURCES, REPORT_FORMS, is_report_word, subject_of

__all__ = ["parenthetical_source"]


def parenthetical_source(sent: Span, trigger: Token) -> Token | None:
    """ "He was arrested and, his family said, was held for 40 days": a report set off by commas
    just before the clause that states the incident (or inside it) is the source of that clause."""
    doc = sent.doc
    texts = token_texts(doc)
    # (only the words a reporting verb may be, not a Token of every word of the sentence)
    for i in positions_in(doc, "report_forms", REPORT_FORMS, sent.start, sent.end):
        if i + 2 >= sent.end or texts[i + 1] != ",":
            continue
        verb = doc[i]
        if not is_report_word(verb):
            continue
        subj = subject_of(verb)
        if subj is None or subj.i > verb.i or subj.lower_ in NOT_SOURCES:
            continue
        start = subj.left_edge.i
        if start - 1 < sent.start or doc[start - 1].text != "," or verb.i - start > 6:
            continue
        # "X, whose whereabouts, the experts said, remain unknown": an aside that splits the
        # incident's own clause, its predicate going on after it
        splits = (
            trigger.i < start - 1 and start - 1 - trigger.i <= 2 and doc[verb.i + 2].pos_ in {"AUX", "VERB"}
        )
        if not splits and (
            verb.i + 1 >= trigger.i or any(t.text in {",", ";"} for t in doc[verb.i + 2 : trigger.i])
        ):
            continue  # the aside must lead straight into the incident's clause
        return subj
    return None
