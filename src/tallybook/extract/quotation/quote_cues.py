"""The words that cue direct speech and the sentence boundaries quotes.py attributes within:
speech verbs (`,” said X`, `X told reporters: “`), the shapes of a cue after a closing mark, and
where a sentence starts. Split out of quotes.py so the pronoun resolver can share them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tallybook.extract.entities.lexicon import word_set
from tallybook.extract.text.parse_tree import has_parse
from tallybook.model import Span

CUE_VERBS = (
    "said|says|say|stated|states|stressed|stresses|added|adds|warned|warns|told|tells|urged|urges|noted|notes|"
    "explained|insisted|continued|concluded|wrote|writes|tweeted|posted|declared|emphasi[sz]ed|underlined|"
    "observed|remarked|recalled|argued|asserted|affirmed|announced|commented|replied|responded|pointed out|"
    "went on|cautioned|claimed|maintained|acknowledged|admitted|demanded|appealed|lamented|complained|"
    "reiterated|highlighted|underscored|yelled|shouted|chanted|cried|exclaimed|screamed|called for|claims|"
    "calls for|called on|calls on|described|denied|deplored|condemned|expressed|hoped|"
    "saying|noting|adding|stressing|warning|urging|calling for|calling on|declaring|insisting|"
    # a participle of telling set after the teller's own clause: "X defended the raid, telling
    # reporters that “...”", "the judge rejected the request, stating that “...”"
    "telling|stating|replying|responding|"
    "explaining|arguing|asserting|recalling|describing|had this to say|has this to say|reported|reports|"
    "testified|alleged|confirmed|quoted|wrote in|posted on|"
    # a question, a promise, a plea or a story told ("who asked not to be named" asks nothing)
    "(?<!who )asked|asks|recounted|recounts|promised|vowed|pleaded|begged|"
    # a reply that takes issue: its subject is the one a later "he said" stands for
    "countered|retorted|conceded|disagreed|"
    # a text that gives its own words: "The ministry's statement read: “...”"; a colon keeps out
    # "read the verdict", "read out the names"
    "reads?(?=(?: in part)?:)"
)
CUE_RE = re.compile(rf"\b(?:{CUE_VERBS})\b", re.IGNORECASE)
POST_VERB_FIRST_RE = re.compile(rf"^[\s,.!?]*(?:according to|(?:{CUE_VERBS}))\b", re.IGNORECASE)
# A stop after a courtesy title or an initial stays inside the speaker ("Ms. Mehra said").
_ABBREV = r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Maj|Rev|Sen|Rep|Gov|St|[A-Z])\."
POST_SUBJECT_FIRST_RE = re.compile(
    rf"^[\s,.!?]*(?P<who>(?:{_ABBREV}|[^.;:“”\"\n]){{1,120}}?)\s+(?:{CUE_VERBS})\b", re.IGNORECASE
)
# ("... law”.[3] The group said": a reference mark after the stop still ends the sentence)
NEW_SENTENCE_AFTER_RE = re.compile(r"^[ \t]*[.!?](?:\[\d+\])*[ \t]+[A-Z“\"]")
# A capitalised determiner or possessive opens a sentence of its own, not a `“...,” X said` cue.
# (a capitalised quantifier too: `“... for this?” Several families say they are afraid`)
FRESH_SUBJECT_RE = re.compile(
    r"^[ \t]+(?:The|A|An|This|These|Those|His|Her|Their|Its|Our|"
    r"Several|Some|Many|Most|Other|Both|Few|Dozens|Hundreds|Thousands|Scores)\s"
)
# `“... feet.” Tomasz Wrobel, 41, told the commission.`: a sentence of its own that only says who
# spoke (a name, an apposition, a speech verb, its hearer) names the speaker of the words before;
# one that goes on ("X said the group would ...", "X rejected ... and said") is a new statement.
SPEAKER_SENTENCE_RE = re.compile(
    r"^[ \t]+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?:,[^,.;:“”\"\n]{1,60},)?\s+"
    r"(?:said|told|added|recalled|explained|wrote|recounted)\b(?P<rest>[^.;:,“”\"\n]{0,60})[.!](?:\s|$)"
)
_NOT_HEARER = word_set(
    "that and but which who whom whose would will had has have was were is are could should "
    "he she they it to if when after before"
)


def speaker_sentence(after: str) -> re.Match[str] | None:
    """The `SPEAKER_SENTENCE_RE` match of the sentence after a closed quotation, if it only names
    the speaker and a hearer."""
    m = SPEAKER_SENTENCE_RE.match(after)
    if m is None or _NOT_HEARER & set(m.group("rest").lower().split()):
        return None
    return m


HEADLINE_RE = re.compile(r"^\s*[,–—-]\s*(?P<who>[A-Z][\w’'. -]{1,60}?)\s*$")
APPOS_NAME_RE = re.compile(r"\s*[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}\s*(?=,)")
# A full stop after a title or an initial ("Dr. X", "Col. Y", "J. Z") ends no sentence.
_NOT_AFTER = (
    "(?<!\\bDr)(?<!\\bMr)(?<!\\bMs)(?<!\\bMrs)(?<!\\bProf)(?<!\\bCol)(?<!\\bGen)(?<!\\bLt)(?<!\\bSgt)"
    "(?<!\\bCapt)(?<!\\bMaj)(?<!\\bRev)(?<!\\bSen)(?<!\\bRep)(?<!\\bGov)(?<!\\bSt)(?<!\\bNo)(?<!\\b[A-Z])"
)
# a reference mark after the stop ("... home.[2] The army said") still ends the sentence
_REF = r"(?:\[\d+\])*"
# Each pattern leads with a lookahead for the characters a match can start with: without it the
# engine tries all the lookbehinds above at every character of the text it scans.
SENTENCE_END_RE = re.compile(rf"(?=[.!?]){_NOT_AFTER}[.!?][”\"’]?{_REF}(?:\s|$)")
CLAUSE_END_RE = re.compile(rf"(?=[.;!?\s])(?:{_NOT_AFTER}[.;!?](?:\s|$)|\n|\s+(?:who|which|whose)\s)")
_SENTENCE_CUT_RE = re.compile(rf"(?=[.!?\n])(?:{_NOT_AFTER}[.!?][”\"’]?{_REF}\s+(?=[A-Z“\"‘])|\n)")


def sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the sentence holding `pos` (after the last '. ' / newline before it)."""
    cut = floor
    for m in _SENTENCE_CUT_RE.finditer(text, floor, max(floor, pos)):
        cut = m.end()
    return cut


