"""Boilerplate residue: lines a page left behind that are not part of the report.

Scrapers leave share buttons, "Read more" links, cookie banners, photo credits and video-player
titles ("... – YouTube") in the text. The `tallybook_boilerplate` component marks such lines as
character ranges in `doc._.tb_ignored`; the other components skip anything inside them, so a
credit line never becomes a person and a video title never becomes a quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any
from weakref import ReferenceType, WeakKeyDictionary, ref

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tallybook.extract.entities.lexicon import word_set
from tallybook.extract.timing.month_names import MONTH_NAMES

# Each pattern matches a whole line (without its newline). Kept deliberately narrow: a false
# positive hides real report text, which is worse than a stray credit line.
_LINE_PATTERNS: tuple[str, ...] = (
    r".{0,200}\s[-–—|]\s*YouTube\s*",  # video-player title: "Some title – YouTube"
    r"\s*(?:share|share this(?: article| story| page)?|share on \w+|tweet|email|print|whatsapp|"
    r"facebook|twitter|linkedin|telegram|copy link)(?:\s*[|/·•,]\s*\w[\w ]{0,15})*\s*",
    r"\s*(?:read more|read the full (?:story|report|statement|article)|continue reading|"
    r"click here[^.]{0,80}|see also|related(?: articles| stories| content)?|more on this story|"
    r"advertisement|skip to (?:main )?content|jump to content|back to top|subscribe[^.]{0,60}|"
    r"sign up[^.]{0,60}|download (?:the )?(?:pdf|report)[^.]{0,40})\s*[:.»›>]*\s*",
    r".{0,120}\b(?:we use cookies|uses cookies|cookie (?:policy|settings|preferences)|"
    r"accept (?:all )?cookies)\b.{0,300}",
    r"\s*(?:photo|image|picture|photograph|video|credit|file photo)s?\s*(?:credit)?\s*[:©].{0,160}",
    r"\s*©.{0,160}",
    r".{0,160}\b(?:Getty Images|via Getty|AFP/Getty|Reuters/[A-Z][\w ]+|AP Photo/[A-Z][\w .]+)\s*\)?\s*",
    r"\s*From Wikipedia, the free encyclopedia\s*",
    r".{0,80}\b(?:Official websites use \.gov|A \.gov website belongs to|Secure \.gov websites use HTTPS|"
    r"An official website of the United States Government|A lock \(.{0,10}\) or https://).{0,200}",
    r"\s*(?:Accessibility links|Breaking News|Printer-friendly version|No comments:?|Post a Comment|"
    r"Continue reading.{0,3}|License Photo|Listen to this article|Print this page)\s*",
    r"\s*(?:all rights reserved|copyright \d{4}).{0,120}",
    # a table of contents' entry, its dots leading to a page number: "Arrest and detention ...... 6"
    r".{1,200}?(?:\.{4,}|(?:\.[ \t]){4,}|…{2,})[ \t]*\d{1,4}[ \t]*",
)
_LINE_RE = re.compile("|".join(f"(?:{p})" for p in _LINE_PATTERNS), re.IGNORECASE)
# The patterns that may start anywhere in the line (".{0,200}...") try every character of every
# line. Each needs one of these words, so a line without them is matched against the others only.
_ANCHORED_LINE_RE = re.compile(
    "|".join(f"(?:{p})" for p in _LINE_PATTERNS if not p.startswith(".")), re.IGNORECASE
)
_FLOATING_CUES = (
    "youtube",
    "cookie",
    "getty",
    "reuters/",
    "ap photo/",
    ".gov",
    "official website",
    "a lock (",
    "....",
    ". . . .",
    "……",
)


def _is_residue(line: str) -> bool:
    """`_LINE_RE.fullmatch(line)` (true when any one pattern matches the whole line), trying the
    floating patterns only on lines holding one of their words. The engine, ignoring case, also
    equates "İ", "ı" and "ſ" with "i" and "s", which `str.lower` does not: such lines try all."""
    if _ANCHORED_LINE_RE.fullmatch(line):
        return True
    if not any(c in line for c in "İıſ"):
        low = line.lower()
        if not any(cue in low for cue in _FLOATING_CUES):
            return False
    return _LINE_RE.fullmatch(line) is not None


_LINE_SPLIT_RE = re.compile(r"[^\n]+")

if not Doc.has_extension("tb_ignored"):
    Doc.set_extension("tb_ignored", default=None)
if not Doc.has_extension("tb_ents"):
    Doc.set_extension("tb_ents", default=None)


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Character ranges [start, end) of whole lines in `text` that are page residue."""
    ranges: list[tuple[int, int]] = []
    for line in _LINE_SPLIT_RE.finditer(text):
        body = line.group()
        if len(body) > 400:  # a paragraph, not a widget
            continue
        if _is_residue(body):
            ranges.append((line.start(), line.end()))
    return ranges


