"""The timeline chart: incidents and victims per month, by incident type (matplotlib, Agg).

Incidents dated only to the year (or undated) cannot be placed on a month axis; the chart
says how many were left off.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")

from matplotlib import pyplot as plt
from matplotlib.figure import Figure

from tallybook.report.counting import CountedIncident
from tallybook.report.filters import Period

# Colour-blind-safe palette (Okabe-Ito), one colour per incident type in vocabulary order.
_PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#999999", "#000000")


@dataclass(frozen=True)
class Chart:
    png: bytes
    svg: bytes
    months: list[str]
    left_off: int  # incidents without a month


def _months(incidents: list[CountedIncident], period: Period | None) -> list[str]:
    if period is not None:
        return period.months()
    known = sorted(m for i in incidents if (m := i.month()))
    if not known:
        return []
    return Period(known[0], known[-1]).months()


def timeline_figure(
    incidents: list[CountedIncident], period: Period | None = None
) -> tuple[Figure, list[str], int]:
    from tallybook.model.vocab import INCIDENT_TYPES

    months = _months(incidents, period)
    index = {m: n for n, m in enumerate(months)}
    placed = [i for i in incidents if i.month() in index]
    types = [t for t in INCIDENT_TYPES if any(i.type == t for i in placed)]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 6), sharex=True, constrained_layout=True)
    xs = list(range(len(months)))
    base = [0] * len(months)
    for t in types:
        per_month = Counter(index[m] for i in placed if i.type == t and (m := i.month()))
        heights = [per_month.get(x, 0) for x in xs]
        colour = _PALETTE[INCIDENT_TYPES.index(t) % len(_PALETTE)]
        top.bar(xs, heights, bottom=base, label=t.replace("_", " "), color=colour, width=0.8)
        base = [b + h for b, h in zip(base, heights, strict=True)]
    top.set_ylabel("incidents")
    top.set_title("Incidents per month, by type")
    if types:
        top.legend(loc="upper left", fontsize=8, frameon=False)
    low = [0] * len(months)
    high = [0] * len(months)
    for i in placed:
        x = index[i.month() or ""]
        low[x] += i.low
        high[x] += i.high
    bottom.bar(xs, high, color="#BBBBBB", width=0.8, label="high (largest claimed figure)")
    bottom.bar(xs, low, color="#333333", width=0.5, label="low (smallest claimed figure)")
    bottom.set_ylabel("victims")
    bottom.set_title("Victims per month: low and high")
    bottom.legend(loc="upper left", fontsize=8, frameon=False)
    step = max(1, len(months) // 12)
    bottom.set_xticks(xs[::step], months[::step], rotation=45, ha="right", fontsize=8)
    for ax in (top, bottom):
        ax.spines[["top", "right"]].set_visible(False)
        ax.yaxis.get_major_locator().set_params(integer=True)
    return fig, months, len(incidents) - len(placed)


def timeline(incidents: list[CountedIncident], period: Period | None = None) -> Chart:
    """The timeline as PNG and SVG bytes."""
    fig, months, left_off = timeline_figure(incidents, period)
    try:
        png, svg = io.BytesIO(), io.BytesIO()
        fig.savefig(png, format="png", dpi=110)
        fig.savefig(svg, format="svg", metadata={"Date": None})
    finally:
        plt.close(fig)
    return Chart(png=png.getvalue(), svg=svg.getvalue(), months=months, left_off=left_off)
