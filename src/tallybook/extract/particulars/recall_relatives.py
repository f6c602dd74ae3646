"""Which noun a relative clause is about: "a journalist, who later died in custody" (the
journalist, not "who"), "A, 16, and B, 22, who were shot dead" (both), "people taken away by agents
or the police who have not been seen since" (the people, not the agents the parser hung it on),
"a reporter who covered the protests and who was taken" (a clause conjoined to one), "a student, X,
whose body was found" (whose body it is), "X, who they said was sentenced to death" (X, through
the clause of telling).
`victim_slot` asks it for the antecedent of a relative victim.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.parse_tree import first_conjunct

# Victims whose killing is a non-state crime or a clash casualty on the state's side.
SECURITY_WORDS = wordset(
    "police policeman policemen officer officers soldier soldiers guard guards militiaman "
    "militiamen forces troops personnel"
)


_BODIES = frozenset({"ORG", "GPE", "FAC", "LOC"})
_NOBODY = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL"})


def is_perpetrator(tok: Token) -> bool:
    return tok.lower_ in SECURITY_WORDS | {"authorities", "agents", "police"}


def relative_antecedent(verb: Token, found: Token | None) -> Token | None:
    """ "a journalist, who later died in custody": the journalist, not "who"; "a reporter who
    covered the protests and who was taken": the reporter, through the clause conjoined."""
    if found is not None and found.lower_ in {"who", "that", "which", "whom"}:
        relcl = verb if verb.dep_ == "relcl" else _conjoined_relcl(verb)
        if relcl is None and verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and found.i < verb.head.i:
            relcl = verb.head  # "X, who they said was sentenced to death": the clause of telling
        return antecedent(relcl) if relcl is not None else found
    return found


def _conjoined_relcl(verb: Token) -> Token | None:
    """The relative clause a verb is conjoined to: "who covered the protests and (who) was taken"."""
    cur = first_conjunct(verb)
    return cur if cur.dep_ == "relcl" and cur.i != verb.i else None


def shared_relative(verb: Token) -> Token | None:
    """ "X, who was 17 when he was arrested and was sentenced to death": a passive verb with no
    subject of its own, conjoined to a relative clause about a person, is about that person."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    relcl = _conjoined_relcl(verb)
    subj = next((c for c in relcl.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if relcl else None
    if relcl is None or subj is None or subj.lower_ not in {"who", "that"}:
        return None
    return antecedent(relcl)


def through_whose(tok: Token) -> Token:
    """ "a student, X, whose body was found three days later": the noun a "whose" clause is about
    (`tok` itself when it is no "whose", or when that noun is a date or place)."""
    if tok.lower_ != "whose":
        return tok
    relcl = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    if relcl is not None:
        found = antecedent(relcl)
        # not "detained on 30 May, whose whereabouts ...": a date or a place is nobody
        return tok if found.ent_type_ in _NOBODY or found.like_num else found
    # a "whose" clause the parser made a verb of its own: the noun just before it, past an age
    # set off by commas ("the death of X, 19, whose body was found")
    doc, i = tok.doc, tok.i - 1
    if i - 2 > tok.sent.start and doc[i].text == "," and doc[i - 1].like_num and doc[i - 2].text == ",":
        i -= 2  # ", 19,"
    before = doc[i - 1] if doc[i].text == "," else None
    if before is None or not (before.ent_type_ == "PERSON" or before.lower_ in PERSON_NOUNS):
        return tok
    return before


def _victim_before_agent(noun: Token) -> Token | None:
    """ "people taken away by agents or the police who have not been seen since": a relative
    clause hung on the agent of a participle is about the people the participle describes."""
    top = first_conjunct(noun)
    if not (is_perpetrator(noun) or is_perpetrator(top)) or top.dep_ != "pobj":
        return None
    agent = top.head
    verb = agent.head
    if agent.dep_ != "agent" or verb.dep_ != "acl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return verb.head


def antecedent(relcl: Token) -> Token:
    """The noun a relative clause is about. "A, 16, and B, 22, who were shot dead": a plural verb
    after a coordination of names is about all of them, though the parser hangs it on the last."""
    head = relcl.head
    origin = head.dep_ == "pobj" and head.head.lower_ in {"from", "near"}  # "a driver from X, who"
    # "X, a reporter with the station Radio Y, who was seen ...": no station is a "who"
    named_body = head.dep_ == "appos" and head.ent_type_ in _BODIES and head.head.dep_ == "pobj"
    if named_body:
        head = head.head
    if (
        any(c.lower_ == "who" for c in relcl.children)
        and head.dep_ == "pobj"
        and (head.ent_type_ != "PERSON" or origin)
    ):
        # "X, a worker arrested during the 2022 uprising, who was hanged": "who" is a person, not
        # the event noun the parser hung it on; climb out of the prepositional phrase
        cur = head
        while cur.dep_ in {"pobj", "prep", "acl"} and cur.head.i != cur.i:
            cur = cur.head
        if cur.pos_ in {"NOUN", "PROPN"}:
            head = cur
    head = _victim_before_agent(head) or head
    plural = any(c.lower_ in {"were", "are", "have"} for c in relcl.children if c.dep_ in {"aux", "auxpass"})
    while plural and head.dep_ == "conj" and head.head.i != head.i and head.pos_ == "PROPN":
        head = head.head
    return head
