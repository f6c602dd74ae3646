"""Violations told by their outcome or by the force that acted, read from the parse: "a raid left
eight inmates dead", "died when riot police fired into the crowd", "put 23 men to death", "took two
dozen of them into custody", "seized him at a checkpoint", "moved to an unknown location", "the
body of the activist was pulled from a canal", "slapped him", "kept hooded for two days".

Each reading names the people it is about and, where the words alone could tell of an accident
or a thing ("the storm left 12 dead", "seized 40 kilograms of heroin"), the violence or the state
agents around them. `triggers.TriggerMatcher` calls `outcome_type` for `OUTCOME_WORDS` only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.detection.placed_held import PLACED_WORDS, placed_held
from tallybook.extract.detection.struck_deaths import FORCE_NOUNS, died_after_struck
from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import BODY_NOUNS, LIMBS
from tallybook.extract.detection.trigger_seizures import (
    SEIZURE_WORDS,
    seizure_type,
    then_vanished,
    to_unknown,
)
from tallybook.extract.detection.trigger_senses import held_place
from tallybook.extract.detection.trigger_vanishings import by_unnamed_men
from tallybook.extract.text.boilerplate import sentence_at, sentence_bounds
from tallybook.extract.text.parse_tree import first_child

_LEFT = wordset("left leaving leaves leave")
_REPORTED = wordset("reported confirmed counted recorded")
_DIED = wordset("died dies")
_PUT = wordset("put puts putting")
_TOOK = wordset("took take takes taking taken")
_SEIZED = wordset("seized nabbed")
_MOVED = wordset("moved transferred taken removed relocated driven")
_BODY_FOUND = wordset("pulled recovered retrieved found discovered dumped fished dragged")
_SLAPPED = wordset("slapped")
_KEPT = wordset("kept held")
_SENT = wordset("sent send sends sending")
_CUT = wordset("cut cuts")
_LOST = wordset("lost")
_CLAIMED = wordset("claimed claim claims claiming")
OUTCOME_WORDS = (
    (
        _LEFT
        | _REPORTED
        | _DIED
        | _PUT
        | _TOOK
        | _SEIZED
        | _MOVED
        | _BODY_FOUND
        | _SLAPPED
        | _KEPT
        | _SENT
        | _CUT
        | _LOST
        | _CLAIMED
    )
    | SEIZURE_WORDS
    | PLACED_WORDS
)

_PRONOUNS = wordset("him her them he she they us me those")
# What leaves people dead by the state's hand ("a raid", "the crackdown", "police fire").
_VIOLENT = wordset(
    "raid raids attack attacks assault assaults operation operations crackdown shooting shootings "
    "airstrike airstrikes strike strikes bombardment shelling gunfire fire police forces troops "
    "soldiers army suppression repression dispersal dispersals"
)
# Words that put a count of the dead in a scene of violence ("all from gunshot wounds").
_VIOLENCE_WORDS = wordset(
    "gunshot gunshots shot shooting fired raid stormed massacre bullets bullet opened bombed "
    "shelled airstrike airstrikes strafed attacked"
)
_FORCES = FORCE_NOUNS | wordset(
    "jet jets aircraft plane planes drone drones helicopter helicopters gunship artillery"
)
_FORCE_ACTS = wordset(
    "fired fire opened shot shelled bombed beat charged stormed raided attacked rammed struck "
    "strafed dispersed"
)
# The state taking a person, told near the body: the death followed it.
_TAKEN = wordset(
    "abducted arrested detained seized picked led taken missing disappeared custody arrest "
    "detention abduction"
)
# Marks a body bears of the violence that killed ("bearing signs of torture", "bullet wounds").
_MARKS = wordset("torture tortured bullet bullets gunshot gunshots strangled mutilated stab")
# Body parts cut off as a punishment ("had two fingers cut off").
_ACCIDENT = wordset("drowned accident capsized crash flood floods collapsed")
_BLINDED = wordset("hooded blindfolded")
_CAUSES = wordset("crash accident disease illness flood floods fire collapse")


def _is_person(tok: Token) -> bool:
    """A word that names or stands for people: "traders", "him", "Ali", "at least two dozen of
    them", "several of those detained"."""
    low = tok.lower_
    if low in PERSON_NOUNS or low in _PRONOUNS or tok.ent_type_ in {"PERSON", "NORP"}:
        return True
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
        return True  # "one of its lawmakers, X"
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and any(g.dep_ == "pobj" and _is_person(g) for g in of.children)


