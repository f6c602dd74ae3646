"""Finding quotations in raw text: pairing quotation marks block by block.

Kept apart from speaker attribution (`quotes.py`) because it needs no spaCy at all. Rules:
a mark opens when it starts a word and closes when it ends one, whatever its glyph (writers and
scrapers mix “ ” and "); a paragraph whose quotation has no closing mark ends the quotation at
the paragraph end (multi-paragraph speech); openers stack, and a stray opener or closer is
found from what pairs around it (`_pair_block`), so a bad mark costs one quotation at most; a
quotation hard-wrapped over lines stays whole.
Single marks, curly or straight, count only as ‘speech’ when they wrap a phrase and are not
apostrophes (don’t, Iran’s, protesters’), or open a paragraph of speech after a cue ending in a
colon. Which of the quotations hold speech is `quote_speech`'s question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_MARKS = '"“”„«»'  # every double mark (`quote_speech` reads quoted terms with them)
_OPEN_GLYPHS = "“„«"
_CLOSE_GLYPHS = "”»"
_PAIRED = {"«": "»", "»": "«", "„": "“”"}  # marks that close only the quotation their partner opened
_OPEN_BEFORE = " \t([{—–-/:'‘"
_CLOSE_AFTER = " \t.,;:!?)]}—–-'’"
_MAX_QUOTE = 3000  # a "quotation" longer than this is a lost mark, not speech
_SINGLE_RE = re.compile(r"(?:^|(?<=[\s(“\"—–]))‘(?=\w)(?P<body>[^‘\n]{3,400}?[^\s‘])’(?![\w])", re.MULTILINE)
# Straight single marks ('...'): the same shape; an apostrophe inside a word (don't, Sa'ad) stays
# in the body, and the closing mark ends a word and is followed by none.
_STRAIGHT_SINGLE_RE = re.compile(
    r"(?:^|(?<=[\s(“\"—–]))'(?=\w)(?P<body>(?:[^'\n]|(?<=\w)'(?=\w)){3,400}?[^\s'])'(?!\w)", re.MULTILINE
)


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted words [start, end) and where the marks sit; `closed` is False at a paragraph end."""

    start: int
    end: int
    open_mark: int
    close_end: int  # index just after the closing mark (== end when unclosed)
    para_start: int
    para_end: int
    closed: bool
    single: bool = False


def _role(line: str, i: int, is_open: bool) -> str:
    prev = line[i - 1] if i > 0 else " "
    nxt = line[i + 1] if i + 1 < len(line) else " "
    opens = not nxt.isspace() and (prev in _OPEN_BEFORE or prev in DOUBLE_MARKS or prev.isspace())
    closes = not prev.isspace() and (nxt in _CLOSE_AFTER or nxt in DOUBLE_MARKS or nxt.isspace())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if not opens and not closes and not is_open and prev in ".!?" and nxt.isupper():
        return "open"  # 'ransacked homes.”This reaction is ...,” said X': glued to the sentence before
    glyph = line[i]
    if glyph in _OPEN_GLYPHS:
        return "open"
    if glyph in _CLOSE_GLYPHS:
        return "close"
    return "close" if is_open else "open"


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _after_colon(text: str, line_start: int) -> bool:
    """The text before the line ends in a colon, blanks aside: a cue ("X said:") opens the line.
    (Read backwards from the line: no copy of all the text before it.)"""
    k = line_start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ":"


def _unclosed(text: str, open_at: int) -> QuoteSpan | None:
    """A quotation left open: it runs to the end of its line if it starts the line (or follows a
    colon or a dash), as in multi-paragraph speech; otherwise the mark was stray and costs nothing."""
    line_start, line_end = _line_bounds(text, open_at)
    lead = text[line_start:open_at].strip()
    # (a statement's header ends with a colon or a dash: "X, Secretary of State - “Today, ...")
    if lead and not lead.endswith((":", "-", "–", "—")) and not _speech_goes_on(text, lead, line_end):
        return None
    end = line_start + len(text[line_start:line_end].rstrip())
    if end <= open_at + 1:
        return None
    cue = _CUE_INSIDE_RE.search(text, open_at + 1, end)
    if cue is not None:  # "“We are shocked by ..., said the spokesperson.": the mark left out
        # (or "“...," he said.", closed by a straight mark that pairs with no curly one)
        return QuoteSpan(open_at + 1, cue.start() + 1, open_at, cue.end("mark"), line_start, line_end, True)
    return QuoteSpan(open_at + 1, end, open_at, end, line_start, line_end, False)


