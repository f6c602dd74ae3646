"""Where a sentence was passed: the seat of the court that passed it.

A court named for its city ("the Revolutionary Court of Arak", "the Shiraz Revolutionary Court",
"Branch 2 of the Criminal Court of Giza", "a Dhaka court") sits in that city, and a sentence it
hands down is placed there, ahead of where the defendant comes from ("a student from Rasht") or
the country. The model often tags the whole court name as one organisation, so the city inside it
is not a place entity and the locative patterns ("in X") never see it. Courts named for their
rank or jurisdiction ("the Court of Cassation", "the Specialized Criminal Court", "the Central
Criminal Court") name no seat.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import doc_cache, doc_text

_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
_KIND = r"(?:Islamic\s+)?(?:Revolutionary|Criminal|High|Appeals?|Military|Juvenile|Provincial|Public|General)"
_SEAT_RES = (
    # "the Revolutionary Court of Arak", "the Criminal Court of Giza" (not "the Court of Cassation")
    re.compile(r"\b" + _KIND + r"\s+Court\s+of\s+(" + _NAME + r")"),
    # "the Shiraz Revolutionary Court", "the Medan High Court"
    re.compile(r"\b(" + _NAME + r")\s+" + _KIND + r"\s+Court\b"),
    # "a Dhaka court", "the Sylhet criminal court"
    re.compile(
        r"\b(?:a|an|the)\s+(" + _NAME + r")\s+(?:(?:criminal|revolutionary|military|high)\s+)?court\b"
    ),
)
# words that name a court's rank or jurisdiction, or no place at all
_NOT_SEATS = wordset(
    "Supreme Specialized Specialised Special Military Emergency State Security Appeals Appeal Cassation "
    "International Federal National Islamic Revolutionary Criminal Juvenile High Anti-Terrorism The "
    "Central Higher Lower Sharia Constitutional Administrative Family Justice First Instance District "
    "Provincial Public General Civil Economic Terrorism Court Branch Human Rights European African "
    "Inter-American Arab Regional Press Labour Labor Appellate Summary Misdemeanour Misdemeanor"
)
# the words a sentence is passed with: the court's seat is where it was passed
# (the pipeline runs no lemmatizer: the forms as written)
_SENTENCING = wordset(
    "sentence sentenced sentences sentencing condemned convicted upheld upholds uphold confirmed"
)


def court_seats(sent: Span) -> list[tuple[int, str]]:
    """(token index, city) of each court the sentence names by its seat (cached per sentence)."""
    cache: dict[tuple[int, int], list[tuple[int, str]]] = doc_cache(sent.doc).setdefault("court_seats", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _seats(sent)
    return cache[key]


def _seats(sent: Span) -> list[tuple[int, str]]:
    from tallybook.extract.particulars.places import is_country, is_demonym  # places imports this module

    doc = sent.doc
    text = doc_text(doc)[sent.start_char : sent.end_char]
    if "ourt" not in text:
        return []
    out: list[tuple[int, str]] = []
    for rx in _SEAT_RES:
        for m in rx.finditer(text):
            name = m.group(1).strip()
            words = name.split()
            if set(words) & _NOT_SEATS or is_country(name) or any(is_demonym(w) for w in words):
                continue
            span = doc.char_span(
                sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand"
            )
            if span is None or any(t.ent_type_ in {"DATE", "NORP"} for t in span):
                continue
            out.append((span.start, name))
    return out


def passes_sentence(anchor: Token) -> bool:
    """Whether `anchor` is the word of a sentence passed ("sentenced", "death sentence",
    "upheld the death sentence")."""
    return anchor.lower_ in _SENTENCING or (
        anchor.dep_ in {"pobj", "dobj", "nsubjpass"} and anchor.head.lower_ in _SENTENCING
    )


def seat_for(sent: Span, anchor: Token) -> str | None:
    """The seat of the court nearest `anchor` when `anchor` passes a sentence, else None."""
    if not passes_sentence(anchor):
        return None
    seats = court_seats(sent)
    if not seats:
        return None
    return min((abs(i - anchor.i), name) for i, name in seats)[1]
