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

from tallybook.extract.boilerplate import doc_text, span_text
from tallybook.extract.claimants import PUBLISHER
from tallybook.extract.dates import resolve_date
from tallybook.extract.incident_clusters import (
    Cluster,
    absorbed,
    add_toll,
    bare_lead,
    compatible,
    dispute_target,
    headline_only,
    official_target,
    puts_toll,
    reported_rival,
    same_kind,
    same_sentence,
    tied,
)
from tallybook.extract.incident_folds import is_official_version
from tallybook.extract.incident_restatements import told_by_another
from tallybook.extract.incident_retellings import retold
from tallybook.extract.incident_subjects import subject_person
from tallybook.extract.incident_tolls import given_figure
from tallybook.extract.mentions import Mention
from tallybook.extract.places import is_country
from tallybook.model import (
    ExtractedClaim,
    ExtractedIncident,
    Figure,
    PartialDate,
    Span,
    Stance,
)


def resolve_pronouns(mentions: list[Mention]) -> None:
    """ "They were sentenced to death": the victims of the previous mention that names people;
    "A fourth man, X, is at risk after the court upheld his death sentence": the person the
    sentence itself names as the subject the pronoun hangs under."""
    for i, m in enumerate(mentions):
        if not m.pronoun:
            continue
        own = subject_person(m)
        if own is not None:
            m.names, m.figure = [own], Figure(count=1, qualifier="exact", description=m.figure.description)
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


def _confirms(m: Mention) -> bool:
    """A back-reference in which a named source confirms the event: the source confirms it."""
    return any(name != PUBLISHER and stance == Stance.CONFIRMS for name, stance in m.attribution.claims)


def _confirm_or_rival(c: Cluster, m: Mention) -> None:
    """A source that confirms the event but gives another figure ("but gave the number as
    eight") disputes the count; otherwise it confirms the incident."""
    given = given_figure(m)
    if given is not None and given.count != c.count():
        m.figure = given
        c.disputes.append(m)
    else:
        c.confirms.append(m)


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
    if m.anaphoric and not (puts_toll(m) and m.figure.count is not None):
        score -= 3  # a back-reference, unless it is the toll that gives the event its figure
    return score


def build_incidents(
    mentions: list[Mention], country: str | None, subject: str | None, fields: frozenset[int] = frozenset()
) -> list[ExtractedIncident]:
    """Incidents from mentions in reading order; `fields` holds the ids of infobox field lines."""
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
                f"an={m.anaphoric} sum={m.summary} cl={m.attribution.claims} {span_text(m.sent)[:60]!r}",
                file=sys.stderr,
            )
    for m in mentions:
        target = official_target(clusters, m) if is_official_version(m) else None
        if target is not None:
            if m.figure.count in {None, target.count()}:
                m.figure = Figure()  # a denial of the type, with no rival figure
            target.disputes.append(m)  # else its own count for the event: a rival figure too
            continue
        same_type = [c for c in clusters if c.type == m.type]
        if any(stance == Stance.DISPUTES for _, stance in m.attribution.claims):
            disputed = dispute_target(clusters, m)
            if disputed is not None:
                disputed.disputes.append(m)
                continue
        for c in reversed(same_type):
            if same_sentence(c, m) and (compatible(c, m, same_sentence=True) or retold(c.mentions, m)):
                target = c
                break
        if target is None:
            for c in reversed(same_type):
                if compatible(c, m) and tied(c, m):
                    target = c
                    break
        if target is None:
            target = bare_lead(same_type, m)
        if target is None:
            if absorbed(clusters, m):
                continue
            rivalled = reported_rival(clusters, m)
            if rivalled is not None:
                rivalled.disputes.append(m)
                continue
            disputed = dispute_target(clusters, m)
            if disputed is not None:
                disputed.disputes.append(m)
                continue
        if target is None:
            if m.anaphoric:
                pending.append(m)
                continue
            clusters.append(Cluster([m]))
            continue
        if puts_toll(m) and m.figure.count is not None:
            add_toll(target, m)
        elif m.anaphoric and m.attribution.verb is not None and m.trigger.root.dep_ == "dobj":
            # "an official put the toll at two": a rival figure, not a confirmation
            rival = any(c.dep_ == "prep" and c.lower_ == "at" for c in m.attribution.verb.children)
            (target.disputes if rival else target.confirms).append(m)
        elif m.anaphoric and _confirms(m):
            _confirm_or_rival(target, m)  # "The police confirmed that it had detained several people"
        elif m.anaphoric and told_by_another(m, target.named_sources()):
            target.confirms.append(m)  # "According to the news agency, the men were executed ..."
        elif m.anaphoric:
            target.references.append(m)
        else:
            target.mentions.append(m)
    # Back-references with nothing before them: attach to any incident of their type, else keep.
    for m in pending:
        target = next((c for c in clusters if c.type == m.type and compatible(c, m)), None)
        if target is not None and puts_toll(m) and m.figure.count is not None:
            add_toll(target, m)
        elif target is not None:
            if _confirms(m):
                _confirm_or_rival(target, m)
            else:
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
            if b is not c and same_kind(b.type, c.type) and not all(x.summary for x in b.mentions)
        ]
        # The body's own type first; "Deaths: 3" also folds into a death in custody or an execution.
        body.sort(key=lambda b: b.type != c.type)
        target = next((b for b in body if all(compatible(b, x) for x in c.mentions)), None)
        if target is None and all(_is_headline(x) for x in c.mentions):
            # a headline restates the body: the one body incident of its type, whatever its figure
            own = [b for b in body if b.type == c.type]
            target = own[0] if len(own) == 1 else None
        if target is not None:
            target.mentions.extend(c.mentions)
            clusters.remove(c)
    for c in clusters:
        if headline_only(c):
            _promote_body(c)
    primaries = {id(c): _field_with_figure(c, fields) or _primary(c) for c in clusters}
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


