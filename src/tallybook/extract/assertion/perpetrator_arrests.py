"""Arrests of the people said to have committed a violation, and violations named only as the
charge against them: "the officer was arrested and charged with murder", "two guards were
detained over the death", "arrested four police officers on charges of enforced disappearance".
So are prison terms handed to them ("sentenced two sergeants to 22 years in prison for the
killing", "the guard responsible was sentenced to eight years").
These tell accountability for an incident, not an incident (CONVENTIONS.md: the victims are the
people the violation was done to). Arrests of protesters "in connection with the protests" stay.
Used by non_events.py; needs the dependency parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import NOMINAL, wordset
from tallybook.extract.detection.trigger_patterns import STATE_AGENT_NOUNS
from tallybook.extract.detection.trigger_record import with_sayer
from tallybook.extract.detection.triggers import Trigger

# Agents of the state who may be arrested for what they did on duty.
_AGENTS = STATE_AGENT_NOUNS | wordset("personnel chief chiefs inspector inspectors sho")
# Verbs and nouns of a charge: "charged with murder", "on charges of enforced disappearance".
_CHARGED = wordset("charged accused indicted booked suspected")
# ("allegations of torture" tell the violation itself)
_CHARGES = wordset("charge charges suspicion")
# What an agent may be held over: the violation the text tells ("the death", "the disappearance").
_VIOLATIONS = wordset(
    "death deaths killing killings murder murders shooting shootings beating beatings massacre "
    "homicide homicides manslaughter lynching torture torturing disappearance disappearances "
    "abduction abductions kidnapping rape"
)
# Violations no one but their perpetrator is arrested "in connection with".
_DONE_BY_THE_HELD = wordset("disappearance disappearances torture abduction abductions")
_OVER = wordset("over for")


def perpetrator_arrest(root: Token) -> bool:
    """ "The officer was arrested and charged with murder", "two guards were detained over the
    death of a prisoner", "arrested 12 police officers in connection with the disappearance of
    seven farmworkers": the arrested are the alleged perpetrators."""
    held = _held(root)
    agents = any(h.lower_ in _AGENTS for h in held)
    for prep in (c for c in root.children if c.dep_ == "prep"):
        obj = _pobj(prep)
        if obj is None:
            continue
        if prep.lower_ == "in" and obj.lower_ == "connection":
            # "in connection with the disappearance of ..." (the deaths: non_events.py)
            event = _pobj(next((c for c in obj.children if c.lower_ == "with"), obj))
            if event is not None and event.lower_ in _DONE_BY_THE_HELD:
                return True
        if agents and prep.lower_ in _OVER and obj.lower_ in _VIOLATIONS and _determined(obj):
            return True  # "detained over the death", "arrested for the killing of"
        if agents and prep.lower_ == "on" and obj.lower_ in _CHARGES and _of_violation(obj):
            return True  # "on charges of enforced disappearance"
    if any(_responsible(h) for h in held):
        return True  # "the officers responsible were arrested"
    if _agents_told_acting(root, held + _nominal_held(root)):
        return True  # "Soldiers beat X to death. The army said two soldiers had been arrested."
    return agents and (any(_charged(v) for v in _clauses(root)) or _by_prosecutors(root))


# Verbs that hand down a prison term (the term itself is told by trigger_context.is_prison_term).
_SENTENCING = wordset("sentenced sentence sentences sentencing convicted jailed")


def perpetrator_sentence(trigger: Trigger) -> bool:
    """ "a court sentenced two sergeants to 22 years in prison for the killing", "convicted five
    former militiamen for the killings, sentencing each to 780 years", "the guard responsible was
    sentenced to 10 years": a prison term for a violation the text tells, or one given to agents
    of the state, is its perpetrators' punishment, not a violation (death sentences stay)."""
    root = trigger.root
    if trigger.type != "other" or root.lower_ not in _SENTENCING:
        return False
    verbs = [root]
    if root.dep_ in {"advcl", "conj"} and root.head.lower_ in _SENTENCING | _ARRESTED:
        verbs.append(root.head)  # "convicted X for the killings, sentencing each to ..."
    for verb in verbs:
        held = _held(verb)
        if any(h.lower_ in _AGENTS or _responsible(h) for h in held):
            return True
        held += [c for h in held for c in h.children if c.dep_ == "conj"]
        # (the parser may hang "for the massacre" on the last of the people sentenced)
        holders = [verb, *held]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _OVER):
            obj = _pobj(prep)
            if obj is not None and obj.lower_ in _VIOLATIONS and _definite(obj):
                return True
    return False


_ARRESTED = wordset("arrested detained")
_DEFINITE = wordset("the this that these those")


