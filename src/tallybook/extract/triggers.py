"""The incident trigger lexicon: the words that say a violation happened, and their type.

A trigger is verbal ("was executed", "killed") or nominal ("the execution of", "a massacre").
`TriggerMatcher` matches the lexicon on lower-cased tokens (no lemmatizer needed), plus a few
triggers read from the parse ("sentenced ... to death", "died two days later in the custody of").
Which triggers the text asserts as real is decided in factuality.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from tallybook.extract.trigger_context import CONTEXT_WORDS, among_the_dead, context_type, is_prison_term
from tallybook.extract.trigger_lexicon import (
    _PATTERNS,
    _RETYPE,
    NOMINAL,
    VERBAL,
    _words,
    wordset,
)
from tallybook.extract.trigger_phrases import RECALL_PATTERNS


@dataclass
class Trigger:
    """One matched trigger: its type, kind and tokens."""

    type: str
    kind: str
    span: Span

    @property
    def root(self) -> Token:
        return self.span.root if self.kind == NOMINAL else self.span[0]


class TriggerMatcher:
    """Finds triggers in a doc. A plain scan over the lower-case forms, indexed by first word,
    is several times faster than spaCy's Matcher for a lexicon this small."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        # first word -> [(words for each position, optional-position flags, type, kind)]
        self.index: dict[str, list[tuple[list[frozenset[str]], list[bool], str, str]]] = {}
        for itype, kind, pattern in [*_PATTERNS, *RECALL_PATTERNS]:
            words = [frozenset(_words(p)) for p in pattern]
            optional = [p.get("OP") == "?" for p in pattern]
            for first in words[0]:
                self.index.setdefault(first, []).append((words, optional, itype, kind))

    def _matches(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        lowers = (
            [t.lower_ for t in doc]
            if len(doc) < 5
            else list(map(self.vocab.strings.__getitem__, doc.to_array([LOWER]).tolist()))
        )
        out: list[tuple[int, int, str, str]] = []
        for i, low in enumerate(lowers):
            for words, optional, itype, kind in self.index.get(str(low), []):
                j = i + 1
                ok = True
                for allowed, opt in zip(words[1:], optional[1:], strict=True):
                    if j < len(lowers) and (
                        lowers[j] in allowed or (not allowed and _is_word(str(lowers[j])))
                    ):
                        j += 1
                    elif not opt:
                        ok = False
                        break
                if ok:
                    out.append((i, j, itype, kind))
        return out

    def __call__(self, doc: Doc) -> list[Trigger]:
        found: list[Trigger] = []
        taken: set[int] = set()
        # Longest match first, so "sentenced to death" wins over a shorter overlapping match.
        matches = sorted(self._matches(doc), key=lambda m: (m[0], -(m[1] - m[0])))
        for start, end, itype, kind in matches:
            if any(i in taken for i in range(start, end)):
                continue
            span = doc[start:end]
            itype = _retyped(span, _RETYPE.get(span.text.lower(), itype), kind)
            if itype == "execution" and kind == NOMINAL and _facing(span.root):
                itype = "death_sentence"  # "facing execution": people under sentence of death
            if kind == VERBAL and _looks_nominal(span[0]):
                kind = NOMINAL
            if kind == NOMINAL and len(span) == 1 and span[0].pos_ == "VERB":
                kind = VERBAL  # "opened fire, killing 17 people"
            found.append(Trigger(itype, kind, span))
            taken.update(range(start, end))
        for tok in doc:
            if tok.i in taken:
                continue
            low = tok.lower_
            if low in {"sentenced", "sentencing", "sentence", "sentences", "condemned"} and _to_death(tok):
                found.append(Trigger("death_sentence", VERBAL, doc[tok.i : tok.i + 1]))
            elif is_prison_term(tok):
                found.append(Trigger("other", VERBAL, doc[tok.i : tok.i + 1]))
            elif low == "shot" and _fatal_sentence(tok):
                found.append(Trigger("killing", VERBAL, doc[tok.i : tok.i + 1]))
            elif low in {"died", "dies"} and _died_held(tok):
                found.append(Trigger("death_in_custody", VERBAL, doc[tok.i : tok.i + 1]))
            elif low in _PARSED_WORDS and _has_parse(doc) and (parsed := _parsed_type(tok)) is not None:
                found.append(Trigger(parsed, VERBAL, doc[tok.i : tok.i + 1]))
            elif low in CONTEXT_WORDS and (ctx := context_type(tok)) is not None:
                found.append(Trigger(ctx[0], VERBAL, doc[tok.i : ctx[1]]))
        found.sort(key=lambda t: t.span.start)
        return found


_SUMMARY = wordset("summarily summary extrajudicial extrajudicially extra-judicial extra-judicially")
_EXECUTED_BY = wordset("carried implemented enforced")


def _retyped(span: Span, itype: str, kind: str) -> str:
    """Types a matched phrase takes from its neighbours: "summarily executed" (no trial: a killing,
    CONVENTIONS), "the deaths of 58 detainees" (in custody), "the death sentence was carried out"."""
    doc = span.doc
    before = {t.lower_ for t in doc[max(0, span.start - 2) : span.start]}
    if itype == "execution" and before & _SUMMARY:
        return "killing"
    if itype == "killing" and span.text.lower() == "deaths of":
        after = doc[span.end : span.end + 10]
        # "the deaths of 58 detainees in the custody of": not "the deaths of 27 prisoners" (hanged)
        if any(t.lower_ in {"detainees", "custody", "detention"} for t in after):
            return "death_in_custody"
    if itype == "death_sentence" and kind == NOMINAL and _has_parse(doc):
        head = span.root.head
        if head.lower_ in _EXECUTED_BY and any(c.lower_ == "out" for c in head.children):
            return "execution"
    return itype


def _is_word(text: str) -> bool:
    """A word of a name: letters, digits or hyphens ("El-Matareya", "Badr 3"), not punctuation."""
    return any(ch.isalnum() for ch in text) and all(ch.isalnum() or ch in "-'" for ch in text)


_REMAIN = wordset("remain remains remained is are was were")
_TAKEN_FROM = wordset("at outside near from")
_STOCK_VERBS = wordset("counted counts count recorded records listed lists registered is are were was")
_PARSED_WORDS = wordset("whereabouts fate seen prisoners detainees picked risk")  # `_parsed_type`'s words


def _parsed_type(tok: Token) -> str | None:
    """Triggers read from the parse: "the whereabouts/fate of six of them remain unknown", "has not
    been seen since" (a disappearance); "1,223 political prisoners" (a stock of arrests); "at
    imminent risk of execution" (other, CONVENTIONS.md)."""
    low = tok.lower_
    unknown = any(c.dep_ == "acomp" and c.lower_ == "unknown" for c in tok.head.children)
    if low in {"whereabouts", "fate"} and tok.dep_ == "nsubj" and tok.head.lower_ in _REMAIN and unknown:
        return "enforced_disappearance"
    if low == "seen" and any(c.dep_ == "neg" for c in tok.children):
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_.rstrip(".") in {"since", "again"}:
            return "enforced_disappearance"
    if low in {"prisoners", "detainees"} and any(c.lower_ == "political" for c in tok.children):
        counted = any(c.dep_ == "nummod" or c.like_num for c in tok.children)
        # a stock: "N political prisoners remain in jail", "Viasna counted N political prisoners"
        stock = (tok.dep_ == "nsubj" and tok.head.lower_ in _REMAIN) or (
            tok.dep_ in {"dobj", "attr"} and tok.head.lower_ in _STOCK_VERBS
        )
        if counted and stock:
            return "arrest"
    if low == "picked" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        person = any(c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN"} for c in tok.children)
        if person and any(c.dep_ == "prep" and c.lower_ in _TAKEN_FROM for c in tok.children):
            return "enforced_disappearance"  # "picked up the student X at a bus stop"
    if low == "risk" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        imminent = any(c.lower_ in {"imminent", "immediate"} for c in tok.children)
        if imminent and tok.head.lower_ == "at":
            return "other"
    return None


_HELD_PLACES = wordset("custody detention prison jail cell cells colony gaol")
_HELD_PEOPLE = wordset("detainee detainees prisoner prisoners inmate inmates")


def _died_held(tok: Token) -> bool:
    """ "died two days later in the custody of the ministry", "One detainee, X, died in hospital":
    a death while the state held the person, however far the words lie apart."""
    if tok.dep_ == "amod" or not _has_parse(tok.doc):
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "under", "while"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ in _HELD_PLACES:
                return True
        if c.dep_ == "nsubj" and (
            c.lower_ in _HELD_PEOPLE
            or any(g.dep_ == "appos" and g.lower_ in _HELD_PEOPLE for g in c.children)
        ):
            return True
        if c.dep_ in {"advcl", "prep", "npadvmod", "advmod"} and c.i > tok.i:
            # "died last Friday, four days after he was detained": a death that followed an arrest
            words = {t.lower_ for t in c.subtree}
            if "after" in words and words & (_ARREST_WORDS | _HELD_PLACES):
                return True  # "died after being beaten in custody": a death in custody
        between = c.dep_ == "prep" and c.lower_ == "between" and c.i < tok.i
        if between and any(g.dep_ == "pobj" and g.lower_ in _HELD_PEOPLE for g in c.children):
            return True  # "between one and three detainees had died": the subject parsed as a phrase
    return False


_ARREST_WORDS = wordset("detained arrested abducted detention arrest seized")


def _to_death(tok: Token) -> bool:
    """ "sentenced 23 people to death": "to death" further along the verb's own phrase."""
    if tok.doc.has_annotation("DEP"):
        return any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
            for c in tok.children
        )
    window = tok.doc[tok.i + 1 : tok.i + 14]
    return any(a.lower_ == "to" and b.lower_ == "death" for a, b in pairwise(window))


def _fatal_sentence(tok: Token) -> bool:
    """ "was shot in the head ... and died": a shooting the sentence says was fatal."""
    has_sents = tok.doc.has_annotation("SENT_START")
    sent = tok.sent if has_sents else tok.doc[max(0, tok.i - 20) : tok.i + 20]
    return any(
        t.lower_ in {"died", "dead", "fatally", "killing", "killed", "death"} for t in sent if t.i != tok.i
    ) or (has_sents and among_the_dead(sent))


def _facing(token: Token) -> bool:
    head = token.head
    return token.dep_ in {"dobj", "pobj"} and head.lower_ in {"face", "faces", "facing", "faced"}


def _looks_nominal(token: Token) -> bool:
    # "torture" and "arrest" are both nouns and verbs; trust the tagger when there is one.
    return token.lower_ in {"torture", "arrest", "arrests"} and token.pos_ in {"NOUN", "PROPN"}


def _ancestors_in_clause(token: Token, limit: int = 6) -> list[Token]:
    """Heads above `token` up to and including the first clause head (a finite verb)."""
    out: list[Token] = []
    cur = token
    for _ in range(limit):
        if cur.head is cur:
            break
        cur = cur.head
        out.append(cur)
    return out


def _has_parse(doc: Doc) -> bool:
    return doc.has_annotation("DEP")


_MEDICAL = wordset("cardiac heart respiratory")
_TRACES = wordset("signs sign marks mark traces trace bruises evidence")
_KILLED = wordset("shot killed executed hanged murdered")
_DEATH_WORDS = wordset("died dies die death dead killed")
_MINORS = wordset("children child minors minor juveniles juvenile boy girl teenager teenagers")


def is_descriptor(trigger: Trigger) -> bool:
    """Words that use a trigger noun or verb to describe something else: "cardiac arrest" (a
    cause of death), "died as a result of torture" (the death is the event), "people who were
    arrested as children" (an age at arrest, said of people whose incident is another one)."""
    root = trigger.root
    if not _has_parse(root.doc):
        return False
    if trigger.type == "arrest" and any(
        t.lower_ in _MEDICAL for t in root.doc[max(0, trigger.span.start - 2) : trigger.span.start]
    ):
        return True
    if trigger.kind == NOMINAL and trigger.span[0].ent_type_ == "ORG" and trigger.span[0].ent_iob_ == "I":
        return True  # "the Commission of Inquiry on Enforced Disappearances": part of a name
    if trigger.type == "torture" and trigger.kind == NOMINAL:
        traces = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _TRACES
        if traces and any(t.lower_ in _DEATH_WORDS for t in root.sent):
            return True  # "died in custody ...; their bodies bore marks of beatings": how they died
        before = root.doc[root.head.i - 1] if root.head.i > 0 else root.head
        consistent = "consistent" in {root.head.head.lower_, before.lower_}
        if root.dep_ == "pobj" and root.head.lower_ == "with" and consistent:
            return True  # "bruising consistent with beatings": a finding about a death
        for tok in _ancestors_in_clause(root, 5):
            if tok.lower_ in {"died", "die", "dies", "death", "dead"}:
                return True
    after_death = root.head.lower_ == "after" and root.head.head.lower_ in {"died", "dies"}
    if trigger.type == "torture" and root.dep_ in {"pcomp", "advcl"} and after_death:
        return True  # "died after being beaten": the beating is how the death came
    if trigger.type == "arrest" and trigger.kind == VERBAL:
        if root.dep_ == "acl" and root.head.dep_ == "nsubj" and root.head.head.lower_ in {"died", "dies"}:
            return True  # "One man detained in the raids, X, died in a cell": who died, not an event
        bare = root.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in root.children)
        if bare and any(c.dep_ == "conj" and c.lower_ in {"died", "dies"} for c in root.children):
            return True  # the same, parsed as "[was] detained ... and died"
        for c in root.children:
            back = [g for g in c.children if g.dep_ == "dobj" and g.lower_ in {"them", "him", "her"}]
            if c.dep_ == "conj" and c.lower_ in _KILLED and back:
                return True  # "rounded up residents and shot them": a step of the killing
        for c in root.children:
            if c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ in _MINORS for g in c.children):
                return True
            if (
                c.dep_ == "advcl"
                and any(m.lower_ == "when" for m in c.children)
                and any(g.lower_ in _MINORS for g in c.subtree)
            ):
                return True
    return False
