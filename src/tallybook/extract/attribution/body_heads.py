"""Who a source left as a bare head noun stands for, where the text named its author or holder
before: "According to the report" -> the body the text said the report is by ("a new report by
X"); "the Special Rapporteur received information" -> the one person the text sets beside that
title ("Report of the Special Rapporteur on ..., Jane Doe"). A head the text names no such author
or holder for stays as written; the capitalised head of a body's name ("The Mission", "the
Commission") is read by `short_heads`; "the office", "the group" and "the experts" are read by
`incident_sources`."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.text.boilerplate import doc_text

_REPORT_RE = re.compile(r"^(?:[Tt]he )?(?:report|study)$")
# What comes just before a body that issued a report: "a new report by", "the report of".
_REPORT_BY_RE = re.compile(r"\b(?:report|study)(?:,? released \w+ \w+,?)? (?:by|of|from) (?:the )?$")
# "Special Rapporteur on the situation of ..., Jane Doe": the title, then the holder's name after
# a comma on the same line.
_TITLE_BEFORE_NAME = r"Special Rapporteur\b[^\n.;:]{0,160}?, "
# A report's title line ending with its author's name: "Report of the Special Rapporteur on ..., Jane Doe".
_TITLE_LINE_RE = re.compile(
    r"^Report of the Special Rapporteur\b[^\n.;:]{0,160}?, ((?:[A-Z][\w'-]+ ){1,3}[A-Z][\w'-]+)[ \t]*$", re.M
)


def bare_body(doc: Doc, name: str, pos: int) -> str | None:
    """The body a bare "the report" (`name`, given as a source at character `pos`) stands for, or
    None."""
    if _REPORT_RE.match(name):
        return _report_body(doc, pos)
    return None


def _report_body(doc: Doc, pos: int) -> str | None:
    """The organisation named last before `pos` right after "a report by" or "the report of"."""
    text = doc_text(doc)
    best: tuple[int, str] | None = None
    for org in doc._.tb_orgs or []:
        for span in org.spans:
            before = text[max(0, span.start - 60) : span.start]
            if span.start < pos and (best is None or span.start > best[0]) and _REPORT_BY_RE.search(before):
                best = (span.start, org.name)
    return best[1] if best else None


def rapporteur_named(doc: Doc) -> str | None:
    """The one person the text names right after a Special Rapporteur's title, on its line; else
    the name that ends a report's title line ("Report of the Special Rapporteur on ..., Jane
    Doe"), which the model may not tag as a person."""
    text = doc_text(doc)
    found = {
        p.name
        for p in doc._.tb_people or []
        if re.search(_TITLE_BEFORE_NAME + re.escape(p.name) + r"\b", text)
    }
    if not found:
        found = {m.group(1) for m in _TITLE_LINE_RE.finditer(text)}
    return found.pop() if len(found) == 1 else None
