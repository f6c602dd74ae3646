"""The `tallybook_incidents` component: incidents a report asserts, with their evidence.

match(): each trigger the text reports as fact becomes a mention (mentions.py). Then, over the
whole document: pronoun victims ("They were sentenced to death") take the previous named
victims, "four days later" counts from the previous incident, mentions of the same event merge
(coreference.py), and a competing figure from another source becomes a dispute.
set_annotations(): `doc._.tb_incidents`, and victims marked on `doc._.tb_people`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from tallybook.extract.boilerplate import doc_text
from tallybook.extract.claimants import PUBLISHER, attribute, canonical_source
from tallybook.extract.coreference import (
    build_incidents,
    name_earlier_victims,
    resolve_pronouns,
    resolve_relative_dates,
)
from tallybook.extract.dates import Reference
from tallybook.extract.event_dates import fill_date, previous_sentence_date
from tallybook.extract.layout import (
    PER_LINE_RE,
    doc_subject,
    field_lines,
    in_dateline_lead,
    is_heading,
    is_summary_line,
    line_source,
    main_event_date,
    per_sources,
)
from tallybook.extract.mentions import Mention, fill_perpetrators, fill_place, fill_victims, finish_anaphora
from tallybook.extract.people import resolve_person
from tallybook.extract.places import main_country
from tallybook.extract.trigger_lexicon import wordset
from tallybook.extract.triggers import (
    Trigger,
    TriggerMatcher,
    is_descriptor,
    is_general_in_quote,
    is_reported_as_fact,
)
from tallybook.model import (
    ExtractedClaim,
    ExtractedIncident,
    ExtractedPerson,
    ExtractedQuote,
    Figure,
    PartialDate,
    Stance,
)
from tallybook.model import Span as TextSpan

for _attr in ("tb_incidents", "tb_published", "tb_quotes", "tb_people", "tb_ignored"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)

_YEAR_RE = re.compile(r"\b(19\d{2}|20\d{2})\b")
# "during the shooting": the sentence continues the event the previous sentence dated.
_EVENT_ANAPHOR = re.compile(
    r"\b(?:during|in|after|at)\s+the\s+(?:shooting|incident|attack|raid|crackdown|protests?|clash(?:es)?|"
    r"assault|operation|demonstrations?)\b",
    re.IGNORECASE,
)


class IncidentFinder:
    """Finds incidents in a parsed document."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.triggers = TriggerMatcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[ExtractedIncident]:
        if not doc_text(doc).strip():
            return []
        published = doc._.tb_published
        years = _YEAR_RE.findall(doc_text(doc)[:5000])
        ref = _annual_report_reference(published, doc_text(doc)) or Reference.from_partial(
            published, int(years[0]) if years else None
        )
        ignored = [tuple(r) for r in (doc._.tb_ignored or [])]
        quotes = list(doc._.tb_quotes or [])
        mentions: list[Mention] = []
        fields = field_lines(doc)
        taken = ignored + [(f.start, f.end) for f in fields]
        found = _capped([t for t in self.triggers(doc) if not _inside(t.span.start_char, taken)])
        found = _fold_conditions(found)
        roots = {t.root.i for t in found}
        per_source = per_sources(doc_text(doc))
        for trig in found:
            if not is_reported_as_fact(trig) or is_descriptor(trig):
                continue
            sent = _sentence(trig.span)
            m = Mention(trigger=trig, type=trig.type, sent=sent, start=sent.start_char, end=sent.end_char)
            _trim_evidence(m)
            if is_heading(doc_text(doc), m.start, m.end, sent):
                continue  # "c. Torture and Other Cruel ... Treatment", "Massacre": section titles
            m.summary = is_summary_line(doc_text(doc), m.start, m.end)
            fill_victims(m)
            _drop_date_count(m)
            if in_dateline_lead(sent) and m.figure.count is None and not m.names:
                m.summary = True  # a dateline lead with no figure restates what the body reports
            fill_perpetrators(m)
            if m.non_state:
                continue
            speaker, scope = _quote_speaker(quotes, trig.span.start_char)
            if scope is not None and is_general_in_quote(trig):
                continue  # a quote's verdict or talk of a practice, not a report of an event
            m.attribution = attribute(trig.root, sent, speaker, scope)
            src = line_source(per_source, m.start)
            if src and all(name == PUBLISHER for name, _ in m.attribution.claims):
                m.attribution.claims = [(canonical_source(doc, src), "asserts")]
            denier = _denier(trig)
            if denier is not None and any(x.type == m.type and x.sent.start >= _near(sent) for x in mentions):
                m.attribution.claims = [(canonical_source(doc, denier), Stance.DISPUTES)]
            fill_date(m, ref, roots)
            fill_place(m)
            finish_anaphora(m)
            mentions.append(m)
        mentions.extend(fields)
        mentions.sort(key=lambda x: (x.start, x.trigger.span.start))
        resolve_pronouns(mentions)
        name_earlier_victims(mentions)
        resolve_relative_dates(mentions)
        _inherit_context_dates(mentions, doc, ref)
        _resolve_pronoun_sources(mentions, doc)
        incidents = build_incidents(mentions, main_country(doc), doc_subject(doc))
        _figure_denials(doc, incidents, {m.sent.start for m in mentions})
        _summary_dates(mentions, incidents, doc, ref)
        return incidents

    def set_annotations(self, doc: Doc, incidents: list[ExtractedIncident]) -> None:
        doc._.tb_incidents = incidents
        people: list[ExtractedPerson] = list(doc._.tb_people or [])
        by_name = {p.name: p for p in people}
        for inc in incidents:
            for name in inc.victim_names:
                person = by_name.get(name)
                if person is None:
                    person = ExtractedPerson(name=name, role="victim", spans=[inc.span])
                    people.append(person)
                    by_name[name] = person
                elif person.role in {"other", "victim"}:
                    person.role = "victim"
        if Doc.has_extension("tb_people"):
            doc._.tb_people = people


