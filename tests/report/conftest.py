"""Fixture `known`: a store whose truth is known (built by `report_truth.build`)."""

from __future__ import annotations

import pytest
from report_truth import Truth, build

from tallybook.store.db import Store


@pytest.fixture
def known(store: Store) -> Truth:
    with store.session() as s:
        return build(s)
