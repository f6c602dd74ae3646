"""Dates an incident mention takes from its context rather than from its own sentence.

Annual reports date events without a year in the year they cover; a sentence that goes on
about the event just told ("during the shooting", "they detained ...") takes the previous
sentence's date; infobox and summary lines take the date of the event the article is about.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_text, span_ents, span_text
from tallybook.extract.text.layout import encyclopedia_doc, main_event_date
from tallybook.extract.timing.anchored_dates import to_month
from tallybook.extract.timing.annual_dates import (
    annual_report_reference as annual_report_reference,  # incidents
)
from tallybook.extract.timing.counted_dates import opening_count_day
from tallybook.extract.timing.custody_dates import custody_torture_date, held_since_arrest, taken_just_before
from tallybook.extract.timing.dates import Reference, resolve_date
from tallybook.extract.timing.event_dates import previous_sentence_date
from tallybook.extract.timing.event_periods import period_around_event
from tallybook.extract.timing.executed_sentences import executed_before
from tallybook.extract.timing.found_bodies import date_found_bodies
from tallybook.extract.timing.fresh_deaths import fresh_death_month
from tallybook.extract.timing.held_periods import (
    CONFESSION_MEANS,
    confession_only,
    custody_length,
    duration_in_clause,
    held_for,
    held_until,
    lasting,
    long_span_count,
    undated_holding,
    weeks_after,
)
from tallybook.extract.timing.lead_days import date_lead_retellings
from tallybook.extract.timing.month_names import MONTH_NAMES, MONTH_STEM
from tallybook.extract.timing.operation_days import operation_day
from tallybook.extract.timing.retold_days import retold_days
from tallybook.extract.timing.scene_days import scene_days
from tallybook.extract.timing.scene_places import place_scene_day
from tallybook.extract.timing.story_dates import (
    among_those_date,
    body_withheld_date,
    custody_period,
    list_line_date,
    previous_sentence,
    restates_lead,
    same_day_scene,
    told_on_in_next,
)
from tallybook.extract.timing.telling_dates import testimony_of_other_year
from tallybook.extract.timing.wave_dates import past_perfect, wave_date
from tallybook.extract.timing.wave_tallies import since_undated_coup
from tallybook.extract.timing.withheld_periods import withheld_to_telling
from tallybook.model import ExtractedIncident, PartialDate
from tallybook.model.vocab import TAKING_TYPES

# "during the shooting": the sentence continues the event the previous sentence dated.
_EVENT_ANAPHOR = re.compile(
    r"\b(?:during|in|after|at|amid)\s+(?:the|this|that)\s+(?:same\s+)?(?P<noun>shooting|incident|attack|raid|"
    r"crackdown|protests?|clash(?:es)?|assault|operation|demonstrations?|massacre|unrest|sweep|assaults|raids)\b",
    re.IGNORECASE,
)
# Events that last several days: what happened "during the protests" is dated to the month.
_LONG_EVENTS = frozenset(
    {"crackdown", "protests", "clashes", "operation", "demonstrations", "unrest", "sweep", "raids"}
)


def inherit_context_dates(
    mentions: list[Mention],
    doc: Doc,
    ref: Reference,
    covered_year: int | None = None,
    article_date: PartialDate | None = None,
) -> None:
    """A mention with no date of its own takes the date of the sentence before it in the same
    paragraph ("On the night of 20 October ... At least 12 were killed during the shooting"),
    stretched over a duration it states ("He was held incommunicado for 41 days"); else the year
    of the claim ("In late August, X voiced concern over executions"); else, in an annual report,
    the year the report covers; else, in an undated article about one event, that event's month."""
    if article_date is None and encyclopedia_doc(doc):
        article_date = main_event_date(doc_text(doc), ref)  # its date is a revision's, not a telling's
    date_lead_retellings(mentions)
    retold_days(mentions)
    scene_days(mentions, ref)
    for i, m in enumerate(mentions):
        if m.relative is not None and m.date is None and not m.summary:
            m.date = opening_count_day(m, mentions[:i], ref) or _after_earlier(m, mentions[:i])
        if m.type == "enforced_disappearance" and m.relative is not None and m.date is not None:
            m.date = held_until(m.date, m.relative, span_text(m.sent))
        if m.date_found or m.date is not None or m.summary or long_span_count(m.sent, m.trigger.span):
            continue
        line = list_line_date(m)
        story = (
            period_around_event(m, mentions[:i], ref)
            or withheld_to_telling(m, body_withheld_date(m, mentions[:i]), ref, covered_year)
            or custody_torture_date(m, mentions[:i], ref)
            or (resolve_date(line, ref) if line else None)
            or custody_period(m, mentions)
            or among_those_date(m, mentions[:i], mentions)
        )
        if story is not None:
            m.date = story
            continue
        if m.type == "torture" and confession_only(m.sent, m.trigger.root):
            continue  # "beaten until he signed a confession": between arrest and trial, undated
        # (a beating to force a confession is left to the detention rules of held_periods)
        plain = m.type == "torture" and not CONFESSION_MEANS.search(span_text(m.sent))
        custody = held_since_arrest(m, mentions[:i], ref) if plain else None
        if custody is not None:
            m.date = custody  # "during some 70 days in solitary confinement he was whipped": that custody
            continue
        taken = _taking_date(m, mentions[:i])
        if taken is not None:
            m.date = taken
            continue
        since_then = _SINCE_THEN.search(span_text(m.sent)) is not None
        also = _also(m)
        carries = since_then or _EVENT_ANAPHOR.search(span_text(m.sent)) or _pronoun_actor(m) or also
        prev = previous_sentence(m.sent)
        if prev is not None and not carries and _scene_continues(m, prev, mentions):
            carries = True  # "The shooting took place on 7 July ... Nine people had been killed"
        if prev is not None and executed_before(m, prev, mentions):
            prev = None  # "X was hanged this morning ... he was sentenced to death": passed earlier
        prev = prev if carries and not (prev and _told_before(m, prev, mentions)) else None
        if prev is not None:
            value = previous_sentence_date(prev, ref) or (
                (_mention_date(prev, mentions) or _last_of_kind(m, mentions[:i])) if also else None
            )
            if value is not None and since_then and ref.day is not None and not value.end:
                # "Since then, the authorities have refused to disclose her fate": up to now
                end = ref.day.isoformat()[: len(value.value)]
                m.date = PartialDate(value.value, end if end > value.value else None)
                continue
            if value is not None:
                held = m.type in TAKING_TYPES or m.type == "other" or _beaten_while_held(m)
                value = weeks_after(lasting(value, span_text(m.sent)) if held else value, span_text(m.sent))
                m.date = _event_scale(value, span_text(m.sent))
                continue
        earlier = (
            _earlier_event_date(m, mentions[:i])
            or held_since_arrest(m, mentions[:i], ref)
            or same_day_scene(m, mentions[:i])
            or restates_lead(m, mentions[:i])
            or told_on_in_next(m, ref)
            or place_scene_day(m, mentions[:i])
        )
        if earlier is not None:
            m.date = earlier
            continue
        wave = wave_date(m, mentions[:i], ref) if covered_year is None else None
        if wave is not None:
            m.date = wave  # "More than 700 people have been arrested": in the crackdown told
            continue
        coup = covered_year is None and since_undated_coup(m.sent, m.trigger.span)  # (annual: its year)
        if undated_holding(m.sent, m.trigger.span) or coup:
            continue  # "dozens are on death row": a state whose start the text does not give
        fresh = fresh_death_month(m, mentions[:i], ref)
        if fresh is not None:
            m.date = fresh  # "A prisoner ... has died in custody": news of the month published
            continue
        if m.claim_date is not None and testimony_of_other_year(m, mentions[:i]):
            continue  # "At the session of 14 January 2021, X told the judge he had been beaten"
        if m.claim_date is not None:
            # "In October RFA reported that X died in custody": a death is dated by when it was
            # reported; other acts ("voiced concern over executions") only by that year
            month = m.type in {"death_in_custody", "killing"}
            m.date = PartialDate(m.claim_date.value[: 7 if month else 4])
            m.date_from_claim = True
        elif covered_year is not None:
            m.date = PartialDate(str(covered_year))
            m.date_from_claim = True
        elif article_date is not None and not m.anaphoric and not _other_period(m):
            m.date = PartialDate(article_date.value)
            m.date_from_claim = True
    date_found_bodies(mentions, ref)  # a body found after a taking: the time between them