def _sentence(tok: Token) -> Span:
    doc = tok.doc
    bounds = sentence_bounds(doc, tok.i)
    return doc[bounds[0] : bounds[1]] if bounds is not None else doc[max(0, tok.i - 30) : tok.i + 30]


def _previous(sent: Span) -> Span | None:
    """The sentence before `sent` in the same paragraph."""
    if sent.start == 0:
        return None
    prev = sentence_at(sent.doc, sent.start - 1)
    return None if "\n" in sent.doc[prev.end - 1 : sent.start + 1].text else prev


def _counted_people(tok: Token) -> bool:
    """ "eight inmates", "11 people": people counted by a number."""
    return _is_person(tok) and any(c.dep_ == "nummod" or c.like_num for c in tok.children)


def _told_dead(verb: Token, obj: Token) -> bool:
    """ "left/reported eight inmates dead": "dead" said of the object (parsed on either word)."""
    doc = verb.doc
    after = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
    return (after is not None and after.lower_ == "dead") or any(
        c.lower_ == "dead" and c.i > obj.i for c in verb.children
    )


def _left_dead(tok: Token) -> bool:
    """ "a National Guard raid left eight inmates dead"; not "the storm left 12 people dead"."""
    obj = first_child(tok, "dobj")
    dead = next((c for c in tok.children if c.lower_ == "dead" and c.dep_ in {"ccomp", "xcomp"}), None)
    if obj is None and dead is not None:
        obj = first_child(dead, "nsubj")  # "leaving [at least six protesters dead]" parsed as a clause
    if obj is None or not _is_person(obj) or not _told_dead(tok, obj):
        return False
    subj = first_child(tok, "nsubj")
    if subj is None and tok.dep_ == "advcl" and tok.tag_ == "VBG":
        # "police opened fire, leaving four protesters dead": the participle's subject is the
        # main clause's (not "the storm hit the coast, leaving 12 dead")
        subj = first_child(tok.head, "nsubj")
    if subj is None or subj.lower_ not in {"that", "which"}:
        return subj is not None and (subj.lower_ in _VIOLENT or _clash_with_forces(subj))
    # "18 police operations ... that left 26 people dead": the noun the relative clause is about
    # (parsed as the clause's head, or as the object of the verb above a misattached clause)
    nouns = [tok.head] if tok.dep_ == "relcl" else []
    if tok.dep_ == "ccomp":
        nouns = [c for c in tok.head.children if c.dep_ == "dobj" and c.i < subj.i]
    return any(n.lower_ in _VIOLENT for n in nouns)


_CLASHES = wordset("clashes clash violence")


def _clash_with_forces(subj: Token) -> bool:
    """ "Clashes involving riot police and the army have left 35 people dead": clashes the state's
    forces took part in (not "clashes between rival clans")."""
    return subj.lower_ in _CLASHES and any(t.lower_ in FORCE_NOUNS for t in subj.subtree)


def _reported_dead(tok: Token) -> bool:
    """ "The ministry reported 29 inmates dead, all from gunshot wounds": a count of the dead told
    with the violence that made it."""
    obj = first_child(tok, "dobj")
    if obj is None or not _counted_people(obj) or not _told_dead(tok, obj):
        return False
    return any(t.lower_ in _VIOLENCE_WORDS for t in _sentence(tok))


def _died_by_force(tok: Token) -> bool:
    """ "died when riot police fired tear gas canisters into a crowd", "died after soldiers opened
    fire"; not "died when his car hit a tree"."""
    for clause in tok.children:
        if clause.dep_ != "advcl" or clause.lower_ not in _FORCE_ACTS:
            continue
        subj = first_child(clause, "nsubj")
        if subj is not None and subj.lower_ in _FORCES:
            return True
    return died_after_struck(tok)