_LONG_SENTENCE = 200  # tokens; real report sentences are shorter, run-on text is not
_MAX_TRIGGERS_IN_LONG_SENTENCE = 12


def _capped(triggers: list[Trigger]) -> list[Trigger]:
    """Bound the work on run-on "sentences" (text without punctuation): the rules walk the
    parse around each trigger, which is quadratic when one sentence holds thousands of words."""
    out: list[Trigger] = []
    per_sentence: dict[int, int] = {}
    for t in triggers:
        sent = _sentence(t.span)
        if len(sent) > _LONG_SENTENCE:
            n = per_sentence.get(sent.start, 0)
            if n >= _MAX_TRIGGERS_IN_LONG_SENTENCE:
                continue
            per_sentence[sent.start] = n + 1
        out.append(t)
    return out


def _fold_conditions(triggers: list[Trigger]) -> list[Trigger]:
    """ "held in solitary confinement and beaten": the conditions of detention belong to the
    ill-treatment the same sentence reports, not to an incident of their own."""
    tortured = {_sentence(t.span).start for t in triggers if t.type == "torture"}
    return [
        t
        for t in triggers
        if not (
            t.type == "other"
            and any(w.lower_ in {"solitary", "punitive"} for w in t.span)
            and _sentence(t.span).start in tortured
        )
    ]


_FIGURE_NOUNS = wordset("figure figures toll tally claim claims report reports number numbers account")
_DENY_VERBS = wordset("denied deny denies dismissed dismiss dismisses rejected reject rejects disputed")


def _figure_denials(doc: Doc, incidents: list[ExtractedIncident], with_triggers: set[int]) -> None:
    """ "Officials dismissed the figure as exaggerated": the speaker disputes the latest incident
    that a named source reported, in the two sentences before."""
    if not doc.has_annotation("DEP"):
        return
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        if sent.start in with_triggers:
            continue
        for tok in sent:
            obj = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
            if tok.lower_ not in _DENY_VERBS or obj is None or obj.lower_ not in _FIGURE_NOUNS:
                continue
            subj = next((c for c in tok.children if c.dep_ in {"nsubj", "agent"}), None)
            if subj is not None and subj.dep_ == "agent":
                subj = next((c for c in subj.children if c.dep_ == "pobj"), None)
            if subj is None:
                continue
            earlier = sents[max(0, k - 2)].start_char
            target = next(
                (
                    i
                    for i in reversed(incidents)
                    if earlier <= i.span.start < sent.start_char
                    and any(c.claimant != PUBLISHER for c in i.claims)
                ),
                None,
            )
            if target is not None:
                name = canonical_source(
                    doc, subj.text if subj.pos_ == "PRON" else doc[subj.left_edge.i : subj.i + 1].text
                )
                if name not in {c.claimant for c in target.claims}:
                    target.claims.append(
                        ExtractedClaim(name, "disputes", span=TextSpan(sent.start_char, sent.end_char))
                    )


def _drop_date_count(m: Mention) -> None:
    """ "X, who was taken ... on 28 August": a named victim's count is not the day of a date."""
    count = m.figure.count
    if count is None or len(m.names) != 1:
        return
    nums = [t for t in m.sent if t.like_num and t.text.replace(",", "") == str(count)]
    if nums and all(t.ent_type_ == "DATE" for t in nums):
        m.figure = Figure(count=1, qualifier="exact")


_DENIAL_LEMMAS = wordset("deny denied denies denying dismiss dismissed dismisses reject rejected rejects")


