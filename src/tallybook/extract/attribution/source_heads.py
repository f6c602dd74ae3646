"""What a source's head word names: the sources a subject, agent or "according to" head stands for.

`claimants` finds the head; here it is read as names. A figure's keeper ("a Reuters tally shows" ->
Reuters), the body whose office recorded it, "we" and words no one holds (the publisher, or in a
quotation its speaker), a report's issuer, a counted source (each of "both men" named before, the
one "One of those released, a teacher" names, a part "several of the defendants" as written),
coordinated names (each of them), an organisation's own people, a spokesperson's body, a title's
latest holder, an official's body, the owner of "the sources", a transcript turn's speaker, and else
the canonical name of the phrase (`source_names`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from tallybook.extract.attribution.carried_sources import REPORT_NOUNS, earlier_owner, report_issuer
from tallybook.extract.attribution.claimant_roles import (
    POSSESSIVE_SPEAKERS,
    body_spoken_for,
    latest_titled,
    official_of_body,
    own_people,
)
from tallybook.extract.attribution.short_heads import short_head_body
from tallybook.extract.attribution.source_context import (
    coordinated_sources,
    earlier_description,
    implied_sources,
    partitive_group,
)
from tallybook.extract.attribution.source_names import canonical_source
from tallybook.extract.attribution.source_owners import named_after, whose_body
from tallybook.extract.attribution.source_pairs import listed_apposite, named_group
from tallybook.extract.attribution.source_phrases import (
    description_as_written,
    joined_names,
    named_apposite,
    phrase_candidates,
    source_phrase,
)
from tallybook.extract.attribution.source_syntax import (
    NOT_SOURCES,
    PRONOUNS,
    document_owner,
    holder,
    is_report_word,
    subject_of,
    unheld,
)
from tallybook.extract.attribution.transcripts import turn_speaker
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import doc_cache, doc_value

# "Several said ...", "six of them had told the court": the victims inside a reported account.
_QUANTIFIERS = wordset("several many some most few one all both others each none")


def _phrase_candidates(head: Token) -> list[str]:
    """`phrase_candidates(head)` (a fresh list), found once per token of a doc: the mentions of one
    sentence share their source. Found again if the doc's people or organisations change."""
    doc = head.doc
    people, orgs = doc_value(doc, "tb_people"), doc_value(doc, "tb_orgs")
    stamp = (id(people), len(people or ()), id(orgs), len(orgs or ()))
    cache = doc_cache(doc)
    held: tuple[tuple[int, ...], dict[int, tuple[str, ...]]] | None = cache.get("claim_candidates")
    if held is None or held[0] != stamp:
        held = cache["claim_candidates"] = (stamp, {})
    found = held[1].get(head.i)
    if found is None:
        found = held[1][head.i] = tuple(phrase_candidates(head))
    return list(found)


