"""A victim count the sentence gives outside the victim phrase.

"Executions were carried out; Amnesty International recorded at least 21": the figure sits in a
following clause, after a verb of counting. "Estimates of the number of persons detained ranged
from one million to 1.8 million": the figure is what the number of victims comes to. "17 men were
detained; five of them were released and the others have not been seen since": the others are the
group less the part told apart.
"""

from __future__ import annotations

import re

from tallybook.extract.particulars.figures import NUMBER_PATTERN, QUALIFIER_PATTERN, parse_figure
from tallybook.model import Figure

_FIG = rf"(?:(?:{QUALIFIER_PATTERN})\s+)?{NUMBER_PATTERN}"
# "; Amnesty International recorded at least 21," - a bare figure (or one of cases/events)
_COUNTED_RE = re.compile(
    rf"[;,:]\s*[^;.]{{0,80}}?\b(?:recorded|documented|counted|registered|verified|confirmed|reported|"
    rf"put\s+the\s+(?:number|figure|total)\s+at)\s+(?P<fig>{_FIG})"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:such\s+)?(?:cases|executions|killings|deaths|arrests|incidents)\b)",
    re.IGNORECASE,
)
_NUMBER_OF_RE = re.compile(r"\b(?:number|total|tally|estimates?)\s+of\b", re.IGNORECASE)
# what "the number of X" comes to ("had risen to 430", "increased to 57")
_RANGE_RE = re.compile(
    rf"\branged?\s+(?:from\s+|between\s+)(?P<low>{_FIG})\s+(?:to|and)\s+(?P<high>{_FIG})", re.IGNORECASE
)
_ABOVE_RE = re.compile(rf"\b(?:exceeded|surpassed|topped|passed)\s+(?P<fig>{_FIG})", re.IGNORECASE)
_AMOUNTS_RE = re.compile(
    rf"\b(?:stood\s+at|reached|(?:rose|risen|climbed|increased|grown|grew|jumped|soared|surged)\s+to|"
    rf"totall?ed|was|is)\s+(?P<fig>{_FIG})\b(?!\s+(?:years?|per))",
    re.IGNORECASE,
)


# A running total: "the deaths bring to 19 the number of people killed", "bring the number of
# people executed this year to at least 63". The figure after "to" is the total, not this event's.
_TOTAL_VERB = (
    r"\b(?:bring|brings|brought|bringing|raise|raises|raised|raising|take|takes|took|taking|"
    r"push|pushes|pushed|pushing)"
)
_TOTAL_FIRST_RE = re.compile(
    rf"{_TOTAL_VERB}\s+to\s+(?P<fig>{_FIG})\s+the\s+(?:\w+\s+)?(?:number|total|toll|tally)\s+of\s+[^,;]*$",
    re.IGNORECASE,
)
_TOTAL_LATER_RE = re.compile(
    rf"{_TOTAL_VERB}\s+the\s+(?:\w+\s+)?(?:number|total|toll|tally)\s+of\s+[^,;]*$", re.IGNORECASE
)
_TO_FIG_RE = re.compile(rf"^[^;]*?\bto\s+(?P<fig>{_FIG})(?![\w-])", re.IGNORECASE)


def running_total(before: str, after: str) -> Figure | None:
    """The total a running-total sentence gives for the people its trigger counts: `before` is
    the sentence up to the trigger, `after` the rest."""
    first = _TOTAL_FIRST_RE.search(before)
    if first:
        return _counted(parse_figure(first.group("fig")))
    if _TOTAL_LATER_RE.search(before):
        later = _TO_FIG_RE.search(after)
        if later:
            return _counted(parse_figure(later.group("fig")))
    return None


def figure_after_trigger(before: str, after: str) -> Figure | None:
    """The count in `after` (the sentence after the trigger) for victims with no figure of their
    own; `before` is the sentence up to the trigger."""
    total = running_total(before, after)
    if total is not None:
        return total
    m = _COUNTED_RE.search(after)
    if m:
        return _counted(parse_figure(m.group("fig")))
    if not _NUMBER_OF_RE.search(before):
        return None
    rng = _RANGE_RE.search(after)
    if rng:
        low, high = parse_figure(rng.group("low")), parse_figure(rng.group("high"))
        if low.count is not None and high.count is not None and high.count > low.count:
            return Figure(count=low.count, qualifier="at_least", low=low.count, high=high.count)
    above = _ABOVE_RE.search(after)
    if above:
        fig = parse_figure(above.group("fig"))
        if fig.count is not None and fig.qualifier == "exact":
            return Figure(count=fig.count, qualifier="more_than", low=fig.count)
    amount = _AMOUNTS_RE.search(after)
    return _counted(parse_figure(amount.group("fig"))) if amount else None


def _counted(fig: Figure) -> Figure | None:
    return Figure(count=fig.count, qualifier=fig.qualifier, low=fig.low, high=fig.high) if fig.count else None


# "five of them were released", "three were later freed": a part of the group, told apart
_PART_RE = re.compile(
    rf"\b(?P<part>{NUMBER_PATTERN})\s+(?:of\s+(?:them|those|these|the\s+\w+)\s+)?"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+|later\s+|since\s+|also\s+){0,2}"
    r"(?:released|freed|let\s+go|acquitted|pardoned|killed|executed|found\s+dead|charged|returned)\b",
    re.IGNORECASE,
)
_GROUP_RE = re.compile(
    rf"(?<![\w.,])(?P<fig>(?:(?:{QUALIFIER_PATTERN})\s+)?{NUMBER_PATTERN})\s+[a-z]", re.IGNORECASE
)


def remainder_figure(before: str) -> Figure | None:
    """The others of a group: `before` is the text before "the others" (this sentence and the one
    before it); the last part told apart is taken from the last group figure before it."""
    parts = list(_PART_RE.finditer(before))
    if not parts:
        return None
    part = parse_figure(parts[-1].group("part"))
    groups = [g for g in _GROUP_RE.finditer(before, 0, parts[-1].start())]
    if not groups or part.count is None:
        return None
    group = parse_figure(groups[-1].group("fig"))
    if group.count is None or group.count <= part.count or part.qualifier != "exact":
        return None
    return Figure(count=group.count - part.count, qualifier=group.qualifier)


# "at least 40 civilians, among them seven children, were killed": a part told apart between
# commas just before the verb; the number before it counts the whole group.
_PART_BEFORE_RE = re.compile(
    r"(?P<whole>[^,;]*),\s+(?:among\s+(?:them|whom)|including|of\s+whom)\s+[^,;]{1,40},"
    r"\s*(?:(?:were|was|are|had\s+been|have\s+been|been)\s+)?$",
    re.IGNORECASE,
)


def whole_before_part(before: str) -> Figure | None:
    """The figure of the group a part is told apart from, when `before` (the sentence up to a
    verbal trigger) ends in such a part: None when there is none or the group has no number."""
    m = _PART_BEFORE_RE.search(before[-160:])
    if m is None:
        return None
    whole = list(_GROUP_RE.finditer(m.group("whole")))
    if not whole:
        return None
    fig = parse_figure(m.group("whole")[whole[-1].start() :])
    return fig if fig.count is not None else None
