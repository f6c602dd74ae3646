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
from dataclasses import replace

from tallybook.extract.assembly.bare_leads import bare_lead, headline_only
from tallybook.extract.assembly.heading_victims import fold_headings
from tallybook.extract.assembly.incident_attributes import incidents_from_clusters
from tallybook.extract.assembly.incident_clusters import (
    Cluster,
    absorbed,
    add_toll,
    compatible,
    dispute_target,
    official_target,
    puts_toll,
    reported_rival,
    same_kind,
    same_sentence,
    tied,
)
from tallybook.extract.assembly.incident_folds import is_official_version
from tallybook.extract.assembly.incident_restatements import told_by_another
from tallybook.extract.assembly.incident_retellings import retold
from tallybook.extract.assembly.incident_rivals import (
    add_part,
    official_rival,
    part_of_told,
    retold_by_type,
    rival_detail,
)
from tallybook.extract.assembly.incident_subjects import subject_person
from tallybook.extract.assembly.incident_tolls import given_figure
from tallybook.extract.assembly.reaction_leads import fold_reaction_leads
from tallybook.extract.attribution.claimants import PUBLISHER
from tallybook.extract.attribution.source_syntax import is_report_word
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.particulars.victim_slot import victim_head
from tallybook.extract.text.boilerplate import blank_before, doc_text, span_text
from tallybook.extract.text.layout import is_box_line
from tallybook.extract.text.parse_tree import has_parse
from tallybook.extract.timing.anchored_dates import TOLD_MONTH, TOLD_SEASON
from tallybook.extract.timing.dates import resolve_date
from tallybook.model import (
    ExtractedIncident,
    Figure,
    Stance,
)


def resolve_pronouns(mentions: list[Mention], subject: str | None = None) -> None:
    """ "They were sentenced to death": the victims of the previous mention that names people;
    "A fourth man, X, is at risk after the court upheld his death sentence": the person the
    sentence itself names as the subject the pronoun hangs under. A singular pronoun that counts
    itself ("he", "her") keeps its own count of one even when the people it refers to were told as
    a group ("X and six other officers"): it is one of them, not the group. A singular pronoun with
    no named victim before it stands for `subject`, the person the article is about (doc_subject):
    "X (1950 – 2003) was a photographer. She died in custody"."""
    for i, m in enumerate(mentions):
        if not m.pronoun:
            continue
        own = subject_person(m)
        if own is not None:
            m.names, m.figure = [own], Figure(count=1, qualifier="exact", description=m.figure.description)
            continue
        prev = next((p for p in reversed(mentions[:i]) if p.names), None)
        if prev is None and subject is not None and _singular(m) and _about_subject(m, subject):
            m.names, m.figure = (
                [subject],
                Figure(count=1, qualifier="exact", description=m.figure.description),
            )
            continue
        if prev is None:
            continue
        if prev.type != m.type and m.figure.count not in {None, prev.figure.count} and prev.figure.count:
            # "X and six others were arrested. ... not told where he was held": a singular
            # pronoun of another violation is one person of the group (with its own companions)
            m.names = _singled_out(m, prev.names)
            continue
        if prev.type != m.type and len(prev.names) == 1 and (prev.figure.count or 0) > 1 and _singular(m):
            # "sentenced X and a co-defendant ... He was killed": the one named, not the pair
            m.names, m.figure = list(prev.names), Figure(count=1, qualifier="exact")
            continue
        m.names = list(prev.names)
        m.figure = Figure(
            count=prev.figure.count,
            qualifier=prev.figure.qualifier,
            description=prev.figure.description,
        )


