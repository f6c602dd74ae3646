"""Sources set off by commas inside the sentence that states an incident ("He was arrested and,
his family said, was held for 40 days"; "and, their lawyers told us, were beaten"; "who, a source
close to his family said, had been arrested")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.attribution.source_syntax import NOT_SOURCES, REPORT_FORMS, is_report_word, subject_of
from tallybook.extract.text.boilerplate import token_texts
from tallybook.extract.text.parse_tree import positions_in

__all__ = ["parenthetical_source", "splits_coordination"]


def parenthetical_source(sent: Span, trigger: Token) -> Token | None:
    """ "He was arrested and, his family said, was held for 40 days": a report set off by commas
    just before the clause that states the incident (or inside it) is the source of that clause."""
    doc = sent.doc
    texts = token_texts(doc)
    # (only the words a reporting verb may be, not a Token of every word of the sentence)
    for i in positions_in(doc, "report_forms", REPORT_FORMS, sent.start, sent.end):
        if i + 2 >= sent.end:
            continue
        comma = i + 1 if texts[i + 1] == "," else _after_recipient(doc[i])
        if comma is None or comma + 1 >= sent.end:
            continue
        verb = doc[i]
        if not is_report_word(verb):
            continue
        subj = _relative_teller(subject_of(verb))
        if subj is None or subj.i > verb.i or subj.lower_ in NOT_SOURCES:
            continue
        start = subj.left_edge.i
        if start - 1 < sent.start or doc[start - 1].text != "," or verb.i - start > 6:
            continue
        # "X, whose whereabouts, the experts said, remain unknown": an aside that splits the
        # incident's own clause, its predicate going on after it
        after = doc[comma + 1]
        splits = trigger.i < start - 1 and start - 1 - trigger.i <= 2 and after.pos_ in {"AUX", "VERB"}
        if not splits and (comma >= trigger.i or any(t.text in {",", ";"} for t in doc[after.i : trigger.i])):
            continue  # the aside must lead straight into the incident's clause
        return subj
    return None


def _after_recipient(verb: Token) -> int | None:
    """ "..., their lawyers have told us, were held ...": the comma that closes an aside whose
    reporting verb names who was told (a short object straight after the verb)."""
    doc = verb.doc
    objs = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i]
    if len(objs) != 1 or objs[0].left_edge.i != verb.i + 1:
        return None
    end = objs[0].right_edge.i
    if end - verb.i > 3 or end + 1 >= len(doc) or doc[end + 1].text != ",":
        return None
    return end + 1


def _relative_teller(subj: Token | None) -> Token | None:
    """ "X, who, a source close to his family told us, had been arrested": the parser makes the
    relative pronoun the teller's subject and the teller its conjunct; the teller speaks."""
    if subj is None or subj.lower_ not in {"who", "which"}:
        return subj
    return next((c for c in subj.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}), None)


def splits_coordination(verb: Token) -> bool:
    """ "They were arrested in May and, their lawyers told us, were beaten": a reporting verb set
    off by commas between two conjuncts, which tells the one after it and not the one before."""
    doc = verb.doc
    subj = subject_of(verb)
    if subj is None or subj.i > verb.i or subj.left_edge.i < 2:
        return False
    start = subj.left_edge.i
    if doc[start - 1].text != "," or doc[start - 2].lower_ not in {"and", "but"}:
        return False
    comma = verb.i + 1 if verb.i + 1 < len(doc) and doc[verb.i + 1].text == "," else _after_recipient(verb)
    return comma is not None and comma + 1 < len(doc) and doc[comma + 1].pos_ in {"AUX", "VERB"}
