"""Which source a paragraph that tells one of the lead's people takes from the lead paragraph
before it: "Nine prisoners were hanged last week, according to X. Most were convicted of drug
offences. [new paragraph] Among those hanged was Y ..." keeps X, the source the lead named at the
end of its account, past the lead's sentences that name no source of their own."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from tallybook.extract.attribution.claim_verbs import asserting_teller
from tallybook.extract.attribution.source_syntax import (
    ADMIT_WORDS,
    according_to,
)

__all__ = ["lead_source"]

# The lead's sentences read back from the one before the paragraph break (a lead is short).
_LEAD_SENTENCES = 4


def _closing_according(sent: Span) -> Token | None:
    """ "..., according to X.": the source named after the account the sentence gives (not one
    that opens it, "According to survivors, soldiers went ...", which may tell no count)."""
    anchor = next((t for t in sent if t.lower_ == "according"), None)
    if anchor is None or anchor.i < sent.root.i:
        return None
    return according_to(sent, sent.root, (sent.start, sent.end))


def _own_teller(sent: Span) -> bool:
    """Whether the sentence names a teller of its own ("Relatives said ...", "the group
    reported"): the lead's account stops there (not at a side that only admits a part of it:
    "State media acknowledged only three of the hangings")."""
    return any(
        t.lower_ not in ADMIT_WORDS and asserting_teller(t) is not None
        for t in sent
        if t.pos_ in {"VERB", "AUX"}
    )


def lead_source(prev: Span, previous: Callable[[Span], tuple[Span | None, bool]]) -> Token | None:
    """The source the paragraph ending with `prev` named at the end of its account: the closing
    "according to X" of the latest of its sentences that has one, read back over sentences that
    name no teller ("Most were convicted ...", "State media acknowledged only three"); None when a
    sentence between tells the account as someone else's. `previous` gives a sentence's
    predecessor and whether it lies in the same paragraph."""
    cur: Span | None = prev
    for _ in range(_LEAD_SENTENCES):
        if cur is None:
            return None
        found = _closing_according(cur)
        if found is not None:
            return found
        if any(t.lower_ == "according" for t in cur) or _own_teller(cur):
            return None  # a source of the sentence's own, not the lead's
        before, same = previous(cur)
        cur = before if same else None
    return None
