"""Organisation mentions merged into bodies: which of overlapping mentions wins, which short name
folds into the longer one it shortens, and which surfaces become aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tallybook.extract.entities.known_orgs import lookup_known_org
from tallybook.extract.entities.org_names import BODY_HEADS, norm_name
from tallybook.model import ExtractedOrganization, Span

# "Hengaw human rights organization": words after a registry name that make it a longer name
_KIND_TAIL_RE = re.compile(r"(?: (?:[Hh]uman|[Rr]ights)){1,2} [Oo]rgani[sz]ation\b")


@dataclass
class OrgMention:
    """One place the text names a body, with the name it stands for."""

    start: int
    end: int
    surface: str
    canonical: str
    kind: str
    strength: int  # higher wins overlaps


@dataclass
class _Org:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


def _fullest_forms(taken: list[OrgMention], text: str) -> None:
    """ "the Hengaw human rights organization": a registry body the text names by a longer form
    of its name that says what kind of body it is, is named by that form."""
    for name in dict.fromkeys(m.canonical for m in taken if m.strength == 3):  # in text order
        longer = set()
        for m in taken:
            tail = _KIND_TAIL_RE.match(text, m.end) if m.canonical == name else None
            if tail is not None and m.surface == name:
                longer.add(m.surface + tail.group())
        if len(longer) == 1:
            full = longer.pop()
            for m in taken:
                if m.canonical == name:
                    m.canonical = full


def merge_mentions(mentions: list[OrgMention], text: str) -> list[ExtractedOrganization]:
    """One record per body from the mentions found: overlaps resolved, short names folded into
    the longer name they shorten, aliases gathered."""
    # Strongest and longest first; drop anything overlapping an accepted mention.
    mentions.sort(key=lambda m: (-m.strength, -(m.end - m.start), m.start))
    taken: list[OrgMention] = []
    for m in mentions:
        if not any(t.start < m.end and m.start < t.end for t in taken):
            taken.append(m)
    taken.sort(key=lambda m: m.start)
    _fullest_forms(taken, text)
    # Merge a shorter name into a longer one that contains it ("Nigerian Army" / "Army").
    # Names written two ways ("El Geneina", "El-Geneina") go by the first way the text writes them.
    by_norm: dict[str, str] = {}
    for m in taken:
        by_norm.setdefault(norm_name(m.canonical), m.canonical)
    # A body named in full once and shortened later ("the Fact-Finding Mission") is one body;
    # only names the text itself built (not registry ones) fold, and only into one longer name.
    # (a name the text built with a tail, "Commission of Inquiry", may still fold)
    registry = {
        m.canonical
        for m in taken
        if m.strength >= 4 or (m.strength == 3 and lookup_known_org(m.canonical) is not None)
    }
    for key in list(by_norm):
        if by_norm[key] in registry or (len(key.split()) < 2 and key not in BODY_HEADS):
            continue
        longer = [n for k, n in by_norm.items() if k != key and f" {key} " in f" {k} "]
        if len(longer) == 1:
            by_norm[key] = longer[0]
    orgs: dict[str, _Org] = {}
    for m in taken:
        canonical = m.canonical
        key = norm_name(canonical)
        if key in by_norm and by_norm[key] != canonical:
            canonical = by_norm[key]
        org = orgs.setdefault(canonical, _Org(canonical, m.kind))
        org.spans.append(Span(m.start, m.end))
        surface = re.sub(r"['’]s$", "", m.surface)
        if norm_name(surface) != norm_name(canonical) and surface not in org.aliases:
            org.aliases.append(surface)
    return [ExtractedOrganization(o.name, o.kind, o.aliases, o.spans) for o in orgs.values()]
