"""Speaker phrases that point at someone through something else: "her brother" (the brother of the
woman named before), "Rahimi's lawyer" (the lawyer speaks, not Rahimi), "one of them" (one of
the witnesses just cited), "the High Commissioner" (the office in the fullest form the text gives
it), "the regime's state media" (an outlet speaks for itself, not for the body owning it), "X,
a spokeswoman for Y" (X speaks), "the spokesperson" of an office the text titles, and a surname
the name index gave a relative ("Carmen X said" is Carmen, not her son). Kept beside
speakers.py, which asks it; also holds a person's sex as the text marks it, which pronoun
resolution shares.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from tallybook.extract.entities.kin_words import NEAR_KIN
from tallybook.extract.entities.lexicon import OFFICIAL_TITLES, word_set
from tallybook.extract.quotation.quote_cues import CUE_RE, sentence_start
from tallybook.extract.quotation.speaker_kin_names import kin_named
from tallybook.extract.text.boilerplate import flat_text
from tallybook.model import Span

if TYPE_CHECKING:
    from tallybook.extract.quotation.speakers import Mention, Speaker

FEMALE = word_set(
    "woman girl mother wife daughter sister aunt niece grandmother spokeswoman chairwoman "
    "actress widow ms mrs miss madam"
)
MALE = word_set(
    "man boy father husband son brother uncle nephew grandfather spokesman chairman actor widower mr sir"
)
_COURTESY_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")


def person_sex(doc: Doc, name: str) -> str | None:
    """ "he" or "she" when a courtesy title or the first kinship or sex word of the person's
    description marks it, else None."""
    text = flat_text(doc)
    words: set[str] = set()
    for person in doc._.tb_people or []:
        if person.name != name:
            continue
        # the first kinship or sex word of the description, not someone else's ("whose son")
        described = re.findall(r"[a-z]+", (person.description or "").lower())
        for before, word in zip(["", *described], described, strict=False):
            if word in FEMALE or word in MALE:
                if before != "whose":
                    words.add(word)
                break
        for span in person.spans:
            title = _COURTESY_RE.search(text, max(0, span.start - 6), span.start)
            if title:
                words.add(title.group(1).lower())
    female, male = bool(words & FEMALE), bool(words & MALE)
    if female == male:
        return None
    return "she" if female else "he"


# -- "her brother": a relative of the person the possessive stands for ---------------------------
RELATIVES = NEAR_KIN | word_set(
    "uncle aunt cousin nephew niece grandmother grandfather family relative relatives lawyer attorney "
    "friend fiancé fiancée partner"
)
_OWNER_SEX = {"his": "he", "her": "she"}


def relative_of(doc: Doc, mentions: list[Mention], words: list[str], start: int) -> Speaker:
    """ "her brother said" -> "Farzaneh Shirvani's brother": the latest person named before
    `start` whom the text does not mark as of the other sex owns the relative; (None, None)
    when the phrase is no "his/her [adjective] relative" or nobody fits."""
    sex = _OWNER_SEX.get(words[0].lower())
    if sex is None or not 2 <= len(words) <= 3 or words[-1].lower() not in RELATIVES:
        return None, None
    if len(words) == 3 and not words[1].islower():
        return None, None
    owner = possessor(doc, mentions, words[0], start)
    if owner[0] is None:
        return None, None
    # "Lyudmila X said ... her son, Dzmitry X": the mother is named
    kin = words[-1].lower()
    text = flat_text(doc)
    named = kin_named(text, mentions, owner[0], kin, lambda p, at: possessor(doc, mentions, p, at)[0])
    if named[0]:
        return named
    return f"{owner[0]}'s {' '.join(words[1:])}", owner[1]


def possessor(doc: Doc, mentions: list[Mention], pronoun: str, start: int) -> Speaker:
    """The person "his"/"her" before `start` stands for: the latest one named whom the text does
    not mark as of the other sex; (None, None) for other words or when nobody fits."""
    sex = _OWNER_SEX.get(pronoun.lower())
    if sex is None:
        return None, None
    for s, e, kind, name in reversed(mentions):
        if kind == "person" and name and e <= start and person_sex(doc, name) in (None, sex):
            return name, Span(s, e)
    return None, None


_NAMED_RELATIVE_RE = re.compile(r"['’]s?\s+(?P<rel>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)[\s,.–—-]*$")


def named_relative(text: str, inside: list[Mention], end: int) -> Speaker:
    """ "Rahimi's brother told reporters": the brother speaks, not Rahimi; recorded with the
    name the text gives the person in full ("Farzana Rahimi's brother"), or as the person named
    beside ("Rahimi's lawyer, Ali Karimi"). `inside` are the mentions of the phrase ending at
    `end`."""
    people = [m for m in inside if m[2] == "person" and m[3]]
    if not people:
        return None, None
    owned = [p for p in people if text[p[1] : p[1] + 1] in ("'", "’")]
    named = [p for p in people if p not in owned and any(o[1] <= p[0] for o in owned)]
    if named:  # "Rahimi's lawyer, Ali Karimi, said": the name beside the role speaks
        return named[0][3], Span(named[0][0], named[0][1])
    if len(owned) < len(people):
        return None, None  # "Carla Soto, Reyes' lawyer": a name, its role beside it
    s, e, _, name = people[-1]
    m = _NAMED_RELATIVE_RE.match(text, e, end)
    if m is None or m.group("rel").split()[-1] not in RELATIVES:
        return None, None
    return f"{name}'s {m.group('rel')}", Span(s, m.end("rel"))


def owned_speaker(text: str, inside: list[Mention], start: int, end: int) -> Speaker:
    """A speaker phrase that names someone or something only as an owner: "the regime's state
    media", "Rahimi's brother". `inside` are the mentions within text[start:end]."""
    found = outlet_speaker(text, inside, start, end)
    return found if found[0] else named_relative(text, inside, end)


