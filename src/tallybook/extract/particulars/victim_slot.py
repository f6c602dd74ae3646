"""The victim slot of a trigger in the dependency parse.

"X was executed", "police arrested X", "the execution of X", "X's death", "a man who was
executed", "A, 16, and B, 22, who were shot dead", "90 prisoners whose death sentences were
upheld", "beat and administered electric shocks to 24 detainees": the token heading the noun
phrase that names the victims, or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import NOMINAL, wordset
from tallybook.extract.detection.trigger_vanishings import kin_of
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.particulars.missing_subjects import missing_subject
from tallybook.extract.particulars.recall_relatives import (
    antecedent,
    is_perpetrator,
    relative_antecedent,
    shared_relative,
    through_whose,
)
from tallybook.extract.particulars.victim_bearers import OWNED_NOUNS, bearer, confessor
from tallybook.extract.particulars.victim_detached import date_word, set_apart
from tallybook.extract.particulars.victim_heads import TOLD, kin_owner, last_piece
from tallybook.extract.particulars.victim_misparses import (
    of_after_death,
    of_after_modifiers,
    of_name_set_apart,
    others_after_object,
    range_before,
    real_object,
    relative_which,
    shared_passive_subject,
    split_subject,
    subject_above,
    subject_before_as,
)
from tallybook.extract.particulars.victim_pronouns import conjoined_antecedent
from tallybook.extract.text.parse_tree import first_child

_UNDERGO = wordset(
    "sentenced subjected suffered suffer suffers faced faces face facing underwent undergo endured received "
    "given handed"
)
# Verbs that raise the subject of a passive infinitive: "400 people are believed to have been executed"
_RAISING = wordset("believed thought said reported estimated feared presumed known understood alleged")

_GIVEN = wordset("given handed")
_PERISHED = wordset("died die dies perished")
_AGAINST = wordset("against on upon")
_PENALTIES = wordset("sentence sentences punishment punishments penalty penalties")
# Parts of a body whose harm is harm to its owner ("broke two of his fingers")
_BODY_PARTS = wordset(
    "finger fingers toe toes tooth teeth rib ribs bone bones leg legs arm arms hand hands foot feet "
    "eye eyes nose jaw skull back head wrist wrists ankle ankles knee knees skin nails fingernails "
    "sole soles palm palms"
)


def _owner(noun: Token) -> Token | None:
    """ "the whereabouts of X", "her fate", "the bodies of the dead", "two of his fingers": whose
    they are."""
    if noun.like_num or noun.pos_ == "NUM":
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        part = first_child(of, "pobj") if of is not None else None
        if part is not None and part.lower_ in _BODY_PARTS:
            return first_child(part, "poss")
        return None
    if noun.lower_ in _BODY_PARTS:
        return first_child(noun, "poss") or _part_of(noun)
    if noun.lower_ in {"lives", "life"} and noun.dep_ == "dobj":
        # "claimed the lives of 14 civilians": the people; "nine people lost their lives": the
        # subject who lost them (not the possessive pronoun)
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            return first_child(of, "pobj")
        if noun.head.lower_ not in {"lost", "lose", "loses", "losing"}:
            return None  # "claimed more than 500 lives": the counted lives themselves
        subj = first_child(noun.head, "nsubj")
        return subj if subj is not None and subj.lower_ not in {"who", "that", "which"} else None
    if noun.lower_ not in OWNED_NOUNS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = first_child(of, "pobj") if of is not None else None
    if obj is not None:
        return of_name_set_apart(noun, obj) or obj
    return first_child(noun, "poss")


def _part_of(part: Token) -> Token | None:
    """ "the soles of his feet", "four fingers of the right hand of X": the person a body part
    belongs to, through the parts it is named a part of."""
    for _ in range(3):
        of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = first_child(of, "pobj") if of is not None else None
        if obj is None:
            return None
        if obj.lower_ not in _BODY_PARTS:
            return obj if obj.pos_ in {"PROPN", "PRON"} or obj.ent_type_ == "PERSON" else None
        owner = first_child(obj, "poss")
        if owner is not None:
            return owner
        part = obj
    return None


def victim_head(trigger: Trigger) -> Token | None:
    head = _victim_head(trigger) or missing_subject(trigger)  # "X went missing"
    head = set_apart(trigger, head)  # victims the parse set apart: victim_detached, victim_wholes
    head = (others_after_object(trigger.root, head) or head) if head is not None else None
    head = through_whose(_owner(head) or head) if head is not None else None  # "X, whose body was found"
    head = last_piece(head) if head is not None else None
    if head is not None and trigger.type == "enforced_disappearance" and trigger.root.lower_ in TOLD:
        head = kin_owner(head) or head
    if head is not None and head.pos_ == "PRON" and trigger.root.lower_ in OWNED_NOUNS:
        head = kin_of(trigger.root) or head  # "the families of 12 detainees ... their whereabouts"
    if head is not None and head.pos_ == "PRON":
        head = conjoined_antecedent(head) or head  # "detained A and drove him away": A
    return head


def _victim_head(trigger: Trigger) -> Token | None:
    root = trigger.root
    if (by_death := of_after_death(root, trigger.span[-1])) is not None:
        return by_death
    if trigger.kind == NOMINAL:
        # "the arrest and slaughter of 1,500": the conjuncts share the "of" phrase.
        holders = [root, root.head] if root.dep_ in {"conj", "compound"} else [root]
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in {"of", "against"}:
                    obj = first_child(c, "pobj")
                    if obj is not None:
                        return obj
        for c in root.children:
            if c.dep_ == "prep" and c.lower_ in {"of", "against"}:
                obj = first_child(c, "pobj")
                if obj is not None:
                    return obj
        late = of_after_modifiers(root)
        if late is not None:  # "the executions by firing squad on 3 March of X"
            return late
        poss = first_child(root, "poss")
        if poss is not None and poss.lower_ == "whose":
            # "90 prisoners whose death sentences were upheld": the relative clause's noun
            relcl = next((a for a in root.ancestors if a.dep_ == "relcl"), None)
            return relcl.head if relcl is not None else None
        if poss is not None and trigger.span[-1].lower_ not in {"row", "custody", "detention"}:
            return poss
        if trigger.span[-1].lower_ in {"row", "custody", "detention"}:
            owner = first_child(trigger.span[0], "poss")
            if owner is not None and owner.ent_type_ == "PERSON":
                return owner  # "X's death in custody" (however the parser hung "in custody")
            last = trigger.span[-1]
            of = next((c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if last.i > root.i and of is not None and first_child(of, "pobj") is not None:
                return first_child(of, "pobj")  # "the deaths in custody of nine prisoners": "of" on "custody"
            if root.i < trigger.span[-1].i and first_child(root, "nummod") is not None:
                return root  # "four deaths in custody": the counted deaths themselves
            prep = root.head
            holder = prep.head if prep.dep_ == "prep" else prep
            if holder.pos_ in {"NOUN", "PROPN", "PRON"}:
                return holder
            clause = None
            for _ in range(3):
                found = first_child(holder, "dobj", "attr", "nsubj", "nsubjpass")
                found = subject_before_as(holder, found) or found  # not "children" of "as children remain"
                # "say between 60 and 80 people are on death row": the range hung on the teller's
                # verb; "According to X, between 60 and 80 people are on death row": on the copula
                ranged = range_before(holder, clause or holder)
                found = (ranged if clause is not None else found or ranged) or found
                if found is not None and found.lower_ in {"who", "that"} and holder.dep_ == "relcl":
                    # "seven men, all arrested as children, who remain on death row": the men
                    counted = [a for a in list(holder.ancestors)[:5] if first_child(a, "nummod") is not None]
                    return counted[0] if counted else antecedent(holder)
                if found is not None:
                    return found
                if holder.dep_ not in {"xcomp", "ccomp", "conj"} or holder.head.i == holder.i:
                    break
                clause, holder = holder, holder.head
            return None
        root = _listed_harm(root) or root
        gov = root.head.head if root.dep_ == "pobj" else root.head
        if root.lower_ == "arrest" and root.dep_ == "pobj" and root.head.lower_ == "under":
            # "X had been under arrest since May", "police put him under house arrest": who is held
            return first_child(gov, "dobj") or relative_antecedent(
                gov, first_child(gov, "nsubjpass", "nsubj")
            )
        if root.dep_ in {"pobj", "dobj"} and gov.lower_ in _UNDERGO:
            # "She was sentenced to 74 lashes", "he was subjected to torture": the subject
            # "was handed a death sentence": the passive subject; in "courts handed down death
            # sentences to 317 people" the subject is the giver (the "to" phrase is read below)
            found = (
                first_child(gov, "nsubjpass")
                if gov.lower_ in _GIVEN
                else first_child(gov, "nsubjpass", "nsubj")
            )
            if found is None and gov.dep_ == "xcomp":
                # "3,000 prisoners are believed to be facing execution": the raising verb's subject
                found = first_child(gov.head, "nsubjpass", "nsubj")
            if (
                found is None
                and gov.dep_ == "conj"
                and all(c.i == root.i for c in gov.children if c.dep_ == "dobj")
            ):
                # "women were held in the school and subjected to sexual violence": shared subject
                # (above a misparse too: "was convicted of having X and received 99 lashes")
                found = subject_above(gov)
            if found is not None:
                return found
            if gov.dep_ == "acl" and gov.head.pos_ in {"NOUN", "PROPN", "NUM"}:
                return gov.head  # "400 people subjected to corporal punishment": the people
        if root.dep_ == "pobj" and root.head.lower_ == "in" and gov.lower_ in _PERISHED:
            # "4,000 people died in police killings": who died in them
            found = relative_antecedent(gov, first_child(gov, "nsubj"))
            if found is not None:
                return found
        if root.dep_ == "dobj":
            # "officers had given him electric shocks", "gave the prisoners 40 lashes": the recipient
            given = first_child(root.head, "dative")
            if given is not None and given.i < root.i and given.pos_ in {"NOUN", "PROPN", "PRON"}:
                return given
            # "administered electric shocks to ten detainees", "inflicted torture on them"
            for c in root.head.children:
                # "issued death sentences against at least six protesters": a penalty's "against"
                penalty_against = c.lower_ == "against" and root.lower_ in _PENALTIES
                if c.dep_ == "prep" and (c.lower_ in {"to", "on", "upon"} or penalty_against):
                    obj = first_child(c, "pobj")
                    if obj is not None and obj.pos_ in {"NOUN", "PROPN", "PRON"}:
                        return obj
        if root.dep_ == "nsubjpass":
            # "The death sentence was handed down ... against a soldier"
            for c in root.head.subtree:
                if c.dep_ == "prep" and c.lower_ == "against":
                    obj = first_child(c, "pobj")
                    if obj is not None:
                        return obj
        if root.dep_ == "attr":  # "Shekari's death was the first execution": the possessor
            subj = first_child(root.head, "nsubj")
            if subj is not None:
                return first_child(subj, "poss") or subj
        return confessor(root) or bearer(root)
    verb = trigger.root  # the verb itself, not an adverb before it ("forcibly")
    if verb.lower_ == "risk" and verb.head.lower_ == "at":
        # "three prisoners are at imminent risk of execution": who is at risk
        return first_child(verb.head.head, "nsubj", "nsubjpass")
    for noun in trigger.span:
        owner = _owner(noun)
        if owner is not None:
            return owner  # "refused to hand over the bodies of at least three of the dead"
    split = split_subject(verb) or shared_relative(verb)
    if split is not None:
        return split
    if verb.lower_ in _BE_OR_REMAIN and first_child(verb, "nsubj") is not None:
        # "at least 14 members of the movement are still behind bars": a stock told by a copula
        return relative_antecedent(verb, first_child(verb, "nsubj"))
    # "were held and beaten, a claim ...": the shared subject; a "that" taken for an object is none
    own = shared_passive_subject(verb) or real_object(verb, first_child(verb, "nsubjpass", "dobj"))
    # "carried out the death penalty against 14 people", "imposed the death penalty on three men"
    against = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AGAINST and c.i > verb.i), None
    )
    if own is not None and own.lower_ in _PENALTIES and verb.lower_ == "facing":
        # "15 people are (known to be) facing the death penalty", "men who are facing it"
        raised = first_child(verb.head, "nsubjpass", "nsubj") if verb.dep_ == "xcomp" else None
        return antecedent(verb) if verb.dep_ == "relcl" else first_child(verb, "nsubj") or raised
    if own is not None and own.lower_ in _PENALTIES and against is not None and first_child(against, "pobj"):
        # "carried out flogging sentences against 43 people", "carried out the death penalty
        # against 14 people": the people the penalty is carried out against
        return first_child(against, "pobj")
    if own is not None and trigger.span.start <= own.i < trigger.span.end:
        # "held her incommunicado" misparsed with "her" as the possessor of "incommunicado"
        own = next((c for c in own.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if own is None:
        # "leaving at least six protesters dead", parsed as a clause "[protesters] dead"
        dead = next((c for c in verb.children if c.lower_ == "dead" and c.dep_ in {"ccomp", "xcomp"}), None)
        own = first_child(dead, "nsubj") if dead is not None else None
    if own is None:
        own = _inner_object(trigger)
    if own is not None and own.lower_ in _PENALTIES and against is not None and first_child(against, "pobj"):
        return first_child(against, "pobj")  # the object found inside the trigger's words
    if own is not None:
        return relative_antecedent(verb, own)  # "a man who was executed": the man
    for c in verb.children:
        obj = first_child(c, "pobj") if c.dep_ == "prep" and c.lower_ == "between" else None
        if obj is not None and first_child(obj, "nummod") is not None and not date_word(obj):
            return obj  # "detained between 1,300 and 1,500 persons", misparsed as a preposition
    if verb.dep_ == "acl" and is_perpetrator(verb.head):
        # "In May police arrested up to 40 people" misparsed as "police [who were] arrested":
        # the counted people after the verb are the victims, not the police.
        for c in verb.children:
            obj = first_child(c, "pobj") if c.dep_ == "prep" else None
            if obj is not None and _counted(obj) and obj.lower_ not in _TIME_NOUNS:
                return obj
    own_subject = first_child(verb, "nsubj") is not None  # "reports that X died": a clause, not a modifier
    if (
        verb.dep_ in {"acl", "amod"}
        and verb.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}
        and not own_subject
    ):
        return verb.head
    cur = verb
    for _ in range(3):
        found = relative_antecedent(cur, first_child(cur, "nsubjpass"))
        aux = first_child(cur, "auxpass")
        if found is None and aux is not None:
            # "X, a driver, was flogged": a passive subject the parser labelled nsubj, hung on the
            # verb or on its auxiliary
            found = relative_antecedent(cur, first_child(cur, "nsubj") or first_child(aux, "nsubj"))
        if found is None and trigger.type != "death_in_custody":
            found = first_child(cur, "dobj")
            if found is not None and relative_which(found, cur):
                found = subject_above(cur)
        reduced = cur.lower_.endswith(("ed", "hanged")) and not first_child(cur, "aux", "auxpass")
        if found is None and (trigger.type == "death_in_custody" or reduced):
            found = relative_antecedent(cur, first_child(cur, "nsubj"))
        if found is not None:
            return found
        if cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head
            continue
        if cur.dep_ == "xcomp" and cur.head.lower_ in _RAISING and first_child(cur, "aux") is not None:
            # "Some 400 people are believed to have been executed": the raising verb's subject
            cur = cur.head
            continue
        shared = first_child(cur, "nsubj") is None  # not "while 40 people have gone missing"
        if cur.dep_ == "advcl" and cur.tag_ == "VBN" and shared and first_child(cur.head, "nsubjpass"):
            # "he had been kept in a cell, handcuffed and beaten": the participles share the subject
            cur = cur.head
            continue
        if cur.dep_ == "advcl" and cur.tag_ == "VBN" and shared and (undergone := _copula_subject(cur)):
            # "A and B are dead, executed for ...": the participle tells what the copula's subject
            # underwent
            return undergone
        break
    if verb.dep_ == "relcl" and not any(
        (c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "advmod" and c.lower_ in {"when", "where"})
        for c in verb.children
    ):
        # "its fears that 40 students have disappeared": a "that" clause the parser hung on its
        # noun as a relative clause has a subject of its own, not the noun (`missing_subject`);
        # a "when" clause tells the time of its noun, no victim ("at the time of ... when executed")
        return antecedent(verb)
    return _when_subject(verb) or _passive_gerund_subject(verb) or _shared_object(verb)


def _listed_harm(root: Token) -> Token | None:
    """ "was subjected to an array of violations, including incommunicado detention and torture":
    the harm a list names after "including" is one the person underwent; the noun the list
    belongs to (through its "of" phrases) stands where the harm would."""
    base = root  # up through the list's items, which the parser may nest ("lack of access to X and torture")
    for _ in range(8):
        if base.dep_ == "pobj" and base.head.lower_ == "including":
            break
        if base.dep_ not in {"conj", "pobj", "prep"} or base.head.i == base.i:
            return None
        base = base.head
    else:
        return None
    noun = base.head.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun if noun.dep_ == "pobj" and noun.head.head.lower_ in _UNDERGO else None


def _when_subject(verb: Token) -> Token | None:
    """ "they were sixteen at the time of their arrest and eighteen when executed": a participle
    with "when" and no subject or auxiliary of its own tells what befell the subject of the
    clause it sits in (the parser may hang it on any noun of that clause)."""
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    if verb.tag_ != "VBN" or first_child(verb, "nsubj", "nsubjpass", "aux", "auxpass") is not None:
        return None
    for up in list(verb.ancestors)[:6]:
        subj = first_child(up, "nsubj", "nsubjpass") if up.pos_ in {"VERB", "AUX"} else None
        if subj is not None:
            return subj
    return None


def _copula_subject(participle: Token) -> Token | None:
    """ "A and B are dead, executed for ...": the subject of the copula a subjectless participle
    clause follows, when no auxiliary makes the participle a clause of its own."""
    head = participle.head
    if participle.i < head.i or first_child(participle, "aux", "auxpass") is not None:
        return None
    if head.lower_ not in _BE_OR_REMAIN or first_child(head, "acomp", "attr") is None:
        return None
    subj = first_child(head, "nsubj")
    return subj if subj is not None and subj.pos_ in {"NOUN", "PROPN", "PRON"} else None


def _inner_object(trigger: Trigger) -> Token | None:
    """ "denied holding him": the object of a later verb of the trigger."""
    for tok in trigger.span[1:]:
        if tok.pos_ == "VERB":
            found = first_child(tok, "dobj")
            if found is not None and not trigger.span.start <= found.i < trigger.span.end:
                return found
    return None


def _counted(tok: Token) -> bool:
    """ "300 persons", "between 300 and 400 persons incommunicado": a number inside the phrase."""
    return any(c.dep_ == "nummod" for t in tok.subtree for c in t.children if t.i - tok.i < 4)


def _passive_gerund_subject(verb: Token) -> Token | None:
    """ "X had complained of being beaten", "she described being tortured": the subject of the
    verb that governs the passive gerund (through one conjunction: "X spent ... and complained")."""
    if not any(c.lower_ == "being" and c.dep_ == "auxpass" for c in verb.children):
        return None
    if verb.dep_ not in {"pcomp", "xcomp", "advcl", "dobj"}:
        return None
    gov = verb.head.head if verb.head.dep_ == "prep" else verb.head
    found = first_child(gov, "nsubj", "nsubjpass")
    if found is None and gov.dep_ == "conj":
        found = first_child(gov.head, "nsubj", "nsubjpass")
    if found is None or found.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    return relative_antecedent(gov, found)


def _shared_object(verb: Token) -> Token | None:
    """ "police beat and administered electric shocks to 24 detainees": the conjoined verb's
    recipient (or object) is the victim of the first verb too."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i < verb.i:
            continue
        obj = first_child(conj, "dobj")
        if obj is not None and (obj.pos_ == "PROPN" or first_child(obj, "nummod") is not None):
            return obj  # "beat and detained 12 protesters"
        if obj is None or obj.pos_ != "NOUN":
            continue
        for c in conj.children:  # "administered electric shocks to 24 detainees"
            if c.dep_ == "prep" and c.lower_ in {"to", "on"}:
                to = first_child(c, "pobj")
                if to is not None and _recipient(to):
                    return to
    return None


def _recipient(tok: Token) -> bool:
    """A noun that can name people: not a time ("for days"), not a place ("to prison")."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in _PLACE_LABELS:
        return False
    return tok.lower_ not in _TIME_NOUNS | _PLACE_NOUNS


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
_PLACE_NOUNS = wordset("prison jail court hospital station camp cell centre center base headquarters")

_BE_OR_REMAIN = wordset("remain remains remained are were is was")
_TIME_NOUNS = wordset("days day weeks week months month years year hours hour times")
