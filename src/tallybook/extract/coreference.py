"""Which mentions describe the same incident, and which figures compete.

Two mentions of one type are the same incident when nothing conflicts (figure, named victims,
date, country) and something ties them: the same figure, a shared victim name, the same date
at month precision or better, or an anaphoric second mention ("the executions", a title line).
A mention from another named source with a different figure for the latest incident of its
type becomes a dispute with an alternative count (SCHEMA.md: one incident, the first source's
count, the other in disputed_by).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field

from tallybook.extract.boilerplate import doc_text
from tallybook.extract.claimants import PUBLISHER
from tallybook.extract.dates import enclosing, resolve_date
from tallybook.extract.mentions import Mention
from tallybook.extract.places import is_country
from tallybook.extract.victims import toll_at
from tallybook.model import (
    ExtractedClaim,
    ExtractedIncident,
    Figure,
    PartialDate,
    Span,
    Stance,
)


@dataclass
class Cluster:
    mentions: list[Mention]
    disputes: list[Mention] = field(default_factory=list)
    confirms: list[Mention] = field(default_factory=list)
    references: list[Mention] = field(default_factory=list)  # "the executions": adds nothing

    @property
    def type(self) -> str:
        return self.mentions[0].type

    def count(self) -> int | None:
        return next((m.figure.count for m in self.mentions if m.figure.count is not None), None)

    def names(self) -> list[str]:
        out: list[str] = []
        for m in self.mentions:
            out += [n for n in m.names if n not in out]
        return out

    def date(self) -> str | None:
        return next((enclosing(m.date) for m in self.mentions if m.date is not None), None)

    def named_sources(self) -> set[str]:
        return {n for m in self.mentions for n, _ in m.attribution.claims if n != PUBLISHER}


def resolve_pronouns(mentions: list[Mention]) -> None:
    """ "They were sentenced to death": the victims of the previous mention that names people."""
    for i, m in enumerate(mentions):
        if not m.pronoun:
            continue
        for prev in reversed(mentions[:i]):
            if prev.names:
                m.names = list(prev.names)
                m.figure = Figure(
                    count=prev.figure.count,
                    qualifier=prev.figure.qualifier,
                    description=prev.figure.description,
                )
                break


def name_earlier_victims(mentions: list[Mention]) -> None:
    """ "Four prisoners were hanged ... The victims, identified as A, B, C and D, had been arrested
    ...": the names also belong to the earlier incident whose count they match."""
    for i, m in enumerate(mentions):
        if not (m.victims_back_reference and m.names):
            continue
        for prev in reversed(mentions[:i]):
            if prev.sent.start == m.sent.start:
                continue
            if not prev.names and prev.figure.count == len(m.names):
                prev.names = list(m.names)
            break


_UNIT_PHRASE = re.compile(r"\b(?:same|that)\s+(?:day|week|month|year)\b", re.I)


def resolve_relative_dates(mentions: list[Mention]) -> None:
    """ "four days later" counts from the latest earlier incident dated to the day."""
    from tallybook.extract.dates import Reference

    for i, m in enumerate(mentions):
        if m.relative is None:
            continue
        anchor = next((p.date for p in reversed(mentions[:i]) if p.date and p.date.precision == "day"), None)
        if _UNIT_PHRASE.search(m.relative):
            # "the same month" / "that year" need only an anchor at that unit: the latest dated event.
            anchor = next((p.date for p in reversed(mentions[:i]) if p.date and not p.date.end), anchor)
        if anchor is not None:
            m.date = resolve_date(m.relative, Reference(None, None), anchor)


_FATAL = frozenset(["killing", "death_in_custody", "execution"])


def _same_kind(body: str, summary: str) -> bool:
    """A summary line folds into a body incident of its type, or of any fatal type if it is fatal."""
    return body == summary or (body in _FATAL and summary in _FATAL)


def _is_range(m: Mention) -> bool:
    f = m.figure
    return f.count is not None and f.high is not None and f.high > f.count


def _range_and_person(c: Cluster, m: Mention) -> bool:
    """ "Between one and three detainees died" and "X died in custody on 2 May": an unnamed group
    and a named individual are separate incidents even when the range's lower bound is one."""
    body = [x for x in c.mentions if not x.summary]
    if not body:
        return False
    if _is_range(m) and not m.names:
        return bool(c.names()) and (c.count() or 1) <= 1
    group = any(_is_range(x) for x in body) and not c.names()
    return group and bool(m.names) and (m.figure.count or 1) <= 1


