"""Plain records produced by extraction: what one document says, each with its evidence span.

These are deliberately free of any database or spaCy type so that the extractor, the store,
the evaluation printer and the tests can share them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, order=True)
class Span:
    """A character range [start, end) into a document's extracted text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def text(self, document_text: str) -> str:
        return document_text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to year, month or day precision, optionally a range.

    `value` is ISO-like at its precision ("2019", "2019-11", "2019-11-15"); `end` is the last
    value of a range at the same precision, or None.
    """

    value: str
    end: str | None = None

    def __post_init__(self) -> None:
        for v in (self.value, self.end):
            if v is not None and not _DATE_RE.match(v):
                raise ValueError(f"not a partial date: {v!r}")

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month", 10: "day"}[len(self.value)]

    def contains(self, other: PartialDate) -> bool:
        """True if `other` falls within this date at this date's precision."""
        lo, hi = self.value, self.end or self.value
        o_lo, o_hi = other.value, other.end or other.value
        return lo <= o_lo[: len(lo)] and o_hi[: len(hi)] <= hi


@dataclass
class Figure:
    """A victim count as stated: "at least 246", "between 2,800 and 3,800", "dozens"."""

    count: int | None = None
    qualifier: str | None = None  # one of vocab.QUALIFIERS, None when count is None
    low: int | None = None
    high: int | None = None
    description: str | None = None  # the victim noun phrase as written
    span: Span | None = None


@dataclass
class ExtractedClaim:
    """One source's stance on an incident, with the figure it gives (if any)."""

    claimant: str  # canonical name, or "publisher" when the text itself asserts it
    stance: str = "asserts"  # vocab.Stance
    certainty: str = "stated"  # vocab.Certainty
    figure: Figure | None = None
    date: PartialDate | None = None  # when the claim was made, if stated
    span: Span | None = None


@dataclass
class ExtractedIncident:
    type: str
    span: Span
    date: PartialDate | None = None
    place: str | None = None
    figure: Figure = field(default_factory=Figure)
    victim_names: list[str] = field(default_factory=list)
    perpetrators: list[str] = field(default_factory=list)
    claims: list[ExtractedClaim] = field(default_factory=list)
    trigger: str | None = None  # the word(s) that typed it: "hanged", "massacre"
    attrs: dict[str, Any] = field(default_factory=dict)

    def claimants(self, stance: str) -> list[str]:
        return [c.claimant for c in self.claims if c.stance == stance]


@dataclass
class ExtractedQuote:
    text: str
    span: Span  # the words between the marks
    speaker: str | None = None
    speaker_span: Span | None = None
    repeat_of: int | None = None  # index of the earlier identical quote in the same document


@dataclass
class ExtractedPerson:
    name: str
    role: str = "other"  # vocab.PERSON_ROLES
    description: str | None = None
    spans: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class ExtractedOrganization:
    name: str
    kind: str = "other"  # vocab.ORG_KINDS
    aliases: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


@dataclass
class DocumentExtraction:
    """Everything extracted from one document."""

    incidents: list[ExtractedIncident] = field(default_factory=list)
    quotes: list[ExtractedQuote] = field(default_factory=list)
    people: list[ExtractedPerson] = field(default_factory=list)
    organizations: list[ExtractedOrganization] = field(default_factory=list)
    language: str | None = None
    warnings: list[str] = field(default_factory=list)
    # Why extracting this text failed (an error inside a component): it then holds no records, and
    # a store leaves the document to be extracted again rather than recording it as empty.
    failed: str | None = None
