"""The incident trigger lexicon: the words that say a violation happened, and their type.

A trigger is verbal ("was executed", "killed") or nominal ("the execution of", "a massacre").
`TriggerMatcher` matches the lexicon on lower-cased tokens (no lemmatizer needed), plus a few
triggers read from the parse ("sentenced ... to death", "died two days later in the custody of").
Which triggers the text asserts as real is decided in factuality.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from tallybook.extract.boilerplate import lower_forms
from tallybook.extract.parsed_triggers import (
    HELD_PREPS,
    PARSED_WORDS,
    died_held,
    held_object,
    parsed_type,
    to_death,
)
from tallybook.extract.recall_verbs import executed_a_deed, idiom_particle, troops_executed
from tallybook.extract.trigger_context import (
    CONTEXT_WORDS,
    PRISON_TERM_WORDS,
    among_the_dead,
    context_type,
    is_prison_term,
)
from tallybook.extract.trigger_lexicon import (
    _PATTERNS,
    _RETYPE,
    NOMINAL,
    VERBAL,
    _words,
    wordset,
)
from tallybook.extract.trigger_methods import SHOVED
from tallybook.extract.trigger_outcomes import OUTCOME_WORDS, outcome_type, took_a_thing
from tallybook.extract.trigger_phrases import RECALL_PATTERNS
from tallybook.extract.trigger_seizures import DISAPPEARANCE, seizure_arrest
from tallybook.extract.trigger_senses import (
    DYING_WORDS,
    HANGING_WORDS,
    ROUNDED_WORDS,
    STRUCK_WORDS,
    WITHHELD_WORDS,
    dying_end,
    is_hanging_execution,
    is_rounded_up,
    struck_a_thing,
    withheld_type,
)
from tallybook.extract.trigger_vanishings import kin_took, vehicle_vanishing, where_withheld


@dataclass
class Trigger:
    """One matched trigger: its type, kind and tokens."""

    type: str
    kind: str
    span: Span
    # the root found last, with the (kind, start, end) it was found for: the rules ask for it
    # dozens of times per trigger and `Span.root` walks the span's heads each time
    _root: tuple[tuple[str, int, int], Token] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def root(self) -> Token:
        key = (self.kind, self.span.start, self.span.end)
        if self._root is None or self._root[0] != key:
            self._root = (key, self.span.root if self.kind == NOMINAL else self.span[0])
        return self._root[1]


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

    def _matches(self, lowers: list[str]) -> list[tuple[int, int, str, str]]:
        out: list[tuple[int, int, str, str]] = []
        index = self.index
        for i, low in enumerate(lowers):
            if low not in index:
                continue  # most words start no pattern
            for words, optional, itype, kind in index[low]:
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
        lowers = lower_forms(doc)  # shared with the other word scans of this doc
        matches = sorted(self._matches(lowers), key=lambda m: (m[0], -(m[1] - m[0])))
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
            if itype == "torture" and span[0].lower_ in STRUCK_WORDS and struck_a_thing(span[0]):
                continue  # "kicked the door open"
            if itype == "execution" and kind == VERBAL and executed_a_deed(span[0]):
                continue  # "the guards executed the order", "the plan was executed"
            if itype == "other" and span[-1].lower_ in _BODIES and kin_took(span[0]):
                continue  # "relatives took away the body for burial"
            if itype == "enforced_disappearance" and took_a_thing(span):
                continue  # "samples were taken from a fish market"
            if end < len(lowers) and idiom_particle(lowers[end - 1], lowers[end]):
                continue  # "the ministry lashed out at critics", "troops beat back the assault"
            found.append(Trigger(itype, kind, span))
            taken.update(range(start, end))
        found.extend(self._read(doc, lowers, taken))
        found.sort(key=lambda t: t.span.start)
        return found

    @staticmethod
    def _read(doc: Doc, lowers: list[str], taken: set[int]) -> list[Trigger]:
        """Triggers read from the parse, on words the lexicon left free. Each branch needs one of
        `_READ_WORDS`, so only those words become Token objects."""
        found: list[Trigger] = []
        for i, low in enumerate(lowers):
            if low not in _READ_WORDS or i in taken:
                continue
            tok = doc[i]
            if low in _SENTENCE_WORDS and to_death(tok):
                found.append(Trigger("death_sentence", VERBAL, doc[tok.i : tok.i + 1]))
            elif is_prison_term(tok):
                found.append(Trigger("other", VERBAL, doc[tok.i : tok.i + 1]))
            elif low == "shot" and _fatal_sentence(tok):
                found.append(Trigger("killing", VERBAL, doc[tok.i : tok.i + 1]))
            elif low in DYING_WORDS and (end := dying_end(tok)) and died_held(tok):
                found.append(Trigger("death_in_custody", VERBAL, doc[tok.i : end]))
            elif low in PARSED_WORDS and _has_parse(doc) and (parsed := parsed_type(tok)) is not None:
                found.append(Trigger(parsed, VERBAL, doc[tok.i : tok.i + 1]))
            elif low in CONTEXT_WORDS and (ctx := context_type(tok)) is not None:
                found.append(Trigger(ctx[0], VERBAL, doc[tok.i : ctx[1]]))
            elif low in OUTCOME_WORDS and (outcome := outcome_type(tok)) is not None:
                kind = NOMINAL if low in DISAPPEARANCE else VERBAL  # "the disappearance of"
                found.append(Trigger(outcome, kind, doc[tok.i : tok.i + 1]))
            elif (sense := _sense_type(tok)) is not None:
                found.append(Trigger(sense[0], sense[1], doc[tok.i : tok.i + 1]))
        return found


def _sense_type(tok: Token) -> tuple[str, str] | None:
    """Type and kind of a word whose sense its neighbours decide (trigger_senses.py)."""
    low = tok.lower_
    if low in HANGING_WORDS and is_hanging_execution(tok):
        return "execution", NOMINAL
    if low in ROUNDED_WORDS and is_rounded_up(tok):
        return "arrest", VERBAL
    if low in WITHHELD_WORDS and (withheld := withheld_type(tok)) is not None:
        return withheld, VERBAL
    return None


_SENTENCE_WORDS = wordset("sentenced sentencing sentence sentences condemned")
# Every word a branch of `TriggerMatcher._read` can start from.
_READ_WORDS = (
    _SENTENCE_WORDS
    | PRISON_TERM_WORDS
    | wordset("shot")
    | DYING_WORDS
    | PARSED_WORDS
    | CONTEXT_WORDS
    | HANGING_WORDS
    | ROUNDED_WORDS
    | WITHHELD_WORDS
    | OUTCOME_WORDS
)
_SUMMARY = wordset("summarily summary extrajudicial extrajudicially extra-judicial extra-judicially")
_EXECUTED_BY = wordset("carried implemented enforced")


def _retyped(span: Span, itype: str, kind: str) -> str:
    """Types a matched phrase takes from its neighbours: "summarily executed" (no trial: a killing,
    CONVENTIONS), "the deaths of 58 detainees" (in custody), "the death sentence was carried out"."""
    doc = span.doc
    before = {t.lower_ for t in doc[max(0, span.start - 2) : span.start]}
    if itype == "execution" and before & _SUMMARY:
        return "killing"
    if itype == "execution" and kind == VERBAL and _has_parse(doc) and troops_executed(span[0]):
        return "killing"  # "soldiers executed 15 villagers": a killing without trial (CONVENTIONS)
    if itype == "killing" and span.text.lower() == "deaths of":
        after = doc[span.end : span.end + 10]
        # "the deaths of 58 detainees in the custody of": not "the deaths of 27 prisoners" (hanged)
        if any(t.lower_ in {"detainees", "custody", "detention"} for t in after):
            return "death_in_custody"
    if itype == "death_sentence" and kind == NOMINAL and _has_parse(doc):
        head = span.root.head
        if head.lower_ in _EXECUTED_BY and any(c.lower_ == "out" for c in head.children):
            return "execution"
    return _retyped_by_phrase(span, itype, kind)


def _retyped_by_phrase(span: Span, itype: str, kind: str) -> str:
    """ "beat a taxi driver to death" (a killing); "tortured to death at X police station",
    "beaten to death in custody" (a death in custody); "picked up on suspicion of theft" (an
    arrest, not a vanishing)."""
    doc = span.doc
    verb = span[0]
    if itype in {"torture", "killing"} and kind == VERBAL and _has_parse(doc) and _to_death_phrase(verb):
        held = any(c.dep_ == "prep" and c.lower_ in HELD_PREPS and held_object(c) for c in verb.children)
        return "death_in_custody" if held or verb.lower_ == "tortured" else "killing"
    next_word = doc[span.end].lower_ if span.end < len(doc) else ""
    if itype == "enforced_disappearance" and span[-1].lower_ == "on" and next_word in _SUSPICION:
        return "arrest"
    if itype == "arrest" and kind == VERBAL and _has_parse(doc):
        shoved = verb.lower_ in SHOVED and vehicle_vanishing(verb)
        if shoved or where_withheld(verb):
            return "enforced_disappearance"  # "bundled into a car by armed men", "not told where ..."
    if itype == "enforced_disappearance" and _has_parse(doc) and seizure_arrest(verb):
        return "arrest"  # "picked up by police", "taken from his home by police" (CONVENTIONS)
    return itype


_SUSPICION = wordset("suspicion suspicions charges charge accusations allegations")


def _to_death_phrase(verb: Token) -> bool:
    """ "beat him to death", "was tortured to death": the verb's own "to death" phrase; in a
    title-case headline ("Police Beat Man to Death"), the parse is unreliable: a near "to death"."""
    if any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
        for c in verb.children
    ):
        return True
    if not verb.is_title:
        return False
    words = [t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 5]]
    return any(a == "to" and b == "death" for a, b in pairwise(words))


def _is_word(text: str) -> bool:
    """A word of a name: letters, digits or hyphens ("El-Matareya", "Badr 3"), not punctuation."""
    return any(ch.isalnum() for ch in text) and all(ch.isalnum() or ch in "-'" for ch in text)


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
        if cur.head.i == cur.i:
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
_BODIES = wordset("body bodies corpse corpses remains")
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
    if trigger.kind == NOMINAL and _label_of_event(root):
        return True
    if trigger.type == "torture" and trigger.kind == NOMINAL:
        traces = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _TRACES
        found = any(t.lower_ in _BODIES and t.dep_ in {"nsubj", "nsubjpass"} for t in root.sent)
        if traces and (found or any(t.lower_ in _DEATH_WORDS for t in root.sent)):
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
        if root.dep_ == "acl" and _subject_of_dying(root.head) and not _dated(root):
            return True  # "One man detained in the raids, X, died in a cell": who died, not an event
        bare = root.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in root.children)
        if bare and any(c.dep_ == "conj" and c.lower_ in {"died", "dies"} for c in root.children):
            return True  # the same, parsed as "[was] detained ... and died"
        for c in root.children:
            back = [g for g in c.children if g.dep_ == "dobj" and g.lower_ in {"them", "him", "her"}]
            if c.dep_ == "conj" and c.lower_ in _KILLED and back:
                return True  # "rounded up residents and shot them": a step of the killing
        when = root.dep_ == "advcl" and any(m.lower_ == "when" for m in root.children)
        if when and _age_said(root.head) and not _dated(root):
            # "a man whom rights groups say was 17 when he was detained": who he is; "was 17 when
            # police seized him at a checkpoint in 2016" dates and places the arrest: an event
            return True
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


def _dated(verb: Token) -> bool:
    """ "detained in Maracaibo six days earlier": the clause dates its own event."""
    return any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"earlier", "ago"} for t in verb.subtree)


def _subject_of_dying(noun: Token) -> bool:
    """ "One man ..., died", "X, a teacher ..., died": the subject (or its apposition) of a death."""
    if noun.dep_ == "appos":
        noun = noun.head
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lower_ in DYING_WORDS


_LABEL_VERBS = wordset(
    "described describes describe called calls call termed terms labelled labeled branded "
    "characterised characterized condemned denounced"
)


def _label_of_event(root: Token) -> bool:
    """ "described the shooting as 'a deliberate massacre'": a name for an event the text has
    already told with its own words, not another event."""
    head = root.head
    if root.dep_ != "pobj" or head.lower_ != "as" or head.head.lower_ not in _LABEL_VERBS:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} for c in head.head.children)


def _age_said(verb: Token) -> bool:
    """ "was 17", "was still a child": a copula that gives someone's age."""
    return verb.lemma_ == "be" and any(
        c.dep_ in {"attr", "acomp"} and (c.like_num or c.lower_ in _MINORS) for c in verb.children
    )