_CACHES: WeakKeyDictionary[Doc, dict[str, Any]] = WeakKeyDictionary()
# The doc asked about last, with its cache: the components ask tens of thousands of times per
# text, nearly always about the doc in hand, and a weak-keyed lookup makes a new weak reference
# each time. One tuple, replaced whole, so a reader never pairs one doc with another's cache.
_LAST: tuple[ReferenceType[Doc], dict[str, Any]] | None = None


def doc_cache(doc: Doc) -> dict[str, Any]:
    """Values the components derive from a doc once and reuse (its text, name indexes). Kept off
    `doc.user_data` so that serialising a Doc carries none of them."""
    global _LAST
    last = _LAST
    if last is not None and last[0]() is doc:
        return last[1]
    cache = _CACHES.get(doc)
    if cache is None:
        cache = _CACHES[doc] = {}
    _LAST = (ref(doc), cache)
    return cache


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per doc: spaCy rebuilds the string from every token on each
    access, which is the slowest thing a component can do in a loop."""
    last = _LAST  # (`doc_cache`'s fast path, inlined: asked for on nearly every rule)
    cache = last[1] if last is not None and last[0]() is doc else doc_cache(doc)
    text = cache.get("text")
    if not isinstance(text, str):
        text = cache["text"] = doc.text
    return text


def blank_before(doc: Doc, pos: int) -> bool:
    """`not doc_text(doc)[:pos].strip()` without copying the text before `pos` on every call:
    nothing but white space before character `pos`."""
    cache = doc_cache(doc)
    lead: int | None = cache.get("lead_space")
    if lead is None:
        text = doc_text(doc)
        lead = cache["lead_space"] = len(text) - len(text.lstrip())
    return pos <= lead or lead == len(doc_text(doc))


def doc_value(doc: Doc, name: str) -> Any:
    """`doc._.<name>` for an extension declared with `default=None` (all of tallybook's), read
    straight from `doc.user_data`, where spaCy keeps extension values: `doc._` builds an accessor
    object on every access, which costs more than the lookup and is asked thousands of times."""
    user_data: dict[Any, Any] = doc.user_data  # (annotated, not cast: no call on this hot path)
    return user_data.get(("._.", name, None, None))


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once per doc. spaCy builds every entity Span anew on each access, so a
    component asking once per mention pays (mentions x entities): quadratic in the text's length.
    Valid once the NER component has run; nothing in tallybook sets entities after it. Kept on the
    doc itself (the Spans refer back to it, so a weak-keyed cache would never let it go)."""
    ents: tuple[Span, ...] | None = doc_value(doc, "tb_ents")
    if ents is None:
        ents = doc._.tb_ents = tuple(doc.ents)
    return ents


def span_ents(span: Span) -> list[Span]:
    """`span.ents` (the entities wholly inside `span`) from the doc's cached entities."""
    ents = doc_ents(span.doc)
    starts = doc_cache(span.doc).get("ent_starts")
    if starts is None or len(starts) != len(ents):
        starts = doc_cache(span.doc)["ent_starts"] = [e.start for e in ents]
    out: list[Span] = []
    # As spaCy's Span.ents: from the first entity starting inside, while they end inside.
    for ent in ents[bisect_left(starts, span.start) :]:
        if ent.end > span.end:
            break
        out.append(ent)
    return out


def span_text(span: Span) -> str:
    """`span.text` from the cached document text: `Span.text` makes a Token of every word."""
    return doc_text(span.doc)[span.start_char : span.end_char]


class _StringTable(dict[int, str]):
    """String ids (hashes of the strings, the same in every vocab) to their strings, kept across
    docs: `StringStore.__getitem__` decodes a new str on every call, and a doc's words are mostly
    words earlier docs used. Missing ids are read from the vocab of the doc in hand."""

    strings: Any = None

    def __missing__(self, key: int) -> str:
        value: str = self.strings[key]
        self[key] = value
        return value


_STRING_TABLE = _StringTable()
_STRING_TABLE_LIMIT = 1_000_000  # entries; cleared past this, so it cannot grow without bound


def id_strings(doc: Doc, ids: list[int]) -> list[str]:
    """`[doc.vocab.strings[i] for i in ids]`, read through the shared table."""
    table = _STRING_TABLE
    if len(table) > _STRING_TABLE_LIMIT:
        table.clear()
    table.strings = doc.vocab.strings
    return list(map(table.__getitem__, ids))


def _lower_ids(doc: Doc) -> numpy.ndarray[Any, Any]:
    """Every token's lower-case form as a string id, built once per doc."""
    cache = doc_cache(doc)
    lowers: numpy.ndarray[Any, Any] | None = cache.get("lowers")
    if lowers is None:
        lowers = cache["lowers"] = doc.to_array("LOWER")
    return lowers


def lower_forms(doc: Doc) -> list[str]:
    """Every token's lower-case form, built once per doc: reading forms from this list makes no
    Token objects."""
    cache = doc_cache(doc)
    # (typed locals, not `cast`: these readers are called hundreds of thousands of times)
    forms: list[str] | None = cache.get("lower_forms")
    if forms is None:
        forms = cache["lower_forms"] = id_strings(doc, _lower_ids(doc).tolist())
    return forms


def lower_positions(doc: Doc, lower: int, end: int) -> list[int]:
    """Indices of the tokens before `end` whose lower-case form is `lower` (a `Token.lower` id):
    scanning Token objects backwards from every mention is quadratic in the text's length."""
    return [int(i) for i in numpy.flatnonzero(_lower_ids(doc)[:end] == lower)]


def doc_words(doc: Doc) -> frozenset[str]:
    """Every lower-case form the doc holds, built once per doc: a rule about a rare word can skip
    its scan of the parse when the text never uses the word."""
    cache = doc_cache(doc)
    words: frozenset[str] | None = cache.get("doc_words")
    if words is None:
        words = cache["doc_words"] = frozenset(lower_forms(doc))
    return words


def token_texts(doc: Doc) -> list[str]:
    """Every token's text (`Token.text`), built once per doc: reading forms from this list makes
    no Token objects."""
    cache = doc_cache(doc)
    texts: list[str] | None = cache.get("token_texts")
    if texts is None:
        texts = cache["token_texts"] = id_strings(doc, doc.to_array("ORTH").tolist())
    return texts


def token_starts(doc: Doc) -> list[int]:
    """Every token's character offset (`Token.idx`), built once per doc (ascending)."""
    cache = doc_cache(doc)
    starts: list[int] | None = cache.get("token_starts")
    if starts is None:
        starts = cache["token_starts"] = doc.to_array("IDX").tolist()
    return starts


def sentence_starts(doc: Doc) -> list[int] | None:
    """The first token of each sentence, as `doc.sents` gives them (ascending, from 0), or None
    when the doc has no sentence boundaries; found once per doc (plain ints), once the parser and
    `tallybook_lines` have set them: `Span.sent` checks the annotation and walks back token by
    token on every call."""
    cache = doc_cache(doc)
    starts: list[int] | None
    if "sent_starts" in cache:
        starts = cache["sent_starts"]
        return starts
    starts = None
    if doc.has_annotation("SENT_START"):
        flags = doc.to_array(SENT_START).astype("int64")
        starts = [0, *(i for i in numpy.flatnonzero(flags == 1).tolist() if i > 0)] if len(doc) else []
    cache["sent_starts"] = starts
    return starts


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int] | None:
    """[start, end) of the sentence token `i` is in (as `doc[i].sent`), or None when the doc has
    no sentence boundaries."""
    starts = sentence_starts(doc)
    if starts is None:
        return None
    k = bisect_right(starts, i)
    return starts[k - 1] if k > 0 else 0, starts[k] if k < len(starts) else len(doc)


