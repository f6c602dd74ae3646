"""Where an incident happened: the most specific place the text names, as written.

Order of preference: a detention facility ("Evin Prison", "a jail in Punjab province" gives the
province), a sub-national place (city, province: "the province of Khuzestan" -> "Khuzestan"),
then a country. Candidates come from spaCy's GPE/LOC/FAC entities plus a few patterns; the
document's main country is the fallback when the sentence names no place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.entities.known_orgs import COUNTRY_DEMONYMS, COUNTRY_NAMES
from tallybook.extract.particulars.countries import CAPITALS, MORE_COUNTRIES
from tallybook.extract.particulars.court_seats import seat_for
from tallybook.extract.particulars.place_lists import one_of_many
from tallybook.extract.particulars.place_names import no_place
from tallybook.extract.text.boilerplate import doc_cache, doc_ents, doc_text, span_ents, span_text

_FACILITY_RE = re.compile(
    r"\b((?:(?:al|el)-)?(?:[A-Z][\w'’-]+\s+){1,3}(?:Prison|Jail|Gaol|Detention Cent(?:re|er)|Penitentiary|"
    r"Checkpoint|Police Station|Penal Colony(?: No\. ?\d+)?|Camp|Detention House|"
    # "Kitale police station", "the Kyigon interrogation centre", "outside the Al-Noor mosque",
    # "Obo prison", "Kot Lakhpat jail": a named facility whose noun the writer left in lower case
    r"(?:police|interrogation|detention) (?:station|cent(?:re|er)|house)|mosque|prison|jail|"
    # "the Minya Security Directorate", "the Ain Tafrent gendarmerie brigade"
    r"Directorate(?! of)|gendarmerie (?:brigade|post|station)))\b"
    # "The Venezuelan Prison Observatory": a body named after a facility word goes on
    r"(?![ ]+[A-Z][a-z])"
)
# "Iranian prison", "a Cairo jail" read as named: first words that name no facility
_AT_RE = re.compile(r"\b(?:at|in|inside|to|from)\s+(?:the\s+)?$")
_NOT_FACILITY_FIRST = wordset("The A An This That Its Their His Her Central Same Other Main")
# "the town of X", "X village": a settlement named as one, the most specific place of a scene
_SETTLEMENT_OF_RE = re.compile(
    r"\b(?:town|village|city|hamlet|township) of ((?:[A-Z][\w'’-]+|(?:de|del|el|al|e)(?=[ -]))"
    r"(?:[ -](?:[A-Z][\w'’-]+|(?:de|del|la|el|al|e)(?=[ -][A-Z]))){0,3})"
)
_X_SETTLEMENT_RE = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){1,3})(?:village|town|hamlet)\b(?!\s+of\b)")
_COURT_SEAT_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s(?:District|Provincial|Province|City|People's|People’s|"
    r"Municipal|Regional|County|Prefecture)\s+Court\b"
)
_NOT_SEATS = wordset(
    "Supreme Specialized Specialised Special Military Emergency State Security Appeals Appeal "
    "International Federal National Islamic Revolutionary Criminal Juvenile High Anti-Terrorism The"
)
# "Malabrigo City, north of Manila": the reference point, not the scene
_BEARING_BEFORE_RE = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+$"
)
# "London-based", "the Baluch minority", "(Dhaka, June 22, 2023) –": a name that places no scene
_NOT_SCENE_AFTER_RE = re.compile(
    r"-based\b|\s+(?:minority|community|communities|tribe|diaspora)\b|,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?\d{4}\)"
)
# "in Hrodna", "at Mabvuku": capitalised names after a locative preposition (the NER model often
# misses small towns or takes them for people).
_LOCATIVE_RE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_NOT_LOCAL = wordset(
    "January February March April May June July August September October November December Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday The A An His Her Their Its"
)
_PROVINCE_OF_RE = re.compile(
    r"\b(?:province|region|state|governorate|district) of ((?:[A-Z][\w'’-]+\s?){1,3})"
)
_X_PROVINCE_RE = re.compile(
    # not "the Supreme State Security Prosecution": a body whose name goes on
    r"\b((?:[A-Z][\w'’-]+\s+){1,3}(?:[Pp]rovince|[Rr]egion|[Ss]tate|[Gg]overnorate))\b(?!\s+[A-Z])"
)
_COUNTRIES = (
    {c.lower() for c in COUNTRY_NAMES}
    | {c.removeprefix("the ").lower() for c in COUNTRY_NAMES.values()}
    | {c.lower() for c in MORE_COUNTRIES}
)
_DEMONYMS = {
    d: c.removeprefix("the ") for c, ds in [*COUNTRY_DEMONYMS.items(), *MORE_COUNTRIES.items()] for d in ds
}
# Words (case as written) without one of which each pattern above cannot match.
_FACILITY_CUES = (
    *("Prison", "Jail", "Gaol", "Detention", "Penitentiary", "Checkpoint", "Police Station", "Penal Colony"),
    *(
        "Camp",
        "Directorate",
        "police",
        "interrogation",
        "detention",
        "mosque",
        "prison",
        "jail",
        "gendarmerie",
    ),
)
_SETTLEMENT_CUES = ("town", "village", "city", "hamlet")
_REGION_CUES = ("rovince", "egion", "tate", "overnorate", "district")
_NOT_PLACES = {"un", "united nations", "geneva", "new york"}  # datelines and UN seats, not scenes
_BODY_RE = re.compile(r"\b(Union|Council|Committee|Forces?)\b")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NOT_LOCAL_LABELS = frozenset({"ORG", "DATE", "NORP"})


def is_country(name: str) -> bool:
    return name.strip().lower().removeprefix("the ") in _COUNTRIES


def is_demonym(word: str) -> bool:
    return word in _DEMONYMS


def _country_name(name: str) -> str:
    n = name.strip()
    canon = COUNTRY_NAMES.get(n.removeprefix("the "), n)
    return canon.removeprefix("the ")


def main_country(doc: Doc) -> str | None:
    """The country the document is mostly about (the most often named, demonyms included)."""
    cache = doc_cache(doc)
    if "main_country" not in cache:  # asked once per group of mentions; the answer is the doc's
        cache["main_country"] = _main_country(doc)
    country: str | None = cache["main_country"]
    return country


def _main_country(doc: Doc) -> str | None:
    counts: Counter[str] = Counter()
    for ent in doc_ents(doc):
        label, name = ent.label_, span_text(ent)  # `Span.text` makes a Token of every word
        if label in {"GPE", "LOC"} and is_country(name):
            counts[_country_name(name)] += 2
        elif label == "NORP" and name in _DEMONYMS:
            counts[_DEMONYMS[name]] += 1
        elif label == "GPE" and name in CAPITALS:
            counts[CAPITALS[name].removeprefix("the ")] += 1
    if not counts:
        from tallybook.extract.text.layout import document_text  # layout imports this module's users

        # a country named inside an organisation's name ("the Egyptian Front for Human Rights")
        for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b", document_text(doc_text(doc))[:20000]):
            word = m.group()
            if is_country(word):
                counts[_country_name(word)] += 1
            elif word.split()[0] in _DEMONYMS:
                counts[_DEMONYMS[word.split()[0]]] += 1
    return counts.most_common(1)[0][0] if counts else None


_RESOLVE_PERSON: list[Callable[[Doc, str], object]] = []  # imported on first use: people imports places


def is_known_person(doc: Doc, name: str) -> bool:
    if not _RESOLVE_PERSON:
        from tallybook.extract.entities.people import resolve_person

        _RESOLVE_PERSON.append(resolve_person)
    return _RESOLVE_PERSON[0](doc, name) is not None


def _org_runs_over(tok: Token) -> bool:
    """ "a Revolutionary Court in Ahvaz" tagged as one organisation: the place after "in" is a
    place all the same."""
    if tok.ent_type_ != "ORG" or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    if prev.lower_ not in {"in", "at"}:
        return False
    # inside the organisation's span, or right after one ("Revolutionary Court | in | Ahvaz")
    return prev.ent_type_ == "ORG" or (tok.i > 1 and tok.doc[tok.i - 2].ent_type_ == "ORG")


def drop_possessor(name: str) -> str:
    """ "Lahore's Kot Lakhpat jail" -> "Kot Lakhpat jail", "Russia's" -> "Russia": the thing
    possessed is the more specific place; a bare possessive is its owner's name."""
    name = name.strip()
    parts = re.split(r"['’]s\s+", name)
    if len(parts) > 1 and parts[-1][:1].isupper():
        name = parts[-1]
    return re.sub(r"['’]s$", "", name)