# A quotation whose closing mark was left out before its cue: ", said X", ", he said", ", X said."
# closing the paragraph (the cue's words run to the paragraph's end with no sentence after them)
_CUE_INSIDE_RE = re.compile(
    r",(?P<mark>\"?)[ \t]+(?:(?:said|says|added|stated|told)[ \t]+[^.!?\n]{1,80}"
    r"|(?:[A-Z][\w.’'-]*[ \t]+){0,4}(?:he|she|they|[A-Z][\w’'-]+)[ \t]+(?:said|says|added|stated))"
    r"[.!]?[ \t]*$",
    re.MULTILINE,
)


_NEXT_PARA_OPENS_RE = re.compile(r"\n[ \t]*(?:\n[ \t]*)*[“\"„«]")


def _speech_goes_on(text: str, lead: str, line_end: int) -> bool:
    """A mark opening a new sentence mid-paragraph and left open, with the next paragraph opening
    with a mark: the paragraph's last quotation carries on into the next (a speech printed over
    several paragraphs, each opened and only the last closed)."""
    return lead[-1] in '.!?”"' and _NEXT_PARA_OPENS_RE.match(text, line_end) is not None


def _closed(text: str, open_at: int, i: int) -> QuoteSpan | None:
    """The quotation from the mark at `open_at` to the one at `i`."""
    if i - open_at > _MAX_QUOTE:
        return _unclosed(text, open_at)
    para_start, _ = _line_bounds(text, open_at)
    _, para_end = _line_bounds(text, i)
    return QuoteSpan(open_at + 1, i, open_at, i + 1, para_start, para_end, True)


def _pair_block(text: str, marks: list[int]) -> list[QuoteSpan]:
    """The double-quoted stretches of one block of lines, given the offsets of its marks.

    Openers stack: a quotation closed while another is open (“A “B” C”) is kept only if the outer
    one never closes (the outer opener was a stray mark and costs nothing else) or if it is one
    of several (the closer was stray too). The text around a block is newlines, which `_role`
    reads as it reads the blank around a line."""
    found: list[QuoteSpan] = []
    stack: list[int] = []  # open marks, outermost first
    inner: list[QuoteSpan] = []  # quotations closed while another was open
    for i in marks:
        ch = text[i]
        open_at = stack[-1] if stack else None
        if (
            ch == '"'
            and open_at is not None
            and text[open_at] in _OPEN_GLYPHS
            and not _closes_curly(text, i, stack)
        ):
            if not _curly_is_stray(text, i, stack):
                continue  # straight marks inside a curly quotation are a quotation within it
            # `"A “B C," said X`: the curly opener was stray
            del stack[max([-1, *(k for k, at in enumerate(stack) if text[at] == '"')]) + 1 :]
            open_at = stack[-1] if stack else None
        if ch in "“”„" and text[i - 1 : i] in _BLANKS and text[i + 1 : i + 2] in _BLANKS:
            continue  # a curly mark standing alone between spaces belongs to no word: stray
        role = _role(text, i, open_at is not None)
        if open_at is not None and ch in _PAIRED.get(text[open_at], ""):
            role = "close"  # « spaced French marks »: the opener's partner closes, spaced or not
        if role == "open":
            if open_at is not None and "\n" in text[open_at:i]:
                _settle(text, stack, inner, found)  # a paragraph of a longer speech
            stack.append(i)
        elif open_at is not None:
            q = _closed(text, stack.pop(), i)
            if stack:
                if q is not None:
                    inner.append(q)
                continue
            # one quotation within another is nesting; several closed inside one are whole
            # quotations after a stray opener, which a stray closer must not swallow
            found.extend([q] if q is not None and len(inner) < 2 else inner)
            inner.clear()
    _settle(text, stack, inner, found)
    return found


