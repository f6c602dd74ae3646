"""Trigger words the text uses for something other than a violation that happened: a denial
that a practice exists ("denied that enforced disappearances occurred") or that it was done to
anyone ("denied that his officers had detained anyone that night"), a simulated act ("mock
executions", a torture method), a release ("freed 16 people jailed in ..."), the arrest of a
criminal suspect ("detained him on suspicion of theft", "arrested in the anti-drug raids",
"held in connection with the deaths": CONVENTIONS.md; not a round-up or a detention without
charge; "arrested in the drive" of a text naming an anti-drug drive), an age at arrest ("was 17
years old when he was arrested", "children at the time of their arrest"), an arrest that only
says who was executed or faces execution ("men detained in connection with the protests are at
risk of execution") or who suffered the harm, the vanishing or the sentence a noun tells ("the
ill-treatment of persons detained for political reasons", "the deaths in custody of persons arrested"), a
suicide ("hanged himself"), a beating alleged only against an official suicide account (a dispute
about a death's cause), an arrest of alleged perpetrators or their prison term
(perpetrator_arrests.py), a non-state crime (non_state.py), a punishment named as a rule or a
range (penalty_terms.py) and a frame that tells no event (a risk, a law, a topic, a warning, a
title: nonevent_frames.py). Used by factuality.py; each check
needs the dependency parse.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from tallybook.extract.assertion.arrest_descriptors import age_at_arrest, age_at_time_of, says_who_suffered
from tallybook.extract.assertion.demanded_kinds import demanded_kind
from tallybook.extract.assertion.disputed_charges import disputed_charge
from tallybook.extract.assertion.non_state import non_state_doer
from tallybook.extract.assertion.nonevent_frames import non_event_frame
from tallybook.extract.assertion.penalty_terms import penalty_term
from tallybook.extract.assertion.perpetrator_arrests import (
    charged_violation,
    perpetrator_arrest,
    perpetrator_sentence,
)
from tallybook.extract.assertion.refuted_reports import refuted_report
from tallybook.extract.detection.trigger_lexicon import VERBAL, wordset
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.text.boilerplate import doc_text, lower_forms, sentence_of, span_text
from tallybook.extract.text.parse_tree import dep_tree

_DENY = wordset(
    "deny denies denied denying dismiss dismisses dismissed reject rejects rejected refute refutes refuted"
)
# What a denial may reject: "rejects claims that prisoners are mistreated".
_CLAIMS = wordset(
    "claim claims allegation allegations accusation accusations report reports suggestion suggestions"
)
# Subjects that name nobody in particular: "denies that anyone has disappeared", and the
# negative-polarity "any (of the men)": a denial over a whole group asserts no event of its own.
_ANYONE = wordset("anyone anybody someone somebody people any")
_EXISTENCE = wordset("existence occurrence use practice")
_SELF = wordset("himself herself themselves oneself")
_SIMULATED = wordset("mock simulated fake sham")
_PAST_AUX = wordset("was were has have had been")
_RELEASE = wordset(
    "free frees freed freeing release releases released releasing pardon pardoned exchange exchanged "
    "swap swapped amnesty amnestied"
)
# Ordinary crimes: their suspects' arrests are not violations (CONVENTIONS.md).
_CRIMES = wordset(
    "theft thefts robbery robberies murder murders homicide drug drugs narcotics trafficking smuggling "
    "fraud burglary rape kidnapping extortion poaching stealing"
)
# What suspects of an ordinary crime may be held "in connection with" or "for": "five officers
# were arrested in connection with the deaths" (the perpetrators of the violation, not its victims).
_VIOLENCE = wordset(
    "death deaths killing killings murder murders shooting shootings beating beatings massacre "
    "bombing bombings homicide homicides manslaughter lynching"
)
_OPERATIONS = wordset("raid operation crackdown sweep bust drive campaign")
# Words that point back to an operation the text has named: "arrested in the drive".
_BACK_DETS = wordset("the this that same")
_SUSPICION = wordset("suspicion suspected charges charge accusations")
_SUICIDE_RE = re.compile(
    r"\b(?:took|taken|take|taking|takes)\s+(?:his|her|their)\s+own\s+li(?:fe|ves)\b|\bsuicide\b|"
    r"\b(?:killed|hanged|hung)\s+(?:him|her|them)sel(?:f|ves)\b",
    re.IGNORECASE,
)


def not_an_event(trigger: Trigger) -> bool:
    """True when the trigger names no violation the text reports as having happened."""
    root = trigger.root
    if trigger.type == "execution" and _simulated(root):
        return True
    if trigger.type in {"execution", "killing"} and _reflexive(root):
        return True
    if _denied_practice(root) or _denied_for_anyone(root) or refuted_report(root):
        return True  # "denies the practice of torture", "rumours that they were killed were false"
    if non_state_doer(trigger):
        return True  # a non-state crime (CONVENTIONS.md)
    if penalty_term(trigger):
        return True  # "sentences ranged from 20 to 80 lashes", "a code that prescribes stoning"
    if non_event_frame(trigger):
        return True  # "risk arrest", "a workshop on torture", "warned of executions"
    if demanded_kind(trigger):
        return True  # "call on them to release everyone who is arbitrarily detained"
    if trigger.type == "arrest" and (_released(root) or _criminal_suspect(root)):
        return True
    if (trigger.type == "arrest" and perpetrator_arrest(root)) or charged_violation(trigger):
        return True  # "the officer was arrested and charged with murder" (accountability)
    if perpetrator_sentence(trigger):
        return True  # "sentenced two sergeants to 22 years in prison for the killing"
    if (
        trigger.type == "arrest"
        and trigger.kind == VERBAL
        and (age_at_arrest(root) or says_who_suffered(root))
    ):
        return True
    if trigger.type == "arrest" and trigger.kind != VERBAL and age_at_time_of(root):
        return True
    return trigger.type == "torture" and _against_suicide_account(root)


def _simulated(root: Token) -> bool:
    """ "subjected to beatings and mock executions": a torture method, not an execution."""
    _, kids, deps, _ = dep_tree(root.doc)  # (children read from plain lists, not Tokens)
    lowers = lower_forms(root.doc)
    return any(deps[c] in {"amod", "compound"} and lowers[c] in _SIMULATED for c in kids[root.i])


def _reflexive(root: Token) -> bool:
    """ "he had hanged himself in his cell", "killed herself": a suicide (or the official account
    of one), not an execution or a killing."""
    _, kids, deps, _ = dep_tree(root.doc)  # (children read from plain lists, not Tokens)
    lowers = lower_forms(root.doc)
    return any(deps[c] == "dobj" and lowers[c] in _SELF for c in kids[root.i])


def _bare(tok: Token) -> bool:
    return not any(c.dep_ in {"det", "poss", "nummod"} or c.like_num for c in tok.children)


def _denied_practice(root: Token) -> bool:
    """ "The government denied that enforced disappearances occurred", "rejected the existence of
    secret prisons ... torture": a kind of abuse (a bare noun, no figure) whose very occurrence an
    authority denies. Denials of a particular event ("denied that the two men were tortured")
    are disputes and are left to the incident they dispute."""
    if root.pos_ in {"VERB", "AUX"}:
        denied = _denied_clause(root)
    elif not _bare(root):
        return False
    else:
        cur = root
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lower_ in _EXISTENCE | _CLAIMS:
            cur = cur.head.head  # "the existence of ...": what is denied is the practice itself
        if cur.dep_ in {"nsubj", "nsubjpass"} and cur.head.dep_ == "ccomp":
            denied = cur.head.head.lower_ in _DENY
        else:
            denied = cur.dep_ == "dobj" and cur.head.lower_ in _DENY
    # (the sentence is scanned only for the rare denial)
    return denied and not any(t.like_num or t.ent_type_ == "PERSON" for t in sentence_of(root))


def _denied_for_anyone(verb: Token) -> bool:
    """ "denied on Sunday that his officers had detained anyone that night", "denied that any
    civilians had been killed", "denied holding anyone in secret detention": a clause under a
    denial whose subject or object is nobody in particular ("anyone", "any" before the noun)
    asserts no event, whatever date the clause gives or whoever denies it."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"ccomp", "xcomp", "dobj"}:
        return False
    if verb.head.lower_ not in _DENY:
        return False
    return any(c.dep_ in _ARGUMENTS and _no_one_in_particular(c) for c in verb.children)


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _no_one_in_particular(arg: Token) -> bool:
    """ "anyone", "anybody", "any civilians", "any of the men" """
    if arg.lower_ in {"anyone", "anybody"}:
        return True
    return any(c.dep_ == "det" and c.lower_ == "any" for c in arg.children) or (
        arg.lower_ == "any" and any(c.lower_ == "of" for c in arg.children)
    )


