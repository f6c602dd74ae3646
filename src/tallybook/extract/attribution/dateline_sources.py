"""Which body a text's dateline names as its source: a lead that opens with a body's name and a
dash or colon ("NCRI – ...", "HRANA News Agency – On 3 May ...", "Hengaw: ...", "X, August 22:
...") is that body's report, so what the text tells with no other source is the body's; so is a
page whose publisher line says it reposts a body's item (`reposted_sources`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.attribution.reposted_sources import reposted_body
from tallybook.extract.entities.organizations import canonical_org_name
from tallybook.extract.text.boilerplate import doc_text

__all__ = ["dateline_body"]

# a name of up to seven words, then a dash or a colon, or a month date and a colon, then the
# lead's first word (not a code or a date: "UA: 71/23")
_DATELINE_HEAD_RE = re.compile(
    r"^(?P<name>[A-Z][\w'’.&]*(?:[ -][A-Za-z][\w'’.&]*){0,6}?)"
    r"(?:\s+[-–—]\s+|:\s+|,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?:\s+)(?=[A-Za-z\"“])"
)
_LEAD_LINES = 4  # the headline and the lines a lead opens within
_NOT_SOURCE_KINDS = frozenset({"government", "court"})
# words an outlet's name ends in that the body's own name may lack ("HRANA News Agency" -> HRANA)
_OUTLET_WORDS = frozenset({"news", "agency", "online", "service", "desk"})


def dateline_body(doc: Doc) -> str | None:
    """The canonical name of the body a dateline among the text's first lines names (not the
    headline, nor a state body or court); None when no such line opens the text."""
    cached = doc.user_data.get("tb_dateline_body", False)
    if cached is not False:
        return cached if isinstance(cached, str) else None
    text = doc_text(doc)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:_LEAD_LINES]
    kinds = {o.name: o.kind for o in doc._.tb_orgs or []} if doc.has_extension("tb_orgs") else {}
    found: str | None = None
    for line in lines[1:]:
        m = _DATELINE_HEAD_RE.match(line)
        if m is None or _capitals_place(m.group("name"), text):
            continue
        name = _body_named(doc, m.group("name"))
        if name is not None and kinds.get(name, "other") not in _NOT_SOURCE_KINDS:
            found = name
            break
    # a page whose publisher line says it reposts a body's item tells that body's account too
    found = found or reposted_body(doc)
    doc.user_data["tb_dateline_body"] = found
    return found


def _body_named(doc: Doc, written: str) -> str | None:
    """The organisation a dateline's name gives: an acronym of three letters or more without
    the outlet words after it ("IFF News" -> IFF, the body the text names), else as written."""
    words = written.split()
    while len(words) > 1 and words[-1].lower() in _OUTLET_WORDS:
        words.pop()
    acronym = words[0] if len(words) == 1 and words[0].isupper() and len(words[0]) >= 3 else None
    return (canonical_org_name(doc, acronym) if acronym else None) or canonical_org_name(doc, written)


def _capitals_place(name: str, text: str) -> bool:
    """ "QUETTA — ...": a name in capitals the text also writes in title case is a city's."""
    return name.isupper() and len(name) > 1 and re.search(rf"\b{re.escape(name.title())}\b", text) is not None
