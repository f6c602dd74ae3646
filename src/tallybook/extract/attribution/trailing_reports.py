"""Which reporting verb after the incident tells it, and who tells it there.

"Soldiers killed 21 people ..., Amnesty International said on Monday.": a reporting verb at or
under the sentence root, after the trigger, that does not take the incident as its own content
(nor is a second thing done to the victim: "X was arrested ... and accused of arson"), and its
teller: the verb's subject, or the name just before a verb without one of its own; also a short
reporting clause the parser split off as a sentence of its own after a comma ("Three men whom police
described as X were shot dead ..., [new sentence] , their families told Y."). `claimants` asks it
when nothing earlier in the sentence asserts the incident. "The kingdom executed 170 people last
year, official data shows.": the parser reads the closing "shows" as a noun and the figures word as
its compound; the figures phrase tells it (`compound_figures`).
A wire lead's closing tellers the parser hung as conjuncts on a noun of the clause before, leaving
the reporting verb with no subject ("... for a rally addressed by the party's leader, witnesses
and party officials said"): the short noun phrase between the last comma and the verb, past an
apposition on its last name ("defence lawyers and X (XY), a London-based group, said")
(`phrase_before`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tallybook.extract.attribution.source_asides import splits_coordination
from tallybook.extract.attribution.source_syntax import (
    DOCUMENT_NOUNS,
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
                and phrase_before(c, trigger) is None
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
                elif (
                    (subj is None or subjectless)
                    and (c.i == root.i or c.dep_ in {"parataxis", "conj"})
                    and (lone := phrase_before(c, trigger)) is not None
                ):
                    subj = lone
                elif subj is not None and subj.i < trigger.i:
                    subj = None
            if subj is not None and subj.i > trigger.i and subj.lower_ not in NOT_SOURCES:
                return subj, c
    return None


_PHRASE_MAX = 14
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "PART", "ADP", "PUNCT"})


def phrase_before(verb: Token, trigger: Token) -> Token | None:
    """ "..., as they gathered for a rally addressed by the party's leader, witnesses and party
    officials said.": a closing reporting root with no subject whose tellers the parser hung as
    conjuncts on a noun of the clause before; the head of the short noun phrase between the last
    comma and the verb (its first conjunct), None when a verb stands in that stretch."""
    doc, end = verb.doc, before_aside(verb)
    start = _comma_before(doc, end, trigger.i)
    if start is not None and end - start == 1:  # "..., lawyers and X, a London-based group, said"
        aside = _comma_before(doc, start, trigger.i)
        if aside is None or not _is_aside(doc[aside + 1 : start]):
            return None
        end, start = aside, _comma_before(doc, aside, trigger.i)
    if start is None or end - start < 2:
        return None
    words = doc[start + 1 : end]
    if any(t.pos_ not in _PHRASE_POS or (t.pos_ == "PUNCT" and t.text not in {"(", ")"}) for t in words):
        return None
    heads = [t for t in words if not start < t.head.i < end and t.pos_ in {"NOUN", "PROPN"}]
    return heads[0] if len(heads) == 1 else None


def _is_aside(words: Span) -> bool:
    """ "a London-based rights group": a noun phrase set off after a name, opened by an article,
    with no verb but a participle that qualifies a noun."""
    return (
        len(words) > 1
        and words[0].lower_ in {"a", "an", "the"}
        and all(t.pos_ not in {"VERB", "AUX"} or t.dep_ == "amod" for t in words)
    )


def _comma_before(doc: Doc, end: int, floor: int) -> int | None:
    """The comma that opens the stretch ending before token `end`, within reach and after `floor`."""
    start = end - 1
    while start > floor and doc[start].text != "," and end - start <= _PHRASE_MAX:
        start -= 1
    return start if start > floor and doc[start].text == "," else None


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


_SHOWING = frozenset({"show", "shows", "showed", "suggest", "suggests", "suggested"})
_FIGURE_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def trailing_figures(sent: Span, trigger: Token) -> Span | None:
    """ "..., official data shows.": the figures phrase of a closing verb of showing after
    `trigger`: the sentence root or a clause on it (the parser may conjoin it to the trigger)."""
    root = sent.root
    for c in [root, *root.children]:
        if trigger.i < c.i and (c.i == root.i or c.dep_ in {"conj", "parataxis"}):
            found = compound_figures(c)
            if found is not None:
                return found
    return None


def compound_figures(show: Token) -> Span | None:
    """The figures phrase (a figures word right before a verb of showing with no subject of its
    own, which the parser made its compound, and the words that qualify it: "official data",
    "prison data") the parser hung on the verb; None for a verb that has its subject."""
    own_subject = any(c.dep_ in {"nsubj", "csubj", "nsubjpass"} for c in show.children)
    if show.lower_ not in _SHOWING or show.i < 2 or own_subject:
        return None
    doc = show.doc
    figures = doc[show.i - 1]
    if figures.head.i != show.i or figures.dep_ != "compound" or figures.lower_ not in DOCUMENT_NOUNS:
        return None
    words = [c for c in show.lefts if c.dep_ in _FIGURE_MODIFIERS]
    start = min(c.left_edge.i for c in words)
    if doc[start - 1].text != "," or any(t.pos_ in {"VERB", "AUX", "PUNCT"} for t in doc[start : show.i]):
        return None  # the phrase opens its clause after a comma
    return doc[start : show.i]