# -- "one of them": one of the group of speakers the sentence before cited ------------------------
_PARTITIVE_RE = re.compile(r"^(?:one|another|each)\s+of\s+(?:them|those)$", re.IGNORECASE)
_QUOTED_RE = re.compile(r"[“\"][^“”\"\n]*[”\"]")
_PLURAL_RE = re.compile(r"\b[a-z][a-z-]+s\b")


def singular_head(head: str) -> str:
    """A speaker phrase's head noun without its plural "-s" ("lawyers" -> "lawyer"), a plural in
    "-ies" in "-y" ("families" -> "family"); else as it is."""
    if not head.endswith("s") or head.endswith("ss"):
        return head
    return head[:-3] + "y" if head.endswith("ies") and len(head) > 4 else head[:-1]


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1]


def partitive_antecedent(doc: Doc, phrase: str, start: int, nouns: frozenset[str]) -> Speaker:
    """ "“...,” one of them told reporters" after "..., according to two eyewitnesses": one
    eyewitness. The antecedent is the latest plural speaker noun (outside quotations) of the
    sentence holding `start` or the one before it, recorded in the singular."""
    if not _PARTITIVE_RE.match(phrase):
        return None, None
    text = flat_text(doc)
    window_start = max(0, start - 600)
    # quotations blanked out: their sentences are no sentences of the narration
    window = _QUOTED_RE.sub(lambda m: " " * len(m.group()), text[window_start:start])
    here = sentence_start(window, len(window))
    cut = sentence_start(window, max(0, here - 2))
    window_start, window = window_start + cut, window[cut:]
    for m in reversed(list(_PLURAL_RE.finditer(window))):
        single = _singular(m.group())
        if single in nouns and single != m.group():
            at = window_start + m.start()
            return single, Span(at, window_start + m.end())
    return None, None


# -- "the regime's state media": an outlet speaks for itself ------------------------------------
_OUTLET_RE = re.compile(
    r"^(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w-]+['’]s?\s+(?P<outlet>(?:[\w-]+\s+){0,2}"
    r"(?:media|television|tv|radio|broadcaster|news\s+agency|newspaper|channel|outlets?))$",
    re.IGNORECASE,
)


def outlet_speaker(text: str, mentions: list[Mention], start: int, end: int) -> Speaker:
    """ "The regime's state media described the victims as “...”": the outlet as the text
    describes it ("state media"), not the body owning it; a named outlet inside keeps its name."""
    phrase = text[start:end].strip(" ,.–—-")
    m = _OUTLET_RE.match(phrase)
    if m is None:
        return None, None
    at = start + text[start:end].find(phrase) + m.start("outlet")
    stop = at + len(m.group("outlet"))
    if any(at <= s and e <= stop and kind in ("person", "org") for s, e, kind, _ in mentions):
        return None, None
    return m.group("outlet"), Span(at, stop)


# -- "the High Commissioner": the office in its fullest form in the text -------------------------
_TITLES = {t for t in OFFICIAL_TITLES if " " in t or "-" in t}
_PREFIX_RE = re.compile(r"(?:(?:UN|U\.N\.|United\s+Nations|[A-Z]{2,6})\s+)$")
# "for Human Rights", "on the situation of human rights in Belarus": up to a capitalised word
# (and the capitalised words joined to it), or up to punctuation
_MANDATE_CAP_RE = re.compile(
    r"\s+(?:on|for|of)\s+(?:[a-z][\w’'-]*\s+){0,8}?[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the)\s+)*[A-Z][\w’'-]*)*"
)
_MANDATE_RE = re.compile(r"\s+(?:on|for|of)\s+[\w’'-]+(?:\s+[\w’'-]+){0,9}?(?=\s*(?:[,.;:()\n“”\"]|$))")
_NOT_IN_MANDATE = word_set("who which that is was were has have had will would")


