"""Triggers read from the parse rather than the lexicon: "the whereabouts of six of them remain
unknown", "1,223 political prisoners", "the monitor counted 127 detentions", "died two days later
in the custody of the ministry", "lost his life while held at a pre-trial detention centre" (and,
in `held_deaths`, other words that set a death in custody), "sentenced 23 people to death",
"raided the market, arresting 43 vendors" (an arrest told by a participle clause).
`triggers.TriggerMatcher` calls these on words the lexicon left free.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from tallybook.extract.detection.held_deaths import held_death
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import VANISHED_STATE_NOUNS
from tallybook.extract.detection.trigger_seizures import seized_by_state
from tallybook.extract.detection.trigger_senses import held_place
from tallybook.extract.detection.trigger_vanishings import fate_withheld, unaccounted
from tallybook.extract.text.boilerplate import lower_forms, sentence_bounds

_REMAIN = wordset("remain remains remained is are was were")
_TAKEN_FROM = wordset("at outside near from")
_STOCK_VERBS = wordset("counted counts count recorded records listed lists registered is are were was")
PARSED_WORDS = wordset(
    "whereabouts fate seen prisoners detainees picked risk arresting detaining account accounted detentions"
)  # `parsed_type`'s words


def parsed_type(tok: Token) -> str | None:
    """Triggers read from the parse: "the whereabouts/fate of six of them remain unknown", "has not
    been seen since" (a disappearance); "1,223 political prisoners" (a stock of arrests); "at
    imminent risk of execution" (other, CONVENTIONS.md)."""
    low = tok.lower_
    unknown = any(c.dep_ == "acomp" and c.lower_ == "unknown" for c in tok.head.children)
    # "have been unknown since October": the perfect of the same copula
    remain = tok.head.lower_ in _REMAIN or tok.head.lower_ == "been"
    if low in VANISHED_STATE_NOUNS and tok.dep_ == "nsubj" and remain and unknown:
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
            # "picked up the student X at a bus stop"; by police, fate told: an arrest
            return "arrest" if seized_by_state(tok) else "enforced_disappearance"
    if low == "detentions" and any(c.dep_ == "nummod" and c.like_num for c in tok.children):
        # "the monitor counted 127 detentions", "more than 200 such detentions": a counted plural
        # is an aggregate of arrests, as "45 arrests" is ("detention" alone names a place or state);
        # not after an arrest its sentence told ("143 were arrested, whereas the governor
        # acknowledged only 87 detentions": another figure for that arrest)
        return None if _arrest_before(tok) else "arrest"
    if low in _HOLDING and _holding_clause(tok):
        return "arrest"
    if (low in VANISHED_STATE_NOUNS and (fate_withheld(tok) or _yet_undisclosed(tok))) or (
        low in {"account", "accounted"} and unaccounted(tok)
    ):
        return "enforced_disappearance"
    if low == "risk" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        imminent = any(c.lower_ in {"imminent", "immediate"} for c in tok.children)
        if imminent and tok.head.lower_ == "at":
            return "other"
    return None


_ARRESTED = wordset("arrested detained arrests arrest rounded jailed")


def _arrest_before(tok: Token) -> bool:
    bounds = sentence_bounds(tok.doc, tok.i)
    start = bounds[0] if bounds is not None else max(0, tok.i - 40)
    return any(w in _ARRESTED for w in lower_forms(tok.doc)[start : tok.i])


_DISCLOSED = wordset("revealed disclosed confirmed established communicated clarified")
_OWNERS = wordset("whose his her their")


def _yet_undisclosed(noun: Token) -> bool:
    """ "whose whereabouts, the experts said, have yet to be revealed to the family", "his fate has
    still not been disclosed": a person's place kept secret (read on the words: the parse of such
    clauses is unsteady); not "the whereabouts of the funds" (no owner)."""
    if not any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in noun.children):
        return False
    doc = noun.doc
    after = [t.lower_ for t in doc[noun.i + 1 : min(len(doc), noun.i + 14)] if not t.is_punct]
    for i, word in enumerate(after):
        if word in {".", ";"}:
            return False
        if word in _DISCLOSED and i >= 2:
            before = after[max(0, i - 4) : i]
            return ("yet" in before and "be" in before) or ("not" in before and "been" in before)
    return False


_HOLDING = wordset("arresting detaining")
_NOT_DONE = wordset("denied deny denies accused accuses refused stopped avoided")


