"""Which period a body still kept from the family when the text is told spans: from the death told
before to the telling ("his body has not been returned", "the bodies have still not been handed
over", "was never returned", "neither confirmed the death nor returned his body"), so a death in
January told in February is withheld that year, and one told the next year has no single date.
A body kept for a stated time ("for four days", "until the family signed") or taken away at the
scene keeps the date of the death; so does "had not been returned" (past, no telling), and words
inside quotation marks, told when spoken, a time the text does not give.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_text, span_text
from tallybook.extract.timing.dates import Reference
from tallybook.model import PartialDate

# The verbs of giving a body back: "returned", "handed over", "released", "allowed to retrieve".
_GIVE_BACK = wordset("returned return handed hand released release retrieve given give")
# A withholding with an end the text tells: "for four days", "until the family signed".
_BOUNDED = re.compile(r"\bfor\s+\w+\s+(?:days?|weeks?|months?)\b|\buntil\b", re.I)


def withheld_to_telling(
    m: Mention, death: PartialDate | None, ref: Reference, covered_year: int | None
) -> PartialDate | None:
    """The date of a body still withheld at the telling: from `death` (the date the withholding
    took from the death told before) to the telling (the year an annual report covers, else the
    publication); `death` itself when the withholding is not told as lasting to the telling."""
    if death is None or death.end or not _still_withheld(m):
        return death
    if covered_year is not None:
        told = f"{covered_year}-12"
    elif ref.day is not None and ref.precision != "year":
        told = ref.day.isoformat()[:7]
    else:
        return death  # no telling date: the period has no end the text gives
    if told[: len(death.value)] <= death.value[: len(told)]:
        return death  # told within the unit of the death: "2023-05" told on 20 May 2023
    return PartialDate(death.value, told)


def _still_withheld(m: Mention) -> bool:
    """The trigger's verb of giving back is negated in the present perfect ("has not been
    returned", "have still not been handed over", "have so far refused to hand over"), with
    "never", after "neither ... nor", or in a passive "was not returned"."""
    if m.type != "other" or _BOUNDED.search(span_text(m.sent)) or _quoted(m):
        return False
    verb = _give_back_verb(m.trigger.root)
    if verb is None:
        return False
    kids = [c for c in verb.children] + ([c for c in verb.head.children] if verb.dep_ == "xcomp" else [])
    aux = {c.lower_ for c in kids if c.dep_ in {"aux", "auxpass"}}
    neg = {c.lower_ for c in kids if c.dep_ == "neg"}
    if "had" in aux or "did" in aux:
        return False  # "which had not been returned", "did not return": no lasting to the telling
    if verb.dep_ == "xcomp" and verb.head.lower_ == "refused":
        return bool(aux & {"has", "have"})  # "have so far refused to hand over his body"
    nor = verb.i > 0 and verb.doc[verb.i - 1].lower_ == "nor"
    if nor or "never" in neg:
        return True
    return bool(neg) and bool(aux & {"has", "have", "was", "were"})


def _give_back_verb(root: Token) -> Token | None:
    """The verb of giving back the trigger is or hangs on: "returned his body" -> "returned"."""
    for tok in (root, root.head):
        if tok.pos_ in {"VERB", "AUX"} and tok.lower_ in _GIVE_BACK:
            return tok
    return None


def _quoted(m: Mention) -> bool:
    """The trigger stands inside quotation marks opened earlier in its paragraph."""
    text = doc_text(m.sent.doc)
    start = m.trigger.span.start_char
    para = text[text.rfind("\n", 0, start) + 1 : start]
    return para.count("\u201c") > para.count("\u201d") or para.count('"') % 2 == 1
