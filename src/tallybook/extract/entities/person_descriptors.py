"""How the text describes a person: an apposition ("X, the spokesperson,") or a pre-modifier
("activist X"), read from the dependency tree when there is one and from the surrounding text when
not; the official titles found in them let "the Special Rapporteur" resolve to the person the text
named.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from tallybook.extract.entities.lexicon import title_alternation, word_set
from tallybook.extract.text.boilerplate import doc_cache, flat_text
from tallybook.extract.text.parse_tree import has_parse
from tallybook.model import Span

_APPOS_AFTER_RE = re.compile(
    r"^\s*,\s*((?:the|a|an|his|her|its|their|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*['’]s)\s+"
    r"[^,.;:()“”\"\n]{2,90}?)\s*(?=,|\.\s|;|\n|$|\s+(?:who|which|said|told|has|had|was|is|and)\b)"
)
_PREMOD_RE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:the|a|an|and|by|of|to|with|for)\s+)"
    r"((?:[A-Za-z][\w.’'-]*\s+){0,5}?[A-Za-z][\w.’'-]*)(?:,\s*|\s+)$"
)
_AFTER_HEAD_RE = re.compile(r"\s(?:of|for|on|to|with|at|in|from|against)\s")
_BAD_EDGE = word_set("and or but including of in on to with by for as at from whose among which")
_VERBISH = word_set("said says told is was were are has had have been be after when while that who")
_TITLE_RE = re.compile(
    r"\b(" + title_alternation() + r")s?\b",
    re.IGNORECASE,
)


def _parse_descriptor(doc: Doc, span: Span) -> str | None:
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    root: Token = tokens.root
    if root.dep_ == "appos" and root.head.i < tokens.start:
        head = root.head
        phrase = doc[head.left_edge.i : tokens.start].text.strip(" ,–—-")
        return phrase or None
    for child in root.children:
        if child.dep_ == "appos" and child.i >= tokens.end:
            return doc[child.left_edge.i : child.right_edge.i + 1].text.strip(" ,") or None
    left = root.left_edge.i
    if left < tokens.start:
        words = doc[left : tokens.start]
        if all(t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "PART", "PUNCT", "DET") for t in words):
            phrase = words.text.strip(" ,")
            phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
            return phrase or None
    return None


def _regex_descriptor(text: str, span: Span, premodifier: bool) -> str | None:
    after = text[span.end : span.end + 140]
    m = _APPOS_AFTER_RE.match(after)
    if m:
        return m.group(1).strip()
    if not premodifier:
        return None
    before = text[max(0, span.start - 70) : span.start]
    before = before.rsplit("\n", 1)[-1]
    m = _PREMOD_RE.search(before)
    if m:
        words = m.group(1).split()
        while words and (words[0].lower() in _VERBISH or words[0].lower() in ("the", "a", "an")):
            words = words[1:]
        if words and not any(w.lower() in _VERBISH for w in words):
            phrase = " ".join(words)
            if any(c.islower() for c in phrase) or _TITLE_RE.search(phrase):
                return phrase
    return None


def _plausible(phrase: str) -> bool:
    """A descriptor says what someone is; a run of other names or a dangling clause is not one."""
    words = phrase.split()
    if not words or len(phrase) > 120 or words[0].lower() in _BAD_EDGE or words[-1].lower() in _BAD_EDGE:
        return False
    if (
        all(w.lower() in STOP_WORDS for w in words)
        or not re.search(r"[A-Za-z]", phrase)
        or re.search(r"[\u0600-\u06FF]", phrase)
    ):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised * 2 <= len(words) or bool(_TITLE_RE.search(phrase))


def descriptors(doc: Doc, span: Span) -> list[str]:
    """Phrases the text uses to describe the person at `span` (apposition or pre-modifier)."""
    cache = doc_cache(doc).setdefault("descriptors", {})  # asked for by describe and title_keys
    key = (span.start, span.end)
    if key not in cache:
        cache[key] = _descriptors(doc, span)
    found: list[str] = cache[key]
    return found


def _descriptors(doc: Doc, span: Span) -> list[str]:
    found: list[str] = []
    parsed = has_parse(doc)
    if parsed:
        d = _parse_descriptor(doc, span)
        if d:
            found.append(d)
    d = _regex_descriptor(flat_text(doc), span, premodifier=not parsed)
    if d and d not in found:
        found.append(d)
    return [" ".join(f.split()) for f in found if _plausible(f)]


def describe(doc: Doc, spans: list[Span]) -> str | None:
    """The first descriptor the text gives any mention of a person."""
    for span in spans:
        found = descriptors(doc, span)
        if found:
            return found[0]
    return None


def titles_in(phrase: str | None) -> set[str]:
    """Official titles heading a descriptor: "Secretary General of Amnesty" has one, "a critic of
    President X" has none (a title after "of"/"for"/"on" belongs to someone else)."""
    if not phrase:
        return set()
    head = _AFTER_HEAD_RE.split(phrase, maxsplit=1)[0]
    found = {m.group(1).lower() for m in _TITLE_RE.finditer(head)}
    lead = _TITLE_RE.match(re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE))
    if lead:  # "head of the morality police" starts with its title, "of" and all
        found.add(lead.group(1).lower())
    return found


def title_keys(doc: Doc, span: Span) -> set[str]:
    """Official titles attached to the mention at `span` ("High Commissioner Pillay" -> high commissioner)."""
    keys: set[str] = set()
    for phrase in descriptors(doc, span):
        keys |= titles_in(phrase)
    return keys
