"""One name for the UN's unnamed experts, however a text words them.

CONVENTIONS.md names a group of UN experts that a release never names one by one "UN human
rights experts": "UN experts", "United Nations human rights experts", "UN EXPERTS" in a headline,
"independent UN rights experts" and "UN-appointed independent human rights experts" are the same
speaker and claimant. Experts of a named body ("UN experts on torture", "a committee of independent
experts") keep their own words, and "the experts" of a text that names one UN body of experts (a
Working Group, a Committee) are that body.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.text.boilerplate import doc_value
from tallybook.model import ExtractedOrganization

UN_EXPERTS = "UN human rights experts"

_UN_EXPERT_GROUP_RE = re.compile(
    r"(?:(?:the|independent)\s+)*(?:UN|U\.N\.|United\s+Nations)(?:[-\s](?:appointed|mandated))?"
    r"(?:\s+(?:independent|human|rights))*\s+experts",
    re.IGNORECASE,
)

# Where a text tells of the UN's experts: "UN human rights experts", "United Nations experts"
UN_EXPERTS_MENTION_RE = re.compile(
    r"\b((?:UN|U\.N\.|United Nations)(?:-(?:appointed|mandated))?(?: [a-z][\w-]*){0,3}? experts)\b"
)


def un_expert_group(phrase: str) -> str:
    """`UN_EXPERTS` when `phrase` is nothing but a wording of the UN's unnamed experts, else
    `phrase` unchanged."""
    return UN_EXPERTS if _UN_EXPERT_GROUP_RE.fullmatch(phrase.strip()) else phrase


_EXPERT_BODY_RE = re.compile(r"\b(?:Working Group|Committee)\b")


def expert_body(doc: Doc, before: int) -> str | None:
    """The one UN body of experts the text names before `before` ("The UN Working Group on
    Enforced or Involuntary Disappearances said ..."): the experts a release's "the experts said"
    stands for; None when it names none or several there (a body listed only in the closing list
    of a joint statement's experts is one of them, not all)."""
    orgs: list[ExtractedOrganization] = doc_value(doc, "tb_orgs") or []
    found = {
        o.name
        for o in orgs
        if o.kind == "un" and _EXPERT_BODY_RE.search(o.name) and any(sp.start < before for sp in o.spans)
    }
    return found.pop() if len(found) == 1 else None
