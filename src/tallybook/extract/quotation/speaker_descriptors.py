"""Unnamed speaker phrases recorded as the text writes them, or as the body they speak for: an
indefinite descriptor with modifiers after its head noun ("a farmer who took part in the
protest", "a judicial official in X province"), a "his"/"her" inside it by its owner's name ("a
source close to X's family"), a body's part ("the military's information team") for a body
the text tells of, an apposition left out ("one resident, a farmer"), and an unnamed group in
its fullest form ("UN human rights experts"). Split out of speakers.py, which asks it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from tallybook.extract.entities.lexicon import word_set
from tallybook.extract.quotation.speaker_refs import possessor, singular_head
from tallybook.extract.text.boilerplate import flat_text
from tallybook.model import Span

if TYPE_CHECKING:
    from tallybook.extract.quotation.speakers import Mention, Speaker

# ", who saw the body," (a clause set off by commas) and "who asked not to be named" (a reason
# for not naming) tell nothing about who the speaker is
ASIDE_RE = re.compile(
    r",\s*(?:who|whose)\b.*$|\s+who\s+(?:asked|requested|spoke|declined|did\s+not\s+want|wished)\b"
    r"[^,]*\b(?:named|identified|anonymity|anonymous)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
INDEFINITE_RE = re.compile(r"^(?:an?|one|another)\s", re.IGNORECASE)
# "a [judicial] official in ...", "a farmer who ...", "a source close to ...": the head noun of an
# indefinite descriptor is the last word before its first modifier after the noun
_MODIFIED_RE = re.compile(
    r"^(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[\w-]+)\s+"
    r"(?:who|whose|in|at|from|of|with|close\s+to|near|on|inside)\s",
    re.IGNORECASE,
)
_POSSESSIVE_RE = re.compile(r"\b(?:his|her)\b", re.IGNORECASE)

# "the head of the provincial judiciary" with no holder named: an office told by its head noun
# and the body it belongs to, recorded as written like an indefinite descriptor
_DEFINITE_OF_RE = re.compile(r"^the\s+(?:[\w’'-]+\s+){0,2}?(?P<head>[\w-]+)\s+of\s", re.IGNORECASE)


def modified_descriptor(
    doc: Doc, mentions: list[Mention], phrase: str, offset: int, nouns: frozenset[str]
) -> Speaker:
    """An indefinite descriptor whose head noun (before its modifiers) names a kind of speaker,
    recorded as written up to fourteen words, the owner of a "his"/"her" by name."""
    m = _MODIFIED_RE.match(phrase) or _DEFINITE_OF_RE.match(phrase)
    if m is None or len(phrase.split()) > 14:
        return None, None
    head = m.group("head").lower()
    single = singular_head(head)  # "families" -> "family"
    if single not in nouns and head not in nouns:
        return None, None
    return owners_named(doc, mentions, phrase, offset), Span(offset, offset + len(phrase))


def owners_named(doc: Doc, mentions: list[Mention], phrase: str, offset: int) -> str:
    """The phrase with each "his"/"her" after its first word replaced by its owner's name and
    "'s" ("a source close to his family" -> "a source close to X's family"), as unnamed speakers
    are recorded; a possessive nobody fits is left as written."""

    def named(m: re.Match[str]) -> str:
        if m.start() == 0:
            return m.group()
        owner = possessor(doc, mentions, m.group(), offset)[0]
        return f"{owner}'s" if owner else m.group()

    return _POSSESSIVE_RE.sub(named, phrase)


def body_told_of(text: str, words: list[str], at: int) -> Speaker:
    """ "the military's information team" -> the military, when the owner is a common noun the
    text also writes as a body of its own ("the military said", "urged the military"): the
    body speaks through its part. Its fullest capitalised form ("Myanmar military") if any."""
    if len(words) > 4 or words[0].lower() != "the" or not re.fullmatch(r"[a-z]+['’]s", words[1]):
        return None, None
    owner = words[1][:-2]
    alone = re.compile(
        rf"\b(?:(?P<mod>(?:(?!(?:The|This|That|Its|Their)\s)[A-Z][\w-]+\s+){{1,2}})|the\s+){owner}\b(?!['’])"
    )
    found = [m for m in alone.finditer(text) if not at <= m.start() < at + 40]
    if not found:
        return None, None
    named = next((m for m in found if m.group("mod")), None)
    if named is not None:
        return " ".join(named.group().split()), Span(named.start(), named.end())
    m = found[0]
    return owner, Span(m.end() - len(owner), m.end())


# "A relative of X told ...", "a resident who ...": an unnamed speaker introduced by an indefinite
# descriptor (its modifiers up to a verb or a comma); {head} is filled in per call
_INTRODUCED = (
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){{0,2}}?{head}"
    r"(?:\s+(?:of|from|in|at|close\s+to)\s+[^,.;:“”\"\n]{{1,40}}?)?"
    r"(?=\s*,|\s+(?:told|said|says|who|described|recalled|added)\b)"
)


def introduced_descriptor(doc: Doc, mentions: list[Mention], head: str, before: int) -> Speaker:
    """ "the relative said" -> "a relative of X", the latest indefinite descriptor with this head
    noun before `before`, as written (a "his"/"her" by its owner's name)."""
    text = flat_text(doc)
    window = max(0, before - 1500)
    found = list(re.finditer(_INTRODUCED.format(head=re.escape(head)), text[window:before]))[-1:]
    if not found:
        return None, None
    at = window + found[0].start()
    phrase = found[0].group()
    return owners_named(doc, mentions, phrase, at), Span(at, at + len(phrase))


# an unnamed speaker with an apposition describing them again ("one resident, a farmer")
_UNNAMED_APPOS_RE = re.compile(
    r"^(?P<first>(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+)),\s+(?:an?|the)\s", re.IGNORECASE
)

_PARTITIVE_APPOS_RE = re.compile(
    r"^one\s+of\s+(?:them|those|these|us),\s+(?P<desc>an?\s+[\w-].*)$", re.IGNORECASE
)

# "A witness reached by telephone", "a nurse contacted by phone": how the writer reached an
# unnamed speaker is no part of the description
_CONTACT_RE = re.compile(
    r"^(?P<first>(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+))\s+"
    r"(?:reached|contacted|interviewed|telephoned|called)\s+(?:by|on|via|over)\s",
    re.IGNORECASE,
)


def without_contact(phrase: str, nouns: frozenset[str]) -> str:
    """ "A witness reached by telephone" -> "A witness": an unnamed speaker whose head noun names
    a kind of speaker, without the participle telling how the writer reached them."""
    m = _CONTACT_RE.match(phrase)
    if m is None or m.group("head").lower() not in nouns:
        return phrase
    return m.group("first")


def first_description(phrase: str, nouns: frozenset[str]) -> str:
    """ "one resident, a farmer": an unnamed speaker whose head noun names a kind of speaker,
    described again in an apposition, is recorded as first described ("one resident")."""
    part = _PARTITIVE_APPOS_RE.match(phrase)
    if part is not None:  # "one of them, a farmhand": the apposition describes, "one of them" not
        return part.group("desc")
    m = _UNNAMED_APPOS_RE.match(phrase)
    if m is None or m.group("head").lower() not in nouns:
        return phrase
    return m.group("first")


def expand_descriptor(text: str, head: str, stop_words: frozenset[str]) -> Speaker:
    """The fullest form of an unnamed group the text introduces: "the experts" -> "UN human
    rights experts", its mention with the most modifiers before the head noun (no determiner, no
    stock epithet: "Independent UN human rights experts" is "UN human rights experts"); a
    headline's shorter "UN experts" loses to the body's fuller form. `stop_words` (articles,
    numbers, prepositions) end the modifiers."""
    best: Speaker = (None, None)
    for m in re.finditer(rf"((?:[\w.’'-]+ ){{0,5}}){re.escape(head)}\b", text, re.IGNORECASE):
        keep: list[str] = []
        for w in reversed(m.group(1).split()):
            stop = w.lower() in stop_words or w.isdigit()
            if stop or w[-1] in ",.;:)" or not re.search(r"\w", w):
                break
            keep.insert(0, w)
        while keep and keep[0].lower() in _EPITHETS:
            keep.pop(0)
        phrase = " ".join([*keep, text[m.end() - len(head) : m.end()]])
        if best[0] is not None and len(phrase.split()) <= len(best[0].split()):
            continue
        start = m.end() - len(phrase)
        best = (phrase, Span(start, m.end()) if text[start : m.end()] == phrase else None)
    return best


# words a text sets before a group's name that describe it rather than name it
_EPITHETS = word_set("independent prominent leading renowned eminent")


# "a witness who gave only her first name, Blessing", "a resident who gave his name only as
# Ambrose", "a nurse identified only as Grace": the unnamed speaker names themselves
_GIVEN_NAME_RE = re.compile(
    r"\b(?:(?:gave|giving|gives|give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|last\s+|family\s+|given\s+)?"
    r"name(?:\s+only)?(?:\s+as\s+|,[ \t]*)"
    r"|(?:identified|named|known)\s+(?:only\s+)?"
    r"(?:as\s+|by\s+(?:his|her|their)\s+(?:first\s+|given\s+)?name,?[ \t]+))"
    r"(?P<name>(?-i:[A-Z])[\w’'-]+(?:[ \t]+(?-i:[A-Z])[\w’'-]+)?)",
    re.IGNORECASE,
)


def given_name(text: str, mentions: list[Mention], start: int, end: int) -> Speaker:
    """The name an unnamed speaker phrase at text[start:end] says its speaker gave ("a witness
    who gave only her first name, Blessing" -> "Blessing"); the clause may run past `end`, where a
    cue's phrase was cut before "who" or at the comma before the name. A person mention there
    gives the canonical name."""
    m = _GIVEN_NAME_RE.search(text, start, min(len(text), end + 80))
    # the phrase goes on to the clause that gives the name ("a witness| who gave ..."), in its sentence
    if m is None or re.search(r"[.;:“”\"\n]", text[start : m.start()]) or m.start() > end + 40:
        return None, None
    s, e = m.start("name"), m.end("name")
    for ms, me, kind, name in mentions:
        if kind == "person" and name and ms <= s < me:
            return name, Span(ms, me)
    return m.group("name"), Span(s, e)
