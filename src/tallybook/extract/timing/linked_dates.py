"""The date an undated act takes from the dated act its own clause ties it to with "after" or
"before": "was tortured during interrogation after being arrested in May 2019", "was beaten after
her arrest in October", "whipped him after he was detained in March 2018" (the month of the
arrest: the act follows it, on a day the text does not give), "were raped before being killed" (the
killing's date: the act just before it), also when that clause only retells a killing told before
("Soldiers killed 30 villagers on 4 May. Women were raped before they were killed").

`date_by_aggregate`: a part of a total told just before takes the total's date ("Hundreds were
detained during the month. In Sanandaj alone, security forces arrested about 40 in a single week").

Not dated: an act tied to something that is no incident ("after the court hearing"), or to an act
the text leaves undated; an act with a date of its own keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.timing.anchored_dates import to_month
from tallybook.extract.timing.dates import Reference, resolve_date
from tallybook.model import PartialDate

if TYPE_CHECKING:
    from tallybook.extract.particulars.mentions import Mention

_LINKS = {"after", "before"}
# nouns of an act that is an arrest or a killing even when no incident is made of it: "after her arrest"
_ACT_NOUNS = wordset("arrest arrests detention abduction capture killing murder execution")


def _phrase_date(head: Token, ref: Reference) -> PartialDate | None:
    """The date a phrase inside the linked act's own words names: "her arrest in October 2020"."""
    if head.lower_ not in _ACT_NOUNS:
        return None
    words = {t.i for t in head.subtree}
    for e in head.doc.ents:
        if e.label_ == "DATE" and e.start in words and e.end - 1 in words:
            value = resolve_date(span_text(e), ref)
            if value is not None:
                return value
    return None


def _linked(root: Token) -> tuple[str, list[Token]] | None:
    """The link word and the words of the act that the trigger's clause hangs on it."""
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ in _LINKS:
            # "after her arrest", "after being arrested"
            return c.lower_, [g for g in c.children if g.dep_ in {"pobj", "pcomp"}]
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _LINKS for g in c.children):
            # "after he was detained", "before they were killed"
            return next(g.lower_ for g in c.children if g.dep_ == "mark"), [c]
    return None


def _restated_date(x: Mention, mentions: list[Mention]) -> PartialDate | None:
    """The date of the act an undated retelling tells again ("before they were killed" after the
    killing was told): the latest dated telling of its type before it that tells no retelling."""
    if x.date is not None or not x.anaphoric:
        return x.date
    before = [
        y for y in mentions if y.type == x.type and y.start < x.start and not y.anaphoric and not y.summary
    ]
    return before[-1].date if before else None


def date_by_linked_act(mentions: list[Mention], ref: Reference) -> None:
    """Give an undated mention the date of the act of its sentence it comes after or before."""
    for m in mentions:
        if m.date is not None:
            continue
        link = _linked(m.trigger.root)
        if link is None:
            continue
        word, heads = link
        heads_at = {h.i for h in heads}
        other = next(
            (
                x
                for x in mentions
                if x is not m and x.sent.start == m.sent.start and x.trigger.root.i in heads_at
            ),
            None,
        )
        linked = (
            _restated_date(other, mentions)
            if other is not None
            else next((v for h in heads if (v := _phrase_date(h, ref)) is not None), None)
        )
        if linked is not None:
            m.date = to_month(linked) if word == "after" else linked


def _part_alone(m: Mention) -> bool:
    """ "In Sanandaj alone, security forces arrested about 40": a place or group named with
    "alone" is one part of the total the sentence before gave (not "held alone in a cell")."""
    return any(
        t.lower_ == "alone" and t.i > m.sent.start and t.nbor(-1).pos_ in {"PROPN", "NOUN"} for t in m.sent
    )


def _within(inner: PartialDate, outer: PartialDate) -> bool:
    """Whether `inner` is a finer date inside the single unit `outer` names."""
    return outer.end is None and len(inner.value) > len(outer.value) and inner.value.startswith(outer.value)


def date_by_aggregate(mentions: list[Mention]) -> None:
    """ "Hundreds were detained during the month. In Sanandaj alone, security forces arrested about
    40 in a single week": the part takes the date of the total of its type told just before it,
    when its own date is none or only the wider unit holding that date."""
    for i, m in enumerate(mentions):
        if not _part_alone(m):
            continue
        total = next(
            (x for x in reversed(mentions[:i]) if x.type == m.type and x.sent.start < m.sent.start), None
        )
        if total is None or total.date is None or total.sent.end < m.sent.start - 1:
            continue
        if m.date is None or _within(total.date, m.date):
            m.date = total.date
