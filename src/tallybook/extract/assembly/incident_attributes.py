"""Which figure, date, place, sources and evidence an incident takes from the mentions of its
cluster: the primary mention (the one with most of its own: a figure, a date, a named source)
gives them, and the others fill what it lacks (a finer day, a more specific place, further
confirming or disputing sources).
"""

from __future__ import annotations

from tallybook.extract.assembly.first_tellings import first_over_retelling
from tallybook.extract.assembly.incident_clusters import Cluster, own_case, puts_toll
from tallybook.extract.assembly.lead_evidence import body_over_lead
from tallybook.extract.assembly.reaction_leads import reacted_to
from tallybook.extract.assembly.verdict_subjects import judged_only
from tallybook.extract.attribution.claimants import PUBLISHER
from tallybook.extract.attribution.dateline_sources import dateline_body
from tallybook.extract.attribution.incident_sources import release_experts
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.particulars.place_context import scene_of
from tallybook.extract.particulars.places import is_country
from tallybook.extract.text.boilerplate import blank_before, doc_text, span_text
from tallybook.extract.text.layout import line_source, per_sources, story_year
from tallybook.model import (
    ExtractedClaim,
    ExtractedIncident,
    Figure,
    PartialDate,
    Span,
    Stance,
)


def incidents_from_clusters(
    clusters: list[Cluster], country: str | None, fields: frozenset[int] = frozenset()
) -> list[ExtractedIncident]:
    """One incident per cluster (per place, when a mention lists several), in text order; the
    evidence is the primary mention's clause when another incident's trigger shares its sentence."""
    primaries = {
        id(c): _field_with_figure(c, fields) or _sourced_box_line(c) or _primary(c) for c in clusters
    }
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


def _score(m: Mention) -> float:
    named = [n for n, _ in m.attribution.claims if n != PUBLISHER]
    score = 2.0 * (m.date is not None and not m.date_from_claim) + 2.0 * (m.figure.count is not None)
    score += 1.0 * bool(m.names)
    if named and not reacted_to(m):  # a source who only reacts to the act does not tell it
        score += 2 + (len(named) - 1)
    if m.summary:
        score -= 3
    if blank_before(m.sent.doc, m.start):
        score -= 1  # a headline restates; the body sentence is the evidence
    if m.anaphoric and not (puts_toll(m) and m.figure.count is not None):
        score -= 3  # a back-reference, unless it is the toll that gives the event its figure
    if _quoted(m):
        score -= 3  # a speaker's words react to the act; the narration tells it
    if judged_only(m):
        score -= 3  # "The execution of X is an affront": a verdict on the act the body tells
    return score


def _quoted(m: Mention) -> bool:
    """The trigger stands inside quotation marks opened earlier in its paragraph."""
    text = doc_text(m.sent.doc)
    pos = m.trigger.span.start_char
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _field_with_figure(c: Cluster, fields: frozenset[int]) -> Mention | None:
    """ "Arrested: 300+" over "Hundreds of people were arrested": the infobox line that alone
    gives the figure is the evidence of the incident the prose tells without one."""
    if any(x.figure.count is not None for x in c.mentions if id(x) not in fields):
        return None
    if any(_told_on_day(x) for x in c.mentions if id(x) not in fields):
        return None  # "The X killings took place on 14 March 2022": the body tells the event
    return next((x for x in c.mentions if id(x) in fields and x.figure.count is not None), None)


def _sourced_box_line(c: Cluster) -> Mention | None:
    """ "Per X:\n40+ civilians killed" over a lead that tells "at least 40 civilians were killed"
    in the article's own voice: the box line that gives the body's figure a source is the evidence
    (never when a body sentence names a source of its own)."""
    boxed = [x for x in c.mentions if x.summary and x.figure.count is not None and _named(x)]
    body = [x for x in c.mentions if not x.summary]
    if not boxed or not body or any(_named(x) for x in body):
        return None
    counts = {x.figure.count for x in body}
    per = per_sources(doc_text(boxed[0].sent.doc))
    return next((x for x in boxed if x.figure.count in counts and line_source(per, x.start)), None)


def _own_source(m: Mention) -> bool:
    """The mention names a source of its own that asserts it."""
    return any(n != PUBLISHER and st == Stance.ASSERTS for n, st in m.attribution.claims)


def _named(m: Mention) -> bool:
    return any(n != PUBLISHER for n, _ in m.attribution.claims)


def _told_on_day(m: Mention) -> bool:
    return (
        not m.summary
        and m.date is not None
        and not m.date_from_claim
        and m.date.end is None
        and len(m.date.value) == 10
    )


def _primary(c: Cluster) -> Mention:
    best = max(c.mentions, key=lambda m: (_score(m), -m.start))
    best = _day_over_spell(c.mentions, best)
    return body_over_lead(c.mentions, first_over_retelling(c.mentions, best))


def _day_over_spell(mentions: list[Mention], best: Mention) -> Mention:
    """`best`, unless another sentence of equal weight tells the same people's act on a day
    inside the month or spell `best` gives ("who was forcibly disappeared for 583 days between
    August 2019 and March 2021", then "On 8 August 2019, X was picked up"): that sentence tells
    the act itself."""
    if best.date is None or best.date.precision == "day" or best.date_from_claim:
        return best
    score = _score(best)
    for m in mentions:
        if m.sent.start == best.sent.start or not _told_on_day(m) or _score(m) != score:
            continue
        assert m.date is not None
        if m.date.value.startswith(best.date.value) and set(best.names) <= set(m.names):
            return m
    return best


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
    # a sentence that names no place happened where the story is set, else in the country
    doc = primary.sent.doc
    scene = scene_of(primary.sent, story_year(doc), date.value if date is not None else None)
    place = primary.place or next((m.place for m in c.mentions if m.place), None) or scene or country
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

    dated_by = dateline_body(doc)
    for name, stance in primary.attribution.claims:
        if name == PUBLISHER and dated_by is not None and stance == Stance.ASSERTS:
            name = dated_by  # "NCRI – ...": what the text tells unsourced, the dateline's body tells
        add(name, stance, primary, figure if stance == Stance.ASSERTS else None)
    # "According to local monitors, at least 20 people were flogged": the experts of a release
    # who only react to what a source the evidence names told do not tell it too
    experts = set(release_experts(doc)) if _own_source(primary) else set()
    experts = experts - {n for n, _ in primary.attribution.claims}
    for m in c.mentions:
        if m is primary or m.summary or (m.anaphoric and m.figure is not figure):
            continue  # a back-reference adds its source only when it supplies the count
        for name, stance in m.attribution.claims:
            if name != PUBLISHER and name not in experts:
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
    # "19 killed, and published the names of 17 of them, including X": a rival count's named dead
    # (named in its own sentence: "Among the dead was X" after it is X's own incident)
    for m in c.disputes:
        if m.names and not own_case(m):
            told = span_text(m.sent)
            names += [n for n in m.names if n not in names and n in told]
    # "The military executed four activists ... Those executed were A, B, C and D": a later
    # sentence that names everyone the incident counts
    if not names:
        names = next((m.names for m in c.references if m.names and len(m.names) == figure.count), [])
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
                date=date,
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