def _denied_clause(verb: Token) -> bool:
    """ "denies that detainees are tortured", "rejects claims that prisoners are mistreated",
    "deny that anyone has disappeared", "denied that any of the men had been tortured": a clause
    with a generic or negative-polarity subject (a bare plural, "anyone", "any of") under a denial.
    "denied that the two men were tortured" names its victims: a dispute."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or not (subj.lower_ in _ANYONE or (subj.tag_ == "NNS" and _bare(subj))):
        return False
    if any(t.ent_type_ == "DATE" for t in verb.subtree):
        return False  # "denied that soldiers killed protesters in March": one event, disputed
    head = verb.head
    if verb.dep_ in {"ccomp", "acl"} and head.lower_ in _CLAIMS:
        if head.dep_ == "ROOT":  # "The ministry rejects claims ...", parsed with "rejects" a noun
            return any(c.dep_ == "nsubj" and c.lower_ in _DENY for c in head.children)
        return head.dep_ == "dobj" and head.head.lower_ in _DENY
    return verb.dep_ == "ccomp" and head.lower_ in _DENY


def _released(root: Token) -> bool:
    """ "a prisoner swap freed 16 people jailed in Russia": a participle describing those set free
    reports the release, not an arrest (a dated participle or a relative clause, "who was arrested
    in May", still reports one)."""
    if root.dep_ != "acl" or root.tag_ != "VBN":
        return False
    held = root.head
    if held.dep_ not in {"dobj", "nsubjpass"} or held.head.lower_ not in _RELEASE:
        return False
    if any(t.ent_type_ in {"DATE", "TIME"} for t in root.subtree):
        return False  # "released 14 protesters detained on 3 May": a dated arrest of its own
    # only a release that took place: "must release the students arrested ..." is a demand
    verb = held.head
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return (verb.tag_ == "VBD" and not aux) or (verb.tag_ == "VBN" and bool(aux & _PAST_AUX))


def _criminal_suspect(root: Token) -> bool:
    """ "police detained him on suspicion of theft", "arrested for drug trafficking", "30 drug
    suspects were arrested", "64 people were arrested in the raids" (raids the text calls
    anti-drug ones): the arrest of a suspect of an ordinary crime."""
    for prep in root.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "on":
            words = {t.lower_ for t in prep.subtree}
            if words & _SUSPICION and words & _CRIMES:
                return not disputed_charge(root)  # not charges the text calls fabricated
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ == "for" and obj is not None and _names_crime(obj):
            # "arrested for drug trafficking" (not "for reporting on a murder")
            return not disputed_charge(root)
        if _held_over_violence(prep, obj):
            return True
        if prep.lower_ in {"in", "during"} and _drug_operation(prep) and not _sweep(root):
            return True
    # "arrested 30 drug suspects", "drug suspects detained in ..."
    held = [c for c in root.children if c.dep_ in {"dobj", "nsubjpass"}]
    if root.dep_ == "acl":
        held.append(root.head)
    return any(
        h.lower_ in {"suspects", "suspect"} and any(c.lower_ in _CRIMES for c in h.children) for h in held
    ) or any(_suspected_of_crime(h) for h in held)


# Verbs of ordinary crimes a person is "suspected of": "a man suspected of murdering his neighbour".
_CRIME_VERBS = wordset("murdering killing robbing stealing raping kidnapping trafficking smuggling")


def _suspected_of_crime(held: Token) -> bool:
    """ "a man suspected of murdering his neighbour", "two men suspected of robbery" (not
    "activists suspected of links to the opposition")."""
    for acl in held.children:
        if acl.dep_ != "acl" or acl.lower_ not in {"suspected", "accused"}:
            continue
        for prep in acl.children:
            of = prep.dep_ == "prep" and prep.lower_ == "of"
            if of and any(g.lower_ in _CRIMES | _CRIME_VERBS for g in prep.children):
                return True
    return False


def _held_over_violence(prep: Token, obj: Token | None) -> bool:
    """ "guards were arrested in connection with the deaths", "detained for the killing of a
    trader": suspects held for a killing (not "in connection with the protests")."""
    if obj is None:
        return False
    if prep.lower_ == "in" and obj.lower_ == "connection":
        with_ = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        obj = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
    elif prep.lower_ != "for" or not any(c.dep_ == "det" for c in obj.children):
        return False  # "for" needs the event itself: "the killing", not "for killing protesters"
    return obj is not None and obj.lower_ in _VIOLENCE


# Signs that a detention is arbitrary whatever operation it came in: "held without charge".
_ARBITRARY_RE = re.compile(
    r"\bwithout (?:charge|a warrant|trial|access to (?:a )?lawyers?)\b"
    r"|\barbitrar(?:y|ily)\b|\bincommunicado\b",
    re.IGNORECASE,
)


def _sweep(root: Token) -> bool:
    """ "More than 1,100 people were rounded up in the same raids, many held without charge": a
    round-up takes in whoever is there, and detention without charge is not the arrest of a
    suspect; both make the arrest a violation even in an operation against drugs."""
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in root.children) and root.lower_.startswith("round"):
        return True
    return _ARBITRARY_RE.search(span_text(sentence_of(root))) is not None


