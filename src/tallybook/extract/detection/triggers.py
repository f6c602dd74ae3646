"""The incident trigger matcher: finds the words that say a violation happened, and their type.

A trigger is verbal ("was executed", "killed") or nominal ("the execution of", "a massacre").
`TriggerMatcher` matches the lexicon (`trigger_lexicon`, `trigger_phrases`) on lower-case tokens
(no lemmatizer needed), lets the neighbours retype a match (`trigger_retypes`) or show it is
another sense ("kicked the door open"), and adds a few triggers read from the parse ("sentenced ...
to death", "died two days later in the custody of"). Which triggers the text asserts as real is
decided in factuality.py; `is_descriptor` (trigger_descriptors.py) drops trigger words that
describe something else.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from tallybook.extract.detection.burned_homes import HOME_WORDS, burned_home
from tallybook.extract.detection.condemned_shots import condemned_shot
from tallybook.extract.detection.fatal_shots import told_among_deaths
from tallybook.extract.detection.held_stocks import HELD_STOCK_WORDS, held_stock
from tallybook.extract.detection.hidden_graves import GRAVE_WORDS, hiding_grave
from tallybook.extract.detection.parsed_triggers import PARSED_WORDS, died_held, parsed_type, to_death
from tallybook.extract.detection.recall_verbs import (
    executed_a_deed,
    hung_a_thing,
    idiom_particle,
    killed_a_thing,
)
from tallybook.extract.detection.sentenced_parts import sentenced_part
from tallybook.extract.detection.trigger_conditions import (
    REFERRING_WORDS,
    after_referral,
    capital_charge,
    carries_penalty,
    mufti_referral,
)
from tallybook.extract.detection.trigger_context import (
    CONTEXT_WORDS,
    PRISON_TERM_WORDS,
    among_the_dead,
    context_type,
    is_prison_term,
)
from tallybook.extract.detection.trigger_descriptors import is_descriptor as is_descriptor
from tallybook.extract.detection.trigger_found_bodies import FOUND_WORDS, found_killed
from tallybook.extract.detection.trigger_handovers import HANDED_WORDS, handed_to_unknown
from tallybook.extract.detection.trigger_hidden_arrests import hidden_arrest
from tallybook.extract.detection.trigger_lexicon import PATTERNS
from tallybook.extract.detection.trigger_outcomes import OUTCOME_WORDS, outcome_type, took_a_thing
from tallybook.extract.detection.trigger_patterns import BODY_NOUNS, NOMINAL, VERBAL, words_of, wordset
from tallybook.extract.detection.trigger_phrases import RECALL_PATTERNS
from tallybook.extract.detection.trigger_record import Trigger as Trigger
from tallybook.extract.detection.trigger_retypes import matched_type
from tallybook.extract.detection.trigger_seizures import DISAPPEARANCE
from tallybook.extract.detection.trigger_senses import (
    DYING_WORDS,
    FORCED_WORDS,
    HANGING_WORDS,
    ROUNDED_WORDS,
    STRUCK_WORDS,
    WITHHELD_WORDS,
    dying_end,
    forced_on_people,
    found_dead_end,
    is_hanging_execution,
    is_rounded_up,
    struck_a_thing,
    withheld_type,
)
from tallybook.extract.detection.trigger_vanishings import body_taken, kin_made_to_bury, kin_took
from tallybook.extract.particulars.ordinal_totals import ordinal_death
from tallybook.extract.text.boilerplate import lower_forms, sentence_bounds
from tallybook.extract.text.parse_tree import has_parse


class TriggerMatcher:
    """Finds triggers in a doc. A plain scan over the lower-case forms, indexed by first word,
    is several times faster than spaCy's Matcher for a lexicon this small."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        # first word -> [(words for each position, optional-position flags, type, kind)]
        self.index: dict[str, list[tuple[list[frozenset[str]], list[bool], str, str]]] = {}
        for itype, kind, pattern in [*PATTERNS, *RECALL_PATTERNS]:
            words = [frozenset(words_of(p)) for p in pattern]
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
            itype, kind = matched_type(span, itype, kind)
            if itype == "torture" and span[0].lower_ in STRUCK_WORDS and struck_a_thing(span[0]):
                continue  # "kicked the door open"
            if (
                itype == "execution"
                and kind == VERBAL
                and (executed_a_deed(span[0]) or hung_a_thing(span[-1]))
            ):
                continue  # "the guards executed the order", "the plan was executed", "portraits were hung"
            if itype == "killing" and kind == VERBAL and killed_a_thing(span[0]):
                continue  # "police killed the engine", "the policy is killing small businesses"
            if itype == "execution" and carries_penalty(span):
                if (charged := capital_charge(span)) is None:
                    continue  # "the law, which carries the death penalty": no one tried
                itype = charged  # "facing charges that carry the death penalty"
            if itype == "other" and span[-1].lower_ in BODY_NOUNS and kin_took(span[0]):
                continue  # "relatives took away the body for burial"
            if itype == "other" and span[-1].lower_ == "bury" and not kin_made_to_bury(span[0]):
                continue  # "villagers were forced to bury the flood's victims": no burial imposed on kin
            if itype == "enforced_disappearance" and took_a_thing(span):
                continue  # "samples were taken from a fish market"
            if itype == "arrest" and hidden_arrest(span):
                itype = "enforced_disappearance"  # "detained in May; his family cannot locate him"
            if end < len(lowers) and idiom_particle(lowers[end - 1], lowers[end]):
                continue  # "the ministry lashed out at critics", "troops beat back the assault"
            found.append(Trigger(itype, kind, span))
            taken.update(range(start, end))
        found.extend(self._read(doc, lowers, taken))
        # "referred the papers to the Grand Mufti, the first step towards a death sentence": to come
        found = [
            t
            for t in found
            if t.type not in _DEATH_PENALTY_TYPES or not after_referral(doc, lowers, t.span.start)
        ]
        found = [_body_seized(t) for t in found]
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
            if low in _SENTENCE_WORDS and (to_death(tok) or sentenced_part(tok)):
                found.append(Trigger("death_sentence", VERBAL, doc[tok.i : tok.i + 1]))
            elif (low in REFERRING_WORDS and mufti_referral(lowers, i)) or is_prison_term(tok):
                # "referred the papers to the Grand Mufti" (a capital trial), "jailed for ten years"
                found.append(Trigger("other", VERBAL, doc[tok.i : tok.i + 1]))
            elif low == "shot" and has_parse(doc) and condemned_shot(tok):  # "sentenced to death, was shot"
                found.append(Trigger("execution", VERBAL, doc[tok.i : tok.i + 1]))
            elif low == "shot" and _fatal_sentence(tok):
                found.append(Trigger("killing", VERBAL, doc[tok.i : tok.i + 1]))
            elif low in _DEATH_WORDS and (end := _death_end(tok, low)) and died_held(tok):
                found.append(Trigger("death_in_custody", VERBAL, doc[tok.i : end]))
            elif low in PARSED_WORDS and has_parse(doc) and (parsed := parsed_type(tok)) is not None:
                kind = NOMINAL if low == "detentions" else VERBAL  # "counted 127 detentions"
                found.append(Trigger(parsed, kind, doc[tok.i : tok.i + 1]))
            elif low in HELD_STOCK_WORDS and has_parse(doc) and held_stock(tok):
                found.append(Trigger("arrest", VERBAL, doc[tok.i : tok.i + 1]))  # "N people are held in X"
            elif low in CONTEXT_WORDS and (ctx := context_type(tok)) is not None:
                kind = NOMINAL if low == "deaths" else VERBAL  # "recorded 31 deaths during protests"
                found.append(Trigger(ctx[0], kind, doc[ctx[1] : ctx[2]]))
            elif low in OUTCOME_WORDS and (outcome := outcome_type(tok)) is not None:
                kind = NOMINAL if low in DISAPPEARANCE else VERBAL  # "the disappearance of"
                found.append(Trigger(outcome, kind, doc[tok.i : tok.i + 1]))
            elif low in HANDED_WORDS and handed_to_unknown(tok):
                at = _handover_seizure(tok, taken)
                found.append(Trigger("enforced_disappearance", VERBAL, doc[at : at + 1]))
            elif low in FOUND_WORDS and found_killed(tok):  # "whose bullet-riddled body was found"
                found.append(Trigger("killing", VERBAL, doc[tok.i : tok.i + 1]))
            elif low in HOME_WORDS and (burned := burned_home(tok)) is not None and burned.i not in taken:
                found.append(Trigger("other", VERBAL, doc[burned.i : burned.i + 1]))  # "burned 600 homes"
            elif low in GRAVE_WORDS and (hid := hiding_grave(tok)) is not None and hid.i not in taken:
                found.append(Trigger("other", VERBAL, doc[hid.i : hid.i + 1]))  # "hidden in mass graves"
            elif low == "death" and ordinal_death(tok):  # "His death is the fourth in prisons"
                found.append(Trigger("death_in_custody", NOMINAL, doc[tok.i : tok.i + 1]))
            elif (sense := _sense_type(tok)) is not None:
                found.append(Trigger(sense[0], sense[1], doc[tok.i : tok.i + 1]))
        return found


