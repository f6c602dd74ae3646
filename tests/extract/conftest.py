"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tallybook.extract.pipeline import build_pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full tallybook pipeline, built once for the whole run (loading the model takes seconds).
    Modules that test one component on the bare model define their own `nlp`."""
    return build_pipeline()
