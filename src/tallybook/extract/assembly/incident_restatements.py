"""Which mentions only restate, detail or break down an incident the text has already told.

- "Each received between 15 and 39 lashes", "The ministry confirmed that it had detained
  'several individuals'": a sentence about the event just told (a back-reference).
- "Relatives said the dead had been unarmed when they were shot", "'The massacre shows once
  again that this regime survives only by killing'": a later sentence with no figure, name or
  date of its own adds detail or a reaction to the incident of its type told before.
- "Of these, about 40 were executed for drug offences", "Two women were among them", "More
  than half were executed for drug offences": a breakdown of the aggregate just told is part
  of it (CONVENTIONS.md: breakdowns go in the note); so is "Seven executions were carried out
  in public" after a larger total.
"""

from __future__ import annotations

import re

from tallybook.extract.assembly.incident_clusters import near
from tallybook.extract.attribution.claimants import PUBLISHER
from tallybook.extract.attribution.source_syntax import ADMIT_WORDS, CONFIRM_WORDS
from tallybook.extract.detection.trigger_lexicon import NOMINAL, wordset
from tallybook.extract.detection.trigger_patterns import FURTHER_EVENT_WORDS
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.particulars.ordinal_totals import ordinal_total, take_ordinal_total
from tallybook.extract.particulars.places import is_country
from tallybook.extract.particulars.victim_slot import victim_head
from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.text.word_positions import word_positions
from tallybook.extract.timing.period_phrases import same_period_clause
from tallybook.model import Figure, Stance
from tallybook.model.vocab import FATAL_TYPES

# confirming, admitting or announcing what the text has told: "The ministry confirmed that ..."
_CONFIRMING = CONFIRM_WORDS | ADMIT_WORDS | wordset("announced announces")


def restates(m: Mention, earlier: list[Mention]) -> bool:
    """ "Each received between 15 and 39 lashes", "The ministry confirmed that it had detained
    'several individuals'": a sentence about an event already told, with no figure or name of its
    own, adds to that event rather than telling a new one."""
    if ordinal_total(m) is not None:
        m.anaphoric = False  # "The death is the third in custody this year": a total, not a retelling
        return False
    if m.names or (m.figure.count is not None and m.sent[0].lower_ != "each" and not _one_unnamed(m)):
        return False
    if not any(x.type == m.type for x in earlier):
        return False
    subj = next((c for c in m.trigger.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if m.sent[0].lower_ == "each" or (subj is not None and subj.lower_ == "each"):
        return True
    verb = m.attribution.verb
    if verb is None or verb.lower_ not in _CONFIRMING or verb.dep_ != "ROOT":
        return False
    # "The ministry announced that the men had been executed": the event is the clause it confirms
    if not any(c.dep_ == "ccomp" and m.trigger.root in c.subtree for c in verb.children):
        return False
    if m.figure.count == 1 and not m.pronoun:
        m.figure = Figure()  # "a number of individuals": no count, the event's is the one told
    return True


def _one_unnamed(m: Mention) -> bool:
    """ "that he had been arrested", "that a number of individuals had been detained": one
    person told by a pronoun, or an article read as a count of a plural noun, is no figure."""
    if m.figure.count != 1:
        return False
    if m.pronoun:
        return True
    head = victim_head(m.trigger) if m.sent.doc.has_annotation("DEP") else None
    if head is not None and head.lower_ in _VAGUE_AMOUNTS:
        head = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), head)
        head = next((c for c in head.children if c.dep_ == "pobj"), head)
    return head is not None and head.tag_ in {"NNS", "NNPS"}


_VAGUE_AMOUNTS = wordset("number group handful")


# "X announced the execution", "Y reported the deaths": a source passing on an event told
_PASSING_ON = _CONFIRMING | wordset("report reports reported publish published")
_BACK = wordset("the this these those his her their its both")


def reports_back(m: Mention, earlier: list[Mention]) -> bool:
    """ "The judiciary's news agency announced the execution on the morning of 7 August", "The
    daily Y reported the executions on Monday": a named source that reports an event noun with a
    back-referring determiner and no number of its own passes on the event told before; it
    confirms that incident (CONVENTIONS.md: confirmed_by) rather than telling a new one."""
    root = m.trigger.root
    if m.trigger.kind != NOMINAL or m.names or root.dep_ not in {"dobj", "nsubjpass"}:
        return False
    if not any(x.type == m.type for x in earlier):
        return False
    verb = root.head
    if verb.lower_ not in _PASSING_ON or any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ in {"det", "poss", "predet"} and c.lower_ in _BACK for c in root.children):
        return False
    if any(c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ in {"of", "against"}) for c in root.children):
        return False  # "reported the 12 executions", "verified the deaths of 58 detainees": its own
    sources = [n for n, _ in m.attribution.claims if n != PUBLISHER]
    if not sources:
        return False
    m.figure = Figure()  # the event's figure is the one told before
    m.attribution.claims = [(n, Stance.CONFIRMS) for n in sources]
    return True