def _died_in_attack(tok: Token) -> bool:
    """ "A military jet bombed a school. Volunteers said 11 people died": a count of the dead just
    after an attack by the state's forces. Not "nine people died in a bus crash"."""
    subj = first_child(tok, "nsubj")
    if subj is None or not _counted_people(subj):
        return False
    sent = _sentence(tok)
    if any(t.lower_ in _CAUSES for t in sent):
        return False
    prev = _previous(sent)
    if prev is None:
        return False
    root = prev.root
    agent = first_child(root, "nsubj")
    # the agent's whole phrase: "9 Oct – A military jet bombed" parses the date as the subject
    return (
        root.lower_ in _FORCE_ACTS and agent is not None and any(t.lower_ in _FORCES for t in agent.subtree)
    )


def _lives(tok: Token) -> Token | None:
    """ "lost their lives", "claimed the lives of 14 civilians": the verb's object "lives"."""
    obj = first_child(tok, "dobj")
    return obj if obj is not None and obj.lower_ in {"lives", "life"} else None


def _lost_lives_by_force(tok: Token) -> bool:
    """ "nine people lost their lives when troops fired on demonstrators": like "died when"."""
    return _lives(tok) is not None and _died_by_force(tok)


def _lives_claimed(tok: Token) -> bool:
    """ "the army's shelling of the town claimed the lives of 14 civilians", "the crackdown has
    claimed 40 lives"; not "the earthquake claimed the lives of 300", nor "claimed his life"
    said of an illness."""
    lives = _lives(tok)
    subj = first_child(tok, "nsubj")
    if lives is None or subj is None:
        return False
    words = {t.lower_ for t in subj.subtree}
    return subj.lower_ in _VIOLENT and not words & _CAUSES


def _put_to_death(tok: Token) -> bool:
    """ "put 23 men to death": the lexicon has only the unbroken "put to death"."""
    to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    obj = first_child(tok, "dobj")
    dies = to is not None and any(g.lower_ == "death" for g in to.children)
    return dies and obj is not None


def _into_custody(tok: Token) -> bool:
    """ "took at least two dozen of them into custody"."""
    doc = tok.doc
    for into in tok.subtree:
        if into.lower_ != "into" or into.i + 1 >= len(doc) or doc[into.i + 1].lower_ != "custody":
            continue
        head = into.head
        while head.i != tok.i and head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        return head.i == tok.i  # the verb's own phrase, not a clause below it
    return False


def _seized_person(tok: Token) -> bool:
    """ "security forces seized him at a checkpoint", "he was seized in a raid"; not "seized 40
    kilograms of heroin" nor "seized power"."""
    person = first_child(tok, "dobj", "nsubjpass")
    if person is not None and person.lower_ in {"who", "whom"} and tok.dep_ == "relcl":
        person = tok.head  # "activist X, who was seized by masked men"
    return person is not None and _is_person(person)


def _moved_unknown(tok: Token) -> bool:
    """ "several of those detained have been moved to an unknown location", "were seized ... and
    taken to an unknown location"; not "the archive was moved to an undisclosed location"."""
    person = first_child(tok, "dobj", "nsubjpass")
    if person is None and tok.dep_ == "conj":
        person = first_child(tok.head, "dobj", "nsubjpass")  # the conjunct shares its head's subject
    return person is not None and _is_person(person) and to_unknown(tok)


