"""One name for the UN's unnamed experts, however a text words them.

CONVENTIONS.md names a group of UN experts that a release never names one by one "UN human
rights experts": "UN experts", "United Nations human rights experts", "UN EXPERTS" in a headline
and "independent UN rights experts" are the same speaker and claimant. Experts of a named body
("UN experts on torture", "a committee of independent experts") keep their own words.
"""

from __future__ import annotations

import re

UN_EXPERTS = "UN human rights experts"

_UN_EXPERT_GROUP_RE = re.compile(
    r"(?:(?:the|independent)\s+)*(?:UN|U\.N\.|United\s+Nations)(?:\s+(?:independent|human|rights))*\s+experts",
    re.IGNORECASE,
)


def un_expert_group(phrase: str) -> str:
    """`UN_EXPERTS` when `phrase` is nothing but a wording of the UN's unnamed experts, else
    `phrase` unchanged."""
    return UN_EXPERTS if _UN_EXPERT_GROUP_RE.fullmatch(phrase.strip()) else phrase
