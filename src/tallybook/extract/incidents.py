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

from tallybook.extract.claimants import PUBLISHER, attribute, canonical_source
from tallybook.extract.coreference import build_incidents, resolve_pronouns, resolve_relative_dates
from tallybook.extract.dates import Reference
from tallybook.extract.mentions import (
    Mention,
    previous_sentence_date,
    fill_date,
    fill_perpetrators,
    fill_place,
    fill_victims,
    finish_anaphora,
)
from tallybook.extract.places import main_country
from tallybook.extract.triggers import NOMINAL, Trigger, TriggerMatcher, is_reported_as_fact
from tallybook.model import ExtractedIncident, ExtractedPerson, ExtractedQuote, PartialDate

for _attr in ("tb_incidents", "tb_published", "tb_quotes", "tb_people", "tb_ignored"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)

_PER_RE = re.compile(r"^\s*(?:Per|According to|Source:)\s+(?P<src>[^:\n]{2,80}):\s*$", re.IGNORECASE)
_PENALTY_RE = re.compile(r"(?im)^[-•*\s]*criminal\s+penalty\s*:?\s*death\b.*$")
_YEAR_RE = re.compile(r"\b(19\d{2}|20\d{2})\b")
# "during the shooting": the sentence continues the event the previous sentence dated.
_EVENT_ANAPHOR = re.compile(
    r"\b(?:during|in|after|at)\s+the\s+(?:shooting|incident|attack|raid|crackdown|protests?|clash(?:es)?|"
    r"assault|operation|demonstrations?)\b",
    re.IGNORECASE,
)
_FIELD_LINE_RE = re.compile(r"^\s*[-•*]?\s*[A-Z][\w ()]{1,30}:\s*\S")


class IncidentFinder:
    """Finds incidents in a parsed document."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.triggers = TriggerMatcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[ExtractedIncident]:
        if not doc.text.strip():
            return []
        published = doc._.tb_published
        years = _YEAR_RE.findall(doc.text[:5000])
        ref = Reference.from_partial(published, int(years[0]) if years else None)
        ignored = [tuple(r) for r in (doc._.tb_ignored or [])]
        quotes = list(doc._.tb_quotes or [])
        mentions: list[Mention] = []
        found = _capped([t for t in self.triggers(doc) if not _inside(t.span.start_char, ignored)])
        roots = {t.root.i for t in found}
        per_source = _per_sources(doc.text)
        for trig in found:
            if not is_reported_as_fact(trig):
                continue
            sent = _sentence(trig.span)
            m = Mention(trigger=trig, type=trig.type, sent=sent, start=sent.start_char, end=sent.end_char)
            _trim_evidence(m)
            m.summary = _is_summary_line(doc.text, m.start, m.end)
            fill_victims(m)
            fill_perpetrators(m)
            if m.non_state:
                continue
            speaker, scope = _quote_speaker(quotes, trig.span.start_char)
            m.attribution = attribute(trig.root, sent, speaker, scope)
            src = _line_source(per_source, m.start)
            if src and all(name == PUBLISHER for name, _ in m.attribution.claims):
                m.attribution.claims = [(canonical_source(doc, src), "asserts")]
            fill_date(m, ref, roots)
            fill_place(m)
            finish_anaphora(m)
            mentions.append(m)
        mentions.extend(_penalty_lines(doc, ref))
        mentions.sort(key=lambda x: (x.start, x.trigger.span.start))
        resolve_pronouns(mentions)
        resolve_relative_dates(mentions)
        _inherit_context_dates(mentions, doc, ref)
        _resolve_pronoun_sources(mentions, doc)
        return build_incidents(mentions, main_country(doc), _doc_subject(doc))

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


def _inside(pos: int, ranges: list[tuple[int, ...]]) -> bool:
    return any(r[0] <= pos < r[1] for r in ranges)


def _sentence(span: Span) -> Span:
    doc = span.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return span.sent
    # No sentence boundaries (blank pipeline): the surrounding line.
    text = doc.text
    lo = text.rfind("\n", 0, span.start_char) + 1
    hi = text.find("\n", span.end_char)
    hi = len(text) if hi < 0 else hi
    out = doc.char_span(lo, hi, alignment_mode="expand")
    return out if out is not None else span


def _trim_evidence(m: Mention) -> None:
    text = m.sent.doc.text
    s, e = m.start, m.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # A sentence glued across a line break: keep the trigger's line.
    t0 = m.trigger.span.start_char
    nl_before = text.rfind("\n", s, t0)
    if nl_before >= 0 and not _PER_RE.match(text[s:nl_before]):
        s = nl_before + 1
    nl_after = text.find("\n", m.trigger.span.end_char, e)
    if nl_after >= 0:
        e = nl_after
    m.start, m.end = s, e


def _is_summary_line(text: str, start: int, end: int) -> bool:
    """Titles and infobox fields summarise what the body says; they do not add incidents."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    first_line = line_start == 0 or text[:line_start].strip() == ""
    if first_line and len(line) < 160 and not line.endswith("."):
        return True  # a headline
    if line.startswith("=") or _FIELD_LINE_RE.match(line):
        return True
    return len(line) < 90 and not line.rstrip().endswith((".", "”", '"'))


