"""Which body sentence tells the figure an infobox field gives ("Deaths: 7–9" and, in the lead,
"left between seven and nine people dead"; "Deaths: 6–9" and "The ministry stated that six people
died", "X counted nine dead").

The field summarises the body: the body sentence is the evidence (the annotators quote the prose,
not the box, whenever the prose tells the figure). Worded as it is there ("left N dead", "N people
died") the prose has no trigger of its own; the field says what the words report, so the word of
the field's kind beside the figure becomes the trigger of a body mention, which then goes through
the same reading as any other (source, date, factuality) and takes the field into its incident.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tallybook.extract.assembly.incident_clusters import same_kind
from tallybook.extract.detection.trigger_patterns import NOMINAL, VERBAL, wordset
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.particulars.figures import parse_figure, parse_number
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_text
from tallybook.model import Figure

# The words that tell a field's figure as the violation, by the field's type.
_KIND_WORDS = {
    "killing": wordset("dead died killed deaths fatalities"),
    "arrest": wordset("arrested detained arrests detentions"),
    "enforced_disappearance": wordset("missing disappeared"),
}
_NOMINAL_WORDS = wordset("dead deaths fatalities arrests detentions missing")
_WINDOW = 5  # tokens from the figure to the word that tells it ("six people died", "nine dead")


def _value(tok: Token) -> int | None:
    if not tok.like_num or tok.ent_type_ in {"DATE", "TIME", "CARDINAL_AGE"}:
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text in {"-", "–"}:
        return None  # "34-year-old", "5–6 March"
    return parse_number(tok.text)


def _telling_word(sent: Span, figures: set[int], words: frozenset[str]) -> tuple[int, Token] | None:
    """The word of the field's kind that follows one of the field's figures in `sent`, with the
    figure it tells."""
    toks = list(sent)
    for k, tok in enumerate(toks):
        value = _value(tok)
        if value is None or value not in figures:
            continue
        for nxt in toks[k + 1 : k + 1 + _WINDOW]:
            if nxt.lower_ in words:
                return value, nxt
            if nxt.is_punct:
                break
    return None


def prose_triggers(doc: Doc, fields: list[Mention], found: list[Trigger]) -> list[Trigger]:
    """Triggers for the body sentences that tell a field's figures (its count, and the upper bound
    of a range, each from its own source) when no trigger of the field's kind tells them there."""
    if not fields or not doc.has_annotation("SENT_START"):
        return []
    text = doc_text(doc)
    body_from = max(f.end for f in fields)
    sents = list(doc.sents)  # built once: spaCy makes every sentence Span anew on each pass
    out: list[Trigger] = []
    for f in fields:
        words = _KIND_WORDS.get(f.type)
        if words is None or f.figure.count is None:
            continue
        figures = {f.figure.count} | ({f.figure.high} if f.figure.high else set())
        for sent in sents:
            if (
                sent.start_char < body_from
                or len(sent) < 6
                or "\n" in text[sent.start_char : sent.end_char].strip()
            ):
                continue  # a field line, a title or a heading: not the prose
            told = _telling_word(sent, figures, words)
            if told is None:
                continue
            value, word = told
            if any(same_kind(t.type, f.type) and abs(t.span.start - word.i) <= 1 for t in found + out):
                continue  # a trigger already tells the figure
            kind = NOMINAL if word.lower_ in _NOMINAL_WORDS else VERBAL
            out.append(Trigger(f.type, kind, doc[word.i : word.i + 1]))
            figures.discard(value)
            if not figures:
                break
    return out


def prose_figure(m: Mention) -> Figure | None:
    """The figure of the words just before a prose trigger: "left between seven and nine people
    dead" is the range, not its upper bound, which the victim phrase alone gives."""
    root = m.trigger.root
    lo = max(m.sent.start, root.i - _WINDOW - 3)
    figure = parse_figure(root.doc[lo : root.i].text)
    return figure if figure.count is not None and figure.high is not None else None


_COUNTING = wordset("counted recorded documented reported registered tallied listed confirmed")


def prose_source(m: Mention) -> str | None:
    """ "The Observatory counted 37 dead": the named body that counts the dead is the source of
    the figure (the word of death hangs under the counting verb, not under a verb of saying)."""
    verb = m.trigger.root
    for _ in range(2):
        if verb.lower_ in _COUNTING:
            break
        verb = verb.head
    if verb.lower_ not in _COUNTING:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ not in {"ORG", "PERSON", "NORP"}:
        return None
    ent = next((e for e in m.sent.ents if e.start <= subj.i < e.end), None)
    return ent.text if ent is not None else None