def _responsible(noun: Token) -> bool:
    """ "the officer responsible", "those responsible": the doers of the violation told (the
    parser may make "responsible" the head: "the constable responsible")."""
    if noun.lower_ == "responsible":
        return True
    return any(c.dep_ == "amod" and c.lower_ == "responsible" for c in noun.children)


def _definite(noun: Token) -> bool:
    """ "for the killing", "over the massacre": the event the text has told."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


_SAYER_PRONOUNS = wordset("it they we")
_PROSECUTORS = wordset("prosecutor prosecutors prosecution attorney attorney-general procuracy procurator")


def _by_prosecutors(root: Token) -> bool:
    """ "the state prosecutor's office said it had arrested two municipal officers": agents held
    by the body that prosecutes crimes are suspects held to account (the arrester is the verb's
    subject, or the sayer a pronoun subject stands for)."""
    subj = with_sayer(root, [c for c in root.children if c.dep_ == "nsubj"], _SAYER_PRONOUNS)
    return any(t.lower_.removesuffix("'s") in _PROSECUTORS for s in subj for t in s.subtree)


def charged_violation(trigger: Trigger) -> bool:
    """ "on charges of enforced disappearance", "charged with torture": a violation named as the
    charge against its alleged perpetrators, told (if at all) elsewhere."""
    if trigger.kind != NOMINAL:
        return False
    root = trigger.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return (prep.lower_ == "of" and prep.head.lower_ in _CHARGES) or (
        prep.lower_ == "with" and prep.head.lower_ in _CHARGED
    )


def _held(root: Token) -> list[Token]:
    """The people arrested: the object, the passive subject, or the subject shared with the verb
    this one is conjoined to ("were arrested and charged")."""
    held = [c for c in root.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not held and root.dep_ == "conj":
        held = [c for c in root.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    if root.dep_ == "acl":
        held.append(root.head)
    return held


def _clauses(root: Token) -> list[Token]:
    """The verbs conjoined with the arrest: "arrested and charged", "charged and arrested"."""
    verbs = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        verbs.append(root.head)
    return verbs


def _charged(verb: Token) -> bool:
    """ "charged with murder", "accused of torturing detainees"."""
    if verb.lower_ not in _CHARGED:
        return False
    for prep in (c for c in verb.children if c.dep_ in {"prep", "pcomp"} and c.lower_ in {"with", "of"}):
        if any(t.lower_ in _VIOLATIONS for t in prep.subtree):
            return True
    return False


def _of_violation(noun: Token) -> bool:
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(t.lower_ in _VIOLATIONS for t in of.subtree)


def _determined(noun: Token) -> bool:
    """ "the death", "his killing": the event itself, not "for killing protesters"."""
    return any(c.dep_ in {"det", "poss"} for c in noun.children)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


# Kinds of state agents: a later arrest of the kind the text has just told acting is of the doers.
_AGENT_KINDS = (
    wordset("soldier soldiers troops army military"),
    wordset("police policeman policemen officer officers constable constables"),
    wordset("guard guards warden wardens jailer jailers"),
)
_ACTOR_DEPS = frozenset({"nsubj", "compound", "agent", "pobj"})


def _nominal_held(root: Token) -> list[Token]:
    """The people a nominal arrest is of: "the arrest of three soldiers"."""
    if root.pos_ != "NOUN":
        return []
    return [
        o
        for p in root.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _agents_told_acting(root: Token, held: list[Token]) -> bool:
    """ "UPDF soldiers beat a driver to death ... The army announced that two soldiers had been
    arrested": agents of the kind the three sentences before (or this one, before the arrest) tell as
    the doers of an act are held to account, not victims."""
    kinds = [k for h in held for k in _AGENT_KINDS if h.lower_ in k]
    if not kinds or any(c.dep_ in {"relcl", "acl"} for h in held for c in h.children):
        # "two officers who joined the march were detained": their own act is told
        return False
    doc = root.doc
    sent = root.sent
    start = sent.start
    for _ in range(3):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    low = min(h.i for h in held)
    for tok in doc[start:low]:
        if not any(tok.lower_ in k for k in kinds):
            continue
        head = tok.head if tok.dep_ != "pobj" else tok.head.head
        if tok.dep_ == "compound" and head.dep_ == "nsubj":
            tok, head = head, head.head  # "police officers shot"
        if tok.dep_ == "agent" or (tok.dep_ == "pobj" and tok.head.lower_ == "by"):
            return True  # "were beaten by soldiers"
        if tok.dep_ == "nsubj" and head.pos_ == "VERB" and head.i != root.i:
            return True
    return False
