"""Acts whose doer is a non-state actor: "a local drug gang killed 15 people", "members of a rival
faction hacked to death two activists", "were killed by a criminal gang", "a mob lynched two men".
Non-state crimes are not recorded (CONVENTIONS.md). State agents, groups said to be allied with or
working for the state ("pro-government militias", "a militia allied with the army") and named
groups of uncertain status ("a PMU faction") are kept.

The decision is made in two stages, because each sees something the other cannot:

- trigger level, here: `non_state_doer` (asked by `non_events.not_an_event`) rejects the trigger
  when the parse's doer of the act (active subject, "by"-agent, the group of "members of X", the
  attacker of "a bombing by X") has a non-state head noun (`NON_STATE_HEADS`). A rejected trigger
  makes no mention at all. It reads head nouns only, so "12 protesters killed" (where the parser
  may make the victims the subject) is not taken for a killing by protesters.
- mention level: `mentions.fill_perpetrators` sets `Mention.non_state` when any word of a
  perpetrator phrase it records (agent, subject of a verb with an object, "killings by X") is in
  `NON_STATE_PERPETRATORS` or names an armed group, with no word of `STATE_TIES` (`state_tied`:
  the "State" of "Islamic State" is a name, not a tie); `victims.py`
  sets the same flag from the victims, which exist only once the mention is filled (security
  forces killed in clashes, a toll "including" security forces, suspects of crimes arrested).
  `incidents.py` drops flagged mentions unless the abductors are unnamed
  (`incident_acts.unnamed_abductors`).

Both lists share `NON_STATE_DOERS`. One list for both stages was tried and changed predictions
(dev, blind: "12 protesters killed" lost its killing), so each stage keeps its own extra words.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import NOMINAL, wordset
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.text.boilerplate import lower_forms
from tallybook.extract.text.parse_tree import dep_tree

# Doers that are non-state whatever their name, for both stages.
NON_STATE_DOERS = wordset(
    "gunmen gunman militants militant insurgents bandits criminals mob rebels jihadists kidnappers robbers"
)
# Head nouns of a doer read from the parse (trigger level).
NON_STATE_HEADS = NON_STATE_DOERS | wordset(
    "gang gangs cartel cartels mobs vigilantes pirates poachers smugglers traffickers mafia gangsters "
    "thugs lynch-mob separatists secessionists"
)
# Words of a perpetrator phrase (mention level): crowds, attackers and named armed groups too.
NON_STATE_PERPETRATORS = NON_STATE_DOERS | wordset(
    "strikers rioters protesters protestors terrorists assailants attackers tribesmen "
    "isis isil daesh al-shabaab boko qaeda al-qaeda"
)
# Groups that are non-state only when unnamed: "a rival faction", not "a PMU faction".
_GROUPING = wordset("faction factions clan clans tribe tribes tribesmen")
# Words that tie the doer to the state ("pro-government", "allied with the army").
STATE_TIES = wordset(
    "police policemen army military soldiers troops security forces government pro-government state "
    "state-backed state-sponsored allied officers officials guards paramilitary paramilitaries"
)
# Heads that name the members of a group: "members of a rival faction", "gunmen from a clan".
_MEMBERS = wordset("members member men fighters supporters elements group groups gunmen")
# Names of armed groups that hold a tie word: "Islamic State militants" are not state agents.
_GROUP_NAMES = (("islamic", "state"),)


def group_named(words: list[str]) -> bool:
    """True when the phrase holds the name of an armed group that holds a tie word."""
    return any((words[i], words[i + 1]) in _GROUP_NAMES for i in range(len(words) - 1))


def state_tied(words: list[str]) -> bool:
    """True when a word of the phrase ties its doer to the state, not counting the tie words inside
    an armed group's name ("Islamic State fighters" is not "state-backed fighters")."""
    named = {i + 1 for i in range(len(words) - 1) if (words[i], words[i + 1]) in _GROUP_NAMES}
    return any(w in STATE_TIES and i not in named for i, w in enumerate(words))


_UNNAMED = wordset("unidentified unknown unnamed masked hooded plainclothes anonymous")


# Attacks named as the doer of a killing: "a car bombing killed six people".
_ATTACKS = wordset("bombing bombings attack attacks blast blasts explosion explosions ambush ambushes")
# Kinds of armed group that are non-state by definition: "a separatist group".
_GROUP_KINDS = wordset(
    "armed separatist separatists militant insurgent rebel jihadist extremist terrorist secessionist"
)


