"""The `tallybook_incidents` component: incidents a report asserts, with their evidence.

match(): each trigger the text reports as fact becomes a mention (mentions.py). Then, over the
whole document: pronoun victims ("They were sentenced to death") take the previous named
victims, "four days later" counts from the previous incident, mentions of the same event merge
(coreference.py), and a competing figure from another source becomes a dispute.
set_annotations(): `doc._.tb_incidents`, and victims marked on `doc._.tb_people`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from tallybook.extract.assembly.confinement_folds import fold_confinements
from tallybook.extract.assembly.coreference import (
    build_incidents,
    name_earlier_victims,
    resolve_pronouns,
    resolve_relative_dates,
)
from tallybook.extract.assembly.framed_triggers import drop_framed
from tallybook.extract.assembly.incident_acts import date_withheld_bodies, unnamed_abductors
from tallybook.extract.assembly.incident_clusters import near
from tallybook.extract.assembly.incident_comparisons import compared_aggregates
from tallybook.extract.assembly.incident_evidence import trigger_sentence, trim_evidence
from tallybook.extract.assembly.incident_folds import (
    fold_arrest_into_disappearance,
    is_background_arrest,
    restates_nominal,
    split_named_member,
)
from tallybook.extract.assembly.incident_restatements import (
    adds_detail,
    group_references,
    is_breakdown,
    occasion_told,
    reports_back,
    restates,
    same_period_breakdown,
    take_occasion,
)
from tallybook.extract.assembly.incident_tolls import toll_figure
from tallybook.extract.assembly.infobox_prose import prose_figure, prose_source, prose_triggers
from tallybook.extract.assembly.listed_scenes import split_listed_scenes
from tallybook.extract.assembly.member_types import type_members_by_group
from tallybook.extract.assembly.operation_tolls import protest_toll, state_operation_toll
from tallybook.extract.assembly.restate_dates import date_among_those, date_by_detention
from tallybook.extract.assembly.restate_leads import name_lead_victim
from tallybook.extract.assembly.restate_quotes import quoted_counts, quoted_retellings
from tallybook.extract.assembly.restate_stages import fold_seizure_into_killing
from tallybook.extract.assertion.factuality import is_reported_as_fact
from tallybook.extract.assertion.quote_tense import is_general_in_quote
from tallybook.extract.attribution.claimants import PUBLISHER, attribute, canonical_source
from tallybook.extract.attribution.incident_sources import (
    denier,
    figure_denials,
    quote_speaker,
    resolve_pronoun_sources,
)
from tallybook.extract.attribution.source_syntax import DENY_WORDS
from tallybook.extract.attribution.stance_sentences import add_stance_claims
from tallybook.extract.attribution.transcripts import asking_turn, narrator, turn_speaker
from tallybook.extract.detection.triggers import Trigger, TriggerMatcher, is_descriptor
from tallybook.extract.entities.person_victims import mark_victims
from tallybook.extract.particulars.mentions import Mention, fill_perpetrators, fill_place, finish_anaphora
from tallybook.extract.particulars.places import main_country
from tallybook.extract.particulars.victims import fill_victims
from tallybook.extract.text.boilerplate import doc_text, span_text, token_texts
from tallybook.extract.text.layout import (
    PieceText,
    doc_subject,
    document_text,
    field_lines,
    in_dateline_lead,
    is_heading,
    is_summary_line,
    line_source,
    main_event_date,
    per_sources,
    told_only_in_headline,
)
from tallybook.extract.timing.context_dates import (
    annual_report_reference,
    inherit_context_dates,
    summary_dates,
)
from tallybook.extract.timing.dates import Reference, reference_year
from tallybook.extract.timing.event_dates import fill_date
from tallybook.extract.timing.linked_dates import date_by_aggregate, date_by_linked_act
from tallybook.extract.timing.subject_deaths import date_subject_deaths
from tallybook.model import (
    ExtractedIncident,
    Figure,
    Stance,
)

for _attr in ("tb_incidents", "tb_published", "tb_quotes", "tb_people", "tb_ignored"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)


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
        whole = document_text(doc_text(doc))  # a piece of a long text: the whole document's
        annual = annual_report_reference(published, whole)
        ref = annual or Reference.from_partial(published, reference_year(whole[:5000]))
        ignored = [tuple(r) for r in (doc._.tb_ignored or [])]
        quotes = list(doc._.tb_quotes or [])
        mentions: list[Mention] = []
        fields = field_lines(doc)
        taken = ignored + [(f.start, f.end) for f in fields]
        sents: dict[int, Span] = {}  # each sentence's Span, made once (by its first token)
        found = _capped([t for t in self.triggers(doc) if not _inside(t.span.start_char, taken)], sents)
        found = drop_framed(fold_confinements(_fold_conditions(found, sents), sents))
        prose = prose_triggers(doc, fields, found)  # "Deaths: 7–9" and "left seven to nine dead"
        if prose:
            found = sorted(found + prose, key=lambda t: t.span.start)
        prose_roots = {t.span.start for t in prose}
        roots = {t.root.i for t in found}
        per_source = per_sources(doc_text(doc))
        for trig in found:
            if not is_reported_as_fact(trig) or is_descriptor(trig) or is_background_arrest(trig):
                continue
            sent = trigger_sentence(trig.span, sents)
            m = Mention(trigger=trig, type=trig.type, sent=sent, start=sent.start_char, end=sent.end_char)
            trim_evidence(m)
            if is_heading(doc_text(doc), m.start, m.end, sent):
                continue  # "c. Torture and Other Cruel ... Treatment", "Massacre": section titles
            m.summary = is_summary_line(doc_text(doc), m.start, m.end)
            if m.summary and _topic_heading(doc_text(doc), sent):
                continue  # "Enforced disappearances and torture": a sentence-case section title
            fill_victims(m)
            if trig.span.start in prose_roots:
                m.figure = prose_figure(m) or m.figure
            _drop_date_count(m)
            put = toll_figure(m)
            if put is not None and m.figure.count is None:
                m.figure = put  # "put the death toll as high as 52": the figure the toll is put at
            if in_dateline_lead(sent) and m.figure.count is None and not m.names:
                m.summary = True  # a dateline lead with no figure restates what the body reports
            fill_perpetrators(m)
            if m.non_state and not (unnamed_abductors(m) or state_operation_toll(m) or protest_toll(m)):
                continue
            if asking_turn(doc, m.start):
                continue  # an interviewer's question tells nothing
            speaker, scope = quote_speaker(quotes, trig.span.start_char)
            if scope is not None and is_general_in_quote(trig):
                continue  # a quote's verdict or talk of a practice, not a report of an event
            m.attribution = attribute(trig.root, sent, speaker, scope)
            src = line_source(per_source, m.start) or turn_speaker(doc, m.start)
            src = src or (narrator(sent) if scope is None else None)  # "By X ... I was arrested"
            if trig.span.start in prose_roots:
                src = src or prose_source(m)  # "X counted 37 dead"
            if src and all(name == PUBLISHER for name, _ in m.attribution.claims):
                m.attribution.claims = [(canonical_source(doc, src), "asserts")]
            who_denies = denier(trig)
            earlier = near(sent)
            own = _named_here(m, mentions) if who_denies is not None else []
            if own:
                # "X, arrested in 2019, ... after four years in which the authorities had denied
                # holding him": the denial is this person's disappearance, not a dispute of another
                m.names, m.figure = own, Figure(count=len(own), qualifier="exact")
                m.attribution.claims = [(PUBLISHER, Stance.ASSERTS)]
            elif who_denies is not None and any(
                x.type == m.type and x.sent.start >= earlier for x in mentions
            ):
                m.attribution.claims = [(canonical_source(doc, who_denies), Stance.DISPUTES)]
            elif (
                who_denies is not None
                and m.pronoun
                and trig.root.lower_ not in DENY_WORDS
                and m.type != "enforced_disappearance"
            ):
                # "denied that the force had ever detained him": a dispute of his case told before
                # as another type (stance_sentences reads it), not an arrest of its own; a custody
                # denied is part of a disappearance ("his family did not know where he was held;
                # officials denied that he was in their custody")
                continue
            if same_period_breakdown(m, mentions):
                continue  # "with at least four women hanged in the same period": part of the aggregate
            fill_date(m, ref, roots)
            if is_breakdown(m, mentions):
                continue  # "Of these, 40 were executed for drug offences": part of the aggregate
            fill_place(m)
            finish_anaphora(m)
            if restates(m, mentions) or restates_nominal(m, mentions, earlier) or adds_detail(m, mentions):
                m.anaphoric = True
            elif (occasion := occasion_told(m, mentions)) is not None:
                take_occasion(m, occasion)  # the day and place of the event told before
                m.anaphoric = True
            elif reports_back(m, mentions):  # last: it moves the source to the confirmers
                m.anaphoric = True
            if put is not None:
                m.anaphoric = True  # a toll put on the event told: the same event, maybe a rival figure
            mentions.append(m)
            mentions.extend(compared_aggregates(m, mentions))  # "compared with 41 in 2021"
        mentions = [m for m in mentions if not _part_in_title(m, mentions)]
        mentions.extend(fields)
        mentions.sort(key=lambda x: (x.start, x.trigger.span.start))
        name_lead_victim(mentions)
        quoted_retellings(mentions, quotes)
        quoted_counts(mentions, quotes)
        group_references(mentions)
        resolve_pronouns(mentions, doc_subject(doc))
        name_earlier_victims(mentions)
        resolve_relative_dates(mentions)
        article = main_event_date(doc_text(doc), ref) if not published else None
        inherit_context_dates(mentions, doc, ref, annual.year if annual else None, article)
        date_by_detention(mentions)
        date_among_those(mentions)
        date_withheld_bodies(mentions)
        date_by_linked_act(mentions, ref)
        date_by_aggregate(mentions)
        date_subject_deaths(mentions, whole, doc_subject(doc), ref)
        mentions = fold_arrest_into_disappearance(type_members_by_group(mentions))
        mentions = fold_seizure_into_killing(mentions)
        split_named_member(mentions)
        resolve_pronoun_sources(mentions, doc)
        # A stock ("1,400 people remain behind bars") is its own aggregate, never a rival figure
        # for an arrest event told beside it.
        stocks = [m for m in mentions if _is_stock(m)]
        events = [m for m in mentions if not _is_stock(m)]
        field_ids = frozenset(id(f) for f in fields)
        incidents = build_incidents(events, main_country(doc), doc_subject(doc), field_ids)
        if stocks:
            incidents += build_incidents(stocks, main_country(doc), doc_subject(doc), field_ids)
            incidents.sort(key=lambda i: i.span.start)
        incidents = [i for i in incidents if not told_only_in_headline(doc, i.span.start, i.span.end)]
        incidents = split_listed_scenes(doc, incidents)  # "A in X prison, B in Y prison were hanged"
        told = {m.sent.start for m in mentions}
        figure_denials(doc, incidents, told)
        if incidents:  # sentences that confirm or deny an incident told before, with none of their own
            add_stance_claims(doc, incidents, told)
        summary_dates(mentions, incidents, doc, ref)
        return incidents

    def set_annotations(self, doc: Doc, incidents: list[ExtractedIncident]) -> None:
        doc._.tb_incidents = incidents
        people = mark_victims(doc, ((name, inc.span) for inc in incidents for name in inc.victim_names))
        if Doc.has_extension("tb_people"):
            doc._.tb_people = people


_LONG_SENTENCE = 200  # tokens; real report sentences are shorter, run-on text is not
_MAX_TRIGGERS_IN_LONG_SENTENCE = 12


def _capped(triggers: list[Trigger], sents: dict[int, Span]) -> list[Trigger]:
    """Bound the work on run-on "sentences": the walks around each trigger are quadratic in them."""
    out: list[Trigger] = []
    per_sentence: dict[int, int] = {}
    for t in triggers:
        sent = trigger_sentence(t.span, sents)
        if len(sent) > _LONG_SENTENCE:
            n = per_sentence.get(sent.start, 0)
            if n >= _MAX_TRIGGERS_IN_LONG_SENTENCE:
                continue
            per_sentence[sent.start] = n + 1
        out.append(t)
    return out


def _fold_conditions(triggers: list[Trigger], sents: dict[int, Span]) -> list[Trigger]:
    """ "held in solitary confinement and beaten": the conditions of detention belong to the
    ill-treatment the same sentence reports, not to an incident of their own."""
    tortured = {trigger_sentence(t.span, sents).start for t in triggers if t.type == "torture"}
    sentenced = {trigger_sentence(t.span, sents).start for t in triggers if t.type == "death_sentence"}
    return [
        t
        for t in triggers
        if not (
            t.type == "other"
            and any(w.lower_ in {"solitary", "punitive"} for w in t.span)
            and trigger_sentence(t.span, sents).start in tortured
        )
        # "who remain on death row and are at imminent risk of execution": one death-row stock
        and not (
            t.type == "other"
            and t.span[0].lower_ == "risk"
            and trigger_sentence(t.span, sents).start in sentenced
        )
    ]


def _part_in_title(m: Mention, mentions: list[Mention]) -> bool:
    """ "Police detain two priests and parish workers" over a body that tells the arrest of "at
    least six people, including two priests": the headline's figure is part of the body's."""
    text = doc_text(m.sent.doc)
    before = document_text(text)[: (text.offset if isinstance(text, PieceText) else 0) + m.start]
    if not m.summary or m.figure.count is None or before.strip():
        return False
    body = [x.figure.count for x in mentions if x.type == m.type and not x.summary and x.figure.count]
    return bool(body) and m.figure.count not in body and max(body) > m.figure.count


