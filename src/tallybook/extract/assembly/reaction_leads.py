"""Whether the opening sentence of a statement, which reacts to what the body then tells, only
announces an incident of the body.

"UN experts today expressed alarm at reports that security forces killed civilians ...", "The
NGO is gravely concerned by a renewed wave of arrests and torture ...": an opening that names a
violation with no figure and no victim of its own announces what the sentences after it tell with
their figures and names. It folds into the first body incident of its type, whatever date its
own loose words seem to give it ("in the run-up to the January elections"), and the body
sentence is the evidence. An opening with a figure or a victim but no day of its own ("including
the hanging this week of a young man") announces the body act of its type, figure and victim that
the body dates to the day ("X was put to death on Tuesday"). An opening with its own figure and
day ("condemned the execution of 17 men on Sunday") tells the incident itself and is left alone,
as is an opening whose type the body never tells again. A day the opening only borrowed from the
scene the next sentences set is no day of its own: the opening still announces the body act.
A named victim the body calls by the surname alone ("Pushkarou, a retired teacher who ..., died on
11 November") is the same person.
"""

from __future__ import annotations

from tallybook.extract.assembly.incident_clusters import Cluster
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_text
from tallybook.extract.text.layout import is_box_line

__all__ = ["fold_reaction_leads", "reacted_to"]

# The words of a teller's reaction that an opening wraps the events in.
_REACTION = wordset(
    "alarm alarmed concern concerned condemn condemned condemns condemning deplore deplored "
    "deplores dismay dismayed outrage outraged shocked appalled"
)


def _reacts(m: Mention) -> bool:
    """A reaction word before the trigger in its sentence: "expressed alarm at reports that ..."."""
    return any(t.lower_ in _REACTION for t in m.sent if t.i < m.trigger.span.start)


def reacted_to(m: Mention) -> bool:
    """The trigger lies in the phrase a reaction word governs: "X expressed concern over the cases
    in which activists were executed" reacts to an act another sentence tells ("I am appalled that
    X was hanged", a clause of its own, states the act itself)."""
    below = m.trigger.root
    for a in below.ancestors:
        if a.lower_ in _REACTION and below.dep_ not in {"ccomp", "advcl"}:
            return True
        below = a
    return False


def _bare(m: Mention) -> bool:
    return m.figure.count is None and not m.names and not m.anaphoric


def _own_day(m: Mention) -> bool:
    """A day the mention's own words give (not one lent by the scene the next sentences set)."""
    d = m.date
    return (
        d is not None
        and not m.date_from_claim
        and not m.date_from_scene
        and d.end is None
        and len(d.value) == 10
    )


def _named_in(b: Cluster, names: set[str]) -> bool:
    """ "at the death in custody of political prisoner Ales X", then "X, a retired teacher who
    ..., died on 11 November": a body sentence that calls the person by the surname alone."""
    surnames = {n.split()[-1].lower() for n in names if n.split()}
    return any(t.lower_ in surnames for x in b.mentions for t in x.sent)


def _opening_reactions(mentions: list[Mention]) -> list[Mention]:
    """The mentions of the first body sentence, when it reacts to the events."""
    # the lead may already count as a summary line (a dateline lead); the title is no body
    body = [m for m in mentions if not is_box_line(doc_text(m.sent.doc), m.start)]
    if not body:
        return []
    first = min(m.sent.start for m in body)
    lead = [m for m in body if m.sent.start == first]
    return lead if _reacts(lead[0]) else []


def _fits(b: Cluster, told: list[Mention]) -> bool:
    """A body cluster an opening's mentions announce: bare ones, any; counted or named ones
    without a day of their own, one the body dates to the day with no other figure or victims."""
    if all(_bare(x) for x in told):
        return True
    if any(_own_day(x) for x in told) or not any(_own_day(x) for x in b.mentions):
        return False
    counts = {x.figure.count for x in told} - {None}
    names = {n for x in told for n in x.names}
    if b.count() is not None and counts and counts != {b.count()}:
        return False
    return not names or bool(names & set(b.names())) or (not b.names() and _named_in(b, names))


def fold_reaction_leads(clusters: list[Cluster], mentions: list[Mention]) -> None:
    """Move each cluster told only by an opening reaction (and title lines) into the first later
    body cluster of its type; the moved mentions count as summary lines, so the body's sentence
    is the evidence."""
    opening = _opening_reactions(mentions)
    if not opening:
        return
    lead = {id(m) for m in opening}
    for c in list(clusters):
        told = [x for x in c.mentions if id(x) in lead]
        if not told or c.disputes:
            continue
        if any(id(x) not in lead and not x.summary for x in c.mentions):
            # the body's own sentence, dated to the day, is the evidence of the cluster it shares
            if not any(_own_day(x) for x in told) and any(
                _own_day(x) for x in c.mentions if id(x) not in lead
            ):
                for x in told:
                    x.summary = True
            continue
        after = max(x.sent.end for x in told)
        target = next(
            (
                b
                for b in clusters
                if b is not c
                and b.type == c.type
                and _fits(b, told)
                and any(not x.summary and id(x) not in lead and x.sent.start >= after for x in b.mentions)
            ),
            None,
        )
        if target is None:
            continue
        for x in c.mentions:
            x.summary = True
        target.mentions.extend(c.mentions)
        target.references.extend(c.references)
        target.confirms.extend(c.confirms)
        clusters.remove(c)
