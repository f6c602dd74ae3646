"""How a claimed figure becomes a range of victim counts: the one rule shared by the reports
(`tallybook.report.counting`) and the incident view (`tallybook.link.figures`).

Pure functions, no database: they take the fields a claim stores (qualifier, count,
count_low, count_high, stance) and return plain numbers. Linking uses its own, deliberately
tolerant interval (`tallybook.link.incidents.matching_interval`) only to decide whether two
reports can be the same event; it is never shown or counted.
"""

from __future__ import annotations

from collections.abc import Iterable

# An interval of possible victim counts; an upper end of None means "possibly more".
Interval = tuple[int, int | None]


def claim_interval(
    qualifier: str | None, count: int | None, low: int | None, high: int | None
) -> Interval | None:
    """The victim counts a claimed figure allows, or None when it states no figure.

    exact n -> [n, n]; about n -> [n, n]; at least n -> [n, open]; more than n -> [n + 1, open];
    up to n -> [1, n]; between a and b -> [a, b]; a lone lower bound a -> [a, open].
    """
    if count is None:
        if low is not None and high is not None:
            return (min(low, high), max(low, high))
        if low is not None:
            return (low, None)
        return None
    q = qualifier or "exact"
    if q == "at_least":
        return (count, None)
    if q == "more_than":
        return (count + 1, None)
    if q == "up_to":
        return (min(1, count), count)
    return (count, count)  # exact, about: "about" is flagged approximate, not widened


def is_denial(interval: Interval | None) -> bool:
    """A disputing claim with no figure, or with zero victims, denies the event itself."""
    return interval is None or interval == (0, 0)


def counts_into_range(stance: str, interval: Interval | None) -> bool:
    """Whether a claim's figure enters an incident's low and high.

    The tool takes no side: every stated figure counts, a rival figure from a disputing
    claimant included. Only a denial (disputes, no figure or zero) counts into neither.
    """
    if interval is None:
        return False
    return stance != "disputes" or not is_denial(interval)


def figure_bounds(intervals: Iterable[Interval]) -> tuple[int, int, bool] | None:
    """(low, high, open_ended) over counted figures, or None without any.

    low is the smallest lower bound; high the largest stated number (an upper bound, or the
    lower bound of an open claim); open_ended when any figure is open ("at least").
    """
    spans = list(intervals)
    if not spans:
        return None
    low = min(lo for lo, _ in spans)
    high = max(hi if hi is not None else lo for lo, hi in spans)
    return low, high, any(hi is None for _, hi in spans)