def _names_crime(obj: Token) -> bool:
    return obj.lower_ in _CRIMES or any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _CRIMES for c in obj.children
    )


def _drug_operation(prep: Token) -> bool:
    """ "in the raids", "during the operation": an operation the phrase or the text names as one
    against drugs ("anti-drug raids", "a drug raid")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    stem = obj.lower_.removesuffix("s") if obj is not None else ""
    if obj is None or stem not in _OPERATIONS:
        return False
    if any(c.lower_ in _CRIMES for c in obj.subtree):
        return True
    if any(c.dep_ == "det" and c.lower_ in _BACK_DETS for c in obj.children):
        # "arrested in the drive" after "an anti-narcotics crackdown began": the operation the
        # text has named, whatever word it now uses for it
        stem = "|".join(sorted(_OPERATIONS))
    return _drug_operation_re(stem).search(doc_text(obj.doc)) is not None


@lru_cache(maxsize=32)
def _drug_operation_re(stem: str) -> re.Pattern[str]:
    """The pattern of a drug operation named by `stem`, compiled once per stem."""
    return re.compile(
        rf"\b(?:anti-?)?(?:drugs?|narcotics)(?:[\s-]+\w+){{0,2}}[\s-]+(?:{stem})s?\b", re.IGNORECASE
    )


def _against_suicide_account(root: Token) -> bool:
    """ "Police said she had taken her own life; her family alleged she had been beaten": a
    beating set against an official suicide account disputes a death's cause (noted with the
    death in custody), unless dated as an occasion of its own or told before the account."""
    sent = sentence_of(root)
    account = _SUICIDE_RE.search(span_text(sent))
    if account is None:
        return False
    if root.idx < sent.start_char + account.start():
        # "officers had beaten him and burned him ...; officials said he had hanged himself": the
        # ill-treatment is told first, as an act of its own; the account that follows is about the death
        return False
    clause = root if root.pos_ in {"VERB", "AUX"} else root.head
    return not any(t.ent_type_ == "DATE" for t in clause.subtree)
