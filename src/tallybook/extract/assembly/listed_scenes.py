"""Named victims listed each with a place of their own: "A in X prison, B in Y prison and C in Z
prison were hanged".

Victims told on different occasions are separate incidents (CONVENTIONS.md); a list that sets
each name at its own prison tells as many scenes as it names places, so the incident of the list
becomes one incident per name, each with its "NAME in PLACE" stretch as evidence and the place as
its place. A list whose names share one place, or where a name has no place, stays one incident.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from tallybook.extract.text.boilerplate import doc_text
from tallybook.extract.timing.month_names import MONTH_NAMES, WEEKDAY_NAMES
from tallybook.model import ExtractedIncident, Figure, Span

__all__ = ["split_listed_scenes"]

# the place after a listed name: "in"/"at", then words up to the next list separator or verb
_PLACE_AFTER = (
    r"\s+(?:in|at)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)"
    r"(?=\s*(?:,|;|\band\b|\bwere\b|\bwas\b|$))"
)
_MIN_NAMES = 2
# "A in May and B in June": a time, not a place
_NOT_PLACE = re.compile(rf"(?:the\s+)?(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b")


def _listed_place(text: str, name: str) -> tuple[int, int, str] | None:
    """Where "NAME in PLACE" stands in `text` (start, end) and its place, if the name has one."""
    found = re.search(re.escape(name) + _PLACE_AFTER, text)
    if found is None or _NOT_PLACE.match(found.group(1)):
        return None
    return found.start(), found.end(), found.group(1)


def _split(text: str, incident: ExtractedIncident) -> list[ExtractedIncident]:
    told = text[incident.span.start : incident.span.end]
    names = incident.victim_names
    scenes = [_listed_place(told, n) for n in names]
    places = {s[2].lower() for s in scenes if s is not None}
    if any(s is None for s in scenes) or len(places) < _MIN_NAMES:
        return [incident]
    out = []
    for name, scene in zip(names, scenes, strict=True):
        assert scene is not None
        start, end, place = scene
        base = incident.span.start
        out.append(
            replace(
                incident,
                span=Span(base + start, base + end),
                place=place,
                victim_names=[name],
                figure=Figure(count=1, qualifier="exact", description=incident.figure.description),
                claims=list(incident.claims),
                attrs=dict(incident.attrs),
            )
        )
    return out


def split_listed_scenes(doc: Doc, incidents: list[ExtractedIncident]) -> list[ExtractedIncident]:
    """Each incident whose names are listed at places of their own, split into one per name."""
    text = doc_text(doc)
    out: list[ExtractedIncident] = []
    for incident in incidents:
        if len(incident.victim_names) >= _MIN_NAMES:
            out.extend(_split(text, incident))
        else:
            out.append(incident)
    return out
