"""The date phrases of a sentence: the model's DATE/TIME entities, joined into ranges ("between
October 2018 and August") and periods ("in March and April"), plus relative and absolute phrases
the model misses and years it reads as plain numbers ("during the 2022 protests"). A news
dateline's date is when the report was issued, not an event date, and is left out."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import doc_text, doc_value, span_ents, span_text, token_texts
from tallybook.extract.timing.month_names import DAYS_OR_WEEKS, MONTH, PREVIOUS_DAY
from tallybook.extract.timing.told_hours import TOLD_HOURS

_DATE_LABELS = frozenset({"DATE", "TIME"})

REL_PHRASE = re.compile(
    r"\b(?:the\s+same\s+(?:day|week|month|year|morning|afternoon|evening|night)|"
    r"(?:later\s+|earlier\s+)?that\s+(?:day|week|month|morning|afternoon|evening|night)|"
    r"(?:that|the\s+same)\s+(?:spring|summer|autumn)|"
    r"the\s+(?:following|next)\s+(?:day|night|morning|evening)|the\s+day\s+after|"
    r"the\s+(?:following|next|subsequent|ensuing)\s+(?:days|week|weeks|fortnight)|"
    rf"(?:the\s+)?(?:night|day|evening)\s+before|{PREVIOUS_DAY}|"
    r"yesterday|(?:\w+)\s+(?:days?|weeks?|fortnights?|months?)\s+"
    r"(?:later|earlier|ago)|"
    # "a day after the strike": the model reads no date in it; counted from the event told
    r"(?:a|one)\s+(?:day|week)\s+after(?=\s+(?:the|this|that)\s))\b",
    re.IGNORECASE,
)
_MONTH = MONTH
ABS_DATE = re.compile(
    rf"\b\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?\b|\b{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?\b|\b{_MONTH}\s+\d{{4}}\b"
)


_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’/-]+(?:[ ,]+[A-Z][A-Z.'’/-]+)*(?:,\s*[A-Z][\w ,.]{2,30}?)?(?:\s*\([^()\n]{2,40}\))?"
    r"|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    # "New Haven, 13 August 2024 —"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}"
    r"|\([A-Z][^()\n,]{1,30},\s*[^()\n]{4,30}\d{4}\))[ \t]*[-–—]\s",  # "(Nairobi, May 8, 2024) –"
    # (the dash on the same line: a capitalised heading over a "- " bullet is no dateline)
    re.MULTILINE,
)


def datelines(doc: Doc) -> list[tuple[int, int]]:
    """News datelines ("GENEVA (12 January 2023) –", "ADDIS ABABA, September 2023 —"): their date
    is when the report was issued, and their city is not who speaks."""
    cached = doc.user_data.get("tb_datelines")
    if isinstance(cached, list):
        return cached
    found = [(m.start(), m.end()) for m in _DATELINE.finditer(doc_text(doc))]
    doc.user_data["tb_datelines"] = found
    return found


def dateline_end(sent: Span) -> int:
    """End offset of the dateline the sentence starts in or after, else -1."""
    for lo, hi in datelines(sent.doc):
        if lo <= sent.end_char and sent.start_char < hi:
            return hi
    return -1


def dated_dependent(child: Token) -> bool:
    """Whether a dependent sets a date on its head: a DATE/TIME noun phrase ("today", "last week")
    or a preposition whose object is one ("on Friday", "in March")."""
    if child.dep_ == "npadvmod":
        return child.ent_type_ in _DATE_LABELS
    return child.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in _DATE_LABELS for g in child.children
    )


# A DATE entity must look like a date ("between 40 and 60 young" is the model's mistake).
_DATEISH = re.compile(
    r"\b(?:\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|day|days|week|weeks|month|months|year|years|yesterday|today|tonight|night|morning|"
    r"evening|afternoon|weekend|decade|spring|summer|autumn|fortnight|(?:past|last)\s+\w+\s+hours\b)",
    re.IGNORECASE,
)


if not Doc.has_extension("tb_date_phrases"):
    Doc.set_extension("tb_date_phrases", default=None)


def date_phrases(sent: Span) -> list[Span]:
    """DATE/TIME entities plus relative phrases the NER model tends to miss."""
    # Asked once per mention: kept per sentence on the doc itself, as boilerplate.doc_ents is (the
    # Spans refer back to the doc, so the weak-keyed doc_cache would never let the doc go). A copy
    # is returned, so a caller may change its list.
    found: dict[tuple[int, int], list[Span]] | None = doc_value(sent.doc, "tb_date_phrases")
    if found is None:
        found = sent.doc._.tb_date_phrases = {}
    key = (sent.start, sent.end)
    if key not in found:
        found[key] = _date_phrases(sent)
    return list(found[key])


_DURATION_RE = re.compile(DAYS_OR_WEEKS, re.I)
# A person's age the model tags as a date ("a 31-year-old porter"): it dates no event.
_AGE = re.compile(r"(?:an?\s+)?\d{1,3}\s*-?\s*years?\s*-?\s*old", re.I)
# Every match of REL_PHRASE holds one of these words, and every match of ABS_DATE a digit. (The
# word test reads lower-cased ASCII text only: the patterns ignore case the Unicode way, which
# for other text reaches letters `str.lower` does not map the same.)
_REL_WORDS = (
    "day",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "spring",
    "summer",
    "autumn",
)
_DIGIT = re.compile(r"\d")


def _date_phrases(sent: Span) -> list[Span]:
    doc = sent.doc
    skip_to = dateline_end(sent)
    out = [
        e
        for e in span_ents(sent)
        if e.label_ in _DATE_LABELS
        and e.start_char >= skip_to
        and _DATEISH.search(span_text(e))
        and not _AGE.fullmatch(span_text(e))
    ]
    out = [_trimmed(e) for e in out]
    # "between October 2018 and August": one range, not two dates.
    joined: list[Span] = []
    skip: set[int] = set()
    for k, e in enumerate(out):
        if k in skip:
            continue
        opens = e[0].lower_ in {"between", "from"} or (
            e.start > 0 and doc[e.start - 1].lower_ in {"between", "from"}
        )
        inner = _inner_opener(e) if not opens else None
        if (opens or inner is not None) and k + 1 < len(out):
            nxt = out[k + 1]
            link = doc[e.end : nxt.start]
            if _range_link(e, link, nxt):
                first = (
                    inner if inner is not None else e.start - (0 if e[0].lower_ in {"between", "from"} else 1)
                )
                joined.append(doc[first : nxt.end])
                skip.add(k + 1)
                continue
        if k + 1 < len(out) and k + 1 not in skip and _coordinated(e, out[k + 1]):
            # "in March and April 2024", "on Tuesday and Wednesday": one period over both
            joined.append(doc[e.start : out[k + 1].end])
            skip.add(k + 1)
            continue
        if e.start > sent.start and doc[e.start - 1].lower_ in {
            "between",
            "from",
            "since",
            "during",
            "throughout",
        }:
            e = doc[e.start - 1 : e.end]  # keep the word that makes it a range
        elif e.start - 2 >= sent.start and span_text(doc[e.start - 2 : e.start]).lower() == "as of":
            e = doc[e.start - 2 : e.end]  # "as of August": a tally up to then
        if e.end < sent.end and doc[e.end].lower_ in {"onwards", "onward"}:
            e = doc[e.start : e.end + 1]  # "from March onwards": a period open to the year's end
        joined.append(e)
    out = joined
    text = span_text(sent)
    lowered = text.lower() if text.isascii() else None
    for rx in (REL_PHRASE, ABS_DATE, TOLD_HOURS):
        if rx is not ABS_DATE and lowered is not None and not any(w in lowered for w in _REL_WORDS):
            continue  # most sentences: no relative phrase, and no scan of the text for one
        if rx is ABS_DATE and _DIGIT.search(text) is None:
            continue
        for m in rx.finditer(text):
            span = doc.char_span(
                sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
            )
            if span is None:
                continue
            if span.start_char < skip_to:
                continue
            overlapping = [e for e in out if e.start < span.end and span.start < e.end]
            if all(len(e) < len(span) for e in overlapping):
                out = [e for e in out if e not in overlapping] + [span]
    if (
        len(out) == 1
        and out[0].end < sent.end
        and doc[out[0].end].lower_ == "after"
        and _DURATION_RE.fullmatch(span_text(out[0]))
    ):
        out = [doc[out[0].start : out[0].end + 1]]  # "two days after the execution": counted from it
    out += [y for y in _plain_years(sent) if not any(e.start <= y.start < e.end for e in out)]
    return sorted((_with_last_day(_with_first_day(e)) for e in out), key=lambda e: e.start)


# Nouns a year names but does not date an event by: "the 2005 Anti-Terrorism Law", "the 2019 report".
_DOCUMENT_NOUNS = wordset(
    "law laws act code decree constitution report census budget resolution amendment ordinance statute "
    "edition version plan"
)


_YEAR_RE = re.compile(r"(?:19|20)\d{2}")


def _plain_years(sent: Span) -> list[Span]:
    """Years the model reads as plain numbers: "arrested during the 2022 protests", "since the 2019
    crackdown". Only a year in front of an event noun, after an article or a preposition."""
    doc = sent.doc
    out: list[Span] = []
    if not _YEAR_RE.search(doc_text(doc), sent.start_char, sent.end_char):
        return out  # most sentences name no year: no Token objects made for them
    words = token_texts(doc)
    for i in range(sent.start, sent.end):
        if not _YEAR_RE.fullmatch(words[i]):
            continue
        tok = doc[i]
        if tok.ent_type_ in _DATE_LABELS:
            continue
        if tok.i == sent.start or doc[tok.i - 1].lower_ not in {"the", "its", "their", "his", "her"}:
            continue
        head = tok.head
        if tok.dep_ not in {"nummod", "compound", "amod"} or head.pos_ != "NOUN" or head.i < tok.i:
            continue
        if head.lower_ not in _DOCUMENT_NOUNS:
            out.append(doc[tok.i : tok.i + 1])
    return out