def _promote_body(c: Cluster) -> None:
    """ "UNAMA said it had documented the public execution the previous week of X" under a
    headline that announces it: the body sentences, not the headline, tell the incident."""
    told = [r for r in c.references + c.confirms if not r.summary]
    dated = [r for r in told if (r.date is not None and not r.date_from_claim) or r.figure.count is not None]
    moved = {id(r) for r in dated or told}
    c.mentions += [r for r in told if id(r) in moved]
    c.references = [r for r in c.references if id(r) not in moved]
    c.confirms = [r for r in c.confirms if id(r) not in moved]


def _is_headline(m: Mention) -> bool:
    return not doc_text(m.sent.doc)[: m.start].strip()


def _field_with_figure(c: Cluster, fields: frozenset[int]) -> Mention | None:
    """ "Arrested: 300+" over "Hundreds of people were arrested": the infobox line that alone
    gives the figure is the evidence of the incident the prose tells without one."""
    if any(x.figure.count is not None for x in c.mentions if id(x) not in fields):
        return None
    return next((x for x in c.mentions if id(x) in fields and x.figure.count is not None), None)


def _primary(c: Cluster) -> Mention:
    return max(c.mentions, key=lambda m: (_score(m), -m.start))


def _clause_span(m: Mention, others: set[int]) -> Span:
    """The largest phrase around the trigger that holds no other incident's trigger."""
    node = m.trigger.root
    if not node.doc.has_annotation("DEP"):
        return Span(m.start, m.end)
    while node.head.i != node.i:  # spaCy makes a new Token object on each access: compare indices
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
        date: PartialDate | None = _finer_in_sentence(c, primary, primary.date)
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
    # a source that passes on the event but gives another figure disputes it (SCHEMA.md)
    disputing = {n for m in c.disputes if m.figure.count is not None for n, _ in m.attribution.claims}
    for m in c.confirms:
        for name, _ in m.attribution.claims:
            if name != PUBLISHER and name not in asserting and name not in disputing:
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
                trigger=span_text(primary.trigger.span),
                attrs={"mentions": [[m.start, m.end] for m in c.mentions]},
            )
        )
    return incidents


def _finer_in_sentence(c: Cluster, primary: Mention, date: PartialDate) -> PartialDate:
    """ "Among those executed last month were A and B, who were hanged on 23 January": the day
    the same sentence gives inside the month is the date of the act it tells twice."""
    finer = [
        m.date
        for m in c.mentions
        if m.sent.start == primary.sent.start
        and m.date is not None
        and not m.date_from_claim
        and m.date.end is None
        and date.end is None
        and len(m.date.value) > len(date.value)
        and m.date.value.startswith(date.value)
    ]
    return finer[0] if finer else date


def _as_partial(d: PartialDate | None) -> PartialDate | None:
    return d
