"""The article's section headings, read once per document, answer as a reading up to each offset did."""

from __future__ import annotations

from tallybook.extract.timing import lead_days
from tallybook.extract.timing.anchored_dates import to_month
from tallybook.model import PartialDate

_TEXT = (
    "The 2018 Town killings\n\nThe killings took place on 6 May 2018.\n"
    "== Background ==\n\nProtests began in 2017.\n  \n"
    "== Killings ==\nAt least 13 civilians were killed.\n"
    "#### Aftermath of the killings\nSoldiers were arrested.\n"
    "## Events\n=== Trials ===\nThe trial began."
)


def _read_up_to(text: str, start: int) -> bool:
    # the reading per mention that the per-document one replaces
    headings = list(lead_days._HEADING_RE.finditer(text[:start]))
    return bool(headings) and lead_days._OTHER_TIMES_RE.match(headings[-1].group()) is not None


def test_sections_answer_as_a_reading_up_to_each_offset() -> None:
    sections = lead_days._Sections(_TEXT)
    answers = [sections.in_other_times(i) for i in range(len(_TEXT) + 1)]
    assert answers == [_read_up_to(_TEXT, i) for i in range(len(_TEXT) + 1)]
    assert answers[_TEXT.index("Protests")] and not answers[_TEXT.index("At least")]
    assert answers[_TEXT.index("Aftermath") + len("Aftermath")]  # inside the heading line itself


def test_a_day_is_widened_to_its_month() -> None:
    assert to_month(PartialDate("2019-05-03")) == PartialDate("2019-05")
    assert to_month(PartialDate("2019-05-03", "2019-06-02")) == PartialDate("2019-05", "2019-06")
    assert to_month(PartialDate("2019")) == PartialDate("2019")