def same_period_breakdown(m: Mention, earlier: list[Mention]) -> bool:
    """ "with at least four women hanged in the same period": part of the aggregate told before."""
    if take_ordinal_total(m):
        return False  # "It was the ninth death sentence this year": a total of its own (first hook)
    wholes = [x for x in earlier if x.type == m.type and x.figure.count is not None]
    if not wholes or not same_period_clause(m):
        return False
    own = m.figure.count
    beside = [x for x in earlier if x.sent.start == m.sent.start and x.type != m.type and x.figure.count]
    # "carried out 30 executions in 2023, while courts handed down 590 death sentences in the same
    # year": larger than any whole told before, the figure's period is its own sentence's
    return not (beside and own is not None and all(own > (x.figure.count or 0) for x in wholes))


_Q = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|some|several"
    r"|many|most|all|none|both|few)"
)
_GROUP = r"(?:them|these|those|the\s+dead|the\s+victims|the\s+detainees)"
# "Of these, ...", "Among them, ..." opening the sentence; "five of them", "the remaining 11";
# "... were among them"
_OPENING_RE = re.compile(r"^\W*(?:of|among)\s+(?:them|these|those)\b\s*,", re.I)
# A share of a whole: "more than half", "a third", "the majority", "60 per cent"
_SHARE = (
    r"(?:half|(?:a|one|two)[\s-]+(?:thirds?|quarters?|fifths?)|three[\s-]+quarters|the\s+(?:majority|bulk)"
    r"|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))"
)
PARTITIVE_RE = re.compile(
    rf"\b{_Q}\s+(?:\w+\s+)?(?:of|among)\s+{_GROUP}\b(?!\s+(?:who|whom|killed|executed|detained|arrested)\b)"
    rf"|\bthe\s+(?:remaining|other)\s+{_Q}\b|\bwere\s+among\s+them\b"
    # "More than half of them were executed", "More than half were executed": a share names a whole
    rf"|\b{_SHARE}(?:\s+of\s+{_GROUP}\b|(?=\s+(?:were|was|had|have|are|is)\b))",
    re.I,
)


def is_breakdown(m: Mention, earlier: list[Mention]) -> bool:
    """ "Of these, about 40 were executed for drug offences", "the whereabouts of the remaining
    11 remain unknown": a part of an aggregate of the same type told in the three sentences
    before (or earlier in the same sentence), naming nobody and dated no differently, is no
    incident of its own (a part told with a day of its own is a separate event). A sentence that
    opens "Of them," points back to a group even when its size was given in words we did not
    read as a figure ("Dozens were detained. Of them, four remain missing")."""
    if m.names or m.summary or not earlier:
        return False
    text = span_text(m.sent)
    cut = m.trigger.span.end_char - m.sent.start_char
    if not _OPENING_RE.match(text) and not PARTITIVE_RE.search(text[:cut]):
        return _public_share(m, earlier, text) or _bare_number_part(m, earlier)
    since = near(m.sent)
    own = m.date if m.date is not None and not m.date_from_claim else None
    opening = bool(_OPENING_RE.match(text))
    return any(
        (x.type == m.type or (opening and x.type in FATAL_TYPES and _fatal_part(m)))
        and x.sent.start >= since
        and ((x.figure.count or 0) >= 2 or (opening and x.figure.count is None and not x.names))
        and (m.figure.count or 0) <= (x.figure.count or m.figure.count or 0)
        and (own is None or own == x.date)
        for x in earlier
    )


# The manner a share of an aggregate was carried out in: "Seven executions were carried out in public".
_PUBLIC_RE = re.compile(r"\b(?:in\s+public|publicly)\b", re.I)


def _public_share(m: Mention, earlier: list[Mention], text: str) -> bool:
    """ "recorded at least 834 executions ... Seven executions were carried out in public": a
    smaller count of the same type told only by its public manner, in the three sentences after a
    larger aggregate, with no name, date or place of its own, is the aggregate broken down
    (CONVENTIONS.md: public executions among all executions go in the note). "On 9 November a man
    was hanged in public in Zahedan" is an event of its own."""
    own = m.figure.count
    if own is None or not _PUBLIC_RE.search(text):
        return False
    if (m.date is not None and not m.date_from_claim) or (m.place is not None and not is_country(m.place)):
        return False
    since = near(m.sent)
    return any(x.type == m.type and x.sent.start >= since and (x.figure.count or 0) > own for x in earlier)


