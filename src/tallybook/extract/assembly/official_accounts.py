"""Which state accounts of a death are the state's version of a killing the text tells, beyond the
armed exchange `incident_folds` reads, and which told killing a version with little of its own is about.

- "Police said he was killed in self-defense" (either spelling): a lawful-force account, like
  "killed in an exchange of fire".
- "The army presented the dead as members of an armed group killed in combat": the state's
  portrayal of the dead ("presented", "portrayed", "passed off", "listed" ... as), whatever
  source the sentence names.
- The version's target: the latest fatal incident told just before, when the version brings no
  victim phrase of its own ("Police said that X had fired at officers and was killed in a
  shootout", where the parse gives the death no victim), only a pronoun ("he", which the name
  rules may have given to another person the text named), or a bare figure for an event told
  with none ("eight 'terrorists' had been killed in combat" after "the killing of peasants"),
  and no day or place of its own.
- Further back than the five sentences `official_target` reads, the one death the text has told
  before is the one a bare version is about ("The X massacre was the killing of farmers ...",
  then, after the other acts of the operation, "the army's report stated that eight 'rebels' had
  been killed in combat").
- The death a rebuttal in the version's own sentence tells ("..., but footage showed he was
  shot") is that event told again: a back-reference, never its lead telling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.particulars.places import is_country
from tallybook.model.vocab import FATAL_TYPES

if TYPE_CHECKING:
    from tallybook.extract.assembly.incident_clusters import Cluster

_DEFENCE = wordset("defense defence self-defense self-defence")
_PORTRAY = wordset("presented portrayed passed listed registered recorded labelled labeled branded depicted")
_STATE_SUBJECTS = wordset(
    "army military police soldiers troops authorities government ministry forces battalion officers "
    "department command commanders marines navy"
)


def self_defence(root: Token) -> bool:
    """ "killed in self-defense", "shot in self-defence": a death set in the officers' defence."""
    for c in root.children:
        if c.dep_ != "prep" or c.lower_ != "in":
            continue
        for g in c.children:
            if g.dep_ != "pobj" or g.lower_ not in _DEFENCE:
                continue
            if g.lower_.startswith("self") or any(k.lower_ == "self" for k in g.children):
                return True
    return False


def presented_as(root: Token) -> bool:
    """The death lies in the "as" phrase of a state body's portrayal: "the army presented the dead
    as members of an armed group killed in combat"."""
    tok = root
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ == "as" and head.lower_ in _PORTRAY:
            subj = next((c for c in head.children if c.dep_ in {"nsubj", "agent"}), None)
            if subj is None:
                return False
            words = {w.lower_ for w in subj.subtree}
            return bool(words & _STATE_SUBJECTS)
        tok = head
    return False


def _own_scene(m: Mention) -> bool:
    """A day or a place the version gives that would make it another event."""
    if m.date is not None and not m.date_from_claim:
        return True
    return m.place is not None and not is_country(m.place)


def bare_version(m: Mention, told_count: int | None, told_names: list[str]) -> bool:
    """`m` brings nothing that ties it to another event than the latest death told: no victim
    phrase, a pronoun, or a figure for an event told without one."""
    if m.summary:
        return False
    if m.pronoun and m.figure.count in {None, 1} and not told_names:
        return True  # "he": the person whose death was just told, whom the text may not name here
    if m.names or _own_scene(m):
        return False
    if m.figure.count is None:
        return not m.victims_definite and not m.pronoun  # no victim phrase at all
    return told_count is None and m.figure.count > 1


def rebuts_version(disputes: list[Mention], told_count: int | None, m: Mention) -> bool:
    """ "Police said he was killed in a shootout, but footage showed he was shot as he knelt": the
    death told after a state version in its own sentence is the event the version is about, told
    again, not a telling that leads it (its figure agrees, or it gives none)."""
    if m.type not in FATAL_TYPES or m.summary or m.anaphoric:
        return False
    if m.figure.count is not None and m.figure.count != told_count:
        return False
    at = m.trigger.span.start
    return any(d.sent.start == m.sent.start and d.trigger.span.start < at for d in disputes)


def lone_told(clusters: list[Cluster], m: Mention) -> Cluster | None:
    """The one fatal incident told before a bare version, however far back."""
    told = [c for c in clusters if c.type in FATAL_TYPES and not all(x.summary for x in c.mentions)]
    if len(told) != 1 or m.pronoun:
        return None
    c = told[0]
    return c if bare_version(m, c.count(), c.names()) else None
