"""Which noun a relative clause is about: "a journalist, who later died in custody" (the
journalist, not "who"), "A, 16, and B, 22, who were shot dead" (both), "people taken away by agents
or the police who have not been seen since" (the people, not the agents the parser hung it on).
`victim_slot` asks it for the antecedent of a relative victim.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.trigger_lexicon import wordset

# Victims whose killing is a non-state crime or a clash casualty on the state's side.
SECURITY_WORDS = wordset(
    "police policeman policemen officer officers soldier soldiers guard guards militiaman "
    "militiamen forces troops personnel"
)


_BODIES = frozenset({"ORG", "GPE", "FAC", "LOC"})


def is_perpetrator(tok: Token) -> bool:
    return tok.lower_ in SECURITY_WORDS | {"authorities", "agents", "police"}


def relative_antecedent(verb: Token, found: Token | None) -> Token | None:
    """ "a journalist, who later died in custody": the journalist, not "who"."""
    if found is not None and found.lower_ in {"who", "that", "which", "whom"} and verb.dep_ == "relcl":
        return antecedent(verb)
    return found


def _victim_before_agent(noun: Token) -> Token | None:
    """ "people taken away by agents or the police who have not been seen since": a relative
    clause hung on the agent of a participle is about the people the participle describes."""
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
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
