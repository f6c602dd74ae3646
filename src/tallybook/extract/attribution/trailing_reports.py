"""Which reporting verb after the incident tells it, and who tells it there.

"Soldiers killed 21 people ..., Amnesty International said on Monday.": a reporting verb at or
under the sentence root, after the trigger, that does not take the incident as its own content
(nor is a second thing done to the victim: "X was arrested ... and accused of arson"), and its
teller: the verb's subject, or the name just before a verb without one of its own; also a short
reporting clause the parser split off as a sentence of its own after a comma ("Three men whom police
described as X were shot dead ..., [new sentence] , their families told Y."). `claimants` asks it
when nothing earlier in the sentence asserts the incident.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.attribution.source_asides import splits_coordination
from tallybook.extract.attribution.source_syntax import (
    NOT_SOURCES,
    before_aside,
    is_report_word,
    own_content,
    subject_of,
    trailing_clause,
)
from tallybook.extract.text.boilerplate import span_ents


def trailing_report(sent: Span, trigger: Token, hi: int) -> tuple[Token, Token] | None:
    """The teller and reporting verb after `trigger` (up to token `hi`) that tell it, if any."""
    root = sent.root
    for c in [root, *root.children]:
        opens_speech = c.i + 1 < len(c.doc) and c.nbor(1).text in {":", "—", "–"}
        if (
            c.i > trigger.i
            and c.i < hi
            and is_report_word(c)
            and not opens_speech
            and not own_content(c, trigger)
            and not splits_coordination(c)  # "arrested and, X told us, were beaten": the beating
            and (c.i == root.i or c.dep_ in {"parataxis", "ccomp", "conj"} or trailing_clause(c))
            # "X was arrested ... and accused of arson": a second thing done to the victim
            and not (
                c.dep_ == "conj"
                and c.head.i == trigger.i
                and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
                and not any(0 <= c.i - e.end <= 1 and e.label_ in {"ORG", "PERSON"} for e in span_ents(sent))
            )
        ):
            subj = subject_of(c)
            # "X was picked up by police, his father Y told reporters": a conjoined verb
            # without a subject of its own, its teller the name just before it
            subjectless = c.dep_ == "conj" and not any(s.dep_ == "nsubj" for s in c.children)
            if subj is None or subj.i < trigger.i or subjectless:
                # "..., Amnesty International said": the name just before the verb
                near = [
                    e
                    for e in span_ents(sent)
                    if e.label_ in {"ORG", "PERSON"}
                    and trigger.i < e.start
                    and 0 <= before_aside(c) - e.end <= 1
                ]
                if near:
                    subj = near[-1].root
                elif subj is not None and subj.i < trigger.i:
                    subj = None
            if subj is not None and subj.i > trigger.i and subj.lower_ not in NOT_SOURCES:
                return subj, c
    return None


_SPLIT_MAX = 12  # ", their families told Bengal Newswire on Friday.": a short clause only


def split_report(sent: Span, trigger: Token) -> tuple[Token, Token] | None:
    """The teller and verb of a reporting clause the parser cut off `sent` as the next sentence,
    which opens with the comma that joined it and ends the text's sentence."""
    doc = sent.doc
    if sent.end >= len(doc) or sent[-1].text in {".", "!", "?", ":", ";"} or sent[-1].is_space:
        return None
    nxt = doc[sent.end].sent
    if nxt[0].text != "," or len(nxt) > _SPLIT_MAX or not is_report_word(nxt.root):
        return None
    return trailing_report(nxt, trigger, nxt.end)