_SINCE_THEN = re.compile(r"\bsince then\b", re.I)

# "during the drug war", "throughout the military dictatorship": a long period of its own
_PERIOD_PHRASE = re.compile(
    r"\b(?:during|throughout|in\s+the\s+course\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>war|conflict|dictatorship|regime|insurgency|occupation|era)\b",
    re.IGNORECASE,
)


def _other_period(m: Mention) -> bool:
    """ "While tens of thousands have gone missing during the drug war, ...": the sentence sets the
    act in a long period the article is not about (its title does not name it), so the date of the
    article's one event does not date it."""
    found = _PERIOD_PHRASE.search(span_text(m.sent))
    if found is None:
        return False
    title = doc_text(m.sent.doc).strip().split("\n", 1)[0]
    return re.search(rf"\b{found.group('noun')}\b", title, re.IGNORECASE) is None


def summary_dates(
    mentions: list[Mention], incidents: list[ExtractedIncident], doc: Doc, ref: Reference
) -> None:
    """An incident told only by infobox or summary lines ("Deaths: 12", "4,800+ arrested") has no
    date of its own: it takes the date of the event the article is about."""
    summary_starts = {m.start for m in mentions if m.summary and not m.date_found}
    undated = [i for i in incidents if i.date is None and i.span.start in summary_starts]
    if not undated:
        return
    main = main_event_date(doc_text(doc), ref)
    if main is None:
        return
    for inc in undated:
        inc.date = PartialDate(main.value)


