"""Trigger words whose sense depends on their neighbours, read from the parse:

- soft verbs of dying ("passed away", "succumbed", "lost his life") that `parsed_triggers.died_held`
  reads like "died";
- places of detention named by a compound ("pre-trial detention centre", "the lock-up of X
  police station");
- "the hanging of three men" (an execution), not "the hanging of banners";
- "swept up 35 members of", "was locked up" (an arrest), not "swept up the debris";
- "kicked the door open" (a thing struck: no torture);
- "found dead in a punishment cell" (read like "died"); "forcibly conscripted" (other);
- a body withheld ("several bodies have still not been handed over").

Each function is called only for a word in one of the small sets below.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.assertion.factual_readings import withheld_event
from tallybook.extract.detection.trigger_conditions import returned_on_condition
from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_vanishings import REFUSE, WHERE_BE, WHERE_HELD

DYING_WORDS = wordset("died dies succumbed succumbs passed lost loses")
HANGING_WORDS = wordset("hanging")
ROUNDED_WORDS = wordset("swept sweep sweeps sweeping locked lock locks locking")
STRUCK_WORDS = wordset("kicked kick kicks punched beat beaten")
# The verbs of `factual_readings.withheld_event` (a withheld body or whereabouts).
WITHHELD_WORDS = wordset(
    "return returns returned returning retrieve retrieves retrieved collect collects collected "
    "release releases released hand hands handed recover recovered receive receives received "
    "bury buries buried burying learn learns learned learnt know knows knew known tell tells told "
    "inform informs informed disclose discloses disclosed reveal reveals revealed"
)
# "where he was held" under a withheld telling; "has not been heard from since"
# "denied the family access to his body" (factual_readings.withheld_event)
WITHHELD_WORDS |= WHERE_HELD | WHERE_BE | REFUSE | wordset("heard denied denies")
# Verbs that, done "forcibly" to people, are a violation of the "other" type: "were forcibly
# conscripted and sent to the front", "forcibly returned to the country they had fled".
FORCED_WORDS = wordset("conscripted enlisted drafted recruited returned repatriated deported")

_HELD_NOUNS = wordset("custody detention prison jail cell cells colony gaol lockup lockups")
_NUMBER_WORDS = wordset("no no. number")
_HELD_BUILDINGS = wordset("centre center centres centers facility facilities camp house station unit")
_HELD_KINDS = wordset(
    "detention police prison holding interrogation remand pre-trial correctional internment penal "
    "army military"
)
_PRONOUNS = wordset("he she they him her them we us who whom")
_MASS = wordset("public mass secret double triple multiple collective")
# Things struck in "kicked the door open", "beat the odds": no person hurt.
_THINGS = wordset(
    "door doors gate gates window windows ball drum drums odds record records deadline wall walls"
)


def held_place(tok: Token) -> bool:
    """A place where the state holds people: "custody", "a lock-up", "the detention centre"."""
    low = tok.lower_
    if low in _HELD_NOUNS:
        return True
    kinds = {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"}}
    if low in _NUMBER_WORDS and kinds & _HELD_NOUNS:
        return True  # "Penal Colony No. 17", "Prison No. 4": the parser makes "No" the head
    if low == "up":
        return "lock" in kinds  # "lock-up", split at the hyphen
    # "pre-trial facilities": the tokenizer splits "pre-trial" into "pre", "-", "trial"
    return low in _HELD_BUILDINGS and bool(kinds & _HELD_KINDS or {"pre", "trial"} <= kinds)


def forced_on_people(tok: Token) -> bool:
    """ "at least 12 journalists have been forcibly conscripted": the verb's own "forcibly"
    (not "forcibly dispersed the crowd", whose verb is not in `FORCED_WORDS`)."""
    return tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ == "forcibly" for c in tok.children)


def found_dead_end(tok: Token) -> int:
    """The end of "found dead" ("was found dead in a punishment cell"), read like "died" by
    `parsed_triggers.died_held`, or 0."""
    dead = next((c for c in tok.children if c.dep_ in {"oprd", "acomp"} and c.lower_ == "dead"), None)
    if dead is not None and dead.i == tok.i + 1:
        return dead.i + 1
    return _found_then_dead(tok)


_NEAR_DEAD = wordset("unconscious unresponsive lifeless motionless")
_PRONOUNCING = wordset("pronounced declared certified confirmed")


def _found_then_dead(tok: Token) -> int:
    """ "was found unconscious in his cell and pronounced dead at hospital", "found unresponsive
    ... and died later": a person found near death whose own conjoined verb tells the death; the
    end of "found unconscious", or 0."""
    state = next((c for c in tok.children if c.dep_ in {"oprd", "acomp"} and c.lower_ in _NEAR_DEAD), None)
    if state is None or state.i != tok.i + 1:
        return 0
    for conj in (c for c in tok.children if c.dep_ == "conj" and c.i > tok.i):
        if conj.lower_ in {"died", "succumbed"}:
            return state.i + 1
        dead = (c.lower_ == "dead" and c.dep_ in {"oprd", "acomp", "xcomp"} for c in conj.children)
        if conj.lower_ in _PRONOUNCING and any(dead):
            return state.i + 1
    return 0


def dying_end(tok: Token) -> int:
    """The end of a verb phrase that says someone died ("died", "passed away", "lost his life"),
    or 0. "passed the bill" and "lost his job" are no deaths."""
    low = tok.lower_
    if low in {"died", "dies", "succumbed", "succumbs"}:
        return tok.i + 1
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if low == "passed":
        return tok.i + 2 if nxt is not None and nxt.lower_ == "away" else 0
    if low in {"lost", "loses"}:
        life = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in {"life", "lives"}), None)
        return life.i + 1 if life is not None else 0
    return 0


def _is_person(tok: Token) -> bool:
    low = tok.lower_
    return low in PERSON_NOUNS or low in _PRONOUNS or tok.ent_type_ in {"PERSON", "NORP"} or tok.like_num


def _people_in(noun: Token) -> bool:
    """ "three young men", "Ali and Reza", "dozens of students", "35 members"."""
    if _is_person(noun) or any(c.dep_ == "nummod" for c in noun.children):
        return True
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(_is_person(g) for g in of.children if g.dep_ == "pobj")


# Entity labels a proper name of a thing or a time bears: never a person hanged.
_THING_LABELS = frozenset({"GPE", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "FAC"})


def _bare_name(noun: Token) -> bool:
    """ "the hanging of Navid Sadeghi" where the model tags the name a place or a body: a proper
    name with no article is a person's (not "the hanging of the Union Jack", nor of "Christmas
    lights", whose head is a common noun)."""
    if noun.pos_ != "PROPN" or not noun.text[:1].isupper() or noun.ent_type_ in _THING_LABELS:
        return False
    return not any(c.dep_ in {"det", "poss"} for c in noun.children)


