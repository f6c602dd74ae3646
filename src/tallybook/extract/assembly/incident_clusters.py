"""Incident clusters within one document and the rules that decide whether a mention joins
one: as the same event, a confirmation, a rival figure (dispute) or a back-reference.
`coreference.build_incidents` applies them in reading order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from tallybook.extract.assembly.incident_acts import different_acts
from tallybook.extract.assembly.incident_tolls import toll_figure
from tallybook.extract.assembly.official_accounts import bare_version, lone_told, rebuts_version
from tallybook.extract.assembly.scene_lists import moves_scene, running_total
from tallybook.extract.attribution.claimants import PUBLISHER
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.particulars.places import is_country
from tallybook.extract.text.boilerplate import sentences_back, span_text
from tallybook.extract.timing.dates import enclosing
from tallybook.model import Stance
from tallybook.model.vocab import FATAL_TYPES


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
        # a dict keeps the first-seen order; a list's `in` made this quadratic in long name lists
        return list(dict.fromkeys(n for m in self.mentions for n in m.names))

    def date(self) -> str | None:
        return next((enclosing(m.date) for m in self.mentions if m.date is not None), None)

    def named_sources(self) -> set[str]:
        return {n for m in self.mentions for n, _ in m.attribution.claims if n != PUBLISHER}


# Rival sources' figures for one event differ by a factor of ten at most in the reports seen;
# fifty times more is a larger event (a campaign, a year) the text sets beside it.
RIVAL_RATIO = 50


def same_kind(body: str, summary: str) -> bool:
    """A summary line folds into a body incident of its type, or of any fatal type if it is fatal."""
    return body == summary or (body in FATAL_TYPES and summary in FATAL_TYPES)


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


def puts_toll(m: Mention) -> bool:
    """ "An official put the death toll at nine", "as high as 52": a back-reference that gives
    its own figure."""
    return m.anaphoric and toll_figure(m) is not None


def add_toll(c: Cluster, m: Mention) -> None:
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


def compatible(c: Cluster, m: Mention, same_sentence: bool = False) -> bool:
    cc, mc = c.count(), m.figure.count
    if cc is not None and mc is not None and cc != mc and not puts_toll(m) and not _pair_member(c, m):
        return False  # "X put the death toll at N" restates the event with its own figure
    names = c.names()
    if names and m.names and not set(names) & set(m.names):
        return False
    cd, md = c.date(), enclosing(m.date)
    if cd and md and not (cd.startswith(md) or md.startswith(cd)) and not m.anaphoric:
        return False  # a back-reference that dates the event differently is noted, not a new event
    if same_sentence and _member_of_period(c, m):
        return False  # "nine deaths since January, including X, who died last month": X's own
    if m.places and len(m.places) > 1 and not same_sentence:
        return False
    if not same_sentence and not m.summary and _range_and_person(c, m):
        return False
    if different_acts(c.mentions, m):
        return False  # a prison term and a withheld body: two violations of one person
    places = {x.place for x in c.mentions if x.place and is_country(x.place)}
    return not (m.place and is_country(m.place) and places and m.place not in places)


def _member_of_period(c: Cluster, m: Mention) -> bool:
    """A named person dated to a day or month inside an unnamed aggregate over a period that the
    same sentence tells: the person's own incident (CONVENTIONS.md), not part of the aggregate's."""
    return (
        bool(m.names)
        and m.date is not None
        and not _is_period(m)
        and not c.names()
        and all(_is_period(x) for x in c.mentions)
    )


def tied(c: Cluster, m: Mention) -> bool:
    if rebuts_version(c.disputes, c.count(), m):
        m.anaphoric = True  # "..., but witnesses said he was shot": the disputed event told again
    if m.anaphoric or m.summary:
        return True
    if moves_scene(c.mentions, m):
        return False  # "In B, a civilian was shot dead": another scene, whatever its count or day
    if m.figure.count is not None and m.figure.count == c.count() and not _lone_victims(c, m):
        return True
    if _pair_member(c, m):
        m.anaphoric = True  # one of the pair told again: the pair's own telling stays the primary
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
    return bool(cd and md and cd == md and len(cd) >= 7) and not _outnumbered(c, m)


# the fewest people a vague amount is taken for: "hundreds of people" are some 200 at least
_AMOUNT_FLOORS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}


def _amount(m: Mention) -> int | None:
    words = (m.figure.description or "").lower().split()
    return _AMOUNT_FLOORS.get(m.victim_word or "") or (_AMOUNT_FLOORS.get(words[0]) if words else None)


def _outnumbered(c: Cluster, m: Mention) -> bool:
    """ "Six men were arrested" and "Hundreds of people were arrested" in the same month: a
    vague amount far above the other's count is another group, not the same act told again."""
    count, amount = c.count(), _amount(m)
    if count is None and m.figure.count is not None:
        count, amount = m.figure.count, next((a for a in map(_amount, c.mentions) if a), None)
    return count is not None and amount is not None and amount > 2 * count