def full_title(text: str, phrase: str, at: int, people: list[tuple[int, int]]) -> Speaker:
    """ "the High Commissioner said" with no holder named: the office as the text names it in
    full elsewhere ("UN High Commissioner for Human Rights"), its longest such form; (None,
    None) when the phrase is no bare capitalised title or the text gives no longer form. `people`
    are the (start, end) of the people's names, which end an office's name."""
    title = re.sub(r"^the\s+", "", phrase.strip(" ,.–—-"), flags=re.IGNORECASE)
    if title.lower() not in _TITLES or not title[0].isupper():
        return None, None
    best: tuple[str, Span] | None = None
    for m in re.finditer(rf"\b{re.escape(title)}\b", text):
        if at <= m.start() < at + len(phrase):
            continue  # the phrase itself
        prefix = _PREFIX_RE.search(text, max(0, m.start() - 20), m.start())
        s = prefix.start() if prefix else m.start()
        mandate = _MANDATE_CAP_RE.match(text, m.end()) or _MANDATE_RE.match(text, m.end())
        said = mandate.group() if mandate else ""
        if CUE_RE.search(said) or _NOT_IN_MANDATE & set(said.lower().split()):
            mandate = None
        e = mandate.end() if mandate else m.end()
        # "the Special Rapporteur on Iran Javaid Rehman": the holder's name is no part of the office
        e = min([e, *(ps for ps, _ in people if m.end() < ps < e)])
        e = m.end() + len(text[m.end() : e].rstrip(" ,"))
        full = " ".join(text[s:e].split())
        if full != title and (best is None or len(full) > len(best[0])):
            best = (full, Span(s, e))
    return best if best is not None else (None, None)


# ", a spokeswoman for the ", ", head of research at ": the role an apposition gives a person in
# a body, up to the body's name
_ROLE_IN_BODY_RE = re.compile(
    r",\s+(?:(?:an?|the|its|their)\s+)?[^,.;:“”\"\n]{0,90}?\b(?:for|of|at|with|from)\s+(?:the\s+)?$"
)


def person_in_apposition(text: str, before: list[Mention], org_start: int) -> Speaker:
    """The person whose apposition names the body starting at `org_start`, or (None, None)."""
    people = [m for m in before if m[2] == "person" and m[3] and m[1] <= org_start]
    if not people:
        return None, None
    s, e, _kind, name = people[-1]
    if _ROLE_IN_BODY_RE.fullmatch(text, e, org_start):
        return name, Span(s, e)
    return None, None


# -- "the spokesperson": the office the text names a spokesperson for -----------------------------
_SPOKES_PHRASE_RE = re.compile(r"^(?P<det>the|his|her|its)\s+(?P<role>spokes(?:person|man|woman))$", re.I)
# "Spokesperson for the UN High Commissioner for Human Rights" set as a title (a capital, no article)
_SPOKES_TITLE_RE = re.compile(
    r"(?<![Aa] )(?<![Tt]he )\bSpokes(?:person|man|woman)\s+(?:for|of)\s+(?P<body>(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:[ \t]+(?:(?:of|for|on|and|the)[ \t]+)*[A-Z][\w’'-]*)*)"
)


def spokesperson_of(text: str, mentions: list[Mention], phrase: str, at: int) -> Speaker:
    """ "the spokesperson said" in a text that names no spokesperson: the title the text gives
    the office ("Spokesperson for the UN High Commissioner for Human Rights"); "his spokesperson"
    after an office named without its holder ("the Secretary-General"): "Spokesperson for the UN
    Secretary-General", the office in its fullest form in the text. (None, None) otherwise."""
    m = _SPOKES_PHRASE_RE.match(phrase)
    if m is None:
        return None, None
    if m.group("det").lower() == "the":
        titled = next(
            (t for t in _SPOKES_TITLE_RE.finditer(text) if not at <= t.start() < at + len(phrase)), None
        )
        if titled is None:
            return None, None
        return " ".join(titled.group().split()), Span(titled.start(), titled.end())
    owners = [x for x in mentions if x[2] in ("person", "title", "org") and x[1] <= at]
    if not owners or owners[-1][2] != "title" or owners[-1][3]:
        return None, None  # "his" is a named person's, or nobody's the text gives
    s, e = owners[-1][0], owners[-1][1]
    office = text[s:e]
    if office.lower().startswith("spokes"):
        return None, None
    people = [(x[0], x[1]) for x in mentions if x[2] == "person"]
    full = full_title(text, office, s, people)[0] or office
    return f"{m.group('role').capitalize()} for the {full}", Span(s, e)


_NAME_BEFORE_RE = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,3}$")


def fuller_name(text: str, s: int, e: int, name: str, names: set[str]) -> Mention:
    """A person's mention, or another person's when the capitalised words just before it make up
    that person's full name: "Carmen Piñango said" is Carmen, though her son's surname is hers
    too and the name index gave the word "Piñango" to him."""
    before = _NAME_BEFORE_RE.search(text, max(0, s - 60), s)
    if before is not None and " ".join(text[s:e].split()) != name:  # a part of the name only
        for at in (m.start() for m in re.finditer(r"(?<!\S)\S", before.group())):
            fuller = " ".join(text[before.start() + at : e].split())
            if fuller != name and fuller in names:
                return before.start() + at, e, "person", fuller
    return s, e, "person", name