_OWN_SCENE = frozenset(["DATE", "TIME", "GPE", "LOC", "FAC"])


def _bare_number_part(m: Mention, earlier: list[Mention]) -> bool:
    """ "carried out a mass execution of 47 prisoners. Forty-three were beheaded and four were
    shot": a bare number as the subject of a violation verb names no people of its own; it counts
    part of a larger group of the same type told in the three sentences before, a breakdown by
    manner (CONVENTIONS.md). Not a part with a date or place of its own ("Twelve were arrested in
    Gao on Monday": a separate event)."""
    own = m.figure.count
    root = m.trigger.root
    if own is None or m.trigger.kind == NOMINAL:
        return False
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.tag_ != "CD" or any(c.dep_ not in {"compound", "punct"} for c in subj.children):
        return False
    number = {subj.i, *(c.i for c in subj.children)}  # ("Forty-three" may be tagged a date)
    if any(t.ent_type_ in _OWN_SCENE for t in root.subtree if t.i not in number):
        return False
    since = near(m.sent)
    return any(
        x.type == m.type and since <= x.sent.start < m.sent.start and (x.figure.count or 0) > own
        for x in earlier
    )


def _fatal_part(m: Mention) -> bool:
    """In "Of them, 33 were killed in 'crossfire', five were tortured to death in custody and
    three were shot dead during arrest", after a toll of killings: the deaths in custody are a
    breakdown of the toll by manner (CONVENTIONS.md), and the arrest a nominal "during" sets
    as the time of a death is no arrest of its own."""
    if m.type in FATAL_TYPES:
        return True
    root = m.trigger.root
    return m.trigger.kind == NOMINAL and root.dep_ == "pobj" and root.head.lower_ in {"during", "while"}


def _further(m: Mention) -> bool:
    """ "also", "another", "separately": the sentence tells a further event."""
    return bool(word_positions(m.sent.doc, FURTHER_EVENT_WORDS, m.sent.start, m.sent.end))


_BACK_WORDS = wordset("those them they these dead victims")
_DEFINITE = wordset("the these those")
_COUNT_NOUNS = wordset("number toll count tally total")


def _known_victims(m: Mention) -> bool:
    """Victims the text has introduced: a pronoun, "the men", "those killed", "the dead", or
    people counted in "the number of men hanged" (not "secret executions", a new report)."""
    if m.pronoun or m.victims_definite or m.victim_word in _BACK_WORDS:
        return True
    root = m.trigger.root
    if root.dep_ != "acl" or not root.doc.has_annotation("DEP"):
        return False
    noun = root.head
    if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return True
    return noun.head.lower_ == "of" and noun.head.head.lower_ in _COUNT_NOUNS


def _time_of_other(m: Mention) -> bool:
    """ "Several women were assaulted before being killed": a gerund after "before"/"after" tells
    the act only as the time of another act; the act itself is the one told before."""
    root = m.trigger.root
    return root.dep_ == "pcomp" and root.tag_ == "VBN" and root.head.lower_ in {"before", "after"}


def adds_detail(m: Mention, earlier: list[Mention]) -> bool:
    """ "Relatives said at least three of the dead had been unarmed when they were shot", "'This
    regime survives only by killing'": no figure, name, date or list of places of its own, after
    the text has told an incident of the type with a figure or names: detail or a reaction."""
    if m.summary or m.names or m.figure.count is not None or len(m.places) > 1:
        return False
    if m.date is not None and not m.date_from_claim:
        return False
    if _further(m) or not (_known_victims(m) or _time_of_other(m)):
        return False
    return any(x.type == m.type and not x.summary and (x.figure.count or x.names) for x in earlier)


def occasion_told(m: Mention, earlier: list[Mention]) -> Mention | None:
    """ "condemned the execution of at least 20 prisoners earlier this week", then "The men were
    hanged on Tuesday at X Prison": the people told before ("the men", "they"), with no figure or
    name of their own, on a day inside the time the earlier telling gave (or gave none), within
    three sentences: the day and place of the event told, not a second event. Returns that
    earlier telling, or None; `take_occasion` then gives it the day and place."""
    if m.summary or m.names or m.figure.count is not None or len(m.places) > 1:
        return None
    if m.date is None or m.date_from_claim or m.date.end is not None:
        return None
    if _further(m) or not (m.pronoun or m.victims_definite):
        return None
    if m.pronoun and any(x.names for x in earlier):
        return None  # "They were executed on 19 June": the people named before (resolve_pronouns)
    since = near(m.sent)
    told = next(
        (
            x
            for x in reversed(earlier)
            if x.type == m.type
            and not x.summary
            and since <= x.sent.start < m.sent.start
            and (x.figure.count or 0) >= 2
        ),
        None,
    )
    if told is None or not (told.date is None or told.date_from_claim or told.date.contains(m.date)):
        return None
    return told