def _body_seized(t: Trigger) -> Trigger:
    """ "The body of X was taken from the morgue by soldiers": a seizure of the dead is the
    confiscation of a body (other, CONVENTIONS), no arrest nor disappearance."""
    if t.type in {"arrest", "enforced_disappearance"} and body_taken(t.span):
        return Trigger("other", t.kind, t.span)
    return t


def _sense_type(tok: Token) -> tuple[str, str] | None:
    """Type and kind of a word whose sense its neighbours decide (trigger_senses.py)."""
    low = tok.lower_
    if low in HANGING_WORDS and is_hanging_execution(tok):
        return "execution", NOMINAL
    if low in ROUNDED_WORDS and is_rounded_up(tok):
        return "arrest", VERBAL
    if low in FORCED_WORDS and forced_on_people(tok):
        return "other", VERBAL
    if low in WITHHELD_WORDS and (withheld := withheld_type(tok)) is not None:
        return withheld, VERBAL
    return None


_SENTENCE_WORDS = wordset("sentenced sentencing sentence sentences condemned")
_DEATH_PENALTY_TYPES = frozenset({"death_sentence", "execution"})
_DEATH_WORDS = DYING_WORDS | wordset("found")  # "found dead in a punishment cell" reads like "died"
# Every word a branch of `TriggerMatcher._read` can start from.
_READ_WORDS = (
    _SENTENCE_WORDS
    | PRISON_TERM_WORDS
    | wordset("shot")
    | _DEATH_WORDS
    | PARSED_WORDS
    | CONTEXT_WORDS
    | HANGING_WORDS
    | ROUNDED_WORDS
    | FORCED_WORDS
    | HANDED_WORDS
    | WITHHELD_WORDS
    | OUTCOME_WORDS
    | wordset("death")
    | FOUND_WORDS
    | HOME_WORDS
    | GRAVE_WORDS
    | HELD_STOCK_WORDS
    | REFERRING_WORDS
)