def _near(sent: Span) -> int:
    """Start of the sentence three before `sent`: how far back a denial or a rival figure looks."""
    doc, near = sent.doc, sent.start
    for _ in range(3):
        near = doc[near - 1].sent.start if near > 0 else 0
    return near


def _denier(trig: Trigger) -> str | None:
    """ "The army has denied holding him", "the ministry denied that anyone was killed": the
    subject of the denial, when the trigger is what is denied; else None."""
    tok = trig.root
    if tok.lower_ in _DENIAL_LEMMAS:  # "denied holding him" as a whole
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return None if subj is None or subj.pos_ == "PRON" else tok.doc[subj.left_edge.i : subj.i + 1].text
    for _ in range(3):
        if tok.dep_ not in {"ccomp", "xcomp", "dobj", "pcomp", "advcl"} or tok.head is tok:
            return None
        tok = tok.head
        if tok.lower_ in _DENIAL_LEMMAS:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                return None
            return tok.doc[subj.left_edge.i : subj.i + 1].text
    return None


def _annual_report_reference(published: str | None, text: str) -> Reference | None:
    """Annual reports (published early in year Y about year Y-1) date events without a year in
    Y-1 (CONVENTIONS.md). Signal: the text names Y-1 and never Y."""
    if not published:
        return None
    year = int(published[:4])
    years = _YEAR_RE.findall(text)
    if (
        str(year) not in years  # a spring country report about last year ("during the year")
        and re.search(r"\bduring the year\b", text, re.I)
        and len(published) >= 7
        and int(published[5:7]) <= 6
    ):
        return Reference.from_partial(str(year - 1))  # a country report released in spring
    if (
        str(year - 1) in years
        and str(year) not in years
        and years.count(str(year - 1)) >= max(2, len(years) // 2)
    ):
        return Reference.from_partial(str(year - 1))
    return None


def _inside(pos: int, ranges: list[tuple[int, ...]]) -> bool:
    return any(r[0] <= pos < r[1] for r in ranges)


def _sentence(span: Span) -> Span:
    doc = span.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return span.sent
    # No sentence boundaries (blank pipeline): the surrounding line.
    text = doc_text(doc)
    lo = text.rfind("\n", 0, span.start_char) + 1
    hi = text.find("\n", span.end_char)
    hi = len(text) if hi < 0 else hi
    out = doc.char_span(lo, hi, alignment_mode="expand")
    return out if out is not None else span


def _trim_evidence(m: Mention) -> None:
    text = doc_text(m.sent.doc)
    s, e = m.start, m.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # A sentence glued across a line break: keep the trigger's line.
    t0 = m.trigger.span.start_char
    nl_before = text.rfind("\n", s, t0)
    if nl_before >= 0 and not PER_LINE_RE.match(text[s:nl_before]):
        s = nl_before + 1
    nl_after = text.find("\n", m.trigger.span.end_char, e)
    if nl_after >= 0:
        e = nl_after
    m.start, m.end = s, e


def _quote_speaker(quotes: list[ExtractedQuote], pos: int) -> tuple[str | None, tuple[int, int] | None]:
    """The speaker and extent of the quotation a position lies in, if any."""
    for q in quotes:
        if q.span.start <= pos < q.span.end:
            return q.speaker, (q.span.start, q.span.end)
    return None, None


def _inherit_context_dates(mentions: list[Mention], doc: Doc, ref: Reference) -> None:
    """A mention with no date of its own takes the date of the sentence before it in the same
    paragraph ("On the night of 20 October ... At least 12 were killed during the shooting"),
    else the year of the claim ("In late August, X voiced concern over executions")."""
    for m in mentions:
        if m.date_found or m.date is not None or m.summary:
            continue
        carries = _EVENT_ANAPHOR.search(m.sent.text) or _pronoun_actor(m)
        prev = _previous_sentence(m.sent) if carries else None
        if prev is not None:
            value = previous_sentence_date(prev, ref)
            if value is not None:
                m.date = value
                continue
        if m.claim_date is not None:
            m.date = PartialDate(m.claim_date.value[:4])
            m.date_from_claim = True


def _summary_dates(
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


def _pronoun_actor(m: Mention) -> bool:
    """ "they detained about 20 villagers": the sentence goes on about the event just told."""
    root = m.trigger.root
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"they", "he", "she"} for c in root.children)


def _previous_sentence(sent: Span) -> Span | None:
    doc = sent.doc
    if sent.start == 0 or not doc.has_annotation("SENT_START"):
        return None
    prev = doc[sent.start - 1].sent
    if (
        "\n\n" in doc_text(doc)[prev.end_char - 1 : sent.start_char + 1]
        or "\n" in doc_text(doc)[prev.start_char : prev.end_char].strip()
    ):
        return None
    gap = doc_text(doc)[prev.end_char : sent.start_char]
    return None if "\n" in gap else prev