def sentence_at(doc: Doc, i: int) -> Span:
    """`doc[i : i + 1].sent` (what `Token.sent` and `Span.sent` give) from the doc's sentence
    starts, read once per doc: `Span.sent` first checks the annotation of every token of the doc."""
    bounds = sentence_bounds(doc, i)
    return doc[i : i + 1].sent if bounds is None else doc[bounds[0] : bounds[1]]


def sentence_of(tok: Token) -> Span:
    """`tok.sent`, as `sentence_at` reads it."""
    return sentence_at(tok.doc, tok.i)


def sentences_back(doc: Doc, start: int, n: int) -> int | None:
    """The first token of the sentence `n` sentences before the one starting at token `start`
    (0 at the doc's start), or None when the doc has no sentence boundaries."""
    starts = sentence_starts(doc)
    if starts is None:
        return None
    for _ in range(n):
        start = starts[bisect_right(starts, start - 1) - 1] if start > 0 else 0
    return start


# A line break that only wraps a sentence. Text set in fixed-width lines (congressional records,
# old releases, text taken from PDFs) breaks every sentence so, and each line would read as a
# title. A break after a word or a comma is a wrap when the next line goes on in lower case
# ("according to\nofficial sources") or when the line ends with a word no title ends with
# ("said\nMaryam X"); read loosely, also when a long line goes on with a figure, a bracket or a
# quotation mark. (A next line in capitals after a short line may be a new field, "Name\nLocation:
# Geneva": left alone.)
_WORD_BEFORE_RE = re.compile(r"([\w,;(–-]+)[ \t]?\Z")  # what a line ends with, before its break
_NO_TITLE_ENDS = word_set(
    "the a an of to in on at by for with from and or but that which who whom whose said told says "
    "according as than their his her its was were is are has have had been"
)
_GOES_ON = frozenset("(“\"‘'")
# A date the wrap splits: "on 14" + "October 2015", "on 14 October" + "2015".
_MONTH_WORDS = frozenset(MONTH_NAMES.split("|"))
_MONTH_START_RE = re.compile(f"(?:{MONTH_NAMES}) \\d")
_YEAR_START_RE = re.compile(r"(?:1[89]|20)\d\d\b")


