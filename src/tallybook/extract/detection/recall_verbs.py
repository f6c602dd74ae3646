"""Which sense a violation verb has from its particle or its arguments: "lashed out at critics"
and "beat back an attack" (idioms with no victim), "executed the order" and "killed the engine"
(a thing carried out or stopped),
"soldiers executed 15 villagers" (a killing without trial, not a judicial execution).
`triggers.TriggerMatcher` asks these of lexicon matches.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset

# A verb and the particle that turn it into an idiom with no victim: "lashed out at its critics",
# "lashed back", "beat back an attack" (not "a confession beaten out of him": torture).
_IDIOM_PARTICLES = {
    "lashed": wordset("out back"),
    "lash": wordset("out back"),
    "beat": wordset("back"),
    "beaten": wordset("back"),
}

# Armed forces in the field: what they "execute" is a killing without trial. (Not "police",
# "guards" or "authorities", who carry out judicial executions.)
_TROOPS = wordset("soldiers soldier troops army militia militiamen paramilitaries paramilitary")

# Things one carries out: "executed the order", "the plan was executed", "a search warrant".
_DEEDS = wordset(
    "order orders plan plans warrant warrants operation operations strategy strategies contract "
    "contracts task tasks move moves manoeuvre maneuver programme program project projects deal "
    "deals transaction transactions trade trades search searches policy policies instruction "
    "instructions command commands agreement agreements script album song work design kick kicks "
    "free-kick penalty pass passes routine routines turn turns jump jumps landing trick tricks"
)
# Things one "kills": "killed the engine", "the bill was killed", "is killing small businesses"; an
# ideal killed is a figure of speech, no one died.
_KILLED_THINGS = wordset(
    "engine engines motor lights light power bill bills deal deals proposal proposals motion "
    "idea ideas story stories time mood business businesses jobs job economy industry industries "
    "trade competition hope hopes dream dreams chance chances momentum conversation rumour rumours "
    "rumor rumors plan plans project projects talks negotiations"
    # ideals and institutions: "has killed our democracy", "the junta killed the peace process"
    " democracy democracies freedom freedoms liberty liberties justice peace process revolution "
    "republic constitution dialogue debate reform reforms spirit"
)


def idiom_particle(verb: str, following: str) -> bool:
    """ "lashed" followed by "out": the lower-case verb and the next word make an idiom."""
    return following in _IDIOM_PARTICLES.get(verb, ())


def troops_executed(verb: Token) -> bool:
    """ "soldiers executed 15 villagers", "were executed by troops at a checkpoint"."""
    if not verb.lower_.startswith("execut"):
        return False
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    agents += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(a.lower_ in _TROOPS or any(t.lower_ in _TROOPS for t in a.lefts) for a in agents)


def executed_a_deed(verb: Token) -> bool:
    """ "the guards executed the order", "the plan was executed": no person put to death."""
    if not verb.lower_.startswith("execut") or not verb.doc.has_annotation("DEP"):
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _DEEDS for c in verb.children)


def hung_a_thing(verb: Token) -> bool:
    """ "Portraits of the leader were hung in every office": "hung" of a thing, not of a person
    ("They were hung in a Khartoum prison", "the nine men were hung")."""
    if verb.lower_ != "hung" or not verb.doc.has_annotation("DEP"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.pos_ == "NOUN" and subj.lower_ not in PERSON_NOUNS


def killed_a_thing(verb: Token) -> bool:
    """ "police killed the engine", "the policy is killing small businesses": no one killed."""
    if not verb.lower_.startswith("kill") or not verb.doc.has_annotation("DEP"):
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _KILLED_THINGS for c in verb.children)