def _resolve_pronoun_sources(mentions: list[Mention], doc: Doc) -> None:
    """ "He also recalled that ...", "She said that ...": for he/she the latest person who spoke
    (a named source or a quoted speaker), for "they" the latest named source."""
    people = {p.name for p in doc._.tb_people or []}
    spoke: list[tuple[int, str]] = [
        (q.span.start, q.speaker) for q in doc._.tb_quotes or [] if q.speaker and q.speaker in people
    ]
    last: str | None = None
    expert = _release_expert(doc)
    for m in mentions:
        claims = []
        for name, stance in m.attribution.claims:
            if name == PUBLISHER and expert is not None and stance == "asserts":
                name = expert  # a UN expert's release: unsourced statements are the expert's
            elif name.lower() in {"he", "she"}:
                before = [(pos, who) for pos, who in spoke if pos < m.start]
                person = max(before)[1] if before else None
                name = (
                    person
                    or (last if last in people else None)
                    or _last_person_before(doc, m.start)
                    or PUBLISHER
                )
            elif name.lower() == "they":
                name = last or PUBLISHER
            elif _GENERIC_SELF_RE.match(name):
                name = PUBLISHER  # "We", "Our Office": the organisation publishing the statement
            elif _GENERIC_EXPERT_RE.match(name):
                name = _titled_person(doc) or (last if last in people else None) or name
            elif _GENERIC_GROUP_RE.match(name):
                # "the group said": the organisation last named as a source, else the one the
                # description fits ("a Baluch rights group" -> "Baluchistan Human Rights Network")
                name = (
                    (last if last is not None and last not in people else None)
                    or _fitting_org(doc, name)
                    or name
                )
            elif name != PUBLISHER:
                last = name
                if name in people:
                    spoke.append((m.start, name))
            claims.append((name, stance))
        m.attribution.claims = claims


_GENERIC_SELF_RE = re.compile(r"^(?:we|us|our office|the office|office)$", re.I)
_GENERIC_EXPERT_RE = re.compile(
    r"^(?:the |a |an )?(?:(?:un|independent|human rights)\s+)*(?:expert|rapporteur)$", re.I
)
_GENERIC_GROUP_RE = re.compile(
    # lower-case head noun: "the group", "a Baluch rights group", not "Baluch Solidarity Network"
    r"^(?:[Tt]he |[Tt]his |[Tt]hat |[Aa] |[Aa]n )?(?:[A-Za-z]+ ){0,2}"
    r"(?:group|alliance|organi[sz]ation|network|ngo|monitor)$",
)


_DESCRIPTION_FILLER = wordset(
    "the this that a an group alliance organisation organization network ngo monitor rights human local"
)


def _fitting_org(doc: Doc, description: str) -> str | None:
    """The one organisation of the document whose name shares a word stem with a description."""
    stems = {w[:5] for w in description.lower().split() if w not in _DESCRIPTION_FILLER and len(w) > 3}
    if not stems:
        return None
    found = {
        o.name
        for o in doc._.tb_orgs or []
        if o.kind != "government" and stems & {w[:5] for w in o.name.lower().split()}
    }
    return found.pop() if len(found) == 1 else None


def _titled_person(doc: Doc) -> str | None:
    """The one person the text titles a rapporteur or expert ("the Special Rapporteur, Jane Doe")."""
    titles: dict[str, list[str]] = doc._.tb_person_titles or {}
    found = {name for name, ts in titles.items() if any("rapporteur" in t or "expert" in t for t in ts)}
    return found.pop() if len(found) == 1 else None


_UN_OFFICE_RE = re.compile(r"high commissioner for human rights|\bohchr\b", re.I)


def _release_expert(doc: Doc) -> str | None:
    """In a release the UN human rights office issues for an expert (it titles one person Special
    Rapporteur or expert), the expert: the one who speaks when no other source is named."""
    publisher = doc._.tb_publisher
    if not isinstance(publisher, str) or not _UN_OFFICE_RE.search(publisher):
        return None
    return _titled_person(doc)


def _last_person_before(doc: Doc, pos: int) -> str | None:
    found = None
    for ent in doc.ents:
        if ent.start_char >= pos:
            break
        if ent.label_ == "PERSON":
            found = ent.text
    if found is None:
        return None
    return resolve_person(doc, found) or found


@Language.factory(
    "tallybook_incidents",
    assigns=["doc._.tb_incidents"],
    requires=["token.dep", "doc.ents"],
    default_config={},
)
def make_incidents(nlp: Language, name: str) -> IncidentFinder:
    return IncidentFinder(nlp, name)


__all__ = ["IncidentFinder", "make_incidents"]
