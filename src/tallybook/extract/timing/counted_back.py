"""Which date a count before "after" gives an event told inside the "after" clause.

"The raids came two weeks after a teacher died in custody", "three men were hanged on Sunday, two
years after they were sentenced to death": the trigger is the clause "after" opens, so the count
says how long BEFORE the main clause's event it happened, not after it. The phrase is read as
counted back ("two weeks earlier") from the main clause's own day in the sentence ("on Sunday"),
else from the event told before (`context_dates` counts `Mention.relative` from it). A count
without a number ("days after") gives no date here.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.timing.dates import Reference, resolve_date
from tallybook.model import PartialDate

_COUNT = re.compile(
    r"^(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?|months?|years?)(?:\s+after)?$",
    re.IGNORECASE,
)
_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})


def _after_clause(unit: Token, trigger: Token) -> bool:
    """ "two weeks after he died": the unit modifies the trigger, which "after" opens."""
    if unit.dep_ != "npadvmod":
        return False
    after = unit.head if unit.head.lower_ == "after" else None
    if after is None and unit.head.i == trigger.i:
        after = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if after is None:
        return False
    if after.dep_ == "mark":
        # "after" opens the trigger's own clause; not when the trigger's subject stands before
        # it ("soldiers who entered the village a day after the strike detained 20 men")
        early = any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < after.i for c in trigger.children)
        return after.head.i == trigger.i and not early
    # "two weeks after the death of X": the trigger inside the phrase, not the verb it modifies
    return after.dep_ == "prep" and after.head.i != trigger.i and any(t.i == trigger.i for t in after.subtree)


def counted_back(
    e: Span, trigger: Token, ents: list[Span], ref: Reference
) -> tuple[str, PartialDate | None] | None:
    """The count read backwards ("two weeks earlier") and the day of the main clause it counts
    from when the sentence gives one; None when `e` is no such count of the trigger."""
    found = _COUNT.match(" ".join(span_text(e).split()))
    if found is None:
        return None
    unit = next((t for t in e if t.lower_ in _UNITS), None)
    if unit is None or not _after_clause(unit, trigger):
        return None
    back = f"{found.group('n')} {found.group('unit')} earlier"
    main = trigger.head.i if trigger.dep_ == "advcl" else None
    for x in ents:
        if x.start == e.start or main is None:
            continue
        owner = x.root
        while owner.dep_ in {"pobj", "prep", "compound", "npadvmod"} and owner.head.i != owner.i:
            owner = owner.head
        if owner.i != main:
            continue
        day = resolve_date(span_text(x), ref)
        if day is not None and day.precision == "day" and not day.end:
            return back, day  # "hanged on Sunday morning, two years after they were sentenced"
    return back, None
