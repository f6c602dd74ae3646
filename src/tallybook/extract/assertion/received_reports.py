"""Whether "reports that ..." are reports a teller says it received and judges credible.

"the Office had received credible reports that detainees had been beaten", "we have received
credible allegations that detainees were beaten at the facility": the body that received the
reports vouches for them and is the claimant of one allegation, unlike the unspecific "there were
numerous reports that police beat detainees" (`general_statements.hearsay` drops those).
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset

_RECEIVING = wordset("received receive receives receiving obtained gathered collected")


def received_credible(reports: Token) -> bool:
    """True for the noun "reports"/"allegations" of "<teller> received credible reports that ..."."""
    if reports.dep_ != "dobj" or not any(
        c.lower_ == "credible" and c.dep_ == "amod" for c in reports.children
    ):
        return False
    verb = reports.head
    return verb.lower_ in _RECEIVING and any(c.dep_ == "nsubj" for c in verb.children)
