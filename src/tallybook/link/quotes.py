"""The same speaker's same words, quoted again (in another document or later in the same one),
point at their first appearance through Quote.repeat_of."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.link import names
from tallybook.link.organizations import resolve
from tallybook.store.schema import Document, Quote

SAME_WORDS_AT = 92.0  # rapidfuzz ratio on normalised words: tolerates punctuation and a typo
_WORD = re.compile(r"\w+")


@dataclass
class QuoteResult:
    quotes: int = 0
    repeats: int = 0


def words(text: str) -> str:
    return " ".join(_WORD.findall(names.strip_accents(text).casefold()))


def _speaker(session: Session, quote: Quote) -> str | None:
    if quote.speaker_entity_id is not None:
        return f"entity:{resolve(session, quote.speaker_entity_id).id}"
    if quote.speaker and not names.is_descriptive(quote.speaker):
        return "name:" + names.canonical(quote.speaker)
    return None


def link_quotes(session: Session, *, incremental: bool = True) -> QuoteResult:
    rows = session.execute(
        select(Quote, Document.published)
        .join(Document, Quote.document_id == Document.id)
        .where(Quote.status != "rejected")
        .order_by(Document.published.is_(None), Document.published, Quote.document_id, Quote.start)
    ).all()
    result = QuoteResult(quotes=len(rows))
    if incremental and all(q.attrs.get("linked") for q, _ in rows):
        return result
    first: dict[str, list[tuple[str, Quote]]] = {}
    for quote, _published in rows:
        speaker = _speaker(session, quote)
        text = words(quote.text)
        if speaker is None or len(text.split()) < 3:
            quote.attrs = {**quote.attrs, "linked": True}
            continue  # an unattributed or two-word quote says too little to call it a repeat
        earlier = first.setdefault(speaker, [])
        original = next((q for t, q in earlier if t == text or fuzz.ratio(t, text) >= SAME_WORDS_AT), None)
        if original is None:
            earlier.append((text, quote))
            target = None
        else:
            target = original.id
            result.repeats += 1
        # a person's edit of repeat_of (origin 'person') stays
        if quote.origin != "person" and quote.repeat_of != target:
            quote.repeat_of = target
        quote.attrs = {**quote.attrs, "linked": True}
    return result
