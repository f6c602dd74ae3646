"""Is a quotation the name of a charge rather than anyone's words?

`quote_speech.is_speech` already drops a quoted charge set right after "convicted of", "charged
with" or "for". Two more shapes name a charge (CONVENTIONS.md leaves charge names out):

- a court's verb of convicting with its object before the preposition: "the court convicted him
  of “spreading false information against the state”", "charged the two men with “...”";
- a quoted charge coordinated with one named before it: "accused of smuggling or “collaborating
  with foreign enemies”", "charged with arson and “waging war against the state”".

"accused X of “...”" with an object is left alone: a speaker accusing someone in their own words
("the group accused the police of “...”") is speech.
"""

from __future__ import annotations

import re

from tallybook.extract.quotation.quote_marks import QuoteSpan

# verbs only a court or a prosecutor uses of a charge, with an object of one to four words
_COURT_VERB_OBJECT_RE = re.compile(
    r"\b(?:convict(?:s|ed|ing)?|charg(?:e|es|ed|ing)|indict(?:s|ed|ing)?|prosecut(?:e|es|ed|ing)|"
    r"sentenc(?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|found)\s+"
    r"(?:him|her|them|us|me|(?:the|both|all|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w’'-]+\s+){0,2}?[\w’'-]+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
    r"(?:\s+guilty)?\s+(?:of|with|on\s+charges\s+of)\s*$"
)
# a charge named before and a coordinator: "accused of smuggling or ", "charged with arson and "
_CHARGE_LIST_RE = re.compile(
    r"\b(?:accused|charged|convicted|indicted|suspected|guilty)\s+(?:of|with)\s+"
    r"[^,.;:“”\"\n]{1,50}?\s+(?:or|and)\s*$",
    re.IGNORECASE,
)


def is_charge(text: str, q: QuoteSpan) -> bool:
    """True when the quotation names a charge: after a court's verb with its object and "of"/
    "with", or coordinated with a charge named just before."""
    before = text[max(q.para_start, q.open_mark - 120) : q.open_mark]
    return _COURT_VERB_OBJECT_RE.search(before) is not None or _CHARGE_LIST_RE.search(before) is not None
