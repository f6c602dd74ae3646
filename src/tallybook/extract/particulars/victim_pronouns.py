"""Which named noun a victim pronoun stands for when the clause before it, in the same sentence,
names the person.

"Police detained the blogger A B and drove him away", "at least 30 people, among them A, were
taken, and their whereabouts remain unknown": the pronoun of the second of two conjoined clauses
is the subject or object of the first, when that noun phrase names someone and agrees in number;
"days after five men were detained, their whereabouts remain unknown": the pronoun of a clause
stands for the counted or named passive subject of the time clause before it; "X, who was 17
when police seized him": the singular pronoun of a clause inside a relative clause on a named
person stands for that person.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.parse_tree import first_child

_SINGULAR = wordset("him her his")
_PLURAL = wordset("them their they")
_OBJECT_FIRST = wordset("him her them")
_TIME_MARKS = wordset("after since when")


def conjoined_antecedent(pron: Token) -> Token | None:
    """The noun of the first conjoined clause that the pronoun of the second refers to, or None."""
    low = pron.lower_
    if low not in _SINGULAR | _PLURAL:
        return None
    verb = pron.head
    for _ in range(3):  # "their whereabouts remain unknown": from the owned noun up to its verb
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.pos_ not in {"VERB", "AUX"}:
        return _time_clause_antecedent(pron, verb) or _relative_owner(pron)
    first = verb.head
    deps = ("dobj", "nsubjpass") if low in _OBJECT_FIRST else ("nsubjpass", "dobj")
    for dep in deps:
        cand = first_child(first, dep)
        if cand is None or cand.pos_ not in {"NOUN", "PROPN"}:
            continue
        if (low in _PLURAL) != _plural(cand):
            return None
        return cand if _names_someone(cand) else None
    return None


def _time_clause_antecedent(pron: Token, verb: Token) -> Token | None:
    """ "eleven days after five young men were detained by police, their whereabouts remain
    unknown": the passive subject of a time clause before the pronoun's own clause, when it names
    someone or counts people and agrees in number."""
    clauses = [c for c in verb.children if c.dep_ in {"advcl", "ccomp"}]
    if verb.dep_ == "ccomp":  # the time clause parsed as a second complement of "said"
        clauses += [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i]
    for clause in clauses:
        if clause.i > pron.i or not any(m.lower_ in _TIME_MARKS for m in clause.children if m.dep_ == "mark"):
            continue
        cand = first_child(clause, "nsubjpass")
        if cand is None or cand.pos_ not in {"NOUN", "PROPN"} or (pron.lower_ in _PLURAL) != _plural(cand):
            continue
        counted = first_child(cand, "nummod") is not None
        if _names_someone(cand) or (counted and pron.lower_ in _PLURAL):
            return cand
    return None


_WHO = wordset("who whom whose")


def _relative_owner(pron: Token) -> Token | None:
    """ "X, who was 17 when police seized him", "X, whose family said he had been beaten": the
    named person a relative clause above the singular pronoun hangs on."""
    if pron.lower_ not in _SINGULAR | {"he", "she"}:
        return None
    for anc in list(pron.ancestors)[:4]:
        if anc.dep_ != "relcl":
            continue
        rel = [c for c in anc.subtree if c.lower_ in _WHO and c.i < pron.i]
        owner = anc.head
        if not rel or owner.pos_ != "PROPN" or owner.ent_type_ != "PERSON" or _plural(owner):
            return None
        return owner
    return None


def _plural(tok: Token) -> bool:
    if tok.tag_ in {"NNS", "NNPS"}:
        return True
    return any(c.dep_ == "conj" for c in tok.children)


def _names_someone(tok: Token) -> bool:
    """The phrase holds a person's name (the NER model's or the people component's)."""
    sub = list(tok.subtree)
    if any(t.ent_type_ == "PERSON" for t in sub):
        return True
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
    return any(lo <= sp.start and sp.end <= hi for p in tok.doc._.tb_people or [] for sp in p.spans)
