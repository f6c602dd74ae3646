"""Whether the first, dated telling of a death or arrest or a retelling in a later sentence is the
incident's evidence: "On 3 March, soldiers in Gao shot dead the teacher X. His wife and neighbours
said he was dragged from his car and killed" tells the act first, with its day and the victim's
name; the next sentence retells it of "he", with no date of its own, in the words of named
witnesses. Their names outscore the date, so without this the retelling would be the evidence;
the first telling is (the witnesses still confirm it). A retelling with a date of its own, or one
that names the victim itself, stays as scored.
"""

from __future__ import annotations

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import blank_before


def first_over_retelling(mentions: list[Mention], best: Mention) -> Mention:
    """`best`, unless it retells of a pronoun, undated, the act an earlier sentence of the same
    cluster tells with its own date and the victim's name: that earlier sentence."""
    if best.summary or not best.pronoun or best.date_found or not best.names:
        return best
    for m in sorted(mentions, key=lambda x: x.start):
        if m.start >= best.start or m.sent.start == best.sent.start:
            break
        if m.summary or m.anaphoric or m.pronoun or blank_before(m.sent.doc, m.start):
            continue  # a headline or a back-reference tells no more than the retelling
        dated = m.date_found and m.date is not None and not m.date_from_claim
        if dated and set(m.names) & set(best.names):
            return m
    return best
