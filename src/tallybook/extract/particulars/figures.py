"""Victim figures as the text states them: "at least 246", "thirty-four", "two dozen", "4,800+".

`parse_figure` reads the victim noun phrase as written and returns a `Figure`: an integer count
with its qualifier (exact / at_least / more_than / about / up_to), low/high for ranges, and the
victim description. Vague quantities ("dozens", "hundreds", "numerous") give no count.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from tallybook.model import Figure

UNIT_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "twentieth": 20,
}
_NUMBER_WORDS = set(UNIT_WORDS) | set(_TENS) | set(_SCALES) | {"a", "and"}

# Longest phrases first so "no less than" wins over "less than".
_QUALIFIER_PHRASES: list[tuple[str, str]] = [
    ("could be as high as", "up_to"),
    ("as high as", "up_to"),
    ("as many as", "up_to"),
    ("up to", "up_to"),
    # an upper bound only: the schema's nearest qualifier is up_to
    ("no more than", "up_to"),
    ("not more than", "up_to"),
    ("at most", "up_to"),
    ("fewer than", "up_to"),
    ("less than", "up_to"),
    ("no fewer than", "at_least"),
    ("no less than", "at_least"),
    ("not less than", "at_least"),
    ("a minimum of", "at_least"),
    ("at least", "at_least"),
    ("more than", "more_than"),
    ("upwards of", "more_than"),
    ("upward of", "more_than"),
    ("in excess of", "more_than"),
    ("over", "more_than"),
    ("an estimated", "about"),
    ("estimated", "about"),
    ("approximately", "about"),
    ("about", "about"),
    ("around", "about"),
    ("roughly", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("close to", "about"),
    ("some", "about"),
    ("circa", "about"),
]
_QUALIFIER_WORDS = frozenset(w for p, _ in _QUALIFIER_PHRASES for w in p.split())
_QUAL_RE = "|".join(re.escape(p) for p, _ in _QUALIFIER_PHRASES)
_WORD_NUM = (
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|million|dozen)(?:[\s-]+(?:and[\s-]+)?(?=\w)(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)\b)*)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:million|thousand))?"
_NUM = rf"(?:{_DIGITS}|{_WORD_NUM})"
# For other modules that read figures in context ("recorded at least 21")
NUMBER_PATTERN = _NUM
QUALIFIER_PATTERN = _QUAL_RE
_FIGURE_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<qual>{_QUAL_RE})\s+)?(?:between\s+)?(?P<num>{_NUM})(?![\d.])(?!-?[^\W\d_])(?!,\d)(?P<plus>\s*\+)?"
    rf"(?:\s*(?:-|–|—|to|and)\s*(?P<high>{_NUM})(?!-?\w))?",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(dozens|hundreds|thousands|tens of thousands|millions|scores|numerous|several|many|a number)\b",
    re.IGNORECASE,
)
_VAGUE_NUMBER = re.compile(
    r"^\W*(?:the\s+)?(?:several|many|numerous|some|a\s+few|few)\s+(?:hundred|thousand|million|dozen)s?\b"
    r"|^\W*(?:dozens|hundreds|thousands|millions|scores)\b",
    re.IGNORECASE,
)
# "at least the sixth prisoner to die": the qualifier set before the article bounds the count
ORDINAL_BOUND = r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than"
_ORDINAL_RE = re.compile(
    rf"(?:(?P<qual>{ORDINAL_BOUND})\s+)?\bthe\s+(?P<ord>" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:the|a|an|all|some|another|other|those|these|of)\s+", re.IGNORECASE)
# Two number words joined by "and" with no magnitude word before it ("two and five") are a range.
_WORD_PAIR_RE = re.compile(
    r"^((?:\w+[\s-]+)*?(?!hundred|thousand|million|dozen)\w+)[\s-]+and[\s-]+(\w+(?:[\s-]+\w+)*)$", re.I
)
_HALF_DOZEN = re.compile(r"\bhalf[\s-]+a[\s-]+dozen\b", re.IGNORECASE)
_WEAKNESS = {"exact": 0, "at_least": 1, "more_than": 1, "about": 2, "up_to": 3}
# Compiled once: the `re` module's own cache is flooded by the patterns other rules build per name.
_WORD_SPLIT_RE = re.compile(r"[\s-]+")
_NUMBER_RE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(million|thousand)?")
# "Over 2.000 people": a point before three digits with no scale word after groups thousands.
_POINT_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SPACES_RE = re.compile(r"\s+")
_MARK_OPEN_RE = re.compile(r"\[\s*$")
_MARK_CLOSE_RE = re.compile(r"\s*\]")
_PARENT_OF_RE = re.compile(r"\b(?:mother|father|parent)\s+of\s*$", re.IGNORECASE)
_AGED_RE = re.compile(r"\b(?:aged|age)\s*$", re.IGNORECASE)
_WHO_WAS_RE = re.compile(r"\b(?:who|he|she)\s+(?:was|is)\s*$", re.IGNORECASE)
_AT_THE_TIME_RE = re.compile(r"\s*(?:at\s+the\s+time|when|years?\s+old)\b", re.IGNORECASE)
# "Karim Rahimi (34) and ...": a number in brackets after a two-word name is the person's age
_NAME_BRACKET_RE = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s*\(\s*$")
_BRACKET_CLOSE_RE = re.compile(r"\s*(?:\)|$)")
_WORD_COMMA_RE = re.compile(r"[^\W\d]\s*,\s*$")
_COMMA_OR_END_RE = re.compile(r"\s*(?:,|$)")
_INCLUDING_RE = re.compile(r",?\s+including\b")
# "both men"; "the pair", "the couple" (not "a couple of", a vague few)
# (not "the couple's son": the couple owns the one person)
_BOTH_RE = re.compile(r"^(?:(?:the\s+)?both\b|the\s+(?:pair|couple)\b(?!\s+of\b|\s*['’]s\b))", re.IGNORECASE)
_NON_DIGIT_RE = re.compile(r"\D")
_OF_RE = re.compile(r"^of\s+")


def words_to_int(text: str) -> int | None:
    """ "thirty-four" -> 34, "two dozen" -> 24, "a hundred" -> 100; None if not a number."""
    words = [w for w in _WORD_SPLIT_RE.split(text.lower().strip()) if w and w != "and"]
    if not words or any(w not in _NUMBER_WORDS for w in words):
        return None
    total, current = 0, 0
    seen = False
    for w in words:
        if w == "a":
            current = max(current, 1)
            continue
        if w in UNIT_WORDS:
            current += UNIT_WORDS[w]
            seen = True
        elif w in _TENS:
            current += _TENS[w]
            seen = True
        else:
            scale = _SCALES[w]
            current = max(current, 1) * scale
            seen = True
            if scale >= 1000:
                total += current
                current = 0
    return total + current if seen else None


def parse_number(text: str) -> int | None:
    """ "1,500" -> 1500, "2.5 million" -> 2500000, "nine" -> 9."""
    t = text.strip().lower()
    if _POINT_THOUSANDS_RE.fullmatch(t):
        return int(t.replace(".", ""))
    m = _NUMBER_RE.fullmatch(t)
    if m:
        value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        if m.group(3):
            value *= 1_000_000 if m.group(3) == "million" else 1000
        return int(value)
    return words_to_int(t)


def _qualifier(phrase: str | None) -> str:
    if not phrase:
        return "exact"
    low = _SPACES_RE.sub(" ", phrase.lower())
    return next((q for p, q in _QUALIFIER_PHRASES if p == low), "exact")


# A number of these counts blows, body parts or time, not people ("flogged 50 times", "800 lashes").
# "two of his fingers", "16 fractured ribs", "three consecutive days": a possessor or one
# modifier may stand between the number and the unit.
_NOT_PEOPLE_RE = re.compile(
    r"^\s*(?:of\s+(?:his|her|their|its|the)\s+)?(?:[a-z]+\s+)?"
    r"(?:times|lashes|strokes|blows|fingers?|fingernails?|toes?|teeth|tooth|ribs?|bones?|hands?|feet|"
    r"foot|limbs?|legs?|arms?|eyes?|years?|months?|weeks?|days?|nights?|hours?|minutes?|decades?|"
    r"kilometres?|kilometers?|km|miles?|per\s*cent|percent|%)\b",
    re.IGNORECASE,
)
# "Group 24", "Prison No. 4", "Article 18": a number that ends a proper name, not a count.
_NAME_BEFORE_RE = re.compile(r"(?:\bNo\.?|\b(?P<word>[A-Z][a-z]+))\s*$")
_NAME_NUMBER_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|$|(?:in|on|at|who|which|and|since|for)\b)")
_MONTH_BEFORE_RE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$",
    re.IGNORECASE,
)
_DAY_END_RE = re.compile(r"\b\d{1,2}\s*$")
# "on 8 May two men": a day the parser folded into the noun phrase, read before its count.
_MONTH_AFTER_RE = re.compile(
    r"^\s*(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)


def _not_a_count(text: str, start: int, end: int) -> bool:
    """A date's day ("On March 14"), an age ("Ali, 16,") or a number of blows or years."""
    if _NOT_PEOPLE_RE.match(text[end:]):
        return True
    month = _MONTH_BEFORE_RE.search(text[:start])
    if month and not _DAY_END_RE.search(text[: month.start()]):
        return True  # "On March 14"; not "on 3 July four students", whose day comes first
    if _ends_a_name(text, start, end):
        return True
    if _MONTH_AFTER_RE.match(text[end:]) and text[start:end].isdigit() and int(text[start:end]) <= 31:
        return True
    if _MARK_OPEN_RE.search(text[:start]) and _MARK_CLOSE_RE.match(text[end:]):
        return True  # "... the dead.[2] Several women": a reference mark
    if _PARENT_OF_RE.search(text[:start]):
        return True  # "a mother of two": her children, not the victims
    if _NAME_BRACKET_RE.search(text[:start]) and _BRACKET_CLOSE_RE.match(text[end:]):
        return True  # "Karim Rahimi (34) and ...": an age
    if _AGED_RE.search(text[:start]):
        return True  # "a retired engineer aged 67": an age
    if _WHO_WAS_RE.search(text[:start]) and _AT_THE_TIME_RE.match(text[end:]):
        return True  # "X, who was 17 at the time of the offence": an age
    return bool(_WORD_COMMA_RE.search(text[:start]) and _COMMA_OR_END_RE.match(text[end:]))


