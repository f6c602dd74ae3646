from __future__ import annotations

import pytest
from sqlalchemy import select

from link import builders as b
from tallybook.link.corroboration import corroboration, signature, similarity
from tallybook.link.figures import FigureError, choose_best, figures
from tallybook.link.service import link_all
from tallybook.store.db import Store
from tallybook.store.schema import AuditEvent, Incident, Judgement

WIRE = (
    "Security forces opened fire on demonstrators in the city of Mahshahr on Monday, killing at least "
    "forty people, according to residents and a local rights group who spoke to reporters by phone. "
    "Witnesses said the shooting lasted for more than an hour near the marshes outside the city."
)


def test_minhash_estimates_jaccard() -> None:
    assert similarity(signature(WIRE), signature(WIRE + " Editing by Staff.")) > 0.8
    assert (
        similarity(signature(WIRE), signature("A court in Tabriz sentenced two men to death on Sunday."))
        < 0.1
    )


def _seed(store: Store) -> int:
    with store.session() as s:
        incidents = []
        for outlet in ("Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"):
            d = b.document(s, f"{outlet} — {WIRE}", publisher=outlet)
            claim = {
                "claimant": "publisher",
                "count": 40,
                "qualifier": "at_least",
                "claimed_on": "2019-11-18",
            }
            incidents.append(b.incident(s, d, "killing", "2019-11-18", "Mahshahr", claims=(claim,)))
        d = b.document(
            s, "Amnesty International said it had recorded 148 deaths in Mahshahr.", publisher="AI site"
        )
        incidents.append(
            b.incident(
                s,
                d,
                "killing",
                "2019-11",
                "Mahshahr",
                claims=({"claimant": "Amnesty International", "count": 148, "claimed_on": "2019-12-02"},),
            )
        )
        d = b.document(s, "The governor denied that anyone was killed in Mahshahr.", publisher="State TV")
        incidents.append(
            b.incident(
                s,
                d,
                "killing",
                "2019-11-18",
                "Mahshahr",
                claims=(
                    {"claimant": "publisher", "count": 40, "qualifier": "at_least"},
                    {"claimant": "Governor of Khuzestan", "stance": "disputes", "count": 0},
                ),
            )
        )
        return incidents[0].id


@pytest.mark.postgres
def test_republished_wire_story_counts_once(store: Store) -> None:
    first = _seed(store)
    link_all(store)
    with store.session() as s:
        assert len({i.merged_into or i.id for i in s.scalars(select(Incident))}) == 1
        corr = corroboration(s, first)
    assert len(corr.documents) == 7
    assert corr.republished == [corr.documents[:5]]
    assert corr.disputes == ["Governor of Khuzestan"]
    # the wire (five outlets), State TV, Amnesty
    assert corr.independent == 3


@pytest.mark.postgres
def test_conflicting_figures_and_the_reviewers_best(store: Store) -> None:
    first = _seed(store)
    link_all(store)
    with store.session() as s:
        figs = figures(s, first)
        assert figs.low == 40 and figs.high == 148
        assert figs.best is None  # no side taken until a reviewer chooses
        counts = sorted({(f.claimant, f.count) for f in figs.claimed})
        assert ("Amnesty International", 148) in counts and ("Governor of Khuzestan", 0) in counts
        amnesty = next(f for f in figs.claimed if f.claimant == "Amnesty International")
        assert amnesty.claimed_on == "2019-12-02"
        choose_best(s, first, amnesty.claim_id, "reviewer", "named list of victims")
    with store.session() as s:
        best = figures(s, first).best
        assert best is not None and best["count"] == 148 and best["user"] == "reviewer"
        assert s.scalars(select(Judgement).where(Judgement.kind == "best_figure")).one().payload["claim_id"]
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "best_figure")).one()
    link_all(store, incremental=False)
    with store.session() as s:
        best = figures(s, first).best
        assert best is not None and best["count"] == 148


def test_best_figure_must_belong_to_the_incident(store: Store) -> None:
    first = _seed(store)
    with store.session() as s, pytest.raises(FigureError, match="not a claim about incident"):
        choose_best(s, first, 999_999, "reviewer", None)