def _puts_toll(m: Mention) -> bool:
    """ "An official put the death toll at nine": a back-reference that gives its own figure."""
    return m.anaphoric and m.sent.doc.has_annotation("DEP") and toll_at(m.trigger.root) is not None


def _add_toll(c: Cluster, m: Mention) -> None:
    """A toll's figure supplies the count of an incident that has none, disputes another
    source's count, and restates the same source's or the same count."""
    cc, mc = c.count(), m.figure.count
    sources = {n for n, _ in m.attribution.claims if n != PUBLISHER}
    if cc is None and mc is not None:
        c.mentions.append(m)
    elif mc is not None and cc != mc and sources and not sources & c.named_sources():
        c.disputes.append(m)
    elif mc is not None and cc == mc and sources:
        c.confirms.append(m)
    else:
        c.references.append(m)


def _compatible(c: Cluster, m: Mention, same_sentence: bool = False) -> bool:
    cc, mc = c.count(), m.figure.count
    if cc is not None and mc is not None and cc != mc and not _puts_toll(m):
        return False  # "X put the death toll at N" restates the event with its own figure
    names = c.names()
    if names and m.names and not set(names) & set(m.names):
        return False
    cd, md = c.date(), enclosing(m.date)
    if cd and md and not (cd.startswith(md) or md.startswith(cd)) and not m.anaphoric:
        return False  # a back-reference that dates the event differently is noted, not a new event
    if m.places and len(m.places) > 1 and not same_sentence:
        return False
    if not same_sentence and not m.summary and _range_and_person(c, m):
        return False
    places = {x.place for x in c.mentions if x.place and is_country(x.place)}
    return not (m.place and is_country(m.place) and places and m.place not in places)


def _tied(c: Cluster, m: Mention) -> bool:
    if m.anaphoric or m.summary:
        return True
    if m.figure.count is not None and m.figure.count == c.count():
        return True
    if m.names and set(m.names) & set(c.names()):
        return True
    if (
        m.victims_definite
        and m.figure.count is None
        and any(x.victim_word == m.victim_word for x in c.mentions)
    ):
        return True  # "... the execution of three farmers. The farmers were hanged on 2 May"
    cd, md = c.date(), enclosing(m.date)
    return bool(cd and md and cd == md and len(cd) >= 7)


def _same_sentence(c: Cluster, m: Mention) -> bool:
    return any(x.sent.start == m.sent.start and x.start == m.start for x in c.mentions)


def _dispute_target(clusters: list[Cluster], m: Mention) -> Cluster | None:
    """The incident a competing figure from another named source is about, if any."""
    sources = {n for n, _ in m.attribution.claims if n != PUBLISHER}
    stances = {s for _, s in m.attribution.claims}
    if not sources or (m.names and Stance.DISPUTES not in stances):
        return None
    doc = m.sent.doc
    near = m.sent.start
    if doc.has_annotation("SENT_START"):
        for _ in range(3):  # the incident must be told within the three sentences before
            near = doc[near - 1].sent.start if near > 0 else 0
    if Stance.DISPUTES in stances:
        # "X has denied holding him": the denial is of the latest incident of its type told just before
        return next(
            (
                c
                for c in reversed(clusters)
                if c.type == m.type and max(x.sent.start for x in c.mentions) >= near
            ),
            None,
        )
    told_near = False  # a named victim's case of the same event, told since the aggregate
    for c in reversed(clusters):
        if c.type != m.type:
            continue
        recent = max(x.sent.start for x in c.mentions) >= near
        if c.names() and (c.count() or 1) <= 1 and (m.figure.count or 0) >= 2 and not m.pronoun:
            told_near = told_near or recent
            continue  # "Among those killed was X": one victim of the aggregate the rival disputes
        if c.names() or sources & c.named_sources():
            return None
        if not recent and not told_near and not m.summary:
            return None
        if Stance.DISPUTES in stances:
            return c
        cc, mc = c.count(), m.figure.count
        if m.pronoun or min(cc or 0, mc or 0) < 2:
            return None  # one person's case is not a competing figure for an aggregate
        if cc is not None and mc is not None and cc != mc and c.named_sources():
            cd, md = c.date(), enclosing(m.date)
            if cd and md and not (cd.startswith(md) or md.startswith(cd)):
                return None
            return c
        return None
    return None


