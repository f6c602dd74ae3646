"""Which words after an unnamed teller's noun say which people are meant, beyond a relative
clause (whose length leaves out an acronym in brackets: `unbracketed_end`): a participle telling
where they were held, freed or based, or the event they were taken at ("detainees released on
bail told us", "human rights groups based outside the country say", "two of the men detained in
X told relatives", "dozens of women held at the same facility have reported"), also where the
parser read the participle as the main verb ("Women arrested during the protests told us": the
reporting verb hangs on the participle as its conjunct). A count inside a partitive ("two of the
men") stays, as the text writes it. `source_phrases.source_phrase` keeps what this returns.

A participle of speaking ("officials quoted by ..."), one with an object, or one longer than a
few words is no part of the description; nor is a participle the head noun does not end right
before ("detainees, released on Monday, said"), nor one that only dates them ("four students
arrested on August 2 told relatives"), unless it tells their release ("released this week").
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.attribution.source_syntax import is_report_word
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.timing.date_phrases import dated_dependent

__all__ = ["unbracketed_end", "where_participles"]

# Participles of speaking or citing: "officials quoted by state media" says how, not who.
_SPEAKING = wordset("quoted cited interviewed contacted asked reached named identified")
# Participles of death: "relatives killed in the war" are no tellers, whatever speaks of them.
_DEAD = wordset("killed slain executed murdered hanged")
# Dependents a where-or-when participle may have: preposition phrases and adverbs only.
_WHERE_DEPS = frozenset(["prep", "advmod", "npadvmod"])
# Participles of release: a group freed is told apart from those still held, even by a date alone
# ("detainees released this week told us"), unlike "students arrested on August 2"; one person is
# not ("one protester released on Friday said": one protester).
_FREED = wordset("released freed")
_MAX_WORDS = 7  # "held at the same facility in the north": short, as names are


def where_participles(head: Token) -> set[int]:
    """The positions of the words that a participle describing `head`'s people adds to the phrase
    (empty when there is none): the participle clause on the head or on the noun of its partitive
    "of" phrase, or the misread main-verb participle with its phrases up to the reporting verb."""
    if head.pos_ not in {"NOUN", "NUM", "PRON"}:
        return set()
    kept: set[int] = set()
    for noun in (head, _partitive_noun(head)):
        if noun is None:
            continue
        end = _noun_end(noun)
        for c in noun.children:
            if c.dep_ == "acl" and c.i == end + 1 and _describes_where(c):
                kept.add(c.i)
    if not kept:
        kept |= _misread_participle(head)
    return kept


def _partitive_noun(head: Token) -> Token | None:
    """ "two of the men", "dozens of women": the noun of the "of" phrase right after the head."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    if of is None:
        return None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.pos_ == "NOUN" and obj.tag_ == "NNS" else None


def _noun_end(noun: Token) -> int:
    """The last word of `noun` with its partitive "of" phrase, if any (the participle follows it)."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    if of is None:
        return noun.i
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    return obj.i if obj is not None else noun.i


def _describes_where(clause: Token) -> bool:
    """A short past participle with only phrases of place or time after it ("released on bail",
    "based outside the country"), not one of speaking and not a bare participle."""
    if clause.tag_ != "VBN" or clause.lower_ in _SPEAKING | _DEAD:
        return False
    kids = list(clause.children)
    if not kids or any(c.dep_ not in _WHERE_DEPS or c.i < clause.i for c in kids):
        return False
    if clause.lower_ in _FREED and clause.head.tag_ == "NNS":
        return clause.right_edge.i - clause.i < _MAX_WORDS  # "detainees released this week": the freed
    if not any(c.dep_ == "prep" and not dated_dependent(c) for c in kids):
        return False  # "four students arrested on August 2": the date tells when, not who
    return clause.right_edge.i - clause.i < _MAX_WORDS


def _misread_participle(head: Token) -> set[int]:
    """ "Women arrested during the April protests told us ...": the parser makes "arrested" the
    sentence's verb, "Women" its subject and "told" its conjunct (or a loose dependent); the
    participle and its phrases up to the reporting verb describe the women. With no "and" or comma
    before the reporting verb: the tagger may read the participle as a past tense too."""
    verb = head.head
    if head.dep_ != "nsubj" or head.tag_ != "NNS" or verb.i != head.i + 1 or verb.tag_ not in {"VBN", "VBD"}:
        return set()
    if verb.lower_ in _SPEAKING | _DEAD:
        return set()
    if any(c.dep_ in {"aux", "auxpass", "neg", "dobj"} for c in verb.children):
        return set()  # "were arrested", "arrested 20 people": a verb of its own
    told = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"conj", "dep"}
            and c.i > verb.i
            and c.tag_ in {"VBD", "VBZ", "VBP"}
            and is_report_word(c)
            and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children)
        ),
        None,
    )
    if told is None:
        return set()
    phrases = [c for c in verb.children if verb.i < c.i < told.i]
    if any(c.dep_ not in _WHERE_DEPS for c in phrases):
        return set()  # "Protesters gathered in the square and said": two verbs of theirs
    if not any(c.dep_ == "prep" and not dated_dependent(c) for c in phrases):
        return set()
    kept = {verb.i}
    for c in phrases:
        kept |= {t.i for t in c.subtree}
    if max(kept) - verb.i >= _MAX_WORDS:
        return set()
    return kept


def unbracketed_end(tok: Token) -> int:
    """The last word of `tok`'s phrase before an acronym in brackets that ends it: "Eritrean
    Voices for Justice (EVJ)" ends at "Justice", so "residents who contacted X (EVJ)" is as short
    as the clause it is."""
    doc = tok.doc
    for t in tok.subtree:
        if t.dep_ == "appos" and t.i - 2 >= tok.i and doc[t.i - 1].text == "(" and t.is_upper:
            return t.i - 2
    return tok.right_edge.i