def take_occasion(m: Mention, told: Mention) -> None:
    """The earlier telling `occasion_told` found takes the day and place `m` gives
    (CONVENTIONS.md: the most specific date and place the text gives)."""
    told.date, told.date_from_claim = m.date, False
    if m.place and not is_country(m.place) and (told.place is None or is_country(told.place)):
        told.place = m.place


def _group_by_act(m: Mention) -> bool:
    """ "the dozens of people sentenced to death in the case": people named by what was done to
    them (a participle on a definite plural), with no figure, name or date of their own."""
    root = m.trigger.root
    if m.summary or m.names or m.figure.count is not None or m.pronoun or root.dep_ != "acl":
        return False
    if m.date is not None and not m.date_from_claim:
        return False
    noun = root.head
    if noun.head.lower_ == "of" and noun.head.head.lower_ in _AMOUNTS:
        noun = noun.head.head  # "the scores of people condemned to death"
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
    return definite and noun.tag_ in {"NNS", "NNPS"}


_AMOUNTS = wordset("dozens scores hundreds thousands tens")


_AHEAD = 5  # sentences: how far on the event a group reference points to may be told


def forward_group_references(mentions: list[Mention]) -> None:
    """ "... must order the retrial of the dozens of people sentenced to death in the case", then
    "The 11 were among 37 defendants sentenced to death in March 2019": a group named by the act
    before any act of its type is told refers to the act told next, when that is told (with a
    figure or names) within a few sentences; it adds to that incident (`mentions` in reading order)."""
    for i, m in enumerate(mentions):
        if m.anaphoric or not _group_by_act(m):
            continue
        if any(x.type == m.type and not x.summary for x in mentions[:i]):
            continue  # one told before: adds_detail decides
        nxt = next((x for x in mentions[i + 1 :] if x.type == m.type and not x.summary), None)
        if nxt is None or not (nxt.figure.count or nxt.names) or nxt.sent.start == m.sent.start:
            continue
        if _sentences_between(m, nxt) <= _AHEAD:
            m.anaphoric = True


def group_references(mentions: list[Mention]) -> None:
    """Mentions (in reading order) that refer to a group of people an act of their type is told
    of, before it (`forward_group_references`) or after it with their names (`named_retellings`)."""
    forward_group_references(mentions)
    named_retellings(mentions)


def named_retellings(mentions: list[Mention]) -> None:
    """ "Iran hanged two men on Monday. The executions of A and B were announced by X", "A court
    sentenced two men to death. The two men sentenced to death, identified as A and B, had been
    accused of an attack in 2022": a definite retelling in the next two sentences that names as
    many people as the act just told of its type counted tells that act again. The names are
    the act's; a date its sentence gives is another act's (the attack), not a second telling's."""
    for i, m in enumerate(mentions):
        if m.anaphoric or m.summary or len(m.names) < 2 or not _definite_telling(m):
            continue
        told = next(
            (x for x in reversed(mentions[:i]) if x.type == m.type and x.sent.start < m.sent.start),
            None,
        )
        if told is None or told.summary or told.sent.start < near(m.sent, 2):
            continue
        if told.figure.count != len(m.names) or (told.names and set(told.names) != set(m.names)):
            continue
        told.names = list(m.names)
        m.anaphoric, m.date = True, told.date


def _definite_telling(m: Mention) -> bool:
    """ "the two men", "the dead", "The executions of A and B": people or an act told before."""
    if m.victims_definite or m.victims_back_reference:
        return True
    root = m.trigger.root
    return m.trigger.kind == NOMINAL and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in root.children)


def _sentences_between(a: Mention, b: Mention) -> int:
    """How many sentences on from `a`'s sentence `b`'s is (1: the next one)."""
    doc, n, start = a.sent.doc, 0, a.sent.end
    while start <= b.sent.start and n <= _AHEAD:
        n += 1
        start = doc[start].sent.end
    return n


def told_by_another(m: Mention, sources: set[str]) -> bool:
    """ "According to the official news agency, the men were executed in three cities": a named
    source that retells the act of the people told before ("the men", "he"), framed as what that
    source says, confirms the incident when it is not already among its sources."""
    if m.trigger.kind == NOMINAL or not (m.victims_definite or m.pronoun):
        return False
    if [t.lower_ for t in m.sent[:2]] != ["according", "to"]:
        return False
    named = {n for n, _ in m.attribution.claims if n != PUBLISHER}
    return bool(named) and not named & sources
