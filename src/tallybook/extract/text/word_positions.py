"""Where given words stand in a doc: a scan for a few verbs reads the lower-case forms, or for a
long range the doc's index of forms, and makes no Token of any word."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from tallybook.extract.text.boilerplate import doc_cache, lower_forms


def _word_index(doc: Doc) -> dict[str, list[int]]:
    """Each lower-case form's token indices (ascending), built once per doc."""
    cache = doc_cache(doc)
    index: dict[str, list[int]] | None = cache.get("word_index")
    if index is None:
        index = cache["word_index"] = {}
        for i, w in enumerate(lower_forms(doc)):
            found = index.get(w)
            if found is None:
                index[w] = [i]
            else:
                found.append(i)
    return index


def word_positions(doc: Doc, words: frozenset[str], start: int = 0, end: int | None = None) -> list[int]:
    """Indices of the tokens in [start, end) whose lower-case form is in `words`, so a scan for a
    few verbs does not make a Token of every word. A range longer than the word set is read from
    the doc's index of forms, not scanned."""
    forms = lower_forms(doc)
    stop = len(forms) if end is None else end
    if not 0 <= start <= stop <= len(forms) or stop - start <= len(words):
        # (enumerating a slice: no index operation per token)
        return [i for i, w in enumerate(forms[start:stop], start) if w in words]
    index = _word_index(doc)
    out: list[int] = []
    parts = 0
    for w in words:
        found = index.get(w)
        if found is not None:
            lo = bisect_left(found, start)
            hi = bisect_left(found, stop, lo)
            if lo < hi:
                out.extend(found[lo:hi])
                parts += 1
    if parts > 1:
        out.sort()
    return out
