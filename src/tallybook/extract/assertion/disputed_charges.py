"""Whether the charges an arrest was made on are ones the text itself disputes: "detained four
editors on charges of smuggling. Their colleagues say the charges are fabricated", "arrested on
trumped-up fraud charges", "the editors deny the charges, which rights groups call politically
motivated". Such an arrest is not the arrest of a suspect of an ordinary crime (`non_events`
asks before dropping one); "arrested three men on charges of fraud after a bank complained" is.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tallybook.extract.text.boilerplate import doc_text

# A charge called false, or denied, in the arrest's sentence or the next one
_DISPUTED_RE = re.compile(
    r"\b(?:fabricated|trumped[- ]up|bogus|spurious|baseless|groundless|unfounded|"
    r"politically[- ]motivated|reprisal|retaliation)\b"
    r"|\b(?:false|fake|invented)\s+(?:charges?|accusations?)"
    r"|\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\s+(?:the|all|these|those)\s+"
    r"(?:\w+\s+)?(?:charges?|accusations?|allegations?)",
    re.IGNORECASE,
)
_CHARGE_RE = re.compile(r"\b(?:charges?|accusations?|case|cases|allegations?)\b", re.IGNORECASE)


def disputed_charge(root: Token) -> bool:
    """The arrest at `root` was made on charges its sentence or the next one disputes."""
    sent = root.sent
    text = doc_text(root.doc)
    start, end = sent.start_char, sent.end_char
    if sent.end < len(root.doc):
        end = root.doc[sent.end].sent.end_char  # the next sentence too
    told = text[start:end]
    return bool(_CHARGE_RE.search(told)) and bool(_DISPUTED_RE.search(told))