_BLANKS = (" ", "\t")


def _closer_follows(text: str, i: int, stack: list[int]) -> bool:
    """A closer of the innermost curly opener's glyph follows the mark at `i` on its line."""
    line_end = text.find("\n", i)
    partner = _PAIRED.get(text[stack[-1]], "”")
    return any(c in text[i : len(text) if line_end < 0 else line_end] for c in partner)


def _closes_curly(text: str, i: int, stack: list[int]) -> bool:
    """A straight mark that ends a word, with no curly closer after it on its line and no straight
    quotation open: it closes the curly quotation (`“... international law," he said`)."""
    if _closer_follows(text, i, stack):
        return False
    return _role(text, i, True) == "close" and not any(text[at] == '"' for at in stack)


def _curly_is_stray(text: str, i: int, stack: list[int]) -> bool:
    """True when the straight mark at `i`, inside a curly quotation, shows the curly opener was
    stray: no closer of its glyph follows on its line, and the mark opens a word or closes a
    straight quotation opened before the curly mark."""
    if _closer_follows(text, i, stack):
        return False
    role = _role(text, i, True)
    return role == "open" or (role == "close" and any(text[at] == '"' for at in stack))


def _announced_paragraph(text: str, open_at: int) -> QuoteSpan | None:
    """A paragraph that a mark opens right after a cue ending in a colon ("X issued the following
    statement:"), left open as a speech over several paragraphs is, with a quoted word of its own
    inside: the paragraph is the quotation, not the quoted word."""
    line_start, _ = _line_bounds(text, open_at)
    if text[line_start:open_at].strip() or not _after_colon(text, line_start):
        return None
    return _unclosed(text, open_at)


_CUE_VERBS = r"(?:said|says|added|stated|stressed|noted|told)\b"
_CUE_WORD_RE = re.compile(rf"\b{_CUE_VERBS}")
# What follows a closing mark that ends the quotation: its cue, closing the paragraph
_CUE_AFTER_RE = re.compile(rf"[ \t]+(?:[\w’'.-]+[ \t]+){{0,4}}{_CUE_VERBS}[^.!?\n]{{0,80}}[.!]?[ \t]*$")


def _shared_close(text: str, open_at: int, last: QuoteSpan) -> QuoteSpan | None:
    """An opener left open whose last inner quotation, a phrase within its sentence, closes with a
    comma right before the cue that ends the paragraph (`“... a situation he described as “beyond
    description,” the spokesperson said.`): one mark closed both, and the outer quotation is the
    speech."""
    _, para_end = _line_bounds(text, last.close_end)
    if not text[: last.end].endswith(",") or not _CUE_AFTER_RE.match(text[last.close_end : para_end]):
        return None
    # (not “We counted ...,” said X after a stray opener, nor a quotation after a cue of its own)
    if not text[last.start : last.start + 1].islower() or _CUE_WORD_RE.search(text, open_at, last.open_mark):
        return None
    para_start, _ = _line_bounds(text, open_at)
    return QuoteSpan(open_at + 1, last.end, open_at, last.close_end, para_start, para_end, True)


def _settle(text: str, stack: list[int], inner: list[QuoteSpan], found: list[QuoteSpan]) -> None:
    """Openers left open: the quotations closed inside them stand, or else the latest opener runs
    to its line end (`_unclosed`); the stack and `inner` are emptied."""
    speech = (
        (_announced_paragraph(text, stack[0]) or _shared_close(text, stack[0], inner[-1]))
        if stack and inner
        else None
    )
    if speech is not None:
        found.append(speech)  # its quoted words (“Somaliland.”) are part of the speech
    elif inner:
        found.extend(inner)
    elif stack:
        left = _unclosed(text, stack[-1])
        if left is not None:
            found.append(left)
    stack.clear()
    inner.clear()


