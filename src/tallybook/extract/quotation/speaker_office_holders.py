"""Who a definite title that speaks stands for when the text names its holder in a sentence
beside it: "The head of the X Agency, A B, defended the punishment. “...,” the agency head told
reporters" (A B); "The report was presented by A B, who heads the mission. “...,” the Special
Representative said" (A B); "“...,” the group's director said. A B has led the group since 2016."
(A B). The schema records a speaker named elsewhere by the name, so the title gives way to the one
person the sentence before, the cue's own sentence or the sentence after sets in that role: with the
title's head word ("the head of ...") or a verb of leading ("who heads", "has led", "chairs").
A title with no such person beside it ("the provincial police chief told state TV", a victim named
before) stays as written. Asked by `quote_speakers.named_speaker` for a descriptor speaker.
"""

from __future__ import annotations

import re

from tallybook.extract.entities.lexicon import word_set
from tallybook.extract.quotation.quote_cues import SENTENCE_END_RE, sentence_start
from tallybook.extract.quotation.speakers import Mention, Speaker
from tallybook.model import Span

# Head nouns of titles held by one person who leads or speaks for a body. Spokespeople and the
# offices `speakers` already resolves by the person's description (ministers, governors) are left.
_LEAD_HEADS = word_set(
    "head director chief chair chairperson chairman chairwoman representative president coordinator "
    "rapporteur envoy leader co-chair founder secretary-general"
)
# "the agency head", "the group's director", "the Special Representative": a definite title of up
# to five words (a possessive owner counts as the determiner)
_TITLE_PHRASE_RE = re.compile(
    r"^(?:the\s+|(?:the\s+)?[\w-]+['’]s\s+)(?:[\w-]+\s+){0,3}(?P<head>[\w-]+)$",
    re.IGNORECASE,
)
# a verb setting a person at the head of a body, right after the name: "A B, who heads UNAMA",
# "A B has led the group since 2016"
_LEADING_AFTER_RE = re.compile(
    r",?\s+(?:who\s+)?(?:(?:has|had|have)\s+(?:long\s+)?)?"
    r"(?:heads|headed|leads|led|chairs|chaired|directs|directed|runs|ran|founded"
    # taking up or holding the office itself: "A B, who took up the mandate last year"
    r"|(?:(?:took|takes|take)\s+(?:up|over)|holds|held|hold|assumed|assumes)\s+(?:the|this|that|his|her)\s+"
    r"(?:mandate|post|position|role|office|job)|(?:was|is|has\s+been)\s+appointed\s+to\s+(?:the|this)\s+"
    r"(?:mandate|post|position|role|office))\b",
    re.IGNORECASE,
)


def _sentences(text: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence before the cue phrase text[start:end] to the end of the
    sentence after it, within its paragraph."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    own = sentence_start(text, start, floor=para_start)
    before = sentence_start(text, own - 1, floor=para_start) if own > para_start else own
    stop = SENTENCE_END_RE.search(text, end, para_end)
    after_own = stop.end() if stop else para_end
    nxt = SENTENCE_END_RE.search(text, after_own, para_end)
    rest = text[after_own:para_end].strip()
    if not rest or (rest[0] in '“"' and rest[-1] in '”"'):
        # the cue ends its paragraph but for quoted words: the sentence after is the next
        # paragraph's first ("A B, who took up the mandate last year, also ...")
        para = re.compile(r"\s*").match(text, para_end)
        following = para.end() if para else para_end
        line_end = text.find("\n", following)
        line_end = len(text) if line_end < 0 else line_end
        nxt = SENTENCE_END_RE.search(text, following, line_end)
        return before, nxt.end() if nxt else line_end
    return before, nxt.end() if nxt else para_end


def _in_role(text: str, s: int, e: int, head: str, phrase: tuple[int, int]) -> bool:
    """The person named at text[s:e] is set in the role: a leading verb right after the name, or
    the title's head word in the name's own sentence (outside the speaking phrase itself)."""
    if _LEADING_AFTER_RE.match(text, e, e + 60):
        return True
    para_start = text.rfind("\n", 0, s) + 1
    first = sentence_start(text, s + 1, floor=para_start)
    stop = SENTENCE_END_RE.search(text, e)
    last = stop.start() if stop else len(text)
    for m in re.finditer(rf"\b{re.escape(head)}\b", text[first:last], re.IGNORECASE):
        at = first + m.start()
        if not phrase[0] <= at < phrase[1]:
            return True
    return False


def titled_holder(
    text: str, mentions: list[Mention], start: int, end: int, quoted: list[tuple[int, int]]
) -> Speaker:
    """The one person a sentence beside the definite title text[start:end] sets in that role,
    else (None, None)."""
    phrase = text[start:end].strip(" ,.;:")
    m = _TITLE_PHRASE_RE.match(phrase)
    if m is None or m.group("head").lower() not in _LEAD_HEADS:
        return None, None
    at = start + text[start:end].find(phrase)
    head = m.group("head")
    first, last = _sentences(text, at, at + len(phrase))
    found: dict[str, Span] = {}
    for s, e, kind, name in mentions:
        if kind != "person" or not name or not first <= s < last or at <= s < at + len(phrase):
            continue
        if any(a <= s < b for a, b in quoted):
            continue  # a name inside quoted words holds no office here
        if _in_role(text, s, e, head, (at, at + len(phrase))):
            found.setdefault(name, Span(s, e))
    if len(found) != 1:
        return None, None
    name, span = next(iter(found.items()))
    return name, span
