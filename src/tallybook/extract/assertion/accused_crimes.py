"""Whether a trigger is a crime someone is convicted of, charged with or suspected of.

"executed for murder", "held on suspicion of killing two people", "charges of murdering a guard",
"the case against a man who had killed his superior": the killing or arrest word names what a
person is accused of, not a violation against them; not a verb conjoined to the accusation, which
tells an act of its own ("accused him of spying and shot him dead"), nor the killing state agents
are found guilty of murder "over" (the killing of a named victim is the violation). A rape a
person is convicted of is no violation either ("executed after being convicted by the court of
having raped a boy": the "of" the parser hangs on the court belongs to the verb), unless state
agents are the accused; nor the deaths of an attack those "suspected of involvement in" it are held
over, however deep in the phrase ("suspected of involvement in blowing up a bus, in which 14 people
were killed"). Asked by `is_reported_as_fact`.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import STATE_AGENT_NOUNS
from tallybook.extract.detection.trigger_record import Trigger

_CRIME_GOVERNORS = wordset(
    "convicted accused charged guilty suspected confessed committing commit crime murder for "
    "charging convicting accusing"
)
# Verbs whose "of" phrase is what someone is accused of, at any depth of the trigger's phrase
_ACCUSING = wordset("convicted accused charged guilty suspected")
# Nouns whose "of" phrase is what someone is accused of: "arrested on suspicion of killing two people".
_ACCUSATIONS = wordset("suspicion charge charges accusation accusations allegation allegations")


def accused_crime(trigger: Trigger, chain: list[Token]) -> bool:
    """True when the trigger (with `chain`, the verbs and nouns it hangs from in its own clause)
    names a crime a person is convicted of, charged with or suspected of."""
    root = trigger.root
    if trigger.type == "killing" and _agents_convicted_over(root):
        return False  # "officers found guilty of murder over the killing of X": the killing is real
    chain = _without_agents(chain)
    if trigger.type in {"killing", "enforced_disappearance"} and _held_in_connection(root):
        return True
    if trigger.type in {"killing", "other"} and _deep_accusation(chain):
        return True
    if trigger.type == "other":
        return False  # (a harm typed other is an accused's crime only "of" an accusing verb, above)
    # A crime the victim was convicted of is not a violation ("executed for murder").
    in_relative = False
    for k, tok in enumerate(chain[1:4]):
        if _own_act(chain[k], tok):
            break  # "accused him of spying and shot him dead": a second act, not the accusation
        in_relative = in_relative or chain[k].dep_ == "relcl"
        if in_relative and tok.lower_ == "for":
            continue  # "a vigil for X, whom police shot dead": "for" governs the noun, not the clause
        if tok.lower_ in _CRIME_GOVERNORS and trigger.type in {"killing", "arrest"}:
            return True
    if trigger.type == "killing" and _accused_of(root):
        return True
    # "who had killed his superior": a relative clause about a convicted person.
    if trigger.type == "killing" and root.dep_ == "relcl":
        rel_subj = [c for c in root.children if c.dep_ == "nsubj"]
        if rel_subj and rel_subj[0].lower_ in {"who", "that"} and root.head.pos_ == "NOUN":
            head_noun = root.head
            if head_noun.dep_ == "pobj" and head_noun.head.lower_ in {"against", "for"}:
                return True
    return False


# What is done to a person "in connection with" the crime they are suspected of
_PROSECUTING = wordset(
    "arrested detained held charged tried convicted sentenced jailed prosecuted executed hanged"
)


def _held_in_connection(root: Token) -> bool:
    """ "he was arrested in connection with the disappearance of a young boy": the crime a person
    is held over (not when agents of the state are the ones held: their killing is the violation)."""
    conn = root.head.head
    if root.dep_ != "pobj" or root.head.lower_ != "with" or conn.lower_ != "connection":
        return False
    verb = conn.head.head if conn.dep_ == "pobj" else conn.head
    if verb.lower_ not in _PROSECUTING:
        return False
    held = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return not any(h.lower_ in _AGENTS for h in held)


def _without_agents(chain: list[Token]) -> list[Token]:
    """ "convicted by the court of having raped": the parser hangs the "of" phrase on the agent
    noun; the chain skips the agent phrase, so the "of" reaches its verb."""
    out: list[Token] = []
    for tok in chain:
        if tok.dep_ == "agent" and out and out[-1].dep_ == "pobj" and out[-1].head.i == tok.i:
            out.pop()
            if out and out[-1].lower_ == "of":
                continue  # (the agent itself dropped too: the "of" hangs on the verb)
        out.append(tok)
    return out


def _deep_accusation(chain: list[Token]) -> bool:
    """An accusing verb above the trigger, reached by its own "of" phrase with no finite clause
    between, whose accused are no state agents: "those suspected of involvement in blowing up a
    bus, in which 14 people were killed", "executed after being convicted of having raped a boy".
    Not a trigger with a doer of its own ("a protest in which police killed 30")."""
    if any(c.dep_ in {"nsubj", "agent"} for c in chain[0].children):
        return False
    for k in range(1, len(chain)):
        tok, below = chain[k], chain[k - 1]
        if tok.tag_ in {"VBD", "VBZ", "VBP"} and tok.lower_ not in _ACCUSING:
            return False  # a finite clause of its own lies between
        if tok.lower_ not in _ACCUSING or below.lower_ != "of":
            continue
        accused = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if tok.lower_ == "guilty":  # "officers were found guilty of": the finding verb's subject
            accused += [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if tok.dep_ in {"acl", "relcl", "amod"}:
            accused.append(tok.head)
        return not any(a.lower_ in _AGENTS for a in accused)
    return False


# Agents of the state who may be convicted of what they did on duty
_AGENTS = STATE_AGENT_NOUNS | wordset("troops")
_CRIME_NOUNS = wordset("murder murders homicide homicides manslaughter")
_CONVICTING = wordset("guilty convicted sentenced jailed charged")
_CONVICTED_DEPS = frozenset(["nsubj", "nsubjpass", "dobj"])


def _agents_convicted_over(root: Token) -> bool:
    """ "three police officers were found guilty of murder over the killing of X", "convicted the
    soldier of homicide for the killing of Y": the crime is named by "murder"; "the killing of"
    named victim, done by the state agents convicted, is the violation itself."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"over", "for"}:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return False
    crime = prep.head
    if crime.lower_ not in _CRIME_NOUNS or crime.head.lower_ != "of":
        return False
    verb = crime.head.head
    people = [c for c in verb.children if c.dep_ in _CONVICTED_DEPS]
    if verb.lower_ == "guilty":
        people += [c for c in verb.head.children if c.dep_ in _CONVICTED_DEPS] + [verb.head]
    elif verb.lower_ not in _CONVICTING:
        return False
    return any(p.lower_ in _AGENTS for p in people)


def _own_act(link: Token, head: Token) -> bool:
    """ "accused him of supporting the rebels, and shot him dead", "was accused of spying and shot
    dead by soldiers": a finite or participle verb conjoined to the accusing verb, or to the gerund
    or noun that names the crime, tells an act of its own (a crime is named by a gerund: "accused
    of kidnapping and killing a guard")."""
    if link.dep_ != "conj" or link.head.i != head.i or link.tag_ not in {"VBD", "VBN"}:
        return False
    return head.lower_ in _CRIME_GOVERNORS or head.tag_ == "VBG" or head.pos_ == "NOUN"


def _accused_of(root: Token) -> bool:
    """ "held on suspicion of killing two people", "charges of murdering a guard": the killing a
    person is suspected or charged with is the accusation against them, not a violation (an
    allegation of killings against the state, "allegations of killings by troops", names a doer)."""
    of = root.head
    if root.dep_ not in {"pobj", "pcomp"} or of.lower_ != "of" or of.head.lower_ not in _ACCUSATIONS:
        return False
    noun = of.head
    if noun.lower_.startswith("allegation"):
        return noun.head.lower_ in {"on", "over"}  # "detained over allegations of murder"
    return True
