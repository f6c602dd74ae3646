"""Which quoted words only tell again an event the narration has just told.

'"He was a child, and today the state has killed him," said his lawyer' after "X was hanged
at dawn"; '"The killing of such a well-known critic is a blow," said the spokesperson' after
"X was gunned down"; '"My husband was beaten in front of our children"' after "many were
whipped": a speaker's words that give no figure, name or date of their own, about an act of
the type (for deaths: any fatal type) the three sentences before told, react to or retell that
act. They are a back-reference of the earlier incident, not an incident of their own.
A speaker's reaction to an event a source reported ('"These men were sent to the gallows after
unfair trials," said X' after "Iran hanged two men, Mizan reported") is one too: the speaker
condemns it and does not become a second claimant, unlike a witness ("They shot him in front of me").
"""

from __future__ import annotations

from tallybook.extract.assembly.incident_clusters import near
from tallybook.extract.attribution.claimants import PUBLISHER
from tallybook.extract.attribution.incident_sources import quote_speaker
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import FURTHER_EVENT_WORDS
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_text
from tallybook.model import ExtractedQuote, Figure
from tallybook.model.vocab import FATAL_TYPES

# Words that tell a further act: '"They also took my brother"', '"another man was shot"'.
_FURTHER = FURTHER_EVENT_WORDS | wordset("other others again too second")


def _same_act(a: str, b: str) -> bool:
    return a == b or (a in FATAL_TYPES and b in FATAL_TYPES)


def _bare(m: Mention, opened: int) -> bool:
    """No figure beyond one person, no name the words give (a name the text gave before the
    quotation opened at `opened` is the person told of: '"Reza was tortured," the group said'),
    no date of their own."""
    if (m.figure.count or 0) > 1 or m.summary or len(m.places) > 1:
        return False
    if m.names and not _named_before(m, opened):
        return False
    return m.date is None or m.date_from_claim or m.pronoun


def _named_before(m: Mention, opened: int) -> bool:
    before = doc_text(m.sent.doc)[:opened]
    return all(n in before for n in m.names)


def _told_before(m: Mention, mentions: list[Mention], opened: int) -> Mention | None:
    """The latest act of a fitting type told in the three sentences before the one the quotation
    opens in (character `opened`): a speaker's words run on over several short sentences."""
    sent = m.sent
    while sent.start > 0 and sent.start_char > opened:
        sent = sent.doc[sent.start - 1].sent
    since = near(sent)
    return next(
        (
            x
            for x in reversed(mentions)
            if x.sent.start < m.sent.start
            and x.sent.start >= since
            and _same_act(x.type, m.type)
            and not x.summary
        ),
        None,
    )


def quoted_retellings(mentions: list[Mention], quotes: list[ExtractedQuote]) -> None:
    """Mark quoted retellings in `mentions` (reading order) as back-references of the act told
    before, taking its type ("killed him" after "was hanged": the execution)."""
    if not quotes:
        return
    for i, m in enumerate(mentions):
        if m.anaphoric and any(x.type == m.type for x in mentions[:i]):
            continue  # a back-reference to an act of its own type: left to the clusters
        _, scope = quote_speaker(quotes, m.trigger.span.start_char)
        if scope is None or not _bare(m, scope[0]) or any(t.lower_ in _FURTHER for t in m.sent):
            continue
        if any(x is not m and x.sent.start == m.sent.start and _same_act(x.type, m.type) for x in mentions):
            continue  # the narration around the words tells the act too (incident_retellings)
        told = _told_before(m, mentions, scope[0])
        if told is None:
            continue
        m.type, m.anaphoric = told.type, True
        if m.pronoun:
            m.figure = Figure()  # '"They beat him"' after "five were beaten": one of them, no count


# "sent to the gallows", "condemned to hang": words a speaker uses of a sentence and of a hanging
_GALLOWS = frozenset(["death_sentence", "execution"])


def quoted_counts(mentions: list[Mention], quotes: list[ExtractedQuote]) -> None:
    """'"... a trial where 37 people were sent to the gallows in one afternoon," said X' after
    "The 11 were among 37 defendants sentenced to death in March 2019": a speaker's words that
    give the figure of a death sentence or execution the three sentences before told, and no
    name or date of their own, retell that event (and take its type)."""
    if not quotes:
        return
    for m in mentions:
        count = m.figure.count
        if m.anaphoric or m.type not in _GALLOWS or m.names or count is None or count < 2:
            continue
        if m.date is not None and not m.date_from_claim:
            continue
        _, scope = quote_speaker(quotes, m.trigger.span.start_char)
        if scope is None:
            continue
        since = near(m.sent)
        told = next(
            (
                x
                for x in reversed(mentions)
                if since <= x.sent.start < m.sent.start
                and x.type in _GALLOWS
                and x.figure.count == count
                and not x.summary
            ),
            None,
        )
        if told is not None:
            m.type, m.anaphoric = told.type, True
    _quoted_reactions(mentions, quotes)


# A speaker's own presence at the act: a witness asserts it, not a reaction to a report.
_FIRST_PERSON = wordset("i me my mine myself we us our ours")
_NO_REACTION = _FIRST_PERSON | _FURTHER
# How far back a reaction may look for the report it reacts to, in sentences.
_REACTION_REACH = 6


def _reported_with(m: Mention, mentions: list[Mention]) -> Mention | None:
    """The latest act of `m`'s kind told before with a figure, within reach: the one a definite
    group of the quote ("these men") points back to when the figures agree."""
    lo = near(m.sent, _REACTION_REACH)
    for x in reversed(mentions):
        if x.sent.start >= m.sent.start or x.sent.start < lo or x.summary or not _same_act(x.type, m.type):
            continue
        if x.figure.count is None and x.anaphoric:
            continue  # "... said they were hanged at dawn": a retelling of the act before it
        return x if x.figure.count == m.figure.count else None
    return None


def _quoted_reactions(mentions: list[Mention], quotes: list[ExtractedQuote]) -> None:
    """'"These men were put to death after a sham trial," said X': quoted words about a definite
    group ("these men", "the two") that an earlier sentence reported with the same figure, from a
    named source, with no date of their own, no name the text has not given and no first person,
    react to that report: they keep the report's sources (and their names and figure)."""
    for m in mentions:
        if m.anaphoric or m.summary or not (m.victims_definite or m.pronoun):
            continue
        before = doc_text(m.sent.doc)[: m.sent.start_char]
        if any(name not in before for name in m.names):
            continue  # a name the words give of their own
        if m.date is not None and not m.date_from_claim:
            continue
        speaker, scope = quote_speaker(quotes, m.trigger.span.start_char)
        if scope is None or speaker is None:
            continue
        words = [t for t in m.sent if scope[0] <= t.idx < scope[1]]
        if any(t.lower_ in _NO_REACTION for t in words):
            continue
        told = _reported_with(m, mentions)
        if told is None or not any(n not in {PUBLISHER, speaker} for n, _ in told.attribution.claims):
            continue
        m.attribution.claims = list(told.attribution.claims)  # the report's source stands behind it