def head_names(head: Token, teller: str, claimed: Callable[[], bool]) -> Iterator[tuple[str, str]]:
    """The (words as written, canonical name) of each source `head` names, in order. `teller` speaks
    for "we" and for words no one holds; `claimed()` tells whether a source is recorded yet (read
    lazily, as the caller records each pair: "according to figures they cited" after X adds none)."""
    doc = head.doc
    kept = document_owner(head)  # "a Reuters tally shows": Reuters
    if kept is not None and kept.lower_ in {"they", "he", "she"} and claimed():
        return  # "X noted ..., according to figures they cited": X, already named
    head = kept or head
    head = whose_body(head) or head  # "X, whose office recorded ...": X
    if unheld(head):  # "Credible information indicates ...": whoever tells it holds it
        yield head.text, teller
        return
    head = holder(head) or head  # "information we received indicates": we
    if head.lower_ in REPORT_NOUNS and any(c.lower_ == "the" for c in head.children):
        head = report_issuer(head.sent) or head  # "The 64-page report documents ...": its issuer
    listed = named_group(head) or listed_apposite(head)
    if listed is not None:
        for name in listed:  # "Both men said ...": each of the two named before
            yield head.text, canonical_source(doc, name)
        return
    if head.lower_ in _QUANTIFIERS or head.pos_ == "NUM":
        told = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
        if told is not None and head.lower_ == "one" and told.pos_ in {"NOUN", "PROPN"}:
            # "One of those released, a teacher from X, told us": the one the apposition
            # names (a person) or describes (as the text words it) speaks, not the group
            if told.pos_ == "PROPN":
                yield from head_names(told, teller, claimed)
            else:
                phrase = description_as_written(told)
                yield phrase, phrase
            return
        group = partitive_group(head)
        if group is not None and group.pos_ == "NOUN" and implied_sources(group) is None:
            # "several of the defendants told the court": the part speaks, as the text words it
            phrase = source_phrase(head)
            yield phrase, canonical_source(doc, phrase)
            return
        # "Several of those later released told us": the described group is the source
        head = group or head
        if head.lower_ in _QUANTIFIERS or head.pos_ == "NUM":
            return
    named = named_apposite(head)
    if named is not None:
        head = named
    joined = joined_names(head)
    if joined is not None:
        for name in joined:  # "Amnesty International and Human Rights Watch": each of them
            yield head.text, name
        return
    if own_people(head):
        # "data gathered by our team", "our researchers": the publisher (in a quotation, its speaker)
        yield head.text, teller
        return
    voice = body_spoken_for(head)
    if voice is not None:
        head = voice  # "a spokesperson for Amnesty International": Amnesty International
    titled = latest_titled(head)
    if titled is not None:
        yield head.text, titled  # "the spokesperson": the one named last
        return
    body = official_of_body(head)
    if body is not None:
        yield head.text, body  # "a senior commission official": the commission
        return
    owner = earlier_owner(head) or named_after(head)
    if owner is not None:
        # "the sources said": whose sources the text named before; "a local rights group
        # said. The X Centre said ...": the body the next sentence names
        yield from head_names(owner, teller, claimed)
        for other in coordinated_sources(head):
            yield from head_names(other, teller, claimed)
        return
    if head.lower_ == "it":
        # "X says it has registered 117 cases": "it" is the speaker of the verb above
        outer = next((a for a in head.ancestors if is_report_word(a) and a.i != head.head.i), None)
        subj = subject_of(outer) if outer is not None else None
        if subj is not None and subj.lower_ not in NOT_SOURCES | {"it"} and subj.i < head.i:
            head = subj
    others = coordinated_sources(head)  # (asked for once: the last branch reads it too)
    implied = implied_sources(head)
    if implied is not None:
        for name in implied:
            yield head.text, name
    elif head.lower_ in {"we", "i"} and turn_speaker(doc, head.idx):
        # "SPOKESPERSON (Jane Roe, ...): we have recorded ...": the turn's speaker
        yield head.text, canonical_source(doc, str(turn_speaker(doc, head.idx)))
    elif head.lower_ == "i":  # "I write to voice my alarm at ...": the writer of a letter
        yield head.text, teller  # (in a quotation, its speaker)
    elif head.lower_ in PRONOUNS:
        yield head.text, head.text
    elif head.lower_ in POSSESSIVE_SPEAKERS:  # "his allegation that ...": he claims it
        yield head.text, POSSESSIVE_SPEAKERS[head.lower_]
    else:
        cands = _phrase_candidates(head)
        earlier = earlier_description(head)
        if earlier is not None:
            cands.insert(0, earlier)
        name = canonical_source(doc, cands)
        name = short_head_body(head, name) or name  # "The Front also reported": the Front named before
        later = {c.text for c in others}
        if later & set(name.split()):  # a listed name that runs on into the next source
            name = source_phrase(head)
        yield cands[0], name
    for other in others:  # "the diocese and relatives of the detainees": two sources
        yield from head_names(other, teller, claimed)
