"""A document's text with every extracted record marked at its evidence span.

Spans can overlap (a claim inside an incident, a person inside a quote), so the text is cut
at every span boundary and each piece is wrapped once per record kind covering it. Every
piece of text is escaped; only the wrapping elements are markup we write.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

# Drawing order, outermost first; also the legend order.
KIND_ORDER = ("incident", "claim", "quote", "person", "organization")


@dataclass(frozen=True)
class Annotation:
    kind: str  # one of KIND_ORDER
    record_id: int
    start: int
    end: int
    label: str  # short description shown on hover
    url: str  # where a click leads


def anchor_id(kind: str, record_id: int) -> str:
    return f"rec-{kind}-{record_id}"


def highlight(text: str, annotations: list[Annotation]) -> Markup:
    """HTML for `text` with each annotation marked; safe to insert into a page."""
    n = len(text)
    spans = [a for a in annotations if a.kind in KIND_ORDER and 0 <= a.start < a.end <= n]
    if not spans:
        return Markup(escape(text))
    cuts = sorted({0, n, *(a.start for a in spans), *(a.end for a in spans)})
    starts: dict[int, list[Annotation]] = {}
    for a in spans:
        starts.setdefault(a.start, []).append(a)
    active: list[Annotation] = []
    out: list[str] = []
    for lo, hi in pairwise(cuts):
        active = [x for x in active if x.end > lo]
        for ann in starts.get(lo, []):
            active.append(ann)
            out.append(f'<span class="anchor" id="{anchor_id(ann.kind, ann.record_id)}"></span>')
        piece = str(escape(text[lo:hi]))
        if not active:
            out.append(piece)
            continue
        kinds = [k for k in KIND_ORDER if any(x.kind == k for x in active)]
        first = min(active, key=lambda x: (KIND_ORDER.index(x.kind), x.start))
        title = "; ".join(f"{x.kind} #{x.record_id}: {x.label}" for x in active)
        opening = "".join(f'<span class="k k-{k}">' for k in kinds)
        closing = "</span>" * len(kinds)
        out.append(
            f'<a class="seg" href="{escape(first.url)}" title="{escape(title)}">{opening}{piece}{closing}</a>'
        )
    return Markup("".join(out))