def _pair_member(c: Cluster, m: Mention) -> bool:
    """ "a father and son were detained ... His son was detained": one person told again by a noun
    of the pair just counted two is one of that pair, not a third arrest (no name on either side)."""
    if m.figure.count != 1 or c.count() != 2 or m.names or c.names() or not m.victim_word:
        return False
    pairs = [(x.figure.description or "").lower().split(" and ") for x in c.mentions]
    return any(len(p) == 2 and any(m.victim_word in part.split() for part in p) for p in pairs)


def _lone_victims(c: Cluster, m: Mention) -> bool:
    """ "He had been taken from his home" and, a paragraph on, "agents picked up the activist X":
    one victim each is no tie when only one side names its victim; a name or a date must tie them."""
    return m.figure.count == 1 and bool(m.names) != bool(c.names())


def same_sentence(c: Cluster, m: Mention) -> bool:
    return any(x.sent.start == m.sent.start and x.start == m.start for x in c.mentions)


def dispute_target(clusters: list[Cluster], m: Mention) -> Cluster | None:
    """The incident a competing figure from another named source is about, if any."""
    sources = {n for n, _ in m.attribution.claims if n != PUBLISHER}
    stances = {s for _, s in m.attribution.claims}
    if not sources or (own_case(m) and Stance.DISPUTES not in stances):
        return None
    # the incident must be told within the three sentences before
    near = sentences_back(m.sent.doc, m.sent.start, 3)
    if near is None:
        near = m.sent.start
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
        if c.names() or not _rival_sources(c, m, sources):
            return None
        if running_total(m) and not any(running_total(x) for x in c.mentions):
            return None  # "126 killed so far" beside the day's 38: a total of its own
        if not recent and not told_near and not m.summary and not _same_day(c, m):
            return None
        if Stance.DISPUTES in stances:
            return c
        cc, mc = c.count(), m.figure.count
        if m.pronoun or min(cc or 0, mc or 0) < 2:
            return None  # one person's case is not a competing figure for an aggregate
        rival = c.named_sources() or _infobox_rival(c, m) or _RIVAL_CUE_RE.search(span_text(m.sent))
        if cc is not None and mc is not None and cc != mc and rival:
            if max(cc, mc) >= RIVAL_RATIO * min(cc, mc) or _period_and_day(c.mentions, m):
                return None  # "11 killed overnight" and "27,000 killed in the campaign": two events
            cd, md = c.date(), enclosing(m.date)
            if cd and md and not (cd.startswith(md) or md.startswith(cd)):
                return None
            if cd and md and len(md) == 4 < len(cd) and not m.date_from_claim:
                return None  # "223 executed since January" is a year's total, not a rival for one day
            return c
        return None
    return None


def own_case(m: Mention) -> bool:
    """Whether the names a mention gives are its whole victim count: a person's own case, not
    a competing figure. "19 killed, and published the names of 17 of them, including X" names a
    member of the counted group; the count is still a figure for the event."""
    count = m.figure.count
    return bool(m.names) and (count is None or len(m.names) >= count)


# "which keeps its own tally", "collects cases independently", "two more than the official count"
_RIVAL_CUE_RE = re.compile(
    r"\b(?:its|their)\s+own\s+(?:count|tally|figures?|records?)\b|\bindependently\b"
    r"|\bthan\s+the\s+official\s+(?:count|tally|figure|toll|total)\b",
    re.I,
)


def _same_day(c: Cluster, m: Mention) -> bool:
    """ "Reprieve said it had identified 25 people executed on Tuesday", paragraphs after "23 men
    were put to death on Tuesday": the same day's event, however far back it was told."""
    cd = c.date()
    return (
        m.date is not None
        and not m.date_from_claim
        and cd is not None
        and len(cd) == 10
        and m.date.value == cd
        and m.date.end is None
    )