def _named_here(m: Mention, earlier: list[Mention]) -> list[str]:
    """Whom a pronoun victim ("denied holding him") stands for: people the sentence's others name."""
    span = m.trigger.span
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if not m.pronoun and after not in {"him", "her", "them"}:
        return []
    told = {n for x in earlier if x.type == m.type for n in x.names}
    here = [n for x in earlier if x.sent.start == m.sent.start for n in x.names]
    return [] if not here or set(here) & told else list(dict.fromkeys(here))


def _is_stock(m: Mention) -> bool:
    words = {t.lower_ for t in m.trigger.span}
    return m.type == "arrest" and bool(words & {"bars", "political", "prisoners", "detainees"})


def _drop_date_count(m: Mention) -> None:
    """ "X, who was taken ... on 28 August": a named victim's count is not the day of a date."""
    count = m.figure.count
    if count is None or len(m.names) != 1:
        return
    doc, written = m.sent.doc, str(count)
    # the words written as the count first (from the cached forms), then spaCy's test on those only
    texts = token_texts(doc)
    same = [i for i in range(m.sent.start, m.sent.end) if texts[i].replace(",", "") == written]
    nums = [t for t in (doc[i] for i in same) if t.like_num]
    if nums and all(t.ent_type_ == "DATE" for t in nums):
        m.figure = Figure(count=1, qualifier="exact")


def _topic_heading(text: str, sent: Span) -> bool:
    """A short line inside the body, after a paragraph and before one, with no verb, figure, name
    or place: a section title in sentence case ("Arbitrary detention and torture")."""
    start, end = sent.start_char, sent.start_char + len(span_text(sent).rstrip())
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if line_start == 0 or not text[:line_start].strip() or line_end < 0 or line != span_text(sent).strip():
        return False
    if len(sent) > 8 or line.endswith((".", ":", "”", '"', ";", ",")) or not line[0].isupper():
        return False
    if any(t.like_num or t.ent_type_ or (t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN") for t in sent):
        return False
    return all(t.pos_ in {"NOUN", "ADJ", "CCONJ", "ADP", "PUNCT", "VERB", "SPACE"} for t in sent)


def _inside(pos: int, ranges: list[tuple[int, ...]]) -> bool:
    return any(r[0] <= pos < r[1] for r in ranges)


@Language.factory(
    "tallybook_incidents",
    assigns=["doc._.tb_incidents"],
    requires=["token.dep", "doc.ents"],
    default_config={},
)
def make_incidents(nlp: Language, name: str) -> IncidentFinder:
    return IncidentFinder(nlp, name)


__all__ = ["IncidentFinder", "make_incidents"]