def _about_subject(m: Mention, subject: str) -> bool:
    """Whether a pronoun victim may stand for the article's subject: only in an article titled with
    that person's name, after the body names them; not when the subject is an official or the
    author, nor when the pronoun's clause is told by someone else ("P12 told the court he had been
    arrested", "he said he was beaten"; "X's autopsy report revealed that she" is still X's)."""
    doc = m.sent.doc
    if any(p.name == subject and p.role in {"official", "author"} for p in doc._.tb_people or []):
        return False
    text = doc_text(doc)
    title = text[: text.find("\n")] if "\n" in text else ""
    if title.strip(" =#\t") != subject:
        return False  # only an article whose title line is the person's name is about that person
    surname = subject.split()[-1]
    if not 0 <= text.find(surname, len(title)) < m.start:
        return False  # a pronoun before the subject is named stands for someone else
    for anc in m.trigger.root.ancestors:
        if not is_report_word(anc):
            continue
        subj = next((c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and surname not in span_text(doc[subj.left_edge.i : subj.i + 1]):
            return False
    return True


def _singular(m: Mention) -> bool:
    """Whether the pronoun that stands for `m`'s victims is one person's ("he", "her")."""
    head = victim_head(m.trigger) if has_parse(m.sent.doc) else None
    return head is not None and head.lower_ in {"he", "him", "she", "her"}


def _singled_out(m: Mention, names: list[str]) -> list[str]:
    """Which of an earlier mention's victims a singular pronoun stands for: the one its own
    sentence names ("Karimi told his family that guards beat him"), else the first named."""
    said = span_text(m.sent)
    own = [n for n in names if n in said or n.split()[-1] in said]
    return own[:1] if len(own) == 1 else names[:1]


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
    from tallybook.extract.timing.dates import Reference

    for i, m in enumerate(mentions):
        if m.relative is None:
            continue
        anchor = next((p.date for p in reversed(mentions[:i]) if p.date and p.date.precision == "day"), None)
        if _UNIT_PHRASE.search(m.relative) or TOLD_MONTH.match(m.relative) or TOLD_SEASON.search(m.relative):
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


def build_incidents(
    mentions: list[Mention], country: str | None, subject: str | None, fields: frozenset[int] = frozenset()
) -> list[ExtractedIncident]:
    """Incidents from mentions in reading order; `fields` holds the ids of infobox field lines."""
    for m in mentions:
        if m.summary and not m.names and subject and m.figure.count is None and m.start > 0:
            m.names = [subject]
            m.figure = Figure(count=1, qualifier="exact")
    fold_headings(mentions)  # "Arrest and trial", then "X was arrested with two others": one arrest
    clusters: list[Cluster] = []
    pending: list[Mention] = []
    if os.environ.get("TALLYBOOK_DEBUG_MENTIONS"):
        for m in mentions:
            print(
                f"MENTION {m.type} {m.trigger.span.text!r} c={m.figure.count} d={m.date} names={m.names} "
                f"an={m.anaphoric} sum={m.summary} cl={m.attribution.claims} {span_text(m.sent)[:60]!r}"
                f" def={m.victims_definite} vw={m.victim_word} dfc={m.date_from_claim}",
                file=sys.stderr,
            )
    for m in mentions:
        if m.anaphoric and _time_anchor(m) and any(c.type == m.type for c in clusters):
            continue  # "taken into custody two days after the execution": it dates another event
        target = official_target(clusters, m) if is_official_version(m) else None
        if target is not None:
            if m.figure.count in {None, target.count()}:
                m.figure = Figure()  # a denial of the type, with no rival figure
            target.disputes.append(m)  # else its own count for the event: a rival figure too
            continue
        detailed = rival_detail(clusters, m)
        if detailed is not None:
            detailed.references.append(m)  # "X counted 37 dead and said several had been shot"
            continue
        part = part_of_told(clusters, m)
        if part is not None:
            add_part(part, m)  # "State media acknowledged only three of the executions"
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
            rivalled = reported_rival(clusters, m) or official_rival(clusters, m)
            if rivalled is not None:
                rivalled.disputes.append(m)
                continue
            disputed = dispute_target(clusters, m)
            if disputed is not None:
                disputed.disputes.append(m)
                continue
        if target is None:
            told = retold_by_type(clusters, m)
            if told is not None:
                told.references.append(m)  # "the victims were executed at close range"
                continue
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
        elif m.anaphoric and headline_only(target) and not target.named_sources() and _dated_telling(m):
            m.anaphoric = False  # "= X killings =" then "The X killings took place on 14 March":
            target.mentions.append(m)  # the body's own telling of the event the title names
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
    body_names = {n for c in clusters for x in c.mentions if not x.summary for n in x.names}
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
        target = next((b for b in body if all(_fits_summary(b, x, body_names) for x in c.mentions)), None)
        if target is None and all(_is_headline(x) for x in c.mentions):
            # a headline restates the body: the one body incident of its type, whatever its figure
            own = [b for b in body if b.type == c.type]
            target = own[0] if len(own) == 1 else None
        if target is not None:
            for x in c.mentions:
                if _title_name(x, body_names):
                    x.names, x.figure = [], Figure() if x.figure.count == len(x.names) else x.figure
            target.mentions.extend(c.mentions)
            clusters.remove(c)
    fold_reaction_leads(clusters, mentions)  # "experts expressed alarm at killings", then the killings
    for c in clusters:
        if headline_only(c):
            _promote_body(c)
    return incidents_from_clusters(clusters, country, fields)


def _fits_summary(b: Cluster, x: Mention, body_names: set[str]) -> bool:
    """A summary line folds into a body incident it agrees with; a range ("Fatalities: 9–14")
    agrees with a body count inside it (one source's 14, the rival's nine). A name the body never
    gives a victim is the event's own name in the title ("Title: 2022 X killings"), no victim."""
    if _title_name(x, body_names):
        x = replace(x, names=[], figure=Figure() if x.figure.count == len(x.names) else x.figure)
    if compatible(b, x):
        return True
    low, high, count = x.figure.count, x.figure.high, b.count()
    if low is None or high is None or count is None or not low <= count <= high:
        return False
    return compatible(b, replace(x, figure=Figure()))


def _title_name(x: Mention, body_names: set[str]) -> bool:
    """A title or box line whose "victim" the body never names: the event's name ("X killings")."""
    return bool(x.names) and not set(x.names) & body_names and is_box_line(doc_text(x.sent.doc), x.start)


def _dated_telling(m: Mention) -> bool:
    """A body sentence that dates the event a title announces: the body's own telling of it (a
    box line that names its source, "Per X: 40+ killed", stays that source's telling)."""
    return not m.summary and m.date is not None and not m.date_from_claim and m.figure.count is None


def _promote_body(c: Cluster) -> None:
    """ "UNAMA said it had documented the public execution the previous week of X" under a
    headline that announces it: the body sentences, not the headline, tell the incident."""
    told = [r for r in c.references + c.confirms if not r.summary]
    dated = [r for r in told if (r.date is not None and not r.date_from_claim) or r.figure.count is not None]
    moved = {id(r) for r in dated or told}
    c.mentions += [r for r in told if id(r) in moved]
    c.references = [r for r in c.references if id(r) not in moved]
    c.confirms = [r for r in c.confirms if id(r) not in moved]


def _time_anchor(m: Mention) -> bool:
    """ "taken into custody two days after the execution": an event named only to date another."""
    root = m.trigger.root
    return root.dep_ == "pobj" and root.head.lower_ in {"after", "before", "since", "following"}


def _is_headline(m: Mention) -> bool:
    return blank_before(m.sent.doc, m.start)