def _death_end(tok: Token, low: str) -> int:
    """The end of "died", "lost his life" or "was found dead", or 0."""
    return found_dead_end(tok) if low == "found" else dying_end(tok)


def _handover_seizure(tok: Token, taken: set[int]) -> int:
    """ "Police stopped three students ... and handed them over to armed men": the seizure the
    hand-over ends is the trigger, so its doers are the perpetrators (not the receivers)."""
    head = tok.head
    if tok.dep_ == "conj" and head.pos_ == "VERB" and head.i not in taken:
        return head.i
    return tok.i


def _is_word(text: str) -> bool:
    """A word of a name: letters, digits or hyphens ("El-Matareya", "Badr 3"), not punctuation."""
    return any(ch.isalnum() for ch in text) and all(ch.isalnum() or ch in "-'" for ch in text)


def _fatal_sentence(tok: Token) -> bool:
    """ "was shot in the head ... and died": a shooting the sentence says was fatal."""
    bounds = sentence_bounds(tok.doc, tok.i)
    has_sents = bounds is not None
    sent = tok.doc[bounds[0] : bounds[1]] if bounds is not None else tok.doc[max(0, tok.i - 20) : tok.i + 20]
    return any(
        t.lower_ in {"died", "dead", "fatally", "killing", "killed", "death"} for t in sent if t.i != tok.i
    ) or (has_sents and (among_the_dead(sent) or told_among_deaths(tok)))