def _quote_speaker(quotes: list[ExtractedQuote], pos: int) -> tuple[str | None, tuple[int, int] | None]:
    """The speaker and extent of the quotation a position lies in, if any."""
    for q in quotes:
        if q.span.start <= pos < q.span.end:
            return q.speaker, (q.span.start, q.span.end)
    return None, None


def _per_sources(text: str) -> list[tuple[int, int, str]]:
    """Infobox "Per X:" lines: (start, end, source) of the lines each applies to."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        m = _PER_RE.match(line)
        if m:
            if out and out[-1][1] == -1:
                out[-1] = (out[-1][0], pos, out[-1][2])
            out.append((pos + len(line), -1, m.group("src").strip()))
        elif out and out[-1][1] == -1 and (not line.strip() or len(line) > 120):
            out[-1] = (out[-1][0], pos, out[-1][2])
        pos += len(line)
    if out and out[-1][1] == -1:
        out[-1] = (out[-1][0], pos, out[-1][2])
    return out


def _line_source(per: list[tuple[int, int, str]], pos: int) -> str | None:
    return next((src for s, e, src in per if s <= pos < e), None)


def _penalty_lines(doc: Doc, ref: Reference) -> list[Mention]:
    """Infobox "Criminal penalty: Death" -> a death sentence of the article's subject."""
    out: list[Mention] = []
    for m in _PENALTY_RE.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        trig = Trigger("death_sentence", NOMINAL, span)
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        mention = Mention(trigger=trig, type="death_sentence", sent=span, start=start, end=m.end())
        mention.summary = True
        mention.attribution.claims = [(PUBLISHER, "asserts")]
        out.append(mention)
    return out


def _doc_subject(doc: Doc) -> str | None:
    """The person an article is about: the first person named in its first lines."""
    head = doc.text[:300]
    for ent in doc.ents:
        if ent.start_char > len(head):
            break
        if ent.label_ == "PERSON":
            from tallybook.extract.people import resolve_person

            return resolve_person(doc, ent.text) or ent.text
    return None


def _inherit_context_dates(mentions: list[Mention], doc: Doc, ref: Reference) -> None:
    """A mention with no date of its own takes the date of the sentence before it in the same
    paragraph ("On the night of 20 October ... At least 12 were killed during the shooting"),
    else the year of the claim ("In late August, X voiced concern over executions")."""
    for m in mentions:
        if m.date_found or m.date is not None or m.summary:
            continue
        prev = _previous_sentence(m.sent) if _EVENT_ANAPHOR.search(m.sent.text) else None
        if prev is not None:
            value = previous_sentence_date(prev, ref)
            if value is not None:
                m.date = value
                continue
        if m.claim_date is not None:
            m.date = PartialDate(m.claim_date.value[:4])


def _previous_sentence(sent: Span) -> Span | None:
    doc = sent.doc
    if sent.start == 0 or not doc.has_annotation("SENT_START"):
        return None
    prev = doc[sent.start - 1].sent
    if "\n\n" in doc.text[prev.end_char - 1 : sent.start_char + 1] or "\n" in doc.text[prev.start_char : prev.end_char].strip():
        return None
    gap = doc.text[prev.end_char : sent.start_char]
    return None if "\n" in gap else prev


def _resolve_pronoun_sources(mentions: list[Mention], doc: Doc) -> None:
    """ "He also recalled that ...": the person who was the latest named source."""
    last: str | None = None
    for m in mentions:
        claims = []
        for name, stance in m.attribution.claims:
            if name.lower() in {"he", "she", "they"}:
                name = last or _last_person_before(doc, m.start) or PUBLISHER
            elif name != PUBLISHER:
                last = name
            claims.append((name, stance))
        m.attribution.claims = claims


def _last_person_before(doc: Doc, pos: int) -> str | None:
    found = None
    for ent in doc.ents:
        if ent.start_char >= pos:
            break
        if ent.label_ == "PERSON":
            found = ent.text
    if found is None:
        return None
    from tallybook.extract.people import resolve_person

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
