"""Whether a death sentence takes the day of the execution told just before it.

"X was hanged in Mashhad this morning ... he was sentenced to death for moharebeh after ...": the
sentence before is dated by the hanging; the death sentence that goes on about the hanged man was
passed on an earlier day the text does not give, so it does not take that day. A death sentence
after a sentence that tells no execution ("The trial opened on 3 May. He was sentenced to death")
still takes it.
"""

from __future__ import annotations

from spacy.tokens import Span

from tallybook.extract.particulars.mentions import Mention


def executed_before(m: Mention, prev: Span, mentions: list[Mention]) -> bool:
    """Whether the sentence before a death sentence dates an execution."""
    if m.type != "death_sentence":
        return False
    return any(
        x.type == "execution" and x.sent.start == prev.start and x.date is not None and not x.date_from_claim
        for x in mentions
    )
