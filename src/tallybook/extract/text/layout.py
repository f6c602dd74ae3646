"""How a report is laid out: headlines, section headings, infobox fields and "Per X:" blocks.

A title or an infobox field summarises what the body says (it yields a mention that folds into the
body's incident); a section heading names a topic and reports nothing, and so does a run-in
heading that opens a paragraph ("2. Deaths in detention. At least 29 people died ..."); a
"Per X:" line says who gives the figures under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from tallybook.extract.attribution.claimants import PUBLISHER
from tallybook.extract.detection.trigger_lexicon import NOMINAL, NOMINAL_WORDS
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.entities.people import resolve_person
from tallybook.extract.particulars.figures import parse_figure
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_cache, doc_ents, doc_text
from tallybook.extract.timing.article_years import encyclopedia_layout
from tallybook.extract.timing.date_phrases import dateline_end
from tallybook.extract.timing.dates import Reference, enclosing, resolve_date
from tallybook.extract.timing.month_names import MONTH_NAMES
from tallybook.model import Figure, PartialDate

PER_LINE_RE = re.compile(r"^\s*(?:Per|According to|Source:)\s+(?P<src>[^:\n]{2,80}):\s*$", re.IGNORECASE)
# Infobox fields that state an incident: "Criminal penalty: Death", "Fatalities: At least 12",
# also as a table row ("Criminal penalty | Death |") and with the bare key ("- Penalty: Death").
_FIELD_RE = re.compile(
    r"(?im)^[-•*\s]*(?P<key>(?:criminal\s+)?penalty|deaths?|fatalities|killed|arrests|arrested|detained|missing)"
    r"(?:\s*[:|]\s*|(?=\d))"
    r"(?P<value>(?:death\b|(?:at least|over|more than|about|approximately|up to|~)?\s*\d)[^\n]*)$"
)
_FIELD_TYPES = {
    "deaths": "killing",
    "death": "killing",
    "fatalities": "killing",
    "killed": "killing",
    "arrests": "arrest",
    "arrested": "arrest",
    "detained": "arrest",
    "missing": "enforced_disappearance",
}

# The body telling the sentence itself: "was sentenced to death", "handed down a death sentence".
_BODY_SENTENCE_RE = re.compile(
    r"\b(?:sentenced|condemned)\b[^.\n]{0,40}\bto\s+death\b|\bdeath\s+sentences?\b", re.IGNORECASE
)

_FIELD_LINE_RE = re.compile(r"^\s*[-•*]?\s*[A-Z][\w ()]{1,30}:\s*\S")

_LIST_MARKER = re.compile(r"^\s*(?:[a-z]\.|[ivx]+\.|\d+(?:\.\d+)*\.|Section \d+\.?)\s+[A-Z]")
_DATELINE_LEAD = re.compile(
    r"^[A-Z][A-Z .,'’/-]{2,40}(?:\s*\([^()\n]{4,40}\)|,\s*[A-Z][\w ,]{2,30}?)\s*[-–—]"
)


@dataclass(eq=False)
class DocumentContext:
    """What every piece of a long document shares (the pipeline parses long texts in pieces): the
    whole text, and the person the document is about once its first piece has named them (the
    pipeline parses a document's pieces in order)."""

    text: str
    subject: str | None = None


class PieceText(str):
    """The text of a piece of a long document, knowing the document it was cut from.

    The pipeline seeds a piece's Doc with it (`doc_text(doc)` returns it), so the helpers below,
    which are given the text, judge the document's start, not the piece's: a piece's first line is
    not a headline, and the main event and the subject are the whole document's. A plain `str`
    (a text parsed whole) is its own document."""

    context: DocumentContext
    offset: int  # where the piece starts in the document
    starts_document: bool  # nothing but white space before it

    def __new__(cls, piece: str, context: DocumentContext, offset: int) -> PieceText:
        obj = super().__new__(cls, piece)
        obj.context = context
        obj.offset = offset
        obj.starts_document = offset == 0 or not context.text[:offset].strip()
        return obj


def document_text(text: str) -> str:
    """The whole document's text, whether `text` is that text or a piece of it."""
    return text.context.text if isinstance(text, PieceText) else text


def encyclopedia_doc(doc: Doc) -> bool:
    """`encyclopedia_layout` of the whole document the doc is (a piece of), read once per doc:
    the date rules ask it for every doc."""
    cache = doc_cache(doc)
    found: bool | None = cache.get("encyclopedia")
    if found is None:
        found = cache["encyclopedia"] = encyclopedia_layout(document_text(doc_text(doc)))
    return found


def in_dateline_lead(sent: Span) -> bool:
    return dateline_end(sent) >= 0


def _line_at(text: str, start: int, end: int) -> tuple[int, str]:
    """The start and the stripped text of the line(s) holding text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, text[line_start : line_end if line_end >= 0 else len(text)].strip()


def is_heading(text: str, start: int, end: int, sent: Span) -> bool:
    """A section heading or a one-noun title line: it names a topic, it reports nothing."""
    if _run_in_heading(text, sent):
        return True
    _, line = _line_at(text, start, end)
    if not line or line.endswith((".", "”", '"', ":")) or len(line) > 200:
        return False
    if _LIST_MARKER.match(line):
        return True
    words = [w for w in _WORD_RE.findall(line)]
    has_verb = any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN" for t in sent)
    has_number = any(t.like_num for t in sent)
    if has_verb or has_number or not words:
        return False
    small = {"of", "and", "or", "the", "in", "on", "for", "to", "a", "an", "at", "by", "with", "other"}
    return len(words) <= 2 or all(w[0].isupper() or w in small for w in words)


_HEADING_POS = {"NOUN", "ADJ", "ADP", "DET", "CCONJ"}


def _run_in_heading(text: str, sent: Span) -> bool:
    """A paragraph's run-in heading, "2. Deaths in detention. At least 29 people died ...": a
    short verbless noun phrase with its own stop that opens a line the body carries on."""
    line_start = text.rfind("\n", 0, max(sent.end_char - 1, 0)) + 1
    words = [t for t in sent if t.idx >= line_start and not t.is_punct]
    while words and (words[0].tag_ == "LS" or words[0].like_num or len(words[0].text) == 1):
        words = words[1:]  # the list marker, "3.", "b)"
    if not words or len(words) > 5 or not words[0].text[0].isupper():
        return False
    first = words[0].idx
    if words[0].pos_ == "PROPN" and words[0].lower_ in NOMINAL_WORDS:
        words = words[1:]  # the model tags a capitalised first word a name: "Torture in custody."
    if not all(t.pos_ in _HEADING_POS or (t.pos_ == "VERB" and t.dep_ == "amod") for t in words):
        return False
    line_end = text.find("\n", sent.end_char)
    after = text[sent.end_char : line_end if line_end >= 0 else len(text)]
    marker = _RUN_IN_MARKER.match(text[line_start:first])
    return sent.text.rstrip().endswith(".") and marker is not None and bool(after.strip())


_RUN_IN_MARKER = re.compile(r"^\s*(?:(?:\d{1,2}|[a-z])[.)]\s*)?$")


# Citation marks ("[3]", "[4][5]", "[note 2]"), one after another: the pipeline's sentence cuts
# read them too.
CITATION_MARKS = r"(?:\[[^\]\n]{1,30}\])+"
_TRAILING_MARKS_RE = re.compile(CITATION_MARKS + "$")
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")


def is_summary_line(text: str, start: int, end: int) -> bool:
    """Titles and infobox fields summarise what the body says; they do not add incidents."""
    line_start, line = _line_at(text, start, end)
    if line.endswith("]"):
        line = _TRAILING_MARKS_RE.sub("", line)  # "Two men were hanged.[3]": a sentence, no title
    if _headline(text, line_start, line):
        return True
    if line.startswith("=") or _FIELD_LINE_RE.match(line):
        return True
    return len(line) < 90 and not line.rstrip().endswith((".", "”", '"'))


def is_box_line(text: str, start: int) -> bool:
    """The line at `start` is a title ("= X =", the first line) or an infobox field ("Title: X")."""
    line_start, line = _line_at(text, start, start)
    return not text[:line_start].strip() or line.startswith("=") or bool(_FIELD_LINE_RE.match(line))


def per_sources(text: str) -> list[tuple[int, int, str]]:
    """Infobox "Per X:" lines: (start, end, source) of the lines each applies to."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        m = PER_LINE_RE.match(line)
        if m:
            if out and out[-1][1] == -1:
                out[-1] = (out[-1][0], pos, out[-1][2])
            out.append((pos + len(line), -1, m.group("src").strip()))
        elif out and out[-1][1] == -1 and (not line.strip() or len(line) > 120):
            out[-1] = (out[-1][0], pos, out[-1][2])
        pos += len(line)
    if out and out[-1][1] == -1:
        out[-1] = (out[-1][0], pos, out[-1][2])
    return out


def line_source(per: list[tuple[int, int, str]], pos: int) -> str | None:
    return next((src for s, e, src in per if s <= pos < e), None)


def field_lines(doc: Doc) -> list[Mention]:
    """Infobox fields: "Criminal penalty: Death" is a death sentence of the article's subject
    when the body does not tell the sentence (a field names the penalty, the body the event);
    "Fatalities: At least 12" a killing with its figure (folded into the body's account if any)."""
    out: list[Mention] = []
    for m in _FIELD_RE.finditer(doc_text(doc)):
        key = " ".join(m.group("key").lower().split())
        value = m.group("value").strip()
        if key.endswith("penalty"):
            body = document_text(doc_text(doc)).replace(m.group(), "")
            if not value.lower().startswith("death") or _BODY_SENTENCE_RE.search(body):
                continue
            itype, figure = "death_sentence", Figure()
        else:
            figure = parse_figure(value)
            if figure.count is None:
                continue  # "Deaths: Unknown"
            itype = _FIELD_TYPES[key]
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        trig = Trigger(itype, NOMINAL, span)
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        mention = Mention(trigger=trig, type=itype, sent=span, start=start, end=m.end(), figure=figure)
        mention.summary = True
        mention.attribution.claims = [(PUBLISHER, "asserts")]
        out.append(mention)
    return out


_MONTHS = MONTH_NAMES  # (matched ignoring case)
# An infobox date field: "Date: 16 August 2012", "Date 14–19 July 2021", "Date15 November 2019 – ongoing",
# "Date: March 3, 2011", "DateJanuary 1919" (a mirror that drops the cell between label and value).
_DATE_FIELD_RE = re.compile(rf"(?im)^[-•*\s]*dates?\s*:?\s*(?P<value>(?:\d|(?:{_MONTHS})\b)[^\n]{{3,60}})$")
_LEAD_DATE_RE = re.compile(
    rf"\b(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{_MONTHS})\s+\d{{4}}|(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}|"
    rf"(?:{_MONTHS})\s+\d{{4}})\b",
    re.IGNORECASE,
)
# Compiled once: the `re` module's own cache is flooded by the patterns other rules build per name.
_PAREN_SPLIT_RE = re.compile(r"\s*\(")
_ONGOING_RE = re.compile(r"\s*[-–—]\s*(?:ongoing|present)\b.*$", re.I)
_FIRST_SENTENCE_RE = re.compile(r"(?<=[a-z\]])\.\s")
_PARENTHESES_RE = re.compile(r"\([^()]*\)")
_DAY_RANGE_RE = re.compile(r"^(\d{1,2})\s*[-–]\s*\d{1,2}\b")


def main_event_date(text: str, ref: Reference) -> PartialDate | None:
    """The date of the event an encyclopedia-style article is about, to month precision: the
    infobox's date field if there is one, else the first full date of the lead sentence. Read from
    the start of the document even when `text` is a later piece of it."""
    head = document_text(text)[:4000]
    field = _DATE_FIELD_RE.search(head)
    candidates: list[str] = []
    if field:
        # The whole value is read as a range: "14 July – 2 August 2021" crosses a month (the year).
        value = _PAREN_SPLIT_RE.split(field.group("value"))[0]
        candidates.append(_ONGOING_RE.sub("", value).strip())
    else:
        for line in head.splitlines():
            line = line.strip()
            if len(line) >= 80 and line.endswith((".", "]")):  # the lead paragraph
                lead = _FIRST_SENTENCE_RE.split(line, maxsplit=1)[0]
                lead = _PARENTHESES_RE.sub(" ", lead)  # "(born 2 May 1990)": not the event
                found = _LEAD_DATE_RE.search(lead)
                if found:
                    candidates.append(_DAY_RANGE_RE.sub(r"\1", found.group()))
                break
    for cand in candidates:
        try:
            value_date = resolve_date(cand, ref)
        except ValueError:
            value_date = None
        enclosed = enclosing(value_date)
        # A bare year is too vague to date the article's event; a range across months is that year.
        if enclosed and (len(enclosed) >= 7 or (value_date is not None and value_date.end)):
            return PartialDate(enclosed[:7])
    return None


def doc_subject(doc: Doc) -> str | None:
    """The person an article is about: the first person named in its first lines. A later piece of
    a long document takes the one its first piece named."""
    text = doc_text(doc)
    if isinstance(text, PieceText) and text.offset > 0:
        return text.context.subject
    subject = _first_lines_subject(doc, text)
    if isinstance(text, PieceText):
        text.context.subject = subject
    return subject


def _first_lines_subject(doc: Doc, text: str) -> str | None:
    title = text[: text.find("\n")] if "\n" in text else text
    for ent in doc_ents(doc):
        if ent.start_char > 300:
            break
        if ent.label_ == "PERSON":
            full = resolve_person(doc, ent.text)  # only someone the people component knows
            if full and ent.text.split()[-1] in title:
                return full
    return None


def story_year(doc: Doc) -> str | None:
    """The year of the event a text is about: an encyclopedia article's infobox or lead date,
    else the year of publication."""
    cache = doc_cache(doc)
    if "story_year" not in cache:
        published: str | None = doc._.tb_published
        main = main_event_date(doc_text(doc), Reference.from_partial(published))
        cache["story_year"] = main.value[:4] if main is not None else (published or "")[:4] or None
    year: str | None = cache["story_year"]
    return year


def told_only_in_headline(doc: Doc, start: int, end: int) -> bool:
    """An incident whose evidence is the document's headline ("Teenager Dies in Custody; Family
    Says He Was Tortured", "Hundreds Detained, Dozens Missing in Crackdown") with a body below it:
    the headline restates what the body tells (or announces a type the body tells otherwise), so
    it records no incident of its own even when it folds into none of the body's."""
    text = doc_text(doc)
    line_start, line = _line_at(text, start, start)
    line_end = text.find("\n", start)
    if line_end < 0 or end > line_end + 1:
        return False
    return _headline(text, line_start, line) and bool(text[line_end:].strip())


def _headline(text: str, line_start: int, line: str) -> bool:
    """Whether `line`, starting at `line_start`, is the document's title: its first line, short, no
    full stop. A later piece's first line is a paragraph of the body, not the headline."""
    if isinstance(text, PieceText) and not text.starts_document:
        return False
    return not text[:line_start].strip() and len(line) < 160 and not line.endswith(".")
