"""The second round-5 speed-ups change no answer: each rewritten scan finds exactly what the
plain pattern it replaces finds, on texts of our own with and without matches."""

from __future__ import annotations

import re

import pytest

from tallybook.extract.entities import org_names
from tallybook.extract.entities.lexicon import OFFICIAL_TITLES, alternation
from tallybook.extract.quotation import quote_cues, quotes
from tallybook.extract.text import boilerplate

_TEXTS = [
    "The Special Rapporteur, Ms. Oona Trask, told the Commissioners that the spokesman lied.",
    "Dr. Halvard Pike said: “They came at night.” The Ministry of Water of Carrowmore denied it.",
    "The Carrowmore National Police Force (CNPF) and the Union for Free Ports (UFP / Port Union) met. "
    "Gen. Rask left.\nSt. Agnes Clinic Staff Association ( SACSA ) said so.[3] Then It rained!",
    "NPU – National Porters Union said the Coalition Against Hunger and the Brindle Valley Council "
    "of Elders agreed. The Lt. of the Guard, U.S. Army Corps, Al-Tarik Brigade and J. Moss Society.",
    "no capitals here at all; (lower case) and Amnesty (AI) or People (P) or Quay Workers (QW",
    "A long Line Of Capital Words Without Any Head At All and More Words Of The Same Kind Here.",
    "The Bureau’s head, Office of the High Commissioner for Human Rights (OHCHR), Forces Nouvelles "
    "(FN) and the Ministry of Justice’s Special Investigations Directorate (SID) (see below).",
    "Secretary-General Ivo Lind; the prime ministers; Chiefs of Staff; chairpersons; Mayor Ruth Olt?",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_quote_title_scan_finds_what_the_plain_alternation_finds(text: str) -> None:
    plain = re.compile(
        r"\b(?:" + "|".join(re.escape(t) for t in sorted(OFFICIAL_TITLES, key=len, reverse=True)) + r")s?\b",
        re.IGNORECASE,
    )
    assert [m.span() for m in quotes._TITLE_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_alternation_leads_with_its_first_letters() -> None:
    rx = alternation(["ab", "Cd", "ae"], ignore_case=True)
    assert rx.startswith("(?=[ac])")
    assert re.fullmatch(rx, "cD", re.IGNORECASE) and re.fullmatch(rx, "ae") and not re.match(rx, "bd")


_NOT_AFTER = quote_cues._NOT_AFTER
_REF = quote_cues._REF
_OLD_SENTENCE_CUT = re.compile(rf"{_NOT_AFTER}[.!?][”\"’]?{_REF}\s+(?=[A-Z“\"‘])|\n")
_OLD_SENTENCE_END = re.compile(rf"{_NOT_AFTER}[.!?][”\"’]?{_REF}(?:\s|$)")
_OLD_CLAUSE_END = re.compile(rf"{_NOT_AFTER}[.;!?](?:\s|$)|\n|\s+(?:who|which|whose)\s")


@pytest.mark.parametrize("text", _TEXTS)
def test_sentence_patterns_find_what_the_plain_ones_find(text: str) -> None:
    for old, new in (
        (_OLD_SENTENCE_CUT, quote_cues._SENTENCE_CUT_RE),
        (_OLD_SENTENCE_END, quote_cues.SENTENCE_END_RE),
        (_OLD_CLAUSE_END, quote_cues.CLAUSE_END_RE),
    ):
        for lo, hi in ((0, len(text)), (5, len(text) - 7), (20, 40)):
            assert [m.span() for m in new.finditer(text, lo, hi)] == [
                m.span() for m in old.finditer(text, lo, hi)
            ]


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [*_TEXTS, " ".join(_TEXTS), "\n".join(reversed(_TEXTS))])
def test_organisation_scans_find_what_the_whole_text_scans_find(text: str) -> None:
    assert _spans(org_names.keyword_org_matches(text)) == _spans(org_names.KEYWORD_ORG_RE.finditer(text))
    assert _spans(org_names.definition_matches(text)) == _spans(org_names.DEFINITION_RE.finditer(text))


def test_organisation_scans_find_names_and_keep_out_non_names() -> None:
    text = _TEXTS[2] + " " + _TEXTS[3]
    keyword = [m.group() for m in org_names.keyword_org_matches(text)]
    assert "The Carrowmore National Police Force" in keyword and "U.S. Army Corps" in keyword
    defined = [m.group(2) for m in org_names.definition_matches(text)]
    assert defined == ["CNPF", "UFP", "SACSA"]
    assert org_names.keyword_org_matches(_TEXTS[5]) == []
    assert org_names.definition_matches("The Harbour Trust (founded 1990) and (HT)") == []


_LINES = [
    "Ferry sinks near the islands – YouTube",
    "Share this article | Facebook / Twitter",
    "Read more: the full story",
    "This site uses cookies to improve your experience.",
    "Photo credit: Ana Vidal",
    "A protester at the gate. (AFP/Getty Images)",
    "Official websites use .gov A .gov website belongs to an official government organization",
    "© 2024 Harbour Press. All rights reserved.",
    "Police arrested 14 people in the port city on Sunday, a lawyer said.",
    "The video showed officers beating a man – the lawyer said it was recorded on Friday",
    "Ofſicial websites use .gov",  # a long s, which the engine equates with "s" ignoring case
    "Your use of cookıes",  # a dotless i, equated with "i"
]


@pytest.mark.parametrize("line", _LINES)
def test_residue_lines_are_found_as_the_whole_pattern_finds_them(line: str) -> None:
    assert boilerplate._is_residue(line) == bool(boilerplate._LINE_RE.fullmatch(line))


def test_residue_lines_and_report_lines() -> None:
    assert boilerplate._is_residue(_LINES[0]) and boilerplate._is_residue(_LINES[5])
    assert not boilerplate._is_residue(_LINES[8]) and not boilerplate._is_residue(_LINES[9])
