"""What a matched trigger is: its type, kind and tokens, and the parse helpers the trigger rules
share. Kept apart from `triggers` (the matcher) so the modules that read a trigger's neighbours
(`trigger_retypes`, `trigger_descriptors`) can use it without importing the matcher.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_patterns import NOMINAL


@dataclass
class Trigger:
    """One matched trigger: its type, kind and tokens."""

    type: str
    kind: str
    span: Span
    # the root found last, with the kind and span it was found for: the rules ask for it dozens
    # of times per trigger and `Span.root` walks the span's heads each time (the span is never
    # changed in place: a trigger given other words gets a new Span, so its identity is the key)
    _root: tuple[str, Span, Token] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def root(self) -> Token:
        found = self._root
        if found is None or found[1] is not self.span or found[0] != self.kind:
            span = self.span
            found = self._root = (self.kind, span, span.root if self.kind == NOMINAL else _verb_of(span))
        return found[2]


def _verb_of(span: Span) -> Token:
    """A verbal trigger's own verb: its first word, or the verb an opening adverb modifies
    ("forcibly disappeared" -> "disappeared", whose subject and dates are the incident's)."""
    first = span[0]
    if first.dep_ == "advmod" and span.start <= first.head.i < span.end and first.head.i != first.i:
        return first.head
    return first


def ancestors_in_clause(token: Token, limit: int = 6) -> list[Token]:
    """Heads above `token` up to and including the first clause head (a finite verb)."""
    out: list[Token] = []
    cur = token
    for _ in range(limit):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


def negated(tok: Token) -> bool:
    """ "did not ...", "was never ...": the word has a negation of its own."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def with_sayer(verb: Token, people: list[Token], pronouns: frozenset[str]) -> list[Token]:
    """`people` (dependents of `verb`) plus the subject of the say verb above when a pronoun among
    them stands for the sayer: "the prosecutor's office said it had arrested", "relatives say they
    have received no news" (the pronoun alone names no one)."""
    if verb.dep_ == "ccomp" and any(p.lower_ in pronouns for p in people):
        return people + [c for c in verb.head.children if c.dep_ == "nsubj"]
    return people