def _with_first_day(e: Span) -> Span:
    """ "between 3 and 9 May", "between December 15 and December 18, 2013": the model's entity is
    the second end alone; take in the first day."""
    doc = e.doc
    k = e.start
    if k < 2 or doc[k - 1].lower_ not in {"and", "to", "until", "through", "-", "–"}:
        return e
    if k >= 3 and _MONTH_WORD.match(doc[k - 3].text) and _MONTH_WORD.match(e[0].text):
        opener = k - 4 if k >= 4 and doc[k - 4].lower_ in {"between", "from"} else k - 3
        return doc[opener : e.end] if re.fullmatch(r"\d{1,2}", doc[k - 2].text) else e
    first, last = doc[k - 2].text, re.match(r"\d{1,2}\b", span_text(e))
    if not re.fullmatch(r"\d{1,2}", first) or last is None or int(first) >= int(last.group()):
        return e
    start = k - 3 if k >= 3 and doc[k - 3].lower_ in {"between", "from"} else k - 2
    return doc[start : e.end]


def _trimmed(e: Span) -> Span:
    """ "on September 6, Human Rights Watch said": the model ran the date on into a name past a
    comma; the part after the comma that names no date is cut off."""
    words = token_texts(e.doc)  # (plain strings: iterating the span makes a Token of each word)
    comma = next((i for i in range(e.start, e.end) if words[i] == ","), None)
    if comma is None or comma == e.start:
        return e
    rest = e.doc[comma + 1 : e.end]
    if _DATEISH.search(span_text(rest)) or not any(t.is_title for t in rest):
        return e
    return e.doc[e.start : comma]