def _is_period(m: Mention) -> bool:
    return m.date is not None and m.date.end is not None and m.date.end != m.date.value


def _is_day(m: Mention) -> bool:
    return m.date is not None and m.date.end is None and len(m.date.value) == 10


def _period_and_day(told: list[Mention], m: Mention) -> bool:
    """ "223 executed since the beginning of the year" beside "seven men hanged on Wednesday":
    a count over a period and an event of one day are two incidents, not rival figures."""
    if _is_period(m):
        return any(_is_day(x) for x in told) and not any(_is_period(x) for x in told)
    return _is_day(m) and all(_is_period(x) or x.date is None for x in told) and any(map(_is_period, told))


def _infobox_rival(c: Cluster, m: Mention) -> bool:
    """ "Deaths: 12–15" then "Per the Ministry: 2 killed": in a summary box, a line that names
    its source gives a rival figure for the box's own line above it."""
    return m.summary and all(x.summary for x in c.mentions)


def _rival_sources(c: Cluster, m: Mention, sources: set[str]) -> bool:
    """Whether `m` names a source the incident does not already have. A source the sentence
    gives for both figures ("180 detained, according to X, while the ministry acknowledged only
    38") leaves the other source as the rival."""
    shared = sources & c.named_sources()
    if not shared:
        return True
    return bool(sources - shared) and any(x.sent.start == m.sent.start for x in c.mentions)


def reported_rival(clusters: list[Cluster], m: Mention) -> Cluster | None:
    """ "Y reported the executions on Monday, but said that nine men, not 11, had been put to
    death": the figure a source gives in the sentence in which it passes on an event told before
    is its rival figure for that event (it confirms the event, disputes the count)."""
    sources = {n for n, _ in m.attribution.claims if n != PUBLISHER}
    if m.figure.count is None or m.names or not sources:
        return None
    for c in reversed(clusters):
        if c.type != m.type or c.count() in {None, m.figure.count}:
            continue
        if any(
            x.sent.start == m.sent.start and sources & {n for n, _ in x.attribution.claims}
            for x in c.confirms
        ):
            return c
    return None


def absorbed(clusters: list[Cluster], m: Mention) -> bool:
    """A later restatement of a disputing figure by the same source adds nothing."""
    sources = {n for n, _ in m.attribution.claims if n != PUBLISHER}
    for c in clusters:
        for d in c.disputes:
            d_sources = {n for n, _ in d.attribution.claims}
            if sources & d_sources and d.figure.count == m.figure.count and c.type == m.type:
                return True
    return False


def near(sent: Span, back: int = 3) -> int:
    """Start of the sentence `back` (three) before `sent`: how far back a denial, a rival figure or
    a retelling looks (0 when the doc has no sentence boundaries)."""
    start = sentences_back(sent.doc, sent.start, back)
    return 0 if start is None else start


def official_target(clusters: list[Cluster], m: Mention) -> Cluster | None:
    """The death a state source's "killed in an exchange of fire" account is about: the latest
    fatal incident told in the five sentences before, of the same victims ("he", "the six men",
    the same figure or a shared name)."""
    since = near(m.sent, 5)
    latest = True
    for c in reversed(clusters):
        if c.type not in FATAL_TYPES or max(x.sent.start for x in c.mentions) < since:
            continue
        if all(x.summary for x in c.mentions):
            continue  # a headline announces the event the state's own account then tells
        if latest and (_rival_version(c, m) or bare_version(m, c.count(), c.names())):
            return c
        latest = False
        if m.names:
            if set(m.names) & set(c.names()):
                return c
            continue
        if m.figure.count is not None and m.figure.count == c.count():
            return c
        if m.pronoun or m.victims_definite:
            return c
    return lone_told(clusters, m)  # the one death told before, further back


def _rival_version(c: Cluster, m: Mention) -> bool:
    """ "Soldiers shot dead at least 17 villagers last week", then "a military spokesman said that
    nine 'terrorists' had been killed in a clash": the state's own count for the latest killing,
    with no date, place or person of its own that would make it another clash."""
    if m.names or c.names() or m.figure.count is None or c.count() is None:
        return False
    if m.date is not None and not m.date_from_claim:
        return False
    own_place = m.place is not None and not is_country(m.place)
    return not own_place and max(x.sent.start for x in c.mentions) >= near(m.sent, 3)