def _body_found(tok: Token) -> bool:
    """ "the body of the activist was pulled from a canal, four days after he was led away": a
    killing, told by the body. Not a drowning, nor a body found in a cell (death in custody)."""
    body = first_child(tok, "nsubjpass")
    if body is None or body.lower_ not in BODY_NOUNS:
        return False
    of = next((c for c in body.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owners = [g for g in of.children if g.dep_ == "pobj"] if of is not None else []
    # "their bodies were dumped": a possessive pronoun stands for the people told before
    owners += [c for c in body.children if c.dep_ == "poss"]
    if not any(
        _is_person(g) or g.ent_type_ == "PERSON" or g.lower_ in {"his", "her", "their"} for g in owners
    ):
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if any(held_place(g) for g in prep.children if g.dep_ == "pobj"):
            return False
    sent = _sentence(tok)
    prev = _previous(sent)
    words = {t.lower_ for t in sent} | ({t.lower_ for t in prev} if prev is not None else set())
    # taken by the state just before, or bearing the marks of the violence that killed
    marked = any(t.lower_ in _MARKS for t in sent)
    return not words & _ACCIDENT and (bool(words & _TAKEN) or marked)


def _sent_to_gallows(tok: Token) -> bool:
    """ "sent at least 40 prisoners to the gallows": the lexicon has only the unbroken phrase."""
    to = _child_prep(tok, "to")
    return (
        to is not None
        and any(g.lower_ == "gallows" for g in to.children)
        and first_child(tok, "dobj") is not None
    )


def _cut_off(tok: Token) -> bool:
    """ "had four fingers of their right hands cut off", "his right hand was cut off": an
    amputation. Not "cut off the internet" nor "cut off from their families"."""
    if not any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
        return False
    parts = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
    if tok.dep_ in {"acl", "ccomp", "xcomp"}:
        parts.append(tok.head)  # "had [four fingers of their hands] cut off"
    return any(p.lower_ in LIMBS for p in parts)


def _child_prep(tok: Token, word: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == word), None)


def _slapped(tok: Token) -> bool:
    """ "interrogators slapped him", "she was slapped"; not "slapped sanctions on"."""
    person = first_child(tok, "dobj", "nsubjpass")
    return person is not None and _is_person(person)


def _kept_blinded(tok: Token) -> bool:
    """ "kept hooded for two days", "kept him blindfolded for a week": held unseeing."""
    return any(c.dep_ in {"oprd", "xcomp", "acomp"} and c.lower_ in _BLINDED for c in tok.children)


# Things taken from a place ("samples were taken from the market"): no one vanished.
_THINGS = wordset(
    "sample samples document documents file files equipment item items goods money cash phone "
    "phones computer computers laptop laptops evidence blood water data footage records belongings "
    "property"
)


def took_a_thing(span: Span) -> bool:
    """ "Water samples were taken from a fish market": the "taken from <a place>" of a
    disappearance said of things."""
    whom = first_child(span[0], "nsubjpass", "dobj")
    return whom is not None and whom.lower_ in _THINGS


def outcome_type(tok: Token) -> str | None:
    """The incident type `tok` gives here (see the module docstring), or None."""
    low = tok.lower_
    if not tok.doc.has_annotation("DEP"):
        return None
    if (low in _LEFT and _left_dead(tok)) or (low in _REPORTED and _reported_dead(tok)):
        return "killing"
    if low in _DIED and (_died_by_force(tok) or _died_in_attack(tok)):
        return "killing"
    if (low in _LOST and _lost_lives_by_force(tok)) or (low in _CLAIMED and _lives_claimed(tok)):
        return "killing"
    if low in _PUT and _put_to_death(tok):
        return "execution"
    if low in _TOOK and _into_custody(tok):
        return "arrest"
    if low in _SEIZED and _seized_person(tok):
        # "seized by masked men": taken by men who are no named force, the person's fate untold
        return "enforced_disappearance" if then_vanished(tok) or by_unnamed_men(tok) else "arrest"
    if low in _MOVED and _moved_unknown(tok):
        return "enforced_disappearance"
    if low in _BODY_FOUND and _body_found(tok):
        return "killing"
    if (low in _SLAPPED and _slapped(tok)) or (low in _KEPT and _kept_blinded(tok)):
        return "torture"
    if low in _SENT and _sent_to_gallows(tok):
        return "execution"
    if low in _CUT and _cut_off(tok):
        return "corporal_punishment"
    if low in PLACED_WORDS and placed_held(tok):
        return "arrest"  # "was placed in pre-trial detention", "sent to re-education camps"
    return seizure_type(tok) if low in SEIZURE_WORDS else None