_MONTH_DAY = re.compile(rf"{_MONTH}\s+(\d{{1,2}})", re.IGNORECASE)


def _with_last_day(e: Span) -> Span:
    """ "between January 21 and 25": the model's entity stops before the second day; take it in."""
    doc = e.doc
    k = e.end
    if k + 1 >= len(doc) or doc[k].lower_ not in {"and", "to", "until", "through", "-", "–"}:
        return e
    found = _MONTH_DAY.search(span_text(e))
    last = doc[k + 1].text
    if found is None or found.end() != len(span_text(e)) or not re.fullmatch(r"\d{1,2}", last):
        return e
    if not int(found.group(1)) < int(last) <= 31:
        return e
    if k + 2 < len(doc) and doc[k + 2].lower_ in {"people", "persons", "men", "women", "of", "%", "percent"}:
        return e  # "on May 3 and 25 people": a count, not a day
    return doc[e.start : k + 2]


_RANGE_LINKS = frozenset({"and", "to", "until", "through"})


_DAY = re.compile(r"\d{1,2}")


def _range_link(left: Span, link: Span, right: Span) -> bool:
    """The words between the two ends of a range: "and"; ", and" after a year ("between July 1,
    2016, and January 31, 2017"); or the second end's day the model left out of both entities
    ("between 1 January and" + "30" + "April this year", "between 1 January" + "and 15" + "May"); or
    nothing, the link kept inside the first end before the second end's day ("from" + "January 7 to" +
    "14, 1919")."""
    words = [t.lower_ for t in link]
    if words and words[-1] in _RANGE_LINKS and all(w == "," for w in words[:-1]) and len(words) <= 2:
        return True
    if not words and left[-1].lower_ in _RANGE_LINKS and _DAY.fullmatch(right[0].text):
        return True
    if left[-1].lower_ in _RANGE_LINKS:
        words = ["and", *words]
    return len(words) == 2 and words[0] in _RANGE_LINKS and words[1].isdigit() and len(words[1]) <= 2


def _inner_opener(e: Span) -> int | None:
    """ "the kingdom between 1 January": the model ran the entity over words before the range's
    opening word; the position of that word, when a day or month follows it."""
    words = token_texts(e.doc)
    for i in range(e.start + 1, e.end - 1):
        if words[i].lower() in {"between", "from"} and (
            words[i + 1].isdigit() or _MONTH_WORD.match(words[i + 1])
        ):
            return i
    return None


_MONTH_WORD = re.compile(rf"{_MONTH}$", re.IGNORECASE)


def _coordinated(left: Span, right: Span) -> bool:
    """Two date phrases joined by "and"/"or" alone, each naming a month or a weekday, or two years."""
    link = left.doc[left.end : right.start]
    joined = len(link) == 0 and left[-1].lower_ in {"and", "or"}  # the model's "last Thursday and"
    if not joined and (len(link) != 1 or link[0].lower_ not in {"and", "or"}):
        return False
    if all(_BARE_YEAR.fullmatch(span_text(x)) for x in (left, right)):
        return True  # "arrested in 2009 and 2010": over both years
    return all(_CALENDAR_WORD.search(span_text(x)) for x in (left, right))


_BARE_YEAR = re.compile(r"(?:in\s+)?(?:19|20)\d{2}", re.IGNORECASE)


_CALENDAR_WORD = re.compile(rf"\b(?:{_MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
