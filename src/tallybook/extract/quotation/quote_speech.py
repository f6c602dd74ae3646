"""Which quoted stretches hold speech, and which are labels, charges, names or terms.

`quote_marks` pairs the marks; a quotation is no one's words when it is too short, a label ("known
as “...”", "charged with “...”"), a charge after an arrest or listed after the word for charges, a
name or an epithet a verb of naming gives ("described the camps as “...”", "called the detainees
“...”"), a term (listed beside a quoted term, introduced with its abbreviation, a title) or a
parenthesised gloss. The naming verbs whose subject speaks (`NAMED_AS_RE`, `WHAT_CALLED_RE`,
`statement_verb_before`) and a headline carrying an organisation's demand (`is_headline_demand`)
are read here too, for `quotes`.
"""

from __future__ import annotations

import re

from tallybook.extract.entities.lexicon import word_set
from tallybook.extract.quotation.quote_marks import DOUBLE_MARKS, WORD_RE, QuoteSpan

_LABEL_BEFORE_RE = re.compile(
    r"(?:translat\w*(?:\s+(?:to|as|into))?|meaning|means|known as|called|dubbed|termed|titled|entitled|"
    r"charged with|convicted of|accused of|guilty of|charges? of|crimes? of|offen[cs]es? of|so-called|"
    r"suspicion of|suspected of|"
    r"label(?:l)?ed|named|nicknamed|slogans?(?: such as| like)?|hashtag|"
    r"(?:is|are|was|were|been|being)\s+(?:described|characteri[sz]ed|referred to|branded|seen|regarded)"
    r"\s+as)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_SENTENCE_STOP_RE = re.compile(r"[.!?](?:\s+|$)")
# A charge after an arrest or a sentence: "jailed two men for “spreading lies against the state”".
_CHARGE_FOR_RE = re.compile(
    r"\b(?:arrest|detain|jail|imprison|sentenc|prosecut|convict|charg|indict)\w*\b.{0,120}\bfor\s*$",
    re.IGNORECASE,
)
# Charges listed after the word for them: "terrorism-related offences, including “...”".
_CHARGES_LISTED_RE = re.compile(
    r"\b(?:offen[cs]es|charges|crimes|counts)\b[^.;:“”\"]{0,60}?,?\s+(?:including|such\s+as|namely)\s*:?\s*$",
    re.IGNORECASE,
)
# A verb of naming with its object right before the marks: `X called the verdict “...”`,
# `describing the camps as “...”` (a bare `called “...”` is a label above; `so-called` no verb).
# A rebuttal names what it rejects the same way: `the ministry dismissed the claims as “...”`.
# "after what his lawyer called “a twenty-minute show trial”": a speaker's own characterisation,
# with its subject, not a name things go by ("a group called “...”", "so-called “...”")
# ... and a noun a relative clause names so: "a figure the IFF calls “...”", "a verdict that
# her lawyer termed “...”" (the noun's own words first, so "the" of the speaker is the speaker's)
_CALLED_NOUNS = (
    r"figures?|claims?|accounts?|versions?|toll|verdicts?|rulings?|decisions?|sentences?|trials?|moves?|"
    r"allegations?|accusations?|reports?|statements?|steps?|acts?|attacks?|killings?|raids?|"
    r"practices?|polic(?:y|ies)|process|hearings?|explanations?"
)
WHAT_CALLED_RE = re.compile(
    rf"\b(?:what|(?:an?|the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{_CALLED_NOUNS})\s+(?:that\s+|which\s+)?(?=\S))"
    r"(?P<who>\s*(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w’'-]+\s+){0,5}?)"
    r"(?P<verb>called|calls|termed|terms|dubbed|described\s+as|describes\s+as)\s*$",
    re.IGNORECASE,
)
NAMED_AS_RE = re.compile(
    r"(?<![-\w])(?:(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)|describ(?:e|es|ed|ing))"
    r"\s+(?:[^\s“”\"]+\s+){1,6}(?:as\s+)?"
    r"|(?:reject|dismiss|denounc|decr(?:y|ie)|brush(?:ed|es|ing)?\s+off)\w*"
    r"\s+(?:[^\s“”\"]+\s+){1,6}as\s+)$",
    re.IGNORECASE,
)
# Objects of a naming verb that are people: what they are called is an epithet.
_PEOPLE_WORDS = word_set(
    "them him her us detainee detainees prisoner prisoners protester protesters protestors demonstrators "
    "activist activists man men woman women people victims students journalists members opponents "
    "critics dissidents fighters rebels militants defendants youths crowd"
)
# "the ministry stated that five had died, describing them as “...”": a participle of naming
# after a statement verb quotes that statement's account of the people, not an epithet
_STATED_BEFORE_RE = re.compile(
    r"\b(?:said|says|stated|states|announced|claimed|declared|insisted|maintained|told\s+\w+)\b"
    r"[^.;:“”\"]*,\s*$",
    re.IGNORECASE,
)


def statement_verb_before(text: str, start: int, naming_at: int) -> int | None:
    """Where the statement verb stands whose participle of naming starts at `naming_at`
    ("stated that ..., describing them as"): its subject speaks, not the clause's in between."""
    m = _STATED_BEFORE_RE.search(text, start, naming_at)
    return m.start() if m else None


_CLAUSE_WORDS_RE = re.compile(
    r"\b(?:who|whom|whose|which|that|is|are|was|were|has|have|had|will|would|can|could)\b", re.IGNORECASE
)
# Words that make a quoted stretch more than a bare noun compound (a determiner, a preposition,
# a verb form, a pronoun, a clause): "a massacre that bears ...", "lies spread by ...".
_SPEECH_WORDS_RE = re.compile(
    r"\b(?:a|an|the|of|for|by|to|that|which|who|with|against|in|on|at|from|is|are|was|were|be|been|"
    r"has|have|had|will|would|not|no|it|we|they|our|their|his|her|its|this|these|those|every)\b|[.!?,;]",
    re.IGNORECASE,
)
# A quoted term introduced with its abbreviation: `held under “residential watch at a set place” (RWSP)`.
_ABBREVIATION_AFTER_RE = re.compile(r"[ \t]*\([ \t]*(?P<abbr>[A-Z][A-Za-z]*[A-Z])s?[ \t]*\)")
# One quoted item of a list whose other items include a quoted term: `offences including
# “sedition”, bribery and “harming public order”` (terms in marks, not anyone's words).
_TERM = rf"[“\"„«][^{DOUBLE_MARKS}\n]{{1,40}}[”\"»]"
_TERM_RE = re.compile(rf"[“\"„«]([^{DOUBLE_MARKS}\n]{{1,40}})[”\"»]")
_ITEMS = rf"(?:\s*,[^,.;:!?{DOUBLE_MARKS}\n]{{0,50}}?)*"
_LIST_BEFORE_RE = re.compile(rf"{_TERM}{_ITEMS}\s*,?\s+(?:and|or)\s+$")
_LIST_AFTER_RE = re.compile(rf"{_ITEMS}\s*,?\s+(?:and|or)\s+{_TERM}")
# A headline carrying an organisation's demand: `Country: “Release them now”`.
_HEADLINE_DEMAND_RE = re.compile(r"^[ \t]*[A-Z][^\n:“”\"]{0,60}:[ \t]*$")


def is_speech(text: str, q: QuoteSpan, min_words: int) -> bool:
    """True unless the quotation is too short, a label ("known as “...”", "charged with “...”"),
    a term (listed beside a quoted term, introduced with its abbreviation, a title) or a
    parenthesised gloss."""
    words = text[q.start : q.end]
    if len(WORD_RE.findall(words)) < min_words:
        return False
    before = text[max(q.para_start, q.open_mark - 40) : q.open_mark]
    called = WHAT_CALLED_RE.search(text, max(q.para_start, q.open_mark - 120), q.open_mark)
    if _LABEL_BEFORE_RE.search(before) and not called:
        return False
    sentence = _SENTENCE_STOP_RE.split(text[max(q.para_start, q.open_mark - 160) : q.open_mark])[-1]
    if _CHARGE_FOR_RE.search(sentence):  # "detained ... for “acts of treason against the state”"
        return False
    if _CHARGES_LISTED_RE.search(sentence):  # "convicted of offences, including “joining a cell”"
        return False
    named = NAMED_AS_RE.search(sentence)
    if named and (
        not _SPEECH_WORDS_RE.search(words)  # "described the camps as “training centres”": a name
        or (
            _PEOPLE_WORDS & {w.lower() for w in WORD_RE.findall(named.group())}
            and not _CLAUSE_WORDS_RE.search(words)
            and not _STATED_BEFORE_RE.search(sentence, 0, named.start())
        )
    ):
        # "called the detainees “agents of ...”": an epithet for people; with a clause of its own
        # ("criminals who conspired against ...") it is the speaker's statement
        return False
    if _is_listed_term(text, q, min_words) or _is_abbreviated(text, q) or _is_title(text, q):
        return False
    # A parenthesised gloss: Moharebeh ("waging war against God").
    return not (
        before.rstrip().endswith("(") and text[q.close_end : q.close_end + 2].lstrip().startswith(")")
    )


def _is_listed_term(text: str, q: QuoteSpan, min_words: int) -> bool:
    """True when the quotation is coordinated with a quoted term too short to be speech."""
    before = _LIST_BEFORE_RE.search(text, max(q.para_start, q.open_mark - 200), q.open_mark)
    after = _LIST_AFTER_RE.match(text, q.close_end, q.para_end)
    listed = (before.group() if before else "") + " " + (after.group() if after else "")
    return any(len(WORD_RE.findall(term)) < min_words for term in _TERM_RE.findall(listed))


def _is_abbreviated(text: str, q: QuoteSpan) -> bool:
    """True when an abbreviation of the quoted words follows in brackets: a name introduced."""
    m = _ABBREVIATION_AFTER_RE.match(text, q.close_end, q.para_end)
    if m is None:
        return False
    words = text[q.start : q.end].strip(" .,")
    return bool(words) and words[0].upper() == m.group("abbr")[0]


_MINOR_WORDS = word_set("a an the of for and or on in at to by with from against into under about")
_LETTER_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")


def _is_title(text: str, q: QuoteSpan) -> bool:
    """True for a title in marks outside the headline: every word but the minor ones capitalised
    and no closing stop (“Law on Countering Extremist Activity”, a report's or a campaign's name)."""
    words = text[q.start : q.end].rstrip()
    if q.para_start <= len(text) - len(text.lstrip()) or words[-1:] in {".", "!", "?", ","}:
        return False
    content = [w for w in _LETTER_WORD_RE.findall(words) if w.lower() not in _MINOR_WORDS]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def is_headline_demand(text: str, q: QuoteSpan) -> bool:
    """True for the first line of the text reading `Place: “words”` and nothing after."""
    first = len(text) - len(text.lstrip())
    if q.para_start > first or not q.closed or text[q.close_end : q.para_end].strip(" .!"):
        return False
    return bool(_HEADLINE_DEMAND_RE.match(text, q.para_start, q.open_mark))