def _absorbed(clusters: list[Cluster], m: Mention) -> bool:
    """A later restatement of a disputing figure by the same source adds nothing."""
    sources = {n for n, _ in m.attribution.claims if n != PUBLISHER}
    for c in clusters:
        for d in c.disputes:
            d_sources = {n for n, _ in d.attribution.claims}
            if sources & d_sources and d.figure.count == m.figure.count and c.type == m.type:
                return True
    return False


def _score(m: Mention) -> float:
    named = [n for n, _ in m.attribution.claims if n != PUBLISHER]
    score = 2.0 * (m.date is not None and not m.date_from_claim) + 2.0 * (m.figure.count is not None)
    score += 1.0 * bool(m.names)
    if named:
        score += 2 + (len(named) - 1)
    if m.summary:
        score -= 3
    if not doc_text(m.sent.doc)[: m.start].strip():
        score -= 1  # a headline restates; the body sentence is the evidence
    if m.anaphoric:
        score -= 3
    return score


def build_incidents(
    mentions: list[Mention], country: str | None, subject: str | None
) -> list[ExtractedIncident]:
    for m in mentions:
        if m.summary and not m.names and subject and m.figure.count is None and m.start > 0:
            m.names = [subject]
            m.figure = Figure(count=1, qualifier="exact")
    clusters: list[Cluster] = []
    pending: list[Mention] = []
    if os.environ.get("TALLYBOOK_DEBUG_MENTIONS"):
        for m in mentions:
            print(
                f"MENTION {m.type} {m.trigger.span.text!r} c={m.figure.count} d={m.date} names={m.names} "
                f"an={m.anaphoric} sum={m.summary} cl={m.attribution.claims} {m.sent.text[:60]!r}",
                file=sys.stderr,
            )
    for m in mentions:
        target = None
        same_type = [c for c in clusters if c.type == m.type]
        if any(stance == Stance.DISPUTES for _, stance in m.attribution.claims):
            disputed = _dispute_target(clusters, m)
            if disputed is not None:
                disputed.disputes.append(m)
                continue
        for c in reversed(same_type):
            if _same_sentence(c, m) and _compatible(c, m, same_sentence=True):
                target = c
                break
        if target is None:
            for c in reversed(same_type):
                if _compatible(c, m) and _tied(c, m):
                    target = c
                    break
        if target is None:
            if _absorbed(clusters, m):
                continue
            disputed = _dispute_target(clusters, m)
            if disputed is not None:
                disputed.disputes.append(m)
                continue
        if target is None:
            if m.anaphoric:
                pending.append(m)
                continue
            clusters.append(Cluster([m]))
            continue
        if _puts_toll(m) and m.figure.count is not None:
            _add_toll(target, m)
        elif m.anaphoric and m.attribution.verb is not None and m.trigger.root.dep_ == "dobj":
            # "an official put the toll at two": a rival figure, not a confirmation
            rival = any(c.dep_ == "prep" and c.lower_ == "at" for c in m.attribution.verb.children)
            (target.disputes if rival else target.confirms).append(m)
        elif m.anaphoric:
            target.references.append(m)
        else:
            target.mentions.append(m)
    # Back-references with nothing before them: attach to any incident of their type, else keep.
    for m in pending:
        target = next((c for c in clusters if c.type == m.type and _compatible(c, m)), None)
        if target is not None and _puts_toll(m) and m.figure.count is not None:
            _add_toll(target, m)
        elif target is not None:
            target.references.append(m)
        else:
            clusters.append(Cluster([m]))
    # Titles and infobox fields summarise the body: fold them into a matching body incident.
    for c in list(clusters):
        if not all(x.summary for x in c.mentions) or c.disputes:
            continue
        body = [
            b
            for b in clusters
            if b is not c and _same_kind(b.type, c.type) and not all(x.summary for x in b.mentions)
        ]
        # The body's own type first; "Deaths: 3" also folds into a death in custody or an execution.
        body.sort(key=lambda b: b.type != c.type)
        target = next((b for b in body if all(_compatible(b, x) for x in c.mentions)), None)
        if target is not None:
            target.mentions.extend(c.mentions)
            clusters.remove(c)
    primaries = {id(c): _primary(c) for c in clusters}
    by_sentence: dict[tuple[int, int], set[int]] = {}
    for p in primaries.values():
        by_sentence.setdefault((p.start, p.end), set()).add(p.trigger.root.i)
    out: list[ExtractedIncident] = []
    for c in clusters:
        p = primaries[id(c)]
        others = by_sentence[(p.start, p.end)] - {p.trigger.root.i}
        span = _clause_span(p, others) if others else Span(p.start, p.end)
        out.extend(_to_incidents(c, country, p, span))
    out.sort(key=lambda i: i.span.start)
    return out


