"""The year an annual report's undated events take: the year the report covers.

Annual reports are published early in year Y about year Y-1 (CONVENTIONS.md: State Department,
Amnesty): an event told without a year belongs to Y-1, not to the year of publication.
"""

from __future__ import annotations

import re

from tallybook.extract.timing.article_years import encyclopedia_layout
from tallybook.extract.timing.dates import Reference

_YEAR_RE = re.compile(r"\b(19\d{2}|20\d{2})\b")

# Section headings of the annual country reports (CONVENTIONS.md: State Department, Amnesty).
_ANNUAL_HEADING = re.compile(
    r"^\s*(?:Section\s+\d\.\s+)?Respect for the Integrity of the Person\b|Country Reports on Human Rights"
    r"|Amnesty International Report\b"
    r"|^\s*(?:[a-g]\.\s+)?(?:Arbitrary Deprivation of Life and Other Unlawful"
    r"|Prison and Detention Center Conditions|Arbitrary Arrest or Detention)\b",
    re.MULTILINE,
)
# A report's title naming its year, which outranks any year its text looks ahead to ("... the
# January 2021 elections"): the State Department's reports are named by the year they cover ("2009
# Human Rights Report: Iran", "SYRIA 2012 HUMAN RIGHTS REPORT"), Amnesty's by the year they came out
# in ("Annual Report: Iraq 2013", covering 2012), except its "Report 2020/21" (covering 2020).
_STATE_TITLE = re.compile(
    r"\b((?:19|20)\d{2})\s+(?:Country\s+Reports?\s+on\s+)?Human\s+Rights\s+(?:Report|Practices)\b"
    r"|Country\s+Reports?\s+on\s+Human\s+Rights\s+Practices(?:\s+for)?\s+((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_AMNESTY_TITLE = re.compile(
    r"\b(?:Amnesty International Report|Annual Report:[^\n\d]{2,40}?)\s+((?:19|20)\d{2})\b"
)


def _titled_year(year: int, text: str) -> int | None:
    """The year a report's title says it covers, given the year it was published in."""
    state = _STATE_TITLE.search(text[:600])
    if state is not None:
        covered = int(state.group(1) or state.group(2))
        return covered if year - 2 <= covered < year else None
    amnesty = _AMNESTY_TITLE.search(text[:600])
    if amnesty is not None:
        titled = int(amnesty.group(1))
        return titled - 1 if titled == year else titled if titled == year - 1 else None
    return None


# How a country report refers to the year it covers.
_DURING_THE_YEAR = re.compile(r"\bduring the year\b", re.I)


def annual_report_reference(published: str | None, text: str) -> Reference | None:
    """Annual reports (published early in year Y about year Y-1) date events without a year in
    Y-1 (CONVENTIONS.md). Signal: the text names Y-1 and never Y."""
    if not published or encyclopedia_layout(text):
        return None  # an encyclopedia article's date is a revision date, not a report's release
    year = int(published[:4])
    titled = _titled_year(year, text)
    if titled is not None:
        return Reference.from_partial(str(titled))
    years = _YEAR_RE.findall(text)
    if str(year) in years:
        return None  # the text names the year it was published in: not only about the year before
    spring = len(published) >= 7 and int(published[5:7]) <= 6
    if spring and (_ANNUAL_HEADING.search(text) or _DURING_THE_YEAR.search(text)):
        return Reference.from_partial(str(year - 1))  # a spring country report about last year
    if len(published) < 10 and years.count(str(year - 1)) >= max(2, len(years) // 2):
        # the year before named throughout; a story dated to the day is news of that day
        return Reference.from_partial(str(year - 1))
    return None