def non_state_doer(trigger: Trigger) -> bool:
    """True when the act's doer (active subject, "by"-agent) is a non-state actor."""
    doer = _doer(trigger)
    if doer is None:
        return False
    if doer.lower_ in _ATTACKS:
        if _claimed(doer):
            return True  # "a bombing claimed by a separatist group": groups claim attacks, states do not
        doer = _attacker(doer)
        if doer is None:
            return False
    words = {t.lower_ for t in doer.subtree}
    if state_tied([t.lower_ for t in doer.subtree]):
        return False
    if group_named([t.lower_ for t in doer.subtree]):
        return True  # "Islamic State fighters killed ..."
    if trigger.type in {"enforced_disappearance", "arrest"} and words & _UNNAMED:
        return False  # "abducted by unidentified gunmen": how state abductions are reported
    return any(_non_state_head(t) for t in _heads(doer))


def _doer(trigger: Trigger) -> Token | None:
    root = trigger.root
    by = _by(root)
    if by is not None:
        return next((c for c in by.children if c.dep_ == "pobj"), None)
    if trigger.kind == NOMINAL:
        committer = _committer(root)
        if committer is not None:
            return committer  # "separatists committed killings, including of teachers"
        if root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.pos_ == "VERB":
            return _subject(root.head.head)  # "gunmen killed a woman in an honour killing"
        return None
    if root.dep_ == "acl" and root.tag_ == "VBN" and any(c.dep_ == "dobj" for c in root.children):
        return root.head  # "members of a rival faction hacked to death two ...": a misparsed clause
    return _subject(root)


# Verbs whose object is an act and whose subject did it: "committed killings".
_COMMIT = wordset("committed commit commits committing perpetrated perpetrate perpetrates")


def _committer(noun: Token) -> Token | None:
    """The subject of "committed" when the act is its object or an item of its object's list:
    "committed killings", "committed serious abuses, including kidnappings and the killing of"."""
    cur = noun
    for _ in range(4):
        if cur.dep_ == "conj":
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.lower_ == "including" and cur.head.dep_ == "prep":
            cur = cur.head.head
        elif cur.dep_ == "dobj" and cur.head.lower_ in _COMMIT:
            return _subject(cur.head)
        else:
            return None
    return None


def _claimed(attack: Token) -> bool:
    """ "a bombing claimed by ...", "an attack for which X claimed responsibility" (not "a blast
    that claimed 12 lives")."""
    for t in attack.subtree:
        if t.lower_ not in {"claimed", "claims"} or t.i == attack.i:
            continue
        if t.head.i not in {attack.i, *(c.i for c in attack.children)}:
            continue
        if any(
            (c.lower_ == "by" and c.dep_ in {"agent", "prep"}) or c.lower_ == "responsibility"
            for c in t.children
        ):
            return True
    return False


def _attacker(attack: Token) -> Token | None:
    """ "an attack by rebels", "a bombing carried out by militants": who carried out the attack."""
    for t in attack.subtree:
        if t.lower_ == "by" and t.dep_ in {"agent", "prep"}:
            return next((c for c in t.children if c.dep_ == "pobj"), None)
    return None


def _by(root: Token) -> Token | None:
    """ "killed by X"; "documented killings by X", where "by" may hang on the verb after the noun."""
    head = root.head
    if "by" not in lower_forms(root.doc)[head.left_edge.i : head.right_edge.i + 1]:
        return None  # (the words both govern hold no "by": their children need not be looked at)
    doc = root.doc
    heads, kids, deps, _ = dep_tree(doc)  # (children read from plain lists, not Tokens)
    lowers = lower_forms(doc)
    for c in [*kids[root.i], *kids[head.i]]:
        if (
            deps[c] in {"agent", "prep"}
            and lowers[c] == "by"
            and (heads[c] == root.i or c == root.right_edge.i + 1)
        ):
            return doc[c]
    return None


def _subject(verb: Token) -> Token | None:
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _heads(doer: Token) -> list[Token]:
    """The doer's head noun and, for "members of X" / "gunmen from X", the group X too."""
    heads = [doer, *[c for c in doer.children if c.dep_ == "conj"]]
    for h in list(heads):
        if h.lower_ in _MEMBERS:
            heads += [
                g for p in h.children if p.lower_ in {"of", "from"} for g in p.children if g.dep_ == "pobj"
            ]
    return heads


def _non_state_head(head: Token) -> bool:
    if head.lower_ in NON_STATE_HEADS:
        return True
    kinds = any(c.lower_ in _GROUP_KINDS for c in head.children)
    if head.lower_ in {"group", "groups", "fighters"} and kinds:
        return True  # "armed groups", "separatist fighters"; "pro-government armed groups" are state-tied
    named = any(c.pos_ == "PROPN" or c.ent_type_ in {"ORG", "NORP"} for c in head.children)
    return head.lower_ in _GROUPING and not named