# A date phrase that places an event in time, not a duration ("for three days", "several minutes").
_CALENDAR_POINT = re.compile(
    rf"\b{MONTH_STEM}\b|day\b|\b\d{{4}}\b|yesterday|today|"
    r"\b(?:last|this|next|previous)\b|\bago\b",
    re.IGNORECASE,
)


def _pronoun_actor(m: Mention) -> bool:
    """ "they detained about 20 villagers", "officers kicked him in the van": the sentence goes on
    about the event or the person just told."""
    root = m.trigger.root
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"they", "he", "she"} for c in root.children):
        return True
    undated = not any(
        e.label_ in {"DATE", "TIME"} and _CALENDAR_POINT.search(span_text(e)) for e in span_ents(m.sent)
    )
    return undated and any(c.dep_ == "dobj" and c.lower_ in {"him", "her"} for c in root.children)


_LATER_STAGES = frozenset({"execution", "death_sentence", "death_in_custody", "killing"})


def _told_before(m: Mention, prev: Span, mentions: list[Mention]) -> bool:
    """ "X was executed on 20 August. He had reportedly been tortured during interrogation": the
    past perfect goes back before the execution the sentence before dated."""
    if m.type != "torture" and m.type not in TAKING_TYPES:
        return False
    if not past_perfect(m):
        return False
    return any(x.sent.start == prev.start and x.type in _LATER_STAGES for x in mentions)


def _taking_date(m: Mention, earlier: list[Mention]) -> PartialDate | None:
    """A disappearance told as a state ("has not been seen since", "whereabouts remain unknown")
    dates from the arrest or abduction the same sentence told before it."""
    if m.type != "enforced_disappearance":
        return None
    for x in reversed(earlier):
        if x.sent.start != m.sent.start or x.type not in TAKING_TYPES:
            continue
        if x.date is not None and not x.date_from_claim and x.trigger.span.start < m.trigger.span.start:
            # "arrested in January 2017 and held incommunicado for eight months": that period
            return (
                held_for(x.date, span_text(m.sent)) if duration_in_clause(m.sent, m.trigger.root) else x.date
            )
    return taken_just_before(m, earlier)


def _beaten_while_held(m: Mention) -> bool:
    """ "He was held for three weeks in a facility where interrogators beat him", "during his first
    25 days in detention, interrogators beat him": the beating lasted the custody's stated length."""
    return m.type == "torture" and custody_length(m.sent, m.trigger.root)


def _also(m: Mention) -> bool:
    """ "Fighters also abducted 30 men": one more act of the event just told."""
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in m.trigger.root.children)


def _mention_date(sent: Span, mentions: list[Mention]) -> PartialDate | None:
    """The date an incident of that sentence took (also from its own context)."""
    for x in mentions:
        if x.sent.start == sent.start and x.date is not None and not x.date_from_claim:
            return x.date
    return None


def _last_of_kind(m: Mention, earlier: list[Mention]) -> PartialDate | None:
    """ "X was also hanged" after a sentence that dates nothing: one more of the executions told
    before, at their date."""
    dated = [x.date for x in earlier if x.type == m.type and x.date is not None and not x.date_from_claim]
    return dated[-1] if dated else None


# Incidents that happen at the scene of an event a previous sentence dates without naming one.
_SCENE_TYPES = frozenset({"killing", "arrest", "torture"})


def _scene_continues(m: Mention, prev: Span, mentions: list[Mention]) -> bool:
    """The sentence before dates an event to the day but reports no incident of its own ("The
    shooting took place on 7 July 2019, when officers opened fire on a crowd"): the casualties or
    arrests this sentence counts are of that event."""
    if m.type not in _SCENE_TYPES or any(x.sent.start == prev.start for x in mentions):
        return False
    text = span_text(prev)
    days = [f for f in _ABS_DAY.finditer(text) if not _names_event(prev, prev.start_char + f.start())]
    return bool(days) and _RANGE_WORDS.search(text) is None


