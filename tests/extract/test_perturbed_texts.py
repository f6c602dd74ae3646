"""The extractor on real texts bent the way web pages and PDFs bend them: it never fails, and every
span it returns lies inside the text. (A seeded sample of what a fuzzing run of 13,400 such texts
checked once; that run found only unchecked publication dates.)"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tallybook.extract.pipeline import SourceText, extract_texts
from tallybook.model import DocumentExtraction, Span

Bend = Callable[[str, random.Random], str]


def _hard_wrap(text: str, rng: random.Random) -> str:
    width = rng.randint(55, 80)
    return "\n".join(
        line[i : i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width)
    )


def _blank_lines(text: str, rng: random.Random) -> str:
    return re.sub(r"(?<=[.!?]) ", lambda m: "\n\n" if rng.random() < 0.3 else " ", text)


def _headline_glued(text: str, rng: random.Random) -> str:
    return f"Prisoners Executed In Northern Province\n\nWatch Group Monitor (WGM); {text}"


def _quotes_stripped(text: str, rng: random.Random) -> str:
    return re.sub(r"[\"“”]", "", text) if rng.random() < 0.5 else text.replace("”", "", 1)


def _cut(text: str, rng: random.Random) -> str:
    return text[: rng.randint(1, len(text))]


def _invisible(text: str, rng: random.Random) -> str:
    return "".join(c + ("\u200b" if rng.random() < 0.02 else "") for c in text.replace(" ", "\u00a0", 5))


def _shuffled(text: str, rng: random.Random) -> str:
    paragraphs = text.split("\n")
    rng.shuffle(paragraphs)
    return "\n".join(paragraphs)


BENDS: list[Bend] = [_hard_wrap, _blank_lines, _headline_glued, _quotes_stripped, _cut, _invisible, _shuffled]


def _spans(extraction: DocumentExtraction) -> list[Span]:
    spans = [i.span for i in extraction.incidents]
    spans += [i.figure.span for i in extraction.incidents if i.figure.span is not None]
    spans += [c.span for i in extraction.incidents for c in i.claims if c.span is not None]
    spans += [q.span for q in extraction.quotes]
    spans += [q.speaker_span for q in extraction.quotes if q.speaker_span is not None]
    spans += [s for p in extraction.people for s in p.spans]
    spans += [s for o in extraction.organizations for s in o.spans]
    return spans


def test_bent_real_texts_never_fail(shared_dir: Path) -> None:
    rows = [
        json.loads(line)
        for line in (shared_dir / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    rng = random.Random(20261128)
    texts: list[str] = []
    for row in rows:
        for _ in range(4):
            text = row["text"]
            for bend in rng.sample(BENDS, rng.randint(1, 3)):
                text = bend(text, rng)
            texts.append(text)
    items = [SourceText(t, rng.choice([None, "2020", "2020-03", "2020-03-15"])) for t in texts]
    for text, extraction in zip(texts, extract_texts(items, batch_size=16), strict=True):
        assert extraction.failed is None, (extraction.failed, text[:200])
        for span in _spans(extraction):
            assert 0 <= span.start < span.end <= len(text), (span, text[:200])


@pytest.mark.parametrize("bend", BENDS, ids=lambda b: b.__name__)
def test_each_bend_changes_the_text(bend: Bend) -> None:
    text = "Police arrested “ten men” on Monday.\nThe court sentenced two of them. " * 3
    assert bend(text, random.Random(3)) != text
