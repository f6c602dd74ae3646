"""Which act an incident of type "other" tells, so that two different acts done to the same
person stay two incidents: "sentenced him to nine years in prison" and "the authorities kept his
body" share a victim but are different violations (CONVENTIONS.md lists each as its own "other")."""

from __future__ import annotations

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import BODY_NOUNS
from tallybook.extract.particulars.mentions import Mention
from tallybook.model import PartialDate
from tallybook.model.vocab import FATAL_TYPES

# Each kind of act by the words its trigger phrase uses; the first kind that matches wins.
_ACT_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("body", BODY_NOUNS),
    ("sexual", wordset("sexual sexually raped rape rapes")),
    ("nationality", wordset("nationality citizenship")),
    ("confinement", wordset("solitary punitive incommunicado")),
    ("risk", wordset("risk")),
    ("prison_term", wordset("sentenced sentence sentences sentencing jailed imprisoned imprisonment")),
)


_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "nsubj"})


def act_kind(m: Mention) -> str:
    """The act an "other" mention tells: a body withheld, sexual violence, loss of nationality,
    punitive confinement, risk of execution, a prison term; else the trigger's lemma."""
    root = m.trigger.root
    # "returned the body", "the bodies were handed over", "to retrieve the bodies": the act is
    # named by what the trigger's verb acts on as much as by the verb
    objects = [c for c in root.children if c.dep_ in _OBJECT_DEPS]
    words = {w.lower_ for w in m.trigger.span} | {c.lower_ for c in objects}
    for kind, cues in _ACT_WORDS:
        if words & cues:
            return kind
    return m.trigger.root.lemma_.lower()


def different_acts(c_mentions: list[Mention], m: Mention) -> bool:
    """ "Other" violations of different kinds are never one incident, whoever suffered them."""
    if m.type != "other" or m.anaphoric or m.summary:
        return False
    kinds = {act_kind(x) for x in c_mentions if x.type == "other" and not x.summary}
    return bool(kinds) and act_kind(m) not in kinds


_UNNAMED = wordset("unidentified unknown unnamed masked hooded plainclothes plain-clothes anonymous")
_DISGUISE = wordset("unmarked plainclothes plain-clothes masked hooded balaclavas")


def unnamed_abductors(m: Mention) -> bool:
    """ "abducted by unidentified armed men", "taken away by masked gunmen": a disappearance by
    men nobody names is how state abductions are reported, not a non-state crime; "abducted by
    militants" or "by kidnappers" names who did it."""
    if m.type != "enforced_disappearance":
        return False
    words = {w.lower() for p in m.perpetrators for w in p.split()}
    if bool(words & _UNNAMED) or {"plain", "clothes"} <= words:
        return True
    # "abducted by armed men in plain clothes", "the abduction of 19 people by armed men driving
    # unmarked vans": the parser hangs the clothes or the vans on a verb, but they describe the
    # abductors (the disappearance's own sentence)
    clause = {t.lower_ for t in m.sent}
    return bool(clause & _DISGUISE) or {"plain", "clothes"} <= clause or {"civilian", "clothes"} <= clause


def date_withheld_bodies(mentions: list[Mention]) -> None:
    """ "The authorities kept his body for two days": a body is withheld after the death the text
    has told; with no date of its own, the act takes the month of that death (same victim)."""
    for i, m in enumerate(mentions):
        if m.type != "other" or m.date is not None or act_kind(m) != "body":
            continue
        death = next(
            (
                x
                for x in reversed(mentions[:i])
                if x.type in FATAL_TYPES
                and x.date is not None
                and (not m.names or set(m.names) & set(x.names))
            ),
            None,
        )
        if death is not None and death.date is not None:
            # held for days or weeks after the death: the month, not the day of death
            m.date = PartialDate(death.date.value[:7], death.date.end[:7] if death.date.end else None)
            m.date_from_claim = death.date_from_claim