def _holding_clause(tok: Token) -> bool:
    """ "raided the market, arresting 43 vendors", "stormed the camp, killing three and detaining
    20 others": a participle clause that tells what the raid's doers did next, with its own object
    (not "denied arresting him", "accused of detaining protesters": the object of another verb)."""
    first = tok.head if tok.dep_ == "conj" and tok.head.tag_ == "VBG" else tok
    if first.dep_ != "advcl" or first.i == 0 or tok.doc[first.i - 1].lower_ not in {",", "and"}:
        return False
    if any(c.dep_ == "mark" for c in first.children):
        return False  # "before detaining them", "while arresting him": background, not a report
    main = first.head
    if main.lower_ in _NOT_DONE or any(c.dep_ == "neg" for c in main.children):
        return False
    return any(c.dep_ == "dobj" for c in tok.children)


_HELD_PLACES = wordset("custody detention prison jail cell cells colony gaol")
_HELD_PEOPLE = wordset("detainee detainees prisoner prisoners inmate inmates")


def died_held(tok: Token) -> bool:
    """ "died two days later in the custody of the ministry", "One detainee, X, died in hospital":
    a death while the state held the person, however far the words lie apart."""
    if tok.dep_ == "amod" or not tok.doc.has_annotation("DEP"):
        return False
    # "found unconscious in his cell": the parser may hang the place on the state word
    state = [g for c in tok.children if c.dep_ == "oprd" for g in c.children] if tok.lower_ == "found" else []
    for c in [*tok.children, *state]:
        if c.dep_ == "prep" and c.lower_ in HELD_PREPS | {"on"} and held_object(c):
            return True  # "on" for a place hung on the date: "died on 3 May in the X prison"
        if c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS and _wounds_held(c):
            return True  # "succumbed to the injuries sustained in custody"
        if c.dep_ == "advcl" and c.lower_ in _HELD_VERBS and any(m.lower_ == "while" for m in c.children):
            return True  # "lost his life while held at a pre-trial detention centre"
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
    return held_death(tok, held_object)  # "an activist jailed over his posts died in hospital"


_ARREST_WORDS = wordset("detained arrested abducted detention arrest seized")
HELD_PREPS = wordset("in under while at")
_HELD_VERBS = wordset("held detained imprisoned jailed kept")


def held_object(prep: Token) -> bool:
    """ "in custody", "at a pre-trial detention centre", "to injuries in custody" (one more
    phrase down): the object of `prep` is a place of detention."""
    for obj in (g for g in prep.children if g.dep_ == "pobj"):
        if held_place(obj):
            return True
        inner = (p for p in obj.children if p.dep_ == "prep" and p.lower_ in HELD_PREPS)
        if any(held_place(g) for p in inner for g in p.children if g.dep_ == "pobj"):
            return True
    return False


_CAUSE_PREPS = wordset("to of from")
_WOUNDS = wordset("injuries injury wounds wound")


def _wounds_held(prep: Token) -> bool:
    """ "to the injuries sustained in custody", "of wounds received in detention": harm the death
    came from, suffered where the state held the person."""
    for obj in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ in _WOUNDS):
        for acl in (a for a in obj.children if a.dep_ == "acl"):
            if any(p.dep_ == "prep" and p.lower_ in HELD_PREPS and held_object(p) for p in acl.children):
                return True
    return False


# A sentence of death named by its form: "sentenced to qisas" (retribution in kind), "to hanging".
_DEATH_FORMS = wordset("death qisas hanging gallows execution")
# "condemned to be hanged", "sentenced to die"
_DEATH_VERBS = wordset("hanged executed shot die beheaded stoned")


def to_death(tok: Token) -> bool:
    """ "sentenced 23 people to death", "sentenced her to qisas", "condemned to be hanged": a
    sentence of death further along the verb's own phrase."""
    if tok.doc.has_annotation("DEP"):
        return any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in _DEATH_FORMS for g in c.children)
            for c in tok.children
        ) or any(
            c.dep_ == "xcomp" and c.lower_ in _DEATH_VERBS and any(a.lower_ == "to" for a in c.children)
            for c in tok.children
        )
    window = tok.doc[tok.i + 1 : tok.i + 14]
    return any(a.lower_ == "to" and b.lower_ == "death" for a, b in pairwise(window))