def _facility_name(found: str) -> str:
    """The facility's own name, or "" for a facility word after words that name none
    ("an Iranian prison", "the same prison")."""
    name = drop_possessor(found)
    words = name.split()
    while words and words[0] in _NOT_FACILITY_FIRST:
        words = words[1:]
    if len(words) < 2:
        return ""
    if words[-1].islower() and len(words) == 2 and (words[0] in _DEMONYMS or is_country(words[0])):
        return ""
    return " ".join(words)


def _scene(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) of `text` can be where something happened."""
    if start < 0:
        return True
    return not (
        _NOT_SCENE_AFTER_RE.match(text, end) or _BEARING_BEFORE_RE.search(text[max(0, start - 20) : start])
    )


def place_for(sent: Span, anchor: Token, scope: Span | None = None) -> str | None:
    """The most specific place named in `scope` (default: the sentence), nearest to `anchor`; for
    a sentence passed, the seat of the court that passed it."""
    seat = seat_for(sent, anchor) if scope is None else None
    if seat is not None:
        return seat
    for group in _cached_places(sent, scope if scope is not None else sent):
        if group:
            i, name = min((abs(i - anchor.i), i, name) for i, name in group)[1:]
            return None if one_of_many(sent.doc[i]) else name  # "in A, B and C": no one scene
    return None


def named_places(sent: Span) -> list[list[tuple[int, str]]]:
    """The groups `_places_in` finds in the whole of `sent` (cached with `place_for`'s)."""
    return _cached_places(sent, sent)


def _cached_places(sent: Span, area: Span) -> list[list[tuple[int, str]]]:
    """`_places_in(sent, area)`, once per doc: the places a sentence names are the same for every
    trigger in it; only the nearest differs."""
    key = (sent.start, sent.end, area.start, area.end)
    cache: dict[tuple[int, int, int, int], list[list[tuple[int, str]]]]
    cache = doc_cache(sent.doc).setdefault("places_in", {})
    if key not in cache:
        cache[key] = _places_in(sent, area)
    return cache[key]


def _places_in(sent: Span, area: Span) -> list[list[tuple[int, str]]]:
    """(token index, name) of the places named in `area` of `sent`, in groups from the most
    specific to the least: facilities alone if any; else settlements, local places, regions and
    countries."""
    doc = sent.doc
    offset = area.start_char
    text = doc_text(doc)[offset : area.end_char]  # `Span.text` rebuilds it token by token
    facilities: list[tuple[int, str]] = []
    # (each pattern is tried only on text holding a word it needs: most sentences name no place)
    for m in _FACILITY_RE.finditer(text) if any(w in text for w in _FACILITY_CUES) else ():
        name = _facility_name(m.group(1))
        if not name or (
            name.endswith("Directorate") and not _AT_RE.search(text[max(0, m.start(1) - 12) : m.start(1)])
        ):
            continue  # "the State Security Directorate said": a body; "at the ... Directorate": a place
        start = m.start(1) + max(0, m.group(1).find(name.split()[0]))
        tok = doc.char_span(offset + start, offset + m.end(1), alignment_mode="expand")
        if tok is not None:
            facilities.append((tok.start, name))
    if facilities:
        return [facilities]
    settlements: list[tuple[int, str]] = []
    for rx in (_SETTLEMENT_OF_RE, _X_SETTLEMENT_RE) if any(w in text for w in _SETTLEMENT_CUES) else ():
        for m in rx.finditer(text):
            name = m.group(1).strip()
            tok = doc.char_span(offset + m.start(1), offset + m.end(1), alignment_mode="expand")
            if tok is not None and name.split()[0] not in _NOT_LOCAL and not is_country(name):
                settlements.append((tok.start, name))
    regions: list[tuple[int, str]] = []
    for rx in (_PROVINCE_OF_RE, _X_PROVINCE_RE) if any(w in text for w in _REGION_CUES) else ():
        for m in rx.finditer(text):
            tok = doc.char_span(offset + m.start(1), offset + m.end(1), alignment_mode="expand")
            name = m.group(1).strip()
            if tok is not None and not is_country(name) and name.split()[0] not in {"The", "This"}:
                regions.append((tok.start, name))
    local: list[tuple[int, str]] = []
    countries: list[tuple[int, str]] = []
    for m in _LOCATIVE_RE.finditer(text):
        raw = m.group(1).strip()
        name = drop_possessor(raw)
        start = m.start(1) + max(0, raw.rfind(name))
        if (
            name.split()[0] in _NOT_LOCAL
            or is_country(name)
            or name in _DEMONYMS
            or name.lower() in _NOT_PLACES
        ):
            continue
        if not _scene(text, m.start(1), m.end(1)):
            continue
        tok = doc.char_span(offset + start, offset + start + len(name), alignment_mode="expand")
        if tok is None or any(t.ent_type_ in _NOT_LOCAL_LABELS and not _org_runs_over(t) for t in tok):
            continue
        if no_place(tok, name):
            continue
        if any(t.ent_type_ == "PERSON" for t in tok) and is_known_person(doc, name):
            continue
        local.append((tok.start, name))
    for ent in span_ents(sent):
        if ent.label_ not in _PLACE_LABELS or not (area.start <= ent.start and ent.end <= area.end):
            continue
        name = span_text(ent).strip()
        if name.lower() in _NOT_PLACES or name.lower().startswith("the un"):
            continue
        if (name.isupper() and not is_country(name)) or _BODY_RE.search(name):
            continue  # acronyms and bodies the model took for places ("IRGC", "the African Union")
        if not _scene(text, ent.start_char - offset, ent.end_char - offset):
            continue
        if not is_country(name) and (is_known_person(doc, name) or no_place(ent, name)):
            continue  # "Three of Soltani's relatives": a person the model took for a place
        if is_country(name):
            countries.append((ent.start, _country_name(name)))
        else:
            local.append((ent.start, name))
    for m in _COURT_SEAT_RE.finditer(text) if "Court" in text else ():
        # "the Kisaragi District Court sentenced him": the court sits in the place it is named for
        name = m.group(1).strip().removeprefix("The ")
        words = set(name.split())
        if words & _NOT_SEATS or is_country(name) or name in _DEMONYMS or name.split()[0] in _NOT_LOCAL:
            continue
        tok = doc.char_span(offset + m.start(1), offset + m.end(1), alignment_mode="expand")
        if tok is not None:
            local.append((tok.start, name))
    return [settlements, local, regions, countries]
