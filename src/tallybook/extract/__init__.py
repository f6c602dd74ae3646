"""Extraction: spaCy components that turn a report's text into incidents, claims, quotes,
people and organisations, each with its evidence span.

    from tallybook.extract import build_pipeline, extract_texts, SourceText
    nlp = build_pipeline()
    for extraction in extract_texts([SourceText(text, published="2021")], nlp):
        print(extraction.incidents)
"""

from __future__ import annotations

from tallybook.extract.pipeline import SourceText, build_pipeline, extract_texts

__all__ = ["SourceText", "build_pipeline", "extract_texts"]
