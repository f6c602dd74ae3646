"""Which sentence a trigger is told in, and which stretch of it is the incident's evidence.

The sentence is the one the trigger's span starts in (the line around it when the pipeline set no
sentence bounds), made once per sentence; the evidence is that sentence without its surrounding
blanks, cut to the trigger's own line when the parser glued sentences across a line break (not
after a "Per X:" lead).
"""

from __future__ import annotations

from spacy.tokens import Span

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_text, sentence_bounds
from tallybook.extract.text.layout import PER_LINE_RE


def trigger_sentence(span: Span, sents: dict[int, Span]) -> Span:
    """The sentence `span` starts in; `sents` keeps the Spans made (spaCy makes one per slice)."""
    doc = span.doc
    bounds = sentence_bounds(doc, span.start)
    if bounds is not None:  # as `Span.sent`: the sentence the span starts in
        sent = sents.get(bounds[0])
        if sent is None:
            sent = sents[bounds[0]] = doc[bounds[0] : bounds[1]]
        return sent
    # No sentence boundaries (blank pipeline): the surrounding line.
    text = doc_text(doc)
    lo = text.rfind("\n", 0, span.start_char) + 1
    hi = text.find("\n", span.end_char)
    hi = len(text) if hi < 0 else hi
    out = doc.char_span(lo, hi, alignment_mode="expand")
    return out if out is not None else span


def trim_evidence(m: Mention) -> None:
    """Set `m`'s evidence: its sentence without the blanks around it, kept to the trigger's line."""
    text = doc_text(m.sent.doc)
    s, e = m.start, m.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # A sentence glued across a line break: keep the trigger's line.
    t0 = m.trigger.span.start_char
    nl_before = text.rfind("\n", s, t0)
    if nl_before >= 0 and not PER_LINE_RE.match(text[s:nl_before]):
        s = nl_before + 1
    nl_after = text.find("\n", m.trigger.span.end_char, e)
    if nl_after >= 0:
        e = nl_after
    m.start, m.end = s, e
