"""Which day "during the (same) operation" names: the day of the event told before when that
event's own sentence tells the operation on one day ("were shot dead on 8 June during an
operation against a militia", "the massacre ... by an army patrol on 9 September"); otherwise the
operation may have lasted days, and what happened during it is dated to the month."""

from __future__ import annotations

import re

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import span_text

# The sentence of the event told before names the whole operation it was part of.
_OPERATION_TOLD = re.compile(r"\b(?:operation|massacre|raid)\b", re.IGNORECASE)
# Days of a range in the sentence: "on 14 and 15 January", "14–15 January": not one day.
_DAY_SPAN = re.compile(r"\b\d{1,2}\s*(?:and|to|[–-])\s*\d{1,2}\b")


def operation_day(noun: str, anchor: Mention) -> bool:
    """ "raped during the operation" after an event dated to the day whose sentence tells that
    operation (or the massacre, the raid) on that day: the act keeps that day."""
    if noun.lower() != "operation" or anchor.date is None or anchor.date.end or len(anchor.date.value) < 10:
        return False
    text = span_text(anchor.sent)
    return _OPERATION_TOLD.search(text) is not None and _DAY_SPAN.search(text) is None