def _date_goes_on(text: str, last: str, nxt: int) -> bool:
    """The line ends with `last` and the next (at `nxt`) goes on with the rest of its date."""
    if last.isdigit() and len(last) <= 2:
        return _MONTH_START_RE.match(text, nxt) is not None
    return last in _MONTH_WORDS and _YEAR_START_RE.match(text, nxt) is not None


def unwrap(text: str, *, loose: bool = False) -> str:
    """`text` with each line break that wraps a sentence made a space: the same length, so every
    offset into it is an offset into `text`; paragraph and heading breaks stay. The pipeline
    parses the strict reading; `flat_text` gives the rules that read across lines the loose one."""
    chars: list[str] | None = None
    end, size = text.find("\n"), len(text)
    while end >= 0:
        last = _WORD_BEFORE_RE.search(text, max(0, end - 60), end)
        nxt = end + 1
        while nxt < size and text[nxt] in " \t":
            nxt += 1
        if last is not None and nxt < size and not text[nxt].isspace():
            first = text[nxt]
            long_line = last.end(1) - (text.rfind("\n", 0, end) + 1) >= 50
            goes_on = loose and long_line and (first.isdigit() or first in _GOES_ON)
            word = last.group(1)
            if first.islower() or word.lower() in _NO_TITLE_ENDS or goes_on or _date_goes_on(text, word, nxt):
                chars = chars or list(text)
                chars[end] = " "
        end = text.find("\n", end + 1)
    return "".join(chars) if chars else text


def flat_text(doc: Doc) -> str:
    """The doc's text with hard wraps unwrapped, read loosely (see `unwrap`), computed once per doc."""
    cache = doc_cache(doc)
    text = cache.get("flat_text")
    if not isinstance(text, str):
        text = cache["flat_text"] = unwrap(doc_text(doc), loose=True)
    return text


def ignored_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The doc's ignored ranges, or [] when the boilerplate component did not run."""
    value = doc_value(doc, "tb_ignored")
    return list(value) if value else []


def is_ignored(ranges: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """True if [start, end) overlaps any ignored range."""
    return any(s < end and start < e for s, e in ranges)


class BoilerplateFinder:
    """Marks residue lines (share buttons, credits, cookie banners, video titles) as ignored."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def match(self, doc: Doc) -> list[tuple[int, int]]:
        return find_boilerplate(doc_text(doc))

    def set_annotations(self, doc: Doc, ranges: list[tuple[int, int]]) -> None:
        doc._.tb_ignored = ranges

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory(
    "tallybook_boilerplate",
    default_config={},
    assigns=["doc._.tb_ignored"],
)
def make_boilerplate(nlp: Language, name: str) -> BoilerplateFinder:
    return BoilerplateFinder(nlp, name)