# One scan finds every mark and every blank line (a newline before a line of blanks and another
# newline), which ends a block of lines.
_SCAN_RE = re.compile(rf"[{DOUBLE_MARKS}‘']|\n(?=[ \t]*\n)")


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every double-quoted stretch of `text`, then single-quoted ones outside them.

    Marks pair within a block of lines (up to a blank line), so a quotation hard-wrapped over
    several lines is one quotation; one left open at a line end that no later closing mark in
    the block answers ends at that line's end. The text is scanned once: single marks are only
    tried where the scan saw one.
    """
    found: list[QuoteSpan] = []
    block: list[int] = []
    curly: list[int] = []
    straight: list[int] = []
    for mark in _SCAN_RE.finditer(text):
        ch = mark.group()
        if ch == "\n":
            found.extend(_pair_block(text, block))
            block = []
        else:
            (curly if ch == "‘" else straight if ch == "'" else block).append(mark.start())
    found.extend(_pair_block(text, block))
    doubles = [(q.open_mark, q.close_end) for q in found]
    singles: list[tuple[int, int]] = []
    for m in [*_matches_at(_SINGLE_RE, text, curly), *_matches_at(_STRAIGHT_SINGLE_RE, text, straight)]:
        if any(s <= m.start() < e for s, e in doubles) or any(
            m.start() < e and s < m.end() for s, e in singles
        ):
            continue  # inside a double quotation, or overlapping a curly single one
        singles.append((m.start(), m.end()))
        start = m.start("body")
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", start)
        para_end = len(text) if para_end < 0 else para_end
        found.append(
            QuoteSpan(start, m.end("body"), m.start(), m.end(), para_start, para_end, True, single=True)
        )
    found.extend(_single_mark_speech(text, {q.open_mark for q in found}))
    found.sort(key=lambda q: q.start)
    return found


# A paragraph opened by a single mark before a capital: British speech after "X said:"
_SINGLE_PARAGRAPH_RE = re.compile(r"^[ \t]*['‘](?=[A-Z])", re.MULTILINE)


def _single_mark_speech(text: str, opened: set[int]) -> list[QuoteSpan]:
    """Speech set in single marks a paragraph at a time after a cue ending in a colon ("Kate
    Allen, Director, said:" then "'After a detailed review ..." and "'Amnesty has heard ...'"),
    each paragraph opened and only the last closed: the paragraph is the quotation, apostrophes
    and all. One that the single-mark patterns above found whole stays as it is."""
    out: list[QuoteSpan] = []
    last_end = -1  # where the last paragraph of such speech ended
    for m in _SINGLE_PARAGRAPH_RE.finditer(text):
        open_at = m.end() - 1
        para_start, para_end = _line_bounds(text, open_at)
        cued = _after_colon(text, para_start)
        goes_on = last_end >= 0 and not text[last_end:para_start].strip()
        if not (cued or goes_on):
            continue
        last_end = para_end
        body_end = len(text[:para_end].rstrip())
        if open_at in opened or body_end - open_at < 12:
            continue
        closed = text[body_end - 1] in "'’"
        end = body_end - 1 if closed else body_end
        out.append(QuoteSpan(open_at + 1, end, open_at, body_end, para_start, para_end, closed, single=True))
    return out


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """What `pattern.finditer(text)` yields, for a pattern whose matches start with a mark found
    at one of `starts`: each tried in turn, none inside the match before."""
    found: list[re.Match[str]] = []
    for at in starts:
        if found and at < found[-1].end():
            continue
        m = pattern.match(text, at)
        if m is not None:
            found.append(m)
    return found


WORD_RE = re.compile(r"\w+")  # a word of a quotation (`quote_speech` counts them too)


def same_words(a: str, b: str) -> bool:
    """The same words, whatever the case and punctuation (a quotation printed twice)."""
    return WORD_RE.findall(a.lower()) == WORD_RE.findall(b.lower())
