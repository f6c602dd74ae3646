"""Arrests and vanishings told by who took a person and where to, read from the parse:

- "picked up by police" (an arrest), "picked up by agents ... and taken to an unknown location"
  (a vanishing); "picked up the pieces" is no seizure;
- "held at undisclosed locations for weeks" (a vanishing), not "the archive is held at";
- "have been taken to military camps", "taken to a police station" (an arrest);
- "taken from a jetty by paramilitary personnel" (a vanishing: seized from a place by a force);
- "men who vanished after being detained", "vanished at the hands of the state", "the disappearance
  of seven farmworkers" (a vanishing).

A person taken by agents who say which force they are ("by police", "men who said they were from
RAB") is arrested (CONVENTIONS: arrest) unless the sentence or the next one leaves the fate untold
("denied holding him", "whereabouts unknown", "not seen since"): `seized_by_state`.

`trigger_outcomes.outcome_type` calls `seizure_type` for `SEIZURE_WORDS` only; `triggers.py`
asks `seizure_arrest` whether a lexicon "picked up" or "taken from his home" was an arrest.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_context import PERSON_NOUNS, QUANTITY_NOUNS, people_counted
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_senses import held_place
from tallybook.extract.detection.untold_fates import FATE_UNTOLD, fate_untold
from tallybook.extract.particulars.victim_singles import MORE_PERSONS

_PICKED = wordset("picked")
_HELD = wordset("held kept")
_TAKEN_TO = wordset("taken driven")
_TAKEN_FROM = wordset("taken snatched grabbed dragged")
_VANISHED = wordset("vanished")
DISAPPEARANCE = wordset("disappearance disappearances")  # nouns: their triggers are nominal
SEIZURE_WORDS = _PICKED | _HELD | _TAKEN_TO | _TAKEN_FROM | _VANISHED | DISAPPEARANCE

_PRONOUNS = wordset("him her them he she they who whom those")
# Agents of the state named as such ("RAB officers", "security agents", "Rangers personnel").
_FORCES = wordset(
    "police policemen officers soldiers troops agents personnel gendarmes guards rangers forces "
    "army military paramilitaries militiamen intelligence"
)
# Agents who hide who they are: the same words tell of a vanishing, not an arrest.
_HIDDEN = wordset("plainclothes plain-clothes masked unidentified unknown hooded")
# Units a force acts through ("a police party", "a RAB team") and vague agents ("RAB agents",
# "security personnel", "members of RAB"): a force only with the name before or after them.
_UNITS = wordset("party team unit squad patrol contingent detachment agents agent personnel members member")
# Words of a force's own name: "the Rapid Action Battalion", "the Detective Branch".
_FORCE_NAMES = wordset(
    "battalion branch agency directorate corps rangers police guard intelligence security army "
    "department bureau"
)
# Agents saying who they are: "men who said they were from RAB", "identifying themselves as".
_CLAIMING = wordset("said saying claimed claiming identifying identified introduced calling")
_SEIZING = wordset("picked taken took seized")
_NOT_FORCES = wordset("un us uk eu au ngo icrc")
# What a person vanished after: "after being detained by police", "after raids".
_SEIZURES = wordset("detained arrested picked taken seized abducted stopped")
_SINCE = wordset("after since following")
UNKNOWN = wordset("unknown undisclosed secret unidentified unnamed")
PLACES = wordset("location locations destination destinations place places site sites facility facilities")
_SECRET_HOLDS = wordset("detention prison prisons jail jails")
# Camps where troops hold the people they round up; "military" alone names no place of detention.
_CAMPS = wordset("camp camps barracks base bases")
_CAMP_KINDS = wordset("military army detention police")
# People already held: moving them is a transfer, not an arrest.
ALREADY_HELD = wordset("detainees detainee prisoners prisoner inmates inmate convicts")


def is_person(tok: Token) -> bool:
    """ "brothers", "him", "at least 1,200 people", "one of its lawmakers, X", "the shopkeeper"."""
    if tok.lower_ in PERSON_NOUNS or tok.lower_ in _PRONOUNS or tok.ent_type_ in {"PERSON", "NORP"}:
        return True
    if _trade_person(tok.lower_):
        return True
    for c in tok.children:
        if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.lower_ in PERSON_NOUNS):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(g.dep_ == "pobj" and is_person(g) for g in c.children)
        ):
            return True
    return False


def _trade_person(low: str) -> bool:
    """ "the 62-year-old shopkeeper", "two fishermen": a trade, kin or role noun names a person
    taken, as the shared core nouns do (a shopkeeper picked up by police is no parcel)."""
    if low in MORE_PERSONS:
        return True
    singular = low[:-3] + "man" if low.endswith("men") else low.removesuffix("s")
    return singular != low and singular in MORE_PERSONS


def _whom(verb: Token) -> Token | None:
    """The person acted on: the object, the passive subject, or the head's for a conjunct verb
    ("were seized ... and taken to")."""
    own = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if own is None and verb.dep_ == "conj":
        return next((c for c in verb.head.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return own


def pobjs(verb: Token, preps: set[str]) -> list[Token]:
    """The objects of `verb`'s prepositions (or passive agent) among `preps`."""
    return [
        g
        for c in verb.children
        if c.dep_ in {"prep", "agent"} and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _agent(verb: Token) -> Token | None:
    """Who acted: "by police" in the passive, the subject in the active."""
    by = pobjs(verb, {"by"})
    if by:
        return by[0]
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _force(agent: Token) -> bool:
    """ "police", "RAB officers", "Rangers personnel"; not "men in plain clothes" nor
    "plainclothes officers" (who hide that they are the state)."""
    if agent.lower_ not in _FORCES:
        return False
    return not any(t.lower_ in _HIDDEN for t in agent.subtree)


def _named_force(tok: Token) -> bool:
    """ "police", "RAB", "the Rapid Action Battalion", "a police party"."""
    low = tok.lower_
    if low in _UNITS:
        # "agents" alone names no force; "RAB agents", "security agents", "members of RAB" do
        return any(c.dep_ in {"compound", "amod"} and _named_force(c) for c in tok.children) or any(
            g.dep_ == "pobj" and _named_force(g) for c in tok.children if c.lower_ == "of" for g in c.children
        )
    if low in _FORCES:
        return True
    if tok.ent_type_ == "ORG" and low in _FORCE_NAMES:
        return True
    # an acronym: "RAB", "DGCIM", "NSA"; not "UN" or "EU" staff
    acronym = tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= 6
    return acronym and tok.ent_type_ in {"ORG", ""} and low not in _NOT_FORCES


def _identified(agent: Token) -> bool:
    """Agents who say which force they are: "police", "plainclothes NSA officers", "men who said
    they were from RAB", "men identifying themselves as Detective Branch officers"; not "men in
    plain clothes", "masked men" (who hide it)."""
    if _named_force(agent):
        return True
    for t in agent.subtree:
        if t.lower_ in _CLAIMING and t.i > agent.i:
            return any(_named_force(g) for g in t.subtree if g.i > t.i)
    return False


def seized_by_state(verb: Token) -> bool:
    """ "was taken from his home by police early on Wednesday", "men who said they were from RAB
    took her husband from their house": taken by agents who say which force they are, the
    person's fate not left untold (then it is a disappearance: "... Police denied holding him")."""
    if verb.lower_ not in _SEIZING or not verb.doc.has_annotation("DEP"):
        return False
    # every subject: the parser may give a second one ("Men who identified themselves as X
    # officers picked up ...")
    agents = pobjs(verb, {"by"}) or [c for c in verb.children if c.dep_ == "nsubj"]
    return any(_identified(a) for a in agents) and not fate_untold(verb)


def to_unknown(verb: Token) -> bool:
    """ "to an unknown location", "to undisclosed places"."""
    return any(
        p.lower_ in PLACES and any(a.lower_ in UNKNOWN for a in p.children) for p in pobjs(verb, {"to"})
    )


def then_vanished(verb: Token) -> bool:
    """ "seized ... and taken to an unknown location": the verb's conjunct hides the person."""
    return any(
        c.dep_ == "conj" and c.lower_ in _TAKEN_TO | {"moved", "transferred"} and to_unknown(c)
        for c in verb.children
    )


def picked_up_type(verb: Token) -> str | None:
    """ "was picked up by police in May" (an arrest); "picked up by agents ... and taken to an
    unknown location", "picked up ...; his whereabouts remain unknown" (a vanishing)."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    whom = _whom(verb)
    if whom is None or not is_person(whom):
        return None  # "picked up the pieces", "the story was picked up by the press"
    if then_vanished(verb) or any(t.lower_ in FATE_UNTOLD for t in verb.sent):
        return "enforced_disappearance"
    agent = _agent(verb)
    if agent is not None and _force(agent):
        return "arrest"
    return "arrest" if seized_by_state(verb) else None


def _picked_up_a_crowd(verb: Token) -> bool:
    """ "Between 30 and 40 young men were picked up at checkpoints": a counted group swept up is an
    arrest; the vanishing of one named person is told with the same words."""
    whom = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    if any(t.ent_type_ == "PERSON" for who in whom for t in who.subtree):
        return False  # "Two activists, X and Y, were picked up": named people vanished
    if any(t.lower_ in FATE_UNTOLD for t in verb.sent):
        return False  # "...; neither has been seen since", "whose whereabouts are unknown"
    return any(
        any(c.dep_ == "nummod" for c in who.children)
        or who.lower_ in QUANTITY_NOUNS
        or (who.like_num and who.lower_ not in {"one", "1"})
        for who in whom
    )


def picked_up_arrest(verb: Token) -> bool:
    """A lexicon "picked up" (a vanishing by default) that was an arrest: a counted crowd, or
    people taken by police who do not hide who they are."""
    return _picked_up_a_crowd(verb) or picked_up_type(verb) == "arrest"


def seizure_arrest(verb: Token) -> bool:
    """A lexicon seizure ("picked up", "taken from his home"; a vanishing by default) that was an
    arrest: see `picked_up_arrest` and `seized_by_state`."""
    if verb.lower_ in _PICKED:
        return picked_up_arrest(verb)
    return not then_vanished(verb) and seized_by_state(verb)


def _held_unknown(verb: Token) -> bool:
    """ "the men were held at undisclosed locations", "kept in secret detention"."""
    whom = _whom(verb)
    if whom is None or not is_person(whom):
        return False
    for place in pobjs(verb, {"at", "in"}):
        unknown = any(a.lower_ in UNKNOWN for a in place.children)
        if unknown and (place.lower_ in PLACES or place.lower_ in _SECRET_HOLDS | _CAMPS):
            return True
    return False


def _taken_to_held(verb: Token) -> bool:
    """ "more than 1,200 people have been taken to military camps", "taken to a police station";
    not "the prisoners were taken to another jail" (a transfer) nor "taken to hospital"."""
    whom = _whom(verb)
    if whom is None or not is_person(whom) or whom.lower_ in ALREADY_HELD:
        return False
    for place in pobjs(verb, {"to"}):
        kinds = {c.lower_ for c in place.children if c.dep_ in {"amod", "compound"}}
        if held_place(place) or (place.lower_ in _CAMPS and kinds & _CAMP_KINDS):
            return True
    return False


def _held_by_force(verb: Token) -> bool:
    """ "two journalists were held by intelligence agents for five days", "kept by police": people
    the state holds, told by the force that holds them (not "the archive is held by the ministry",
    nor detainees already held)."""
    whom = _whom(verb)
    if whom is None or not is_person(whom) or whom.lower_ in ALREADY_HELD:
        return False
    return any(_force(a) or _named_force(a) for a in pobjs(verb, {"by"}))


def _taken_by_force(verb: Token) -> bool:
    """ "he had been taken from a jetty by Rangers personnel": seized from a place by a force,
    where to untold. Not "samples were taken from the site by police"."""
    whom = _whom(verb)
    if whom is None or not is_person(whom) or not pobjs(verb, {"from"}):
        return False
    agent = pobjs(verb, {"by"})
    return bool(agent) and agent[0].lower_ in _FORCES


def _vanished_after_seizure(verb: Token) -> bool:
    """ "17 young men who vanished after being detained by municipal police", "have vanished
    after being picked up by security agencies": people gone since the state took them."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or not _people(subject):  # "nine farmworkers vanished after being stopped"
        return False
    if any(c.dep_ == "prep" and c.lower_ == "at" and _state_hands(c) for c in verb.children):
        return True  # "hundreds of students have vanished at the hands of the security forces"
    return any(
        c.dep_ in {"advcl", "prep"}
        and (c.lower_ in _SINCE or any(m.lower_ in _SINCE for m in c.children if m.dep_ == "mark"))
        and any(t.lower_ in _SEIZURES for t in c.subtree)
        for c in verb.children
    )


_STATE = _FORCES | wordset("state authorities government regime")


def _state_hands(at: Token) -> bool:
    """ "at the hands of the state / the security forces / the authorities"."""
    hands = next((g for g in at.children if g.dep_ == "pobj" and g.lower_ == "hands"), None)
    of = next((g for g in hands.children if g.dep_ == "prep" and g.lower_ == "of"), None) if hands else None
    doer = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return doer is not None and (doer.lower_ in _STATE or _named_force(doer))


def _disappearance_of(noun: Token) -> bool:
    """ "in connection with the disappearance of seven farmworkers": the noun of a vanishing said
    of people ("enforced disappearance" is in the lexicon)."""
    if noun.i > 0 and noun.doc[noun.i - 1].lower_ in {"enforced", "forced"}:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _people(g) for g in c.children)
        for c in noun.children
    )


def _people(tok: Token) -> bool:
    """A person, or a counted plural that names no quantity: "seven farmworkers"."""
    counted = tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children)
    if tok.lower_ in QUANTITY_NOUNS:
        return people_counted(tok)  # "Hundreds have vanished", "hundreds of Egyptians" (not of files)
    return is_person(tok) or (counted and tok.ent_type_ not in {"QUANTITY", "MONEY", "PERCENT"})


def seizure_type(tok: Token) -> str | None:
    """The incident type `tok` gives here (see the module docstring), or None."""
    low = tok.lower_
    if low in _PICKED:
        return picked_up_type(tok)
    if low in _HELD and _held_unknown(tok):
        return "enforced_disappearance"
    if low in _HELD and _held_by_force(tok):
        return "arrest"
    if low in _TAKEN_TO and _taken_to_held(tok):
        return "arrest"
    if (low in _VANISHED and _vanished_after_seizure(tok)) or (
        low in DISAPPEARANCE and _disappearance_of(tok)
    ):
        return "enforced_disappearance"
    if low in _TAKEN_FROM and _taken_by_force(tok):
        return "arrest" if seized_by_state(tok) else "enforced_disappearance"
    return None
