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
# A report's title naming the year it covers, which outranks a later year its text looks ahead to
# ("Amnesty International Report 2020 ... the January 2021 elections").
_TITLED_YEAR = re.compile(
    r"\b(?:Amnesty International Report|Country Reports? on Human Rights Practices(?: for)?)"
    r"\s+((?:19|20)\d{2})\b"
)
# How a country report refers to the year it covers.
_DURING_THE_YEAR = re.compile(r"\bduring the year\b", re.I)


def annual_report_reference(published: str | None, text: str) -> Reference | None:
    """Annual reports (published early in year Y about year Y-1) date events without a year in
    Y-1 (CONVENTIONS.md). Signal: the text names Y-1 and never Y."""
    if not published or encyclopedia_layout(text):
        return None  # an encyclopedia article's date is a revision date, not a report's release
    year = int(published[:4])
    titled = _TITLED_YEAR.search(text)
    if titled is not None and year - 2 <= int(titled.group(1)) < year:
        return Reference.from_partial(titled.group(1))  # "Amnesty International Report 2020"
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