_THAT_RE = re.compile(r"\bthat\b", re.IGNORECASE)


def governed_clause(before: str, cues: list[re.Match[str]], according: re.Match[str]) -> bool:
    """ "X stated that ..., according to Y's data, and that many deaths “...”": an "according
    to" inside one complement of a cue verb, with a further "that"-clause of the same verb
    holding the quotation, sources that clause only; the verb's subject speaks."""
    return (
        any(c.start() < according.start() for c in cues)
        and _THAT_RE.search(before, according.end()) is not None
    )


def past_beside_perfect(tok: Token) -> bool:
    """A simple past ("called") parsed as coordinated with a past perfect ("had acted"): the two
    tenses do not share a subject, so the past belongs to the clause above."""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and tok.tag_ == "VBD"
        and head.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in head.children)
    )


# participles of a teller's own words about what they report; "shouting", "chanting" tell what
# the people of the reported clause did
_REPORTER_PARTICIPLES = word_set(
    "calling describing adding saying insisting noting stressing terming labelling labeling dismissing "
    "branding denouncing accusing arguing claiming"
)


def reporter_of_participle(tok: Token) -> Token:
    """The verb whose subject speaks a participle cue set off by a comma at the end of a reported
    clause: "X denied that the army had carried out any raid, calling the reports “...”" (the
    parser hangs "calling" on "carried"; X calls them so). Else `tok` itself."""
    head = tok.head
    if (
        tok.lower_ in _REPORTER_PARTICIPLES
        and tok.dep_ == "advcl"
        and tok.i > 0
        and tok.doc[tok.i - 1].text == ","
        and head.dep_ == "ccomp"
        and head.head.pos_ == "VERB"
        and head.head.i < head.i
    ):
        return head.head
    return tok


_QUALIFIER_RE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?P<q>[a-z][a-z-]+)\s+$")
# modifiers that do not change which office is meant
_SAME_OFFICE = word_set("former then new current late outgoing incoming same acting")


def qualifier_fits(text: str, at: int, title: str, spans: list[Span]) -> bool:
    """False when a lower-case modifier sets the title apart ("the interior minister") and the
    text never gives the person the title with that modifier ("Foreign Minister X")."""
    m = _QUALIFIER_RE.search(text, max(0, at - 30), at)
    if m is None or m.group("q") in _SAME_OFFICE or not spans:
        return True
    wanted = re.compile(rf"\b{re.escape(m.group('q'))}\s+{re.escape(title)}\b", re.IGNORECASE)
    return any(
        w.start() != m.start("q")
        for s in spans
        for w in wanted.finditer(text, max(0, s.start - 60), min(len(text), s.end + 60))
    )


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound", "conj", "appos", "attr"})


def noun_cue(doc: Doc, at: int) -> bool:
    """True when the cue word at `at` is a noun of the clause ("reports", "claims", "notes"), not
    its verb: the parser tags it as a plural or singular noun in a nominal slot."""
    if not has_parse(doc):
        return False
    tok = token_at(doc, at)
    return tok is not None and tok.tag_ in ("NNS", "NN") and tok.dep_ in _NOMINAL_DEPS


def token_at(doc: Doc, at: int) -> Token | None:
    """The token the character at `at` falls in (None when there is none)."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