def _ends_a_name(text: str, start: int, end: int) -> bool:
    """ "a member of the banned movement Group 24, who died": the number is part of a name."""
    before = _NAME_BEFORE_RE.search(text[:start])
    if before is None or not _NAME_NUMBER_AFTER_RE.match(text[end:]):
        return False
    word = before.group("word")
    return word is None or (word.lower() not in STOP_WORDS and word.lower() not in _QUALIFIER_WORDS)


def _looks_like_year(value: int, raw: str, before: str) -> bool:
    """A four-digit number of this century or the last, or an earlier one after a preposition of
    time ("the assassin of the Shah in 1896", not "the toll of 1500")."""
    if "," in raw or len(raw.strip()) != 4:
        return False
    return 1900 <= value <= 2100 or (1000 <= value < 1900 and _TIME_PREP_RE.search(before) is not None)


_TIME_PREP_RE = re.compile(r"\b(?:in|by|since|until|till|from|during|before|after)\s+$", re.IGNORECASE)


def parse_figure(phrase: str) -> Figure:
    """The figure a victim phrase states, e.g. "more than 100 peaceful protestors"."""
    text = _HALF_DOZEN.sub("six", phrase.strip())  # "half a dozen journalists": six, not a dozen
    head = _INCLUDING_RE.split(text, maxsplit=1)[0]
    if _VAGUE_NUMBER.search(head):
        return Figure(description=_description(text, 0))
    for m in _FIGURE_RE.finditer(head):
        raw = m.group("num")
        value = parse_number(raw)
        high_raw = m.group("high")
        pair = _WORD_PAIR_RE.match(raw)
        if pair:  # "between one and three": a range, not "one hundred and three"
            raw, high_raw = pair.group(1), pair.group(2)
            value = parse_number(raw)
        if value is None or value == 0 or _looks_like_year(value, raw, head[: m.start("num")]):
            continue
        if raw.lower() == "a" or _not_a_count(head, m.start("num"), m.end()):
            continue
        qual = _qualifier(m.group("qual"))
        if m.group("plus"):
            qual = "at_least"
        fig = Figure(count=value, qualifier=qual)
        high = parse_number(high_raw) if high_raw else None
        if high is not None and high > value:
            fig.low, fig.high, fig.qualifier = value, high, "at_least"
        elif qual in {"at_least", "more_than"}:
            fig.low = value
        elif qual == "up_to":
            fig.high = value
        fig.description = _description(text, m.end()) or _description(text[: m.start()], 0)
        return fig
    if _VAGUE.search(head):
        return Figure(description=_description(text, 0))
    if _BOTH_RE.match(head):
        return Figure(count=2, qualifier="exact", description=_description(text[4:], 0))  # "both men"
    ordinal = _ORDINAL_RE.search(head)
    if ordinal:
        raw = ordinal.group("ord").lower()
        value = _ORDINALS.get(raw) or int(_NON_DIGIT_RE.sub("", raw))
        qual = _qualifier(ordinal.group("qual"))
        low = value if qual in {"at_least", "more_than"} else None
        return Figure(count=value, qualifier=qual, low=low, description=_description(text, ordinal.end()))
    return Figure(description=_description(text, 0))


def _description(text: str, start: int) -> str | None:
    rest = text[start:].strip(" ,;:+")
    rest = _OF_RE.sub("", rest)
    prev = None
    while prev != rest:
        prev = rest
        rest = _LEADING.sub("", rest)
    return rest or None


def combine(a: Figure, b: Figure) -> Figure:
    """A total given as parts ("three sons ... alongside about 30 others"): sum, weakest qualifier."""
    if a.count is None or b.count is None:
        return a if a.count is not None else b
    qa, qb = a.qualifier or "exact", b.qualifier or "exact"
    qual = qa if _WEAKNESS[qa] >= _WEAKNESS[qb] else qb
    desc = " and ".join(d for d in (a.description, b.description) if d) or None
    return Figure(count=a.count + b.count, qualifier=qual, description=desc)


def is_vague(phrase: str) -> bool:
    return bool(_VAGUE.search(phrase))