def is_hanging_execution(tok: Token) -> bool:
    """ "the hanging of three young men", "a public hanging": an execution. Not a cause of death
    ("by hanging", said of an execution or a suicide already told) nor "the hanging of banners"."""
    if tok.pos_ != "NOUN":
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    of_people = of is not None and any(
        g.dep_ == "pobj" and (_people_in(g) or _bare_name(g)) for g in of.children
    )
    if tok.head.lower_ == "by" and tok.dep_ == "pobj" and not of_people:
        return False  # "executed by hanging"; "troubled by the hanging of seven men" is one
    return of_people or any(c.dep_ == "amod" and c.lower_ in _MASS for c in tok.children)


def is_rounded_up(tok: Token) -> bool:
    """ "agents swept up at least 35 members of", "dozens of students were swept up in the raids",
    "she has been locked up since May": people rounded up or jailed. Not "swept up the debris"
    nor "locked up its warehouse"."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and _people_in(c) for c in tok.children)


def struck_a_thing(tok: Token) -> bool:
    """ "They kicked the door open", "kicked off the campaign": the blow hurt no one."""
    if any(c.dep_ == "prt" and c.lower_ in {"off", "out"} for c in tok.children):
        return True
    return any(c.dep_ == "dobj" and c.lower_ in _THINGS for c in tok.children)


def withheld_type(tok: Token) -> str | None:
    """ "several bodies have still not been handed over" (other), "did not learn her whereabouts"
    (a disappearance): the negated clause is the violation. Read by factual_readings."""
    found = withheld_event(tok)
    if found == "enforced_disappearance" and _whereabouts_of_a_kind(tok):
        return None
    if found is None and returned_on_condition(tok):
        return "other"  # "the body was returned only after his father signed a pledge"
    return found


def _whereabouts_of_a_kind(verb: Token) -> bool:
    """ "could not learn the whereabouts of family members detained in the region": a bare plural
    owner names a kind of people, with no one counted or named."""
    for noun in verb.subtree:
        if noun.lower_ != "whereabouts":
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owners = [g for g in of.children if g.dep_ == "pobj"] if of is not None else []
        return any(
            g.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} for c in g.children)
            for g in owners
        )
    return False