def _primary(c: Cluster) -> Mention:
    return max(c.mentions, key=lambda m: (_score(m), -m.start))


def _clause_span(m: Mention, others: set[int]) -> Span:
    """The largest phrase around the trigger that holds no other incident's trigger."""
    node = m.trigger.root
    if not node.doc.has_annotation("DEP"):
        return Span(m.start, m.end)
    while node.head is not node:
        up = node.head
        if any(t.i in others for t in up.subtree):
            break
        node = up
    lo = min(node.left_edge.idx, m.trigger.span.start_char)
    right = node.right_edge
    hi = max(right.idx + len(right.text), m.trigger.span.end_char)
    lo, hi = max(lo, m.start), min(hi, m.end)
    return Span(lo, hi) if hi > lo else Span(m.start, m.end)


def _to_incidents(c: Cluster, country: str | None, primary: Mention, span: Span) -> list[ExtractedIncident]:
    figure = (
        primary.figure
        if primary.figure.count is not None
        else next((m.figure for m in c.mentions if m.figure.count is not None), primary.figure)
    )
    if figure.description is None:
        figure.description = next((m.figure.description for m in c.mentions if m.figure.description), None)
    own = [m.date for m in c.mentions if m.date is not None and not m.date_from_claim]
    if primary.date is not None and not primary.date_from_claim:
        date: PartialDate | None = primary.date
    elif own:
        date = max(own, key=lambda d: len(d.value))  # the most precise date a mention gives
    else:
        date = primary.date or next((m.date for m in c.mentions if m.date is not None), None)
    if date is None or primary.date_from_claim:
        # "The X massacre took place on 30 September": a back-reference may carry the date.
        dated = [m.date for m in c.references if m.date is not None and not m.date_from_claim]
        date = dated[0] if dated else date
    place = primary.place or next((m.place for m in c.mentions if m.place), None) or country
    if place and is_country(place):
        # a more specific place another mention of the same incident gives ("in Riyadh")
        place = next((m.place for m in c.mentions if m.place and not is_country(m.place)), place)
    claims: list[ExtractedClaim] = []
    seen: set[tuple[str, str]] = set()

    def add(name: str, stance: str, m: Mention, fig: Figure | None = None) -> None:
        if (name, stance) in seen:
            return
        seen.add((name, stance))
        claims.append(
            ExtractedClaim(
                claimant=name,
                stance=stance,
                certainty=m.attribution.certainty,
                figure=fig,
                date=m.claim_date,
                span=Span(m.start, m.end),
            )
        )

    for name, stance in primary.attribution.claims:
        add(name, stance, primary, figure if stance == Stance.ASSERTS else None)
    for m in c.mentions:
        if m is primary or m.summary or (m.anaphoric and m.figure is not figure):
            continue  # a back-reference adds its source only when it supplies the count
        for name, stance in m.attribution.claims:
            if name != PUBLISHER:
                add(name, stance, m)
    asserting = {cl.claimant for cl in claims if cl.stance == Stance.ASSERTS}
    for m in c.confirms:
        for name, _ in m.attribution.claims:
            if name != PUBLISHER and name not in asserting:
                add(name, Stance.CONFIRMS, m)
    for m in c.disputes:
        for name, _ in m.attribution.claims:
            if name != PUBLISHER and name not in asserting:
                add(name, Stance.DISPUTES, m, m.figure if m.figure.count is not None else None)
    names = c.names()
    perps: list[str] = []
    for m in c.mentions:
        perps += [p for p in m.perpetrators if p not in perps]
    split = next((m.places for m in c.mentions if len(m.places) > 1), [])
    places: list[str | None] = list(primary.places or split) or [place]
    incidents = []
    for p in places:
        incidents.append(
            ExtractedIncident(
                type=c.type,
                span=span,
                date=_as_partial(date),
                place=p,
                figure=Figure(
                    count=figure.count,
                    qualifier=figure.qualifier,
                    low=figure.low,
                    high=figure.high,
                    description=figure.description,
                ),
                victim_names=names,
                perpetrators=perps,
                claims=[
                    ExtractedClaim(cl.claimant, cl.stance, cl.certainty, cl.figure, cl.date, cl.span)
                    for cl in claims
                ],
                trigger=primary.trigger.span.text,
                attrs={"mentions": [[m.start, m.end] for m in c.mentions]},
            )
        )
    return incidents


def _as_partial(d: PartialDate | None) -> PartialDate | None:
    return d
