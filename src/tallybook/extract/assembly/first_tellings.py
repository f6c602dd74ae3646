"""Whether the first, dated telling of a death or arrest or a retelling in a later sentence is the
incident's evidence: "On 3 March, soldiers in Gao shot dead the teacher X. His wife and neighbours
said he was dragged from his car and killed" tells the act first, with its day and the victim's
name; the next sentence retells it of "he", with no date of its own, in the words of named
witnesses. Their names outscore the date, so without this the retelling would be the evidence;
the first telling is (the witnesses still confirm it). A retelling with a date of its own, or one
that names the victim itself, stays as scored. So does a retelling by the surname alone ("X was
swept up, in June, in the crackdown") after a sentence that tells the act of the victim's full
name, unless it dates the act to the day: the full telling is the evidence, the month fills its date.
"""

from __future__ import annotations

from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import blank_before, span_text


def _by_surname(m: Mention) -> bool:
    """The mention's sentence calls each of its victims by the surname, never by the full name."""
    text = span_text(m.sent)
    return bool(m.names) and all(n not in text and n.split()[-1] in text for n in m.names)


def _full_telling(mentions: list[Mention], best: Mention) -> Mention | None:
    """An earlier sentence of the cluster that tells the act of `best`'s victims by full name."""
    if best.summary or not _by_surname(best) or (best.date is not None and len(best.date.value) == 10):
        return None
    for m in sorted(mentions, key=lambda x: x.start):
        if m.sent.start >= best.sent.start:
            break
        if m.summary or m.anaphoric or m.pronoun or set(m.names) != set(best.names):
            continue
        if all(n in span_text(m.sent) for n in m.names):
            return m
    return None


def first_over_retelling(mentions: list[Mention], best: Mention) -> Mention:
    """`best`, unless it retells of a pronoun, undated, the act an earlier sentence of the same
    cluster tells with its own date and the victim's name: that earlier sentence."""
    full = _full_telling(mentions, best)
    if full is not None:
        return full
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
