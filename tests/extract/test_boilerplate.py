"""Boilerplate lines are marked ignored; report text is left alone."""

from __future__ import annotations

import spacy

from tallybook.extract.text.boilerplate import find_boilerplate, ignored_ranges, is_ignored, unwrap

REPORT = (
    "Security forces detained eleven students in the capital on Monday, their families said.\n"
    "Share this article\n"
    "The students were held without charge for three days.\n"
    "Photo: A. Reporter/Some Agency\n"
    "Read more\n"
    "We use cookies to improve your experience on our site. Accept all cookies\n"
    "Guards handed the detainees bread and cookies once a day, one of them said later.\n"
    "Students detained after campus protest – YouTube"
)


def _lines(text: str, ranges: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in ranges]


def test_residue_lines_are_found_and_report_lines_kept() -> None:
    found = _lines(REPORT, find_boilerplate(REPORT))
    assert found == [
        "Share this article",
        "Photo: A. Reporter/Some Agency",
        "Read more",
        "We use cookies to improve your experience on our site. Accept all cookies",
        "Students detained after campus protest – YouTube",
    ]


def test_component_sets_ranges_on_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("tallybook_boilerplate")
    doc = nlp(REPORT)
    ranges = ignored_ranges(doc)
    assert _lines(REPORT, ranges)[-1].endswith("YouTube")
    start = REPORT.index("Security forces")
    assert not is_ignored(ranges, start, start + 20)
    assert is_ignored(ranges, REPORT.index("Read more"), REPORT.index("Read more") + 4)


def test_no_ranges_without_the_component() -> None:
    doc = spacy.blank("en")("Plain text.")
    assert ignored_ranges(doc) == []


def test_long_paragraph_mentioning_a_share_word_is_not_residue() -> None:
    text = "Share prices fell. " * 30
    assert find_boilerplate(text) == []


def test_unwrap_joins_hard_wrapped_lines_only() -> None:
    text = (
        "Short heading\n"
        "A long sentence of a report that a mail client wrapped at a fixed width and\n"
        "then carried on here. It ends with a full stop.\n"
        "- a list item that is long enough to look like a wrapped line of text\n"
        "- another item"
    )
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert flat.split("\n") == [
        "Short heading",
        "A long sentence of a report that a mail client wrapped at a fixed width and "
        "then carried on here. It ends with a full stop.",
        "- a list item that is long enough to look like a wrapped line of text",
        "- another item",
    ]


def test_table_of_contents_entries_are_residue() -> None:
    text = (
        "Contents\n"
        "IV. Deaths in detention ........ 3\n"
        "V. Arrests and detention . . . . . 6\n"
        "Security forces detained 40 people in the port city on 3 October.\n"
        "He paused... 3 more people were then taken away."
    )
    assert _lines(text, find_boilerplate(text)) == [
        "IV. Deaths in detention ........ 3",
        "V. Arrests and detention . . . . . 6",
    ]


def test_unwrap_reads_a_line_ending_in_a_small_word_as_wrapped() -> None:
    text = "Arrests in the capital\nThe lawyer said\nPolice had held the men for\n“several days”, she added."
    assert unwrap(text).split("\n") == [
        "Arrests in the capital",
        "The lawyer said Police had held the men for “several days”, she added.",
    ]


def test_loose_unwrap_also_joins_a_long_line_going_on_with_a_quotation_mark() -> None:
    text = "At least 200 people are believed to be held in the camp at the edge of the town\n“They are dying”"
    assert "\n" in unwrap(text)
    assert "\n" not in unwrap(text, loose=True)
