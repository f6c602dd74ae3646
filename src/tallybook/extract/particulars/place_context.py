"""Where an incident happened when its sentence names the place only by reference.

Two conventions: a definite place noun ("the same prison", "at the directorate", "in the city",
"in custody there") is the place of that kind the text named last; and a text that tells of one
event in one town (an infobox "Location:" field, an opening "in the town of X") sets the scene of
every sentence that names no place of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from tallybook.extract.particulars.places import is_country, named_places
from tallybook.extract.text.boilerplate import doc_cache, doc_text, span_text

_FACILITY_NOUNS = {
    "prison": ("prison", "jail", "penitentiary", "gaol"),
    "jail": ("prison", "jail", "gaol"),
    "colony": ("colony",),
    "directorate": ("directorate",),
    "station": ("station",),
    "camp": ("camp",),
    "facility": ("prison", "jail", "colony", "directorate", "station", "centre", "center", "brigade", "camp"),
    "centre": ("centre", "center"),
    "center": ("centre", "center"),
    "brigade": ("brigade",),
}
_REGION_RE = re.compile(r"\b(?:Region|Province|State|Township|County|District|Governorate)\b", re.I)
_SETTLEMENT_NOUNS = frozenset({"city", "town", "village"})
# "the same prison", "at the directorate", "in the city", "in the town's", but not "the city council"
_ANAPHOR_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]hat)\s+(?:same\s+)?(prison|jail|colony|directorate|facility|station|camp|centre|"
    r"center|brigade|city|town|village)(?:['’]s)?\b(?!\s+(?:council|authorities|officials|hall|police|"
    r"governor|mayor|prosecutor|court|of)\b)"
)
# "in custody there", "was taken there": the place last named
_THERE_RE = re.compile(r"\b(?:custody|held|detained|hanged|executed|killed|died|beaten|tortured)\s+there\b")
_LOCATION_FIELD_RE = re.compile(r"^[-*•]?[ \t]*Location:?[ \t]+([^,\n]+)", re.M)
# where the story happens, not where a victim comes from ("a farmer from the village of X")
_OPENING_SETTLEMENT_RE = re.compile(
    r"\b(?:in|at|near|into|stormed)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:town|city|village|community|hamlet)"
    r"\s+of\s+([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})"
    r"|\b(?:in|at|of)\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})\s+village\b"
)
# an aggregate over the whole country keeps the country, whatever town the story is set in
_COUNTRYWIDE_RE = re.compile(
    r"\b(?:across|throughout|all over|around) the country\b|\bnationwide\b|\bcountrywide\b|"
    r"\bin the country\b|\bduring the year\b|\bin the whole of\b|\bswept the country\b"
)
_NOT_SCENES = frozenset({"geneva", "new york", "washington"})


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    cache = doc_cache(doc)
    if "sentence_bounds" not in cache:
        cache["sentence_bounds"] = [(s.start, s.end) for s in doc.sents]
    bounds: list[tuple[int, int]] = cache["sentence_bounds"]
    return bounds


def _earlier_places(sent: Span) -> list[tuple[list[tuple[int, str]], bool]]:
    """(places, facilities-only) of the sentences before `sent`, the nearest first."""
    doc = sent.doc
    out = []
    for start, end in reversed(_sentence_bounds(doc)):
        if end > sent.start:
            continue
        groups = named_places(doc[start:end])
        if len(groups) == 1:
            out.append((groups[0], True))
        else:
            out.append(([p for g in groups[:2] for p in g if not is_country(p[1])], False))
    return out


def referred_place(sent: Span, current: str | None) -> str | None:
    """The place a definite noun of `sent` refers to, if `current` (the place the sentence names
    itself) is less specific; else None."""
    text = span_text(sent)
    own = named_places(sent)
    has_facility = len(own) == 1
    for m in _ANAPHOR_RE.finditer(text):
        noun = m.group(1).lower()
        if noun in _SETTLEMENT_NOUNS:
            if current is not None and not is_country(current):
                continue
            scene = document_scene(sent.doc)
            if scene is not None:
                return scene  # "the town" of a story set in one town
            for places, facilities in _earlier_places(sent):
                towns = [p for p in places if not _REGION_RE.search(p[1])]
                if towns and not facilities:
                    return max(towns)[1]  # the last named in that sentence
        elif not has_facility:
            kinds = _FACILITY_NOUNS[noun]
            for places, facilities in _earlier_places(sent):
                if facilities:
                    hit = [p for p in places if any(k in p[1].lower() for k in kinds)]
                    if hit:
                        return max(hit)[1]
    if (current is None or is_country(current)) and _THERE_RE.search(text):
        for places, _ in _earlier_places(sent)[:2]:
            if places:
                return max(places)[1]
    return None


def document_scene(doc: Doc) -> str | None:
    """The town a text about one event is set in: its infobox "Location:" field, else the first
    settlement its opening names ("in the town of X", "residents of X village")."""
    cache = doc_cache(doc)
    if "document_scene" not in cache:
        cache["document_scene"] = _document_scene(doc_text(doc))
    scene: str | None = cache["document_scene"]
    return scene


def _document_scene(text: str) -> str | None:
    head = text[:1500]
    field = _LOCATION_FIELD_RE.search(head)
    if field:
        name = field.group(1).strip()
        return None if is_country(name) or name.lower() in _NOT_SCENES else name
    # the headline and the first paragraph of the story
    paragraphs = [p for p in re.split(r"\n\s*\n", head) if p.strip()]
    opening = "\n".join(paragraphs[:3])[:800]
    m = _OPENING_SETTLEMENT_RE.search(opening)
    if m is None:
        return None
    name = (m.group(1) or m.group(2)).strip()
    if is_country(name) or name.lower() in _NOT_SCENES or text.count(name) < 2:
        return None  # a town the opening names once is one scene of several, not the story's
    return name


def scene_of(sent: Span, story_year: str | None = None, date: str | None = None) -> str | None:
    """The document's scene for a sentence that names no place, unless the sentence counts over
    the whole country ("across the country", "during the year") or its incident is dated in
    another year than the story's event (background: "the 2015 massacre in Zaria")."""
    text = span_text(sent)
    if _COUNTRYWIDE_RE.search(text) or (date is not None and date[:4] != story_year):
        return None
    return document_scene(sent.doc)
