"""Which body a reposted page passes on: a site whose publisher line says it reposts or
republishes a named body's item ("A Blog (Blogger blog, reposting NCRI)", "B News (republishing
Iran Human Rights)") tells that body's account, so what the text tells with no other source is
the body's, not the site's. Not "X (statement republished by Y)", whose text is the publisher's
own, nor "reporting a statement" (a summary in the site's own words). A copy of a UN experts'
release passes on the experts' words (`reposts_un_experts`; `release_experts` names them)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.entities.organizations import canonical_org_name
from tallybook.extract.text.boilerplate import doc_text

__all__ = ["reposted_body", "reposts_un_experts"]

# the verb of passing a whole item on, inside the publisher line's brackets, and the body after it
_REPOST_RE = re.compile(
    r"\((?:[^()]*?,\s*)?(?:re-?posting|republishing|reprinting|mirroring)\s+(?:an?\s+|the\s+)?"
    r"(?P<body>[^(),]+?)(?:['’]s?)?"
    r"(?:\s+(?:item|items|statement|release|press release|report|article|story|post))?\s*\)"
)

# a site that says it republishes a release of UN experts ("X (republishing a UN human rights
# experts' press release)")
_REPUBLISHED_EXPERTS_RE = re.compile(
    r"\brepublish\w*\b[^()]*\b(?:UN|U\.N\.|United Nations)\b[^()]*\bexperts?\b", re.I
)


def reposts_un_experts(publisher: str) -> bool:
    """Whether the publisher line says the page republishes a release of UN experts."""
    return _REPUBLISHED_EXPERTS_RE.search(publisher) is not None


def reposted_body(doc: Doc) -> str | None:
    """The canonical name of the body whose item the publisher line says the page reposts, when
    the text itself names that body; None otherwise (or for a group of experts, whose release
    `release_experts` answers for)."""
    publisher = doc._.tb_publisher if doc.has_extension("tb_publisher") else None
    if not isinstance(publisher, str):
        return None
    m = _REPOST_RE.search(publisher)
    if m is None:
        return None
    written = m.group("body").strip()
    if re.search(r"\bexperts?\b", written, re.I) or not _named_in_text(written, doc_text(doc)):
        return None
    return canonical_org_name(doc, written)


def _named_in_text(written: str, text: str) -> bool:
    """Whether the text writes the body's name (a copy that never names it may be another item)."""
    return re.search(rf"(?<!\w){re.escape(written)}(?!\w)", text) is not None
