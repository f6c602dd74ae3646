"""Which type and kind a matched trigger phrase takes from its neighbours.

The lexicon gives each phrase a default type; the words around it can change it: "summarily
executed" (a killing), "facing execution" (a death sentence), "beat him to death" (a killing),
"bundled into a car by armed men" (a disappearance), "picked up by police" (an arrest).
`triggers.TriggerMatcher` asks `matched_type` for every phrase it matches.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from tallybook.extract.detection.condemned_shots import condemned_shot
from tallybook.extract.detection.parsed_triggers import HELD_PREPS, held_object
from tallybook.extract.detection.recall_verbs import troops_executed
from tallybook.extract.detection.trigger_methods import SHOVED
from tallybook.extract.detection.trigger_patterns import NOMINAL, VERBAL, wordset
from tallybook.extract.detection.trigger_seizures import seizure_arrest
from tallybook.extract.detection.trigger_vanishings import vehicle_vanishing, where_withheld
from tallybook.extract.text.boilerplate import doc_words, lower_forms, sentence_bounds, span_text
from tallybook.extract.text.parse_tree import has_parse

# "flogged"/"beaten" type as torture by default; flogging as a sentence is corporal punishment.
_RETYPE = {"flogged": "corporal_punishment"}


def matched_type(span: Span, itype: str, kind: str) -> tuple[str, str]:
    """The type and kind of a phrase the lexicon matched as `itype` and `kind`."""
    itype = _retyped(span, _RETYPE.get(span_text(span).lower(), itype), kind)  # (no Token per word)
    if itype == "execution" and kind == NOMINAL and _facing(span.root):
        itype = "death_sentence"  # "facing execution": people under sentence of death
    if kind == VERBAL and _looks_nominal(span[0]):
        kind = NOMINAL
    if kind == NOMINAL and len(span) == 1 and span[0].pos_ == "VERB":
        kind = VERBAL  # "opened fire, killing 17 people"
    return itype, kind


_SUMMARY = wordset("summarily summary extrajudicial extrajudicially extra-judicial extra-judicially")
_EXECUTED_BY = wordset("carried implemented enforced")
_HANGED = wordset("hanged hanging hung")
_HUNG_BY = wordset("from upside by up over out on onto to with for")
# Verbs that carry a sentence out without a particle: "the death sentence was implemented".
_IMPLEMENTED = wordset("implemented implement implements enforced enforce enforces executed")


_IMMINENT = wordset("imminent impending")


def imminent_for_named(root: Token) -> bool:
    """ "the imminent executions of Prabu N Pathmanathan ... and ...": named people at risk of an
    execution, which CONVENTIONS records as `other` (a bare "imminent execution" is a prospect)."""
    if not any(c.dep_ == "amod" and c.lower_ in _IMMINENT for c in root.children):
        return False
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in of.children)


def _retyped(span: Span, itype: str, kind: str) -> str:
    """Types a matched phrase takes from its neighbours: "summarily executed" (no trial: a killing,
    CONVENTIONS), "the deaths of 58 detainees" (in custody), "the death sentence was carried out"."""
    doc = span.doc
    before = set(lower_forms(doc)[max(0, span.start - 2) : span.start])
    if itype == "execution" and before & _SUMMARY:
        return "killing"
    if itype == "execution" and kind == NOMINAL and imminent_for_named(span.root):
        return "other"  # "halt the imminent execution of X": X at risk of execution (CONVENTIONS)
    hung_by = span[-1].lower_ == "hung" and span.end < len(doc) and doc[span.end].lower_ in _HUNG_BY
    if itype == "execution" and hung_by:
        return "torture"  # "was hung upside down", "were hung from the ceiling"
    if itype == "execution" and kind == VERBAL and "found" in before and span[0].lower_ in _HANGED:
        return "other"  # "was found hanged in a hospital room": a death whose cause is left open
    if itype == "execution" and kind == VERBAL and has_parse(doc) and troops_executed(span[0]):
        return "killing"  # "soldiers executed 15 villagers": a killing without trial (CONVENTIONS)
    if itype == "killing" and span_text(span).lower() == "deaths of":
        after = doc[span.end : span.end + 10]
        # "the deaths of 58 detainees in the custody of": not "the deaths of 27 prisoners" (hanged)
        if any(t.lower_ in {"detainees", "custody", "detention"} for t in after):
            return "death_in_custody"
    if itype == "killing" and kind == NOMINAL and _killed_in_custody(span):
        return "death_in_custody"  # "the killing of X on 16 May in the custody of the police"
    if itype == "death_sentence" and kind == NOMINAL and has_parse(doc):
        head = span.root.head
        if head.lower_ in _EXECUTED_BY and any(c.lower_ == "out" for c in head.children):
            return "execution"
        done = head.dep_ not in {"xcomp", "acl"} and not any(
            c.dep_ in {"neg", "aux"} and c.lower_ in {"not", "to", "never", "n't"} for c in head.children
        )
        if head.lower_ in _IMPLEMENTED and span.root.dep_ in {"nsubjpass", "dobj"} and done:
            return "execution"  # "the death sentence was implemented", "enforced his death sentence"
    return _retyped_by_phrase(span, itype, kind)


_KILLING_NOUNS = wordset("killing killings")
_CUSTODY_OPENERS = wordset("the police their his her military state")


def _killed_in_custody(span: Span) -> bool:
    """ "the killing of a young woman on 16 May in the custody of the morality police": a killing
    its own noun phrase sets "in custody" is a death in custody (as "the deaths of 58 detainees in
    the custody of"), whatever the teller calls it."""
    if span_text(span[-1:]).lower() not in _KILLING_NOUNS:
        return False
    bounds = sentence_bounds(span.doc, span.start)
    end = min(span.end + 20, bounds[1] if bounds is not None else span.end + 20)
    words = lower_forms(span.doc)[span.end : end]
    if not words or words[0] != "of":
        return False
    for i, word in enumerate(words):
        if word in {",", ";", "after", "before", "following"}:
            return False  # the custody of another clause, or of a time before or after
        if word == "custody":
            opener = [w for w in words[max(0, i - 2) : i] if w not in _CUSTODY_OPENERS]
            return opener[-1:] == ["in"]
    return False


_CUSTODY = wordset("custody detention")


def _custody_of_verb(verb: Token) -> bool:
    """ "was killed in police custody", "in whose custody she was killed": a killing the verb's own
    "in" phrase sets in custody is a death in custody, as the noun "the killing of X in the
    custody of" (the parser may take the relative "whose custody" for the verb's object)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in _CUSTODY for g in c.children):
            return True
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in":
        return False
    return any(c.lower_ in _CUSTODY and any(g.lower_ == "whose" for g in c.children) for c in verb.children)


def _retyped_by_phrase(span: Span, itype: str, kind: str) -> str:
    """ "beat a taxi driver to death" (a killing); "tortured to death at X police station",
    "beaten to death in custody" (a death in custody); "picked up on suspicion of theft" (an
    arrest, not a vanishing)."""
    doc = span.doc
    verb = span[0]
    if itype in {"torture", "killing"} and kind == VERBAL and has_parse(doc) and _to_death_phrase(verb):
        held = any(c.dep_ == "prep" and c.lower_ in HELD_PREPS and held_object(c) for c in verb.children)
        return "death_in_custody" if held or verb.lower_ == "tortured" else "killing"
    if itype == "killing" and kind == VERBAL and has_parse(doc) and _custody_of_verb(verb):
        return "death_in_custody"  # "was killed in police custody", "in whose custody she was killed"
    if itype == "killing" and kind == VERBAL and has_parse(doc) and condemned_shot(verb):
        return "execution"  # "X, sentenced to death in 2021, was shot in secret last year"
    flogging = itype == "corporal_punishment" and kind == VERBAL and has_parse(doc)
    if flogging and (_among_abuses(verb) or _flogged_held(verb)):
        return "torture"
    next_word = doc[span.end].lower_ if span.end < len(doc) else ""
    if itype == "enforced_disappearance" and span[-1].lower_ == "on" and next_word in _SUSPICION:
        return "arrest"
    if itype == "arrest" and kind == VERBAL and has_parse(doc):
        shoved = verb.lower_ in SHOVED and vehicle_vanishing(verb)
        if shoved or where_withheld(verb):
            return "enforced_disappearance"  # "bundled into a car by armed men", "not told where ..."
    if itype == "enforced_disappearance" and has_parse(doc) and seizure_arrest(verb):
        return "arrest"  # "picked up by police", "taken from his home by police" (CONVENTIONS)
    if itype == "enforced_disappearance" and kind == VERBAL and has_parse(doc) and _seized_before_death(verb):
        return "arrest"  # "RAB said he died in a gunfight; his family said he had been picked up ..."
    return itype


# Words that tell a death: the person's fate is known.
_DEATH_WORDS = wordset("died killed dead death deaths gunfight crossfire shot executed hanged")
_ONE_SEIZED = wordset("he she him her")
_BEFORE = wordset("earlier before previous")


def _seized_before_death(verb: Token) -> bool:
    """ "RAB said Munshi died in a gunfight; his family said he had been picked up from his home
    two days earlier": a seizure told as what came before a death the sentence or the one before
    tells (a "crossfire" killing in a country report) is the arrest of the dead person, whose fate
    is known, not a vanishing. Only a person told by a pronoun where a named person is told of
    (not "one of the men"), taken before ("had been", "earlier", "the night before"), in a
    sentence that leaves no fate untold."""
    whom = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if whom is None or whom.lower_ not in _ONE_SEIZED:
        return False
    perfect = any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" for c in verb.children)
    earlier = any(t.lower_ in _BEFORE for t in verb.subtree)
    if not (perfect and earlier):
        return False
    sent = verb.sent
    lo, hi = min(t.i for t in verb.subtree), max(t.i for t in verb.subtree)
    if any(t.lower_ in _FATE_UNKNOWN for t in sent):
        return False
    told = [t for t in sent if not lo <= t.i <= hi]
    if sent.start > 0:
        told += list(verb.doc[sent.start - 1].sent)
    # the pronoun stands for the one named person whose death is told, not "one of the men"
    return any(t.lower_ in _DEATH_WORDS for t in told) and any(t.ent_type_ == "PERSON" for t in told)


_FATE_UNKNOWN = wordset(
    "whereabouts unknown undisclosed missing disappeared vanished fate incommunicado seen"
)


# Ways of hurting a prisoner a flogging can be listed with.
_ABUSES = wordset(
    "beaten beat suspended hung tortured shocked electrocuted burned burnt kicked punched slapped "
    "threatened deprived raped stripped"
)
# What may stand between two verbs of one list: "flogged, beaten", "was beaten and then flogged".
_LIST_GLUE = wordset(", and or also repeatedly severely then was were been")


def _among_abuses(verb: Token) -> bool:
    """ "was repeatedly flogged, suspended by his arms and threatened", "beaten and flogged": a
    flogging in a list of ill-treatment is torture, not a flogging sentence carried out
    (CONVENTIONS). Read on the words, as the parser hangs such lists in many ways."""
    doc = verb.doc
    for step in (1, -1):
        k = verb.i + step
        while 0 <= k < len(doc) and abs(k - verb.i) <= 4 and doc[k].lower_ in _LIST_GLUE:
            k += step
        if 0 <= k < len(doc) and doc[k].lower_ in _ABUSES and doc[k].pos_ == "VERB":
            return True
    return False


# Words of a flogging sentence carried out: "flogged 80 times in public after being convicted".
_SENTENCE_MARKS = wordset(
    "times lashes public publicly sentence sentenced convicted conviction court judge crowd onlookers"
)
_WHILE_HELD = wordset("held detained kept imprisoned jailed custody detention")


def _flogged_held(verb: Token) -> bool:
    """ "had been flogged with horsewhips and denied water while held at a military camp": a
    flogging of a person held, with no word of a sentence, is ill-treatment (torture), not a
    flogging sentence carried out. Read on the words of the verb's clause."""
    bounds = sentence_bounds(verb.doc, verb.i)
    if bounds is None:
        return False
    words = lower_forms(verb.doc)[bounds[0] : bounds[1]]
    if _SENTENCE_MARKS.intersection(words):
        return False
    after = words[verb.i - bounds[0] + 1 :]
    return any(w == "while" and _WHILE_HELD & set(after[k + 1 : k + 4]) for k, w in enumerate(after))


_SUSPICION = wordset("suspicion suspicions charges charge accusations allegations")


def _to_death_phrase(verb: Token) -> bool:
    """ "beat him to death", "was tortured to death": the verb's own "to death" phrase; in a
    title-case headline ("Police Beat Man to Death"), the parse is unreliable: a near "to death"."""
    if "death" not in doc_words(verb.doc):
        return False  # (both readings need the word: no walk of the verb's children without it)
    if any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
        for c in verb.children
    ):
        return True
    if not verb.is_title:
        return False
    words = [t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 5]]
    return any(a == "to" and b == "death" for a, b in pairwise(words))


def _facing(token: Token) -> bool:
    head = token.head
    return token.dep_ in {"dobj", "pobj"} and head.lower_ in {"face", "faces", "facing", "faced"}


def _looks_nominal(token: Token) -> bool:
    # "torture" and "arrest" are both nouns and verbs; trust the tagger when there is one.
    return token.lower_ in {"torture", "arrest", "arrests"} and token.pos_ in {"NOUN", "PROPN"}
