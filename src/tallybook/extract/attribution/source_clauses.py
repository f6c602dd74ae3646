"""Which clauses of a reporting sentence tell what was said, where the parser misattaches one
("told X that A, and that B" with B conjoined to "told" rather than to A)."""

from __future__ import annotations

from spacy.tokens import Token


def second_that_clause(child: Token) -> bool:
    """ "His wife told the group that he was held for months, and that he was sentenced to death":
    a "that"-clause the parser conjoined to the reporting verb, after the verb's own content
    clause, is a second thing said."""
    verb = child.head
    return (
        child.dep_ == "conj"
        and child.i > verb.i
        and child.left_edge.lower_ == "that"
        and any(c.dep_ == "mark" and c.i == child.left_edge.i for c in child.children)
        and any(c.dep_ == "ccomp" and c.i < child.i for c in verb.children)
    )
