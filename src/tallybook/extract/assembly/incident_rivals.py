"""Which incident told before a later figure is about: an official's lower figure for the same
event ("The ministry said eight prisoners had been executed", "police said only one person had
been killed") and a part of the event a source passes on ("State media acknowledged only three of
the executions", "the state daily confirmed two of the hangings").

SCHEMA.md: one incident, the first source's count; another source's figure is a rival figure
(disputed_by, alt_counts). A part a source confirms is a partial confirmation (CONVENTIONS.md:
noted), never an incident of its own.
"""

from __future__ import annotations

from tallybook.extract.assembly.incident_clusters import RIVAL_RATIO, Cluster, near
from tallybook.extract.assembly.incident_folds import state_speaker
from tallybook.extract.assembly.incident_restatements import PARTITIVE_RE
from tallybook.extract.attribution.claimants import PUBLISHER
from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.particulars.places import is_country
from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.text.word_positions import word_positions
from tallybook.extract.timing.dates import enclosing
from tallybook.model.vocab import FATAL_TYPES

# How far back an official's own figure may answer the event (sentences): reports set the
# official version a paragraph or two after the account it contests.
_OFFICIAL_BACK = 8
_PART_BACK = 5
_ONLY = wordset("only just merely")


def _sources(m: Mention) -> set[str]:
    return {n for n, _ in m.attribution.claims if n != PUBLISHER}


def _only_figure(m: Mention) -> bool:
    """ "said only one person had been killed", "acknowledged only three": the figure is given as
    less than what was told."""
    sent, doc = m.sent, m.sent.doc
    for i in word_positions(doc, _ONLY, sent.start, sent.end - 1):
        nxt = doc[i + 1]
        if nxt.like_num or nxt.lower_ in {"a", "one"}:
            return True
    return False


def _own_date(c: Cluster, m: Mention) -> bool:
    """A date of its own that sets `m` apart from the event: another day, or a period the event
    is not dated in ("9,800 reported missing in the first eight months of the year" beside an
    undated total); the coarser unit that holds the event's date is no date of its own."""
    if m.date is None or m.date_from_claim:
        return False
    cd, md = c.date(), enclosing(m.date)
    return md is not None and (cd is None or not cd.startswith(md))


def _own_place(c: Cluster, m: Mention) -> bool:
    if m.place is None or is_country(m.place):
        return False
    return all(x.place != m.place for x in c.mentions)


def _unnamed_aggregates(clusters: list[Cluster], m: Mention, back: int | None) -> list[Cluster]:
    """The unnamed aggregates of `m`'s type told in the `back` sentences before (None: anywhere)."""
    since = near(m.sent, back) if back is not None else 0
    return [
        c
        for c in reversed(clusters)
        if c.type == m.type
        and not c.names()
        and c.count() is not None
        and not all(x.summary for x in c.mentions)
        and max(x.sent.start for x in c.mentions) >= since
    ]


def official_rival(clusters: list[Cluster], m: Mention) -> Cluster | None:
    """The event an official source's lower figure answers: the latest unnamed aggregate of its
    type told in the eight sentences before, by other sources, with a larger count that the
    official figure does not dwarf, when `m` gives no name, day or place of its own.
    "The interior ministry said 31 people had been detained" after "police detained at least 47
    people on Sunday, the bar association said"."""
    mc = m.figure.count
    sources = _sources(m)
    if mc is None or m.names or m.summary or m.pronoun or not sources:
        return None
    if not (state_speaker(m) or _only_figure(m)):
        return None
    for c in _unnamed_aggregates(clusters, m, _OFFICIAL_BACK):
        cc = c.count() or 0
        if sources & c.named_sources() or not mc < cc < RIVAL_RATIO * mc:
            return None  # the latest aggregate is this source's own, or no rival for it
        if _own_date(c, m) or _own_place(c, m):
            return None
        return c
    return None


def _partitive(m: Mention) -> bool:
    """ "three of the executions", "two of the hangings": a number that takes its part of the
    event noun, which names the event told before."""
    root = m.trigger.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in root.children):
        return False
    return root.head.head.like_num or root.head.head.lower_ in {"some", "several", "one"}


def part_of_told(clusters: list[Cluster], m: Mention) -> Cluster | None:
    """The event "N of the executions" is a part of: the latest unnamed aggregate of its type
    told in the five sentences before, with a larger count, else the latest told before them."""
    if m.names or m.summary or not _partitive(m):
        return None
    # "the killings" names killings told before however far back (a report's closing line:
    # "The commission said it had opened investigations into nine of the killings"); the nearest
    # first
    for back in (_PART_BACK, None):
        for c in _unnamed_aggregates(clusters, m, back):
            if (c.count() or 0) > (m.figure.count or 0) and not all(_told_as_part(x) for x in c.mentions):
                return c
    return None


def _told_as_part(m: Mention) -> bool:
    """ "Eight of them were hanged in X on Wednesday": itself a part of the aggregate before it."""
    text = span_text(m.sent)
    return bool(PARTITIVE_RE.search(text[: m.trigger.span.end_char - m.sent.start_char]))


def add_part(c: Cluster, m: Mention) -> None:
    """A part passed on by another source: with "only", that source's rival count for the event;
    otherwise a partial confirmation (the source confirms; the part is no count of the event)."""
    if _sources(m) - c.named_sources() and _only_figure(m):
        c.disputes.append(m)
    elif _sources(m):
        c.confirms.append(m)
    else:
        c.references.append(m)


def rival_detail(clusters: list[Cluster], m: Mention) -> Cluster | None:
    """ "X counted 37 dead and said that several had been shot in the head": a mention with no
    figure or name of its own, in the sentence in which a rival source gives its figure for an
    event, from that source, details the rival's account; it does not make the source a claimant
    of the event."""
    sources = _sources(m)
    if m.figure.count is not None or m.names or not sources:
        return None
    return next(
        (
            c
            for c in reversed(clusters)
            if c.type == m.type
            and any(d.sent.start == m.sent.start and sources & _sources(d) for d in c.disputes)
        ),
        None,
    )


def retold_by_type(clusters: list[Cluster], m: Mention) -> Cluster | None:
    """ "the victims were unarmed and were executed at close range", said of a killing told
    before: a fatal word with definite victims and no figure, name or day of its own retells the
    latest death told (in other words), when nothing of its own type was told."""
    if m.type not in FATAL_TYPES or m.figure.count is not None or m.names or m.summary:
        return None
    if not (m.victims_definite or _definite_subject(m)) or (m.date is not None and not m.date_from_claim):
        return None
    if any(c.type == m.type for c in clusters):
        return None
    return next(
        (c for c in reversed(clusters) if c.type in FATAL_TYPES and any(not x.summary for x in c.mentions)),
        None,
    )


def _definite_subject(m: Mention) -> bool:
    """ "the victims were unarmed and were executed": the subject of the clause (or of the clause
    it is joined to) is a definite group, people already told of."""
    root = m.trigger.root
    for head in (root, root.head if root.dep_ == "conj" else root):
        subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return subj.pos_ in {"NOUN", "PROPN"} and any(
                c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in subj.children
            )
    return False
