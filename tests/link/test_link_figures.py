"""One rule for the range a claimed figure allows: the incident view and the reports agree."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from link import builders as b
from tallybook.cli import app
from tallybook.link.figures import figures
from tallybook.model import claim_interval, counts_into_range, figure_bounds
from tallybook.report.counting import count_incidents
from tallybook.store.db import Store
from tallybook.store.schema import Claim

runner = CliRunner()

# Written for this test: a monitor's count and an official rival count of one event.
TEXT = (
    "A rights monitor said at least 12 protesters were shot dead at the Lekki toll gate on "
    "20 October 2020. The state government said 2 people died. The army denied any shooting."
)


def _ranges(store: Store, incident_id: int) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """(low, high, open_ended) as `tallybook incident` shows it and as the reports count it."""
    with store.session() as s:
        shown = figures(s, incident_id)
        counted = next(i for i in count_incidents(s) if incident_id in i.member_ids)
        return (shown.low, shown.high, shown.open_ended), (counted.low, counted.high, counted.open_ended)


def _cli(incident_id: int) -> tuple[tuple[object, ...], tuple[object, ...]]:
    out = runner.invoke(app, ["incident", str(incident_id), "--json"])
    assert out.exit_code == 0, out.output
    shown = json.loads(out.stdout)["figures"]
    out = runner.invoke(app, ["stats", "--json"])
    assert out.exit_code == 0, out.output
    total = json.loads(out.stdout)["total"]
    return (shown["low"], shown["high"]), (total["victims_low"], total["victims_high"])


def test_a_stance_decides_nothing_but_a_denial() -> None:
    at_least_12 = claim_interval("at_least", 12, None, None)
    rival_2 = claim_interval("exact", 2, None, None)
    assert counts_into_range("asserts", at_least_12) and counts_into_range("disputes", rival_2)
    assert not counts_into_range("disputes", claim_interval(None, None, None, None))
    assert not counts_into_range("disputes", claim_interval("exact", 0, None, None))  # "nobody died"
    assert at_least_12 is not None and rival_2 is not None
    assert figure_bounds([at_least_12, rival_2]) == (2, 12, True)
    assert figure_bounds([]) is None


@pytest.mark.postgres
def test_lekki_rival_figure_widens_the_range_a_denial_does_not(store: Store) -> None:
    with store.session() as s:
        doc = b.document(s, TEXT, publisher="Lagos Monitor")
        inc = b.incident(
            s,
            doc,
            "killing",
            "2020-10-20",
            "Lekki",
            country="Nigeria",
            claims=(
                {"claimant": "Rights monitor", "count": 12, "qualifier": "at_least"},
                {"claimant": "Army", "stance": "disputes"},  # a denial, no figure
            ),
        )
        incident_id = inc.id
    # at least 12 alone: [12, open]; the army's denial leaves it as it is
    assert _ranges(store, incident_id) == ((12, 12, True), (12, 12, True))
    assert _cli(incident_id) == ((12, 12), (12, 12))

    with store.session() as s:
        s.add(
            Claim(
                incident_id=incident_id,
                document_id=doc.id,
                claimant="State government",
                stance="disputes",
                count=2,
                qualifier="exact",
            )
        )
    # the government's rival 2 is part of the range: low 2, high 12, still open-ended
    assert _ranges(store, incident_id) == ((2, 12, True), (2, 12, True))
    assert _cli(incident_id) == ((2, 12), (2, 12))
    with store.session() as s:
        counted = next(i for i in count_incidents(s) if i.id == incident_id)
        # rule 8 unchanged: a disputing claimant is no source for the event
        assert counted.claimants == ["Rights monitor"]
        assert counted.disputed_by == ["Army", "State government"]
