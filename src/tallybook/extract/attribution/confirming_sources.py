"""Who confirms: the speaker of a confirming verb ("Amnesty International said it had confirmed
his death" -> Amnesty International) and the canonical names of the source it heads, a
spokesperson standing for the body they speak for. Moved out of `confirmations`, which finds
the confirming sentences.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tallybook.extract.attribution.source_context import coordinated_sources, implied_sources
from tallybook.extract.attribution.source_names import PUBLISHER, canonical_source
from tallybook.extract.attribution.source_phrases import named_apposite, phrase_candidates
from tallybook.extract.attribution.source_syntax import NOT_SOURCES, subject_of
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import doc_ents

__all__ = ["source_names", "speaker_of"]

_BACK_PLACE_RE = re.compile(r"\s+(?:in|at)\s+the\s+[a-z]+$")
_SPOKES = wordset("spokesman spokeswoman spokesperson")


def speaker_of(verb: Token) -> Token | None:
    """The subject of the confirming verb; "it"/"they" is the speaker of a reporting verb above
    ("Amnesty International said it had confirmed the death")."""
    subj = subject_of(verb)
    if subj is None or subj.lower_ in NOT_SOURCES:
        return None
    # "the commission said its investigators had corroborated ...": the body speaks for its staff
    own_staff = any(c.dep_ == "poss" and c.lower_ in {"its", "our"} for c in subj.children)
    if subj.lower_ in {"it", "they", "we"} or own_staff:
        outer = next(
            (a for a in verb.ancestors if subject_of(a) is not None and subject_of(a) is not subj), None
        )
        outer_subj = subject_of(outer) if outer is not None else None
        if outer_subj is not None and outer_subj.lower_ not in NOT_SOURCES | {
            "it",
            "they",
            "we",
            "he",
            "she",
        }:
            return outer_subj
    return subj


def source_names(head: Token) -> list[str]:
    """Canonical names of the source `head` heads, with each coordinated source ("Reuters and
    AFP"); pronouns the text does not resolve give none."""
    body = _body_of_spokesperson(head)
    if body is not head:
        ent = next((e for e in doc_ents(body.doc) if e.start <= body.i < e.end and e.label_ == "ORG"), None)
        return [canonical_source(body.doc, ent.text if ent is not None else body.text)]
    out: list[str] = []
    for tok in [head, *coordinated_sources(head)]:
        tok = named_apposite(tok) or tok
        implied = implied_sources(tok)
        if implied is not None:
            names = implied
        elif tok.pos_ == "PRON":
            names = []
        else:
            # "a senior police officer in the town": the official, without the place told before
            names = [_BACK_PLACE_RE.sub("", canonical_source(tok.doc, phrase_candidates(tok)))]
        out += [n for n in names if n and n != PUBLISHER and n not in out]
    return out


def _body_of_spokesperson(head: Token) -> Token:
    """ "A spokesman for the Joint Operations Command, Brigadier X": the body speaks; a
    spokesperson named before the title ("police spokesman X") speaks for themself."""
    if head.lower_ not in _SPOKES:
        return head
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}:
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and (body.pos_ == "PROPN" or body.ent_type_ == "ORG"):
                return body
    return head