def _names_event(sent: Span, at: int) -> bool:
    """ "linked the group to the 14 February bus bombing": a day set before a noun names that
    event; it sets no scene the next sentence goes on with."""
    for e in span_ents(sent):
        if e.label_ == "DATE" and e.start_char <= at < e.end_char:
            head = e.root.head
            # a determiner before the day: "On 13 June police opened fire" is a day, not a name
            led = e.start > sent.start and e.doc[e.start - 1].dep_ in {"det", "poss"}
            return led and e.root.dep_ in _ADNOMINAL and head.i >= e.end and head.pos_ == "NOUN"
    return False


_ADNOMINAL = frozenset({"compound", "nmod", "amod", "nummod"})


_ABS_DAY = re.compile(rf"\b\d{{1,2}}\s+(?:{MONTH_NAMES})\b|\b(?:{MONTH_NAMES})\s+\d{{1,2}}\b")
# A period, not one day: "held between 4 and 19 October", "from 2 to 5 May", "4–19 October".
_RANGE_WORDS = re.compile(r"\bbetween\b|\bfrom\b[^.]*\b(?:to|until|through)\b|\d\s*[–-]\s*\d", re.IGNORECASE)
_TAKING_PART = re.compile(r"\b(?:part|participat\w*|role|involvement|involved)\s+in$", re.IGNORECASE)
# "those detained", "six detainees": the people of the arrests told before (not "former detainees").
_THE_DETAINED = re.compile(
    r"\b(?:those|people|persons|men|women)\s+(?:detained|arrested)\b|(?<!former )\bdetainees\b", re.IGNORECASE
)


def _earlier_event_date(m: Mention, earlier: list[Mention]) -> PartialDate | None:
    """ "raped during the attack", "arrested during the same operation", "six detainees were
    beaten": the date of the event told earlier in the text (its month when the event lasts
    days, or when the victims are people arrested then)."""
    if m.type in {"death_sentence", "execution"}:
        return None  # a court's sentence is not passed during the protests it punishes
    found = _EVENT_ANAPHOR.search(span_text(m.sent))
    if found is not None and _TAKING_PART.search(span_text(m.sent)[: found.start() + 3]):
        found = None  # "for taking part in the protests": the reason, not the time
    said = _THE_DETAINED.search(span_text(m.sent))
    # "guards beat detainees" tells a practice; "six detainees", "those detained" are people of an event
    detained = m.type in {"torture", "enforced_disappearance", "death_in_custody"} and bool(
        said and (m.figure.count is not None or said.group().lower().startswith("those"))
    )
    if found is None and not detained:
        return None
    dated = [x for x in earlier if x.date is not None and not x.date_from_claim and not x.summary]
    if detained and found is None:
        dated = [x for x in dated if x.type == "arrest"]
    if not dated:
        return None
    value = dated[-1].date
    assert value is not None
    if found is not None and operation_day(found.group("noun"), dated[-1]):
        return value  # "raped during the operation" told on 8 June: that day
    return to_month(value) if detained and found is None else _event_scale(value, span_text(m.sent))


def _event_scale(value: PartialDate, text: str) -> PartialDate:
    """What happened "during the protests" or "in the same operation" is dated to the month of
    the event: such events last days."""
    found = _EVENT_ANAPHOR.search(text)
    return to_month(value) if found and found.group("noun").lower() in _LONG_EVENTS else value


def _after_earlier(m: Mention, earlier: list[Mention]) -> PartialDate | None:
    """ "Over the following week, police arrested 60": counted from the event told before, once
    context has dated that event too: the last one of the same paragraph, else the last of the
    same kind ("Two others were hanged the same morning" after a section about the trial)."""
    dated = [x for x in earlier if x.date is not None and not x.date_from_claim]
    text = doc_text(m.sent.doc)
    here = [x for x in dated if "\n" not in text[x.start : m.start].strip()]
    same = [x for x in dated if x.type == m.type]
    pick = (here or same or dated)[-1:]
    anchor = pick[0].date if pick else None
    if anchor is not None and anchor.end and m.relative is not None and _SAME_TIME.search(m.relative):
        return anchor  # "during the same night" as the raid "on the night of 14-15 May": that night
    if anchor is None or anchor.end or m.relative is None:
        return None
    return resolve_date(m.relative, Reference(None, None), anchor)


# The time of the event told before, whatever its length: "during the same night", "the same days".
_SAME_TIME = re.compile(r"^\W*(?:(?:on|during|in|over)\s+)?the\s+same\s+(?:days|night|nights)\W*$", re.I)
