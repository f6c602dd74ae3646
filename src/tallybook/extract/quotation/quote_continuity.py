"""Speakers carried between quotations: a reprint of the same words keeps its speaker, a
paragraph of speech left open takes the speaker named at the end of the quotation it opens, and
a quotation opening the sentence after the previous one's cue carries on its words.
Split out of quotes.py, whose `QuoteFinder` builds the (span, words, attribution) triples."""

from __future__ import annotations

from dataclasses import dataclass

from tallybook.extract.quotation.quote_cues import SENTENCE_END_RE, sentence_start
from tallybook.extract.quotation.quote_marks import QuoteSpan, same_words
from tallybook.model import Span


@dataclass
class Attribution:
    speaker: str | None
    span: Span | None
    how: str  # "post", "pre", "continued", "carried", "repeat", "headline", "none"


# attributions naming the speaker at the quotation itself (or carried back from one)
_NAMED = ("post", "pre", "carried")

Found = list[tuple[QuoteSpan, str, Attribution]]


def carry_back(text: str, found: Found) -> None:
    """A paragraph of speech left open (no closing mark) whose speaker is named only at the end
    of the quotation, in the next paragraph ("“A ...¶“B,” said X"): the typographic convention
    for one quotation over several paragraphs, so X speaks both, even when the open paragraph was
    first taken to carry on an earlier speaker. Walks backwards for chains."""
    for i in range(len(found) - 2, -1, -1):
        q, words, attribution = found[i]
        nxt, _, after = found[i + 1]
        weak = attribution.speaker is None or (attribution.how == "continued" and after.how in _NAMED)
        if not weak or q.closed or after.speaker is None or nxt.single:
            continue
        if text[q.para_end : nxt.open_mark].strip():
            continue  # something else stands between the paragraphs
        found[i] = (q, words, Attribution(after.speaker, after.span, "carried"))


def copy_of(words: str, found: Found) -> Attribution | None:
    """The attribution of another printing of the same words, if one has a speaker."""
    for _, other, attribution in found:
        if attribution.speaker is not None and same_words(other, words):
            return Attribution(attribution.speaker, attribution.span, "repeat")
    return None


def after_cue(text: str, prev: QuoteSpan, q: QuoteSpan, named: Span | None) -> bool:
    """True when `q` opens a sentence of its own right after the one sentence that closes `prev`
    and names its speaker (`named`, the speaker's mention): "“A,” says his widow, X, 39. “B.”".
    Only the previous quotation's cue stands between, so its cue words name no one new."""
    if named is None or not prev.close_end <= named.start < q.open_mark or prev.para_start != q.para_start:
        return False
    # + 1: the cut before a sentence the mark opens looks ahead at the mark itself
    if sentence_start(text, q.open_mark + 1, floor=q.para_start) != q.open_mark:
        return False
    return len(list(SENTENCE_END_RE.finditer(text, prev.close_end, q.open_mark))) == 1
