"""Where a sentence's own account starts and who received it: the end of a dateline and the
noun phrase after it ("GENEVA (...) – UN experts said"), the receiver of an account ("The
experts received information that X died", "the commission received 40 complaints of torture")
and who describes what was done ("Former detainees described beatings"). Split out of `source_context`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.timing.date_phrases import dateline_end

_RECEIVE_WORDS = wordset("receive receives received receiving obtain obtained gather gathered")
_RECEIVED_NOUNS = wordset(
    "information reports report allegations testimony testimonies accounts complaint complaints"
)
_DESCRIBE_WORDS = wordset("describe describes described describing recount recounts recounted recounting")


def received_content(verb: Token, child: Token, reports: Callable[[Token], bool]) -> bool:
    """ "The experts received information that X died": who received the account is its source,
    unless someone reports the receiving ("she said the office had received reports that ...")."""
    return (
        verb.lower_ in _RECEIVE_WORDS
        and child.dep_ == "dobj"
        and child.lower_ in _RECEIVED_NOUNS
        and not any(reports(a) for a in verb.ancestors)
    )


def described_content(verb: Token, child: Token) -> bool:
    """ "Former detainees described beatings at the base": who describes what was done to them
    tells it; "officials described the deaths as suicides" characterises, it does not tell."""
    return (
        verb.lower_ in _DESCRIBE_WORDS
        and child.dep_ in {"dobj", "xcomp", "ccomp"}
        and not any(t.dep_ == "prep" and t.lower_ == "as" for t in [*verb.children, *child.subtree])
    )


def after_dateline(sent: Span) -> Token | None:
    """The head of the noun phrase right after a dateline ("GENEVA (...) – UN experts said")."""
    end = dateline_end(sent)
    first = next((t for t in sent if t.idx >= end and not t.is_punct and not t.is_space), None)
    cur = first
    while (
        cur is not None and cur.dep_ in {"compound", "amod", "det", "nummod", "nmod"} and cur.head.i != cur.i
    ):
        cur = cur.head
    return cur
