"""Small helpers the extraction tests share: run the pipeline on one text and pick out what a test
checks (incidents of a type, their claimants, dates, quotes, people).

Imported as a sibling module (`from extraction_helpers import ...`), as tests/report imports
report_truth: pytest puts this directory on sys.path. The publication date and the publisher are
keyword arguments, so a module whose texts need another date or publisher passes its own (or
binds them once with functools.partial).
"""

from __future__ import annotations

from spacy.language import Language

from tallybook.extract.pipeline import SourceText, extract_texts
from tallybook.extract.timing.dates import enclosing
from tallybook.model import DocumentExtraction, ExtractedIncident, Stance

PUBLISHED = "2024-06-20"
"""The publication date most tests resolve relative dates against."""
LEDGER = "Daily Ledger"
"""The publisher several modules give their texts."""


def extract_one(
    nlp: Language, text: str, *, published: str | None = PUBLISHED, publisher: str | None = None
) -> DocumentExtraction:
    """The extraction of `text` as one document."""
    return next(extract_texts([SourceText(text, published, publisher)], nlp))


def incidents_of(
    nlp: Language,
    text: str,
    kind: str | None = None,
    *,
    published: str | None = PUBLISHED,
    publisher: str | None = None,
    required: bool = False,
) -> list[ExtractedIncident]:
    """The incidents of type `kind` (all of them when `kind` is None); with `required`, asserts
    there is at least one."""
    found = extract_one(nlp, text, published=published, publisher=publisher).incidents
    chosen = [i for i in found if kind is None or i.type == kind]
    if required:
        assert chosen, f"no {kind} incident"
    return chosen


def of_type(incidents: list[ExtractedIncident], kind: str) -> list[ExtractedIncident]:
    """The incidents of type `kind` among `incidents`."""
    return [i for i in incidents if i.type == kind]


def evidence(text: str, incident: ExtractedIncident) -> str:
    """The words of `text` that `incident` was found in."""
    return text[incident.span.start : incident.span.end]


def first_incident(
    nlp: Language,
    text: str,
    kind: str,
    *,
    published: str | None = PUBLISHED,
    publisher: str | None = None,
) -> ExtractedIncident:
    """The first incident of type `kind`, asserting there is one."""
    return incidents_of(nlp, text, kind, published=published, publisher=publisher, required=True)[0]


def last_incident(
    nlp: Language,
    text: str,
    kind: str,
    *,
    published: str | None = PUBLISHED,
    publisher: str | None = None,
) -> ExtractedIncident:
    """The last incident of type `kind`, asserting there is one."""
    return incidents_of(nlp, text, kind, published=published, publisher=publisher, required=True)[-1]


def incident_figure(
    nlp: Language,
    text: str,
    kind: str,
    *,
    last: bool = False,
    published: str | None = PUBLISHED,
    publisher: str | None = None,
) -> tuple[int | None, str | None]:
    """The count and qualifier of the first (or, with `last`, the last) incident of type `kind`."""
    found = incidents_of(nlp, text, kind, published=published, publisher=publisher, required=True)
    figure = found[-1 if last else 0].figure
    return figure.count, figure.qualifier


def event_date(
    nlp: Language,
    text: str,
    kind: str,
    *,
    published: str | None = PUBLISHED,
    publisher: str | None = None,
) -> str | None:
    """The enclosing date of the last incident of type `kind` (there must be one)."""
    return enclosing(last_incident(nlp, text, kind, published=published, publisher=publisher).date)


def event_dates(
    nlp: Language,
    text: str,
    kind: str,
    *,
    published: str | None = PUBLISHED,
    publisher: str | None = None,
) -> list[str | None]:
    """The enclosing date of each incident of type `kind` (there must be one)."""
    found = incidents_of(nlp, text, kind, published=published, publisher=publisher, required=True)
    return [enclosing(i.date) for i in found]


def extracted_types(
    nlp: Language, text: str, *, published: str | None = PUBLISHED, publisher: str | None = None
) -> list[str]:
    """The types of the incidents the whole extraction finds, in order."""
    return [i.type for i in extract_one(nlp, text, published=published, publisher=publisher).incidents]


def extracted_roles(
    nlp: Language, text: str, *, published: str | None = PUBLISHED, publisher: str | None = None
) -> dict[str, str]:
    """The role of each person the whole extraction finds, by name."""
    return {p.name: p.role for p in extract_one(nlp, text, published=published, publisher=publisher).people}


def pipeline_types(nlp: Language, text: str) -> list[str]:
    """The types of the incidents the spaCy pipeline itself finds (no document-level merging)."""
    return [i.type for i in nlp(text)._.tb_incidents]


def claimant_names(
    incident: ExtractedIncident, stance: str = Stance.ASSERTS, *, drop_the: bool = False, lower: bool = False
) -> list[str]:
    """The claimants of `incident` with `stance`; with `lower`, lowercased; with `drop_the`, a leading
    "The " (or "the ", after `lower`) is dropped."""
    names = [c.claimant for c in incident.claims if c.stance == stance]
    if lower:
        names = [n.lower() for n in names]
    return [n.removeprefix("the " if lower else "The ") for n in names] if drop_the else names


def claims_of(nlp: Language, text: str, kind: str, *, publisher: str | None = None) -> list[list[str]]:
    """The asserting claimants of each incident of type `kind` in `text` (at least one required)."""
    return [claimant_names(i) for i in incidents_of(nlp, text, kind, publisher=publisher, required=True)]


def document_claimants(doc: DocumentExtraction, kind: str) -> list[str]:
    """The asserting claimants of the first incident of type `kind` in `doc` (there must be one)."""
    found = of_type(doc.incidents, kind)
    assert found, f"no {kind} incident"
    return claimant_names(found[0])


def quote_pairs(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    """(speaker, words) of each quote, checking that each quote's span covers its words."""
    doc = nlp(text)
    for q in doc._.tb_quotes:
        assert text[q.span.start : q.span.end] == q.text
    return [(q.speaker, q.text) for q in doc._.tb_quotes]


def speaker_of(nlp: Language, text: str, words: str, *, first: bool = False) -> str | None:
    """The speaker of the (last, or first) quote whose words start with `words`."""
    found = [who for who, said in quote_pairs(nlp, text) if said.startswith(words)]
    assert found, f"no quote starting {words!r}"
    return found[0] if first else found[-1]


def quoted_words(nlp: Language, text: str) -> list[str]:
    """The words of each quote."""
    return [said for _, said in quote_pairs(nlp, text)]


def quote_speakers(nlp: Language, text: str) -> list[str | None]:
    """The speaker of each quote."""
    return [who for who, _ in quote_pairs(nlp, text)]


def speaker_quoting(doc: DocumentExtraction, words: str) -> str | None:
    """The speaker of the first quote of `doc` holding `words`."""
    found = [q.speaker for q in doc.quotes if words in q.text]
    assert found, f"no quote with {words!r}"
    return found[0]


def organization_names(doc: DocumentExtraction) -> list[str]:
    """The names of the organizations `doc` holds."""
    return [o.name for o in doc.organizations]


def person_names(nlp: Language, text: str) -> list[str]:
    """The names of the people the pipeline finds."""
    return [p.name for p in nlp(text)._.tb_people]


def people_roles(nlp: Language, text: str) -> dict[str, str]:
    """The role of each person the pipeline finds, by name."""
    return {p.name: p.role for p in nlp(text)._.tb_people}
