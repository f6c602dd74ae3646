"""Who the words a cue points at name as a quotation's speaker.

`named_speaker` reads a phrase set beside a cue (`,” said X`, `according to X`): a phrase that
points through someone else ("Rahimi's brother", "the UN's top official in the country"), a role
one person the text describes holds ("the UN chief": the Secretary-General named), a person, a
title (its holder, or an office with a mandate), an organisation, a pronoun (`quote_pronouns`),
else a descriptor (`speakers`). `cue_subject` finds who speaks at a cue verb before the quotation
(`X said: “`, `X read the following statement:`): the owner of a statement another outlet carried,
the one "quoted as saying", a name right before the verb, else the verb's subject in the parse.
Both take `quoted`, the spans of the text's quotations: a subject inside quoted words speaks for no
one. Split out of quotes.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.attribution.role_holders import role_holder
from tallybook.extract.entities.un_expert_groups import UN_EXPERTS
from tallybook.extract.quotation.quote_cues import past_beside_perfect, reporter_of_participle, token_at
from tallybook.extract.quotation.quote_pronouns import SubjectOf, pronoun_speaker
from tallybook.extract.quotation.speaker_close_sources import close_source
from tallybook.extract.quotation.speaker_descriptors import given_name
from tallybook.extract.quotation.speaker_groups import expert_group
from tallybook.extract.quotation.speaker_office_holders import titled_holder
from tallybook.extract.quotation.speaker_owners import KIN_OF_RE, owner_speaker
from tallybook.extract.quotation.speaker_refs import owned_speaker, person_in_apposition
from tallybook.extract.quotation.speaker_titles import acronym_holder, mandate_holder
from tallybook.extract.quotation.speakers import (
    Mention,
    Speaker,
    carried_statement_owner,
    descriptor_speaker,
    first_named_expert,
)
from tallybook.extract.text.boilerplate import flat_text
from tallybook.extract.text.parse_tree import has_parse
from tallybook.model import Span

_QUOTED_AS_RE = re.compile(
    r"\b(?:quot|cit)(?:e|es|ed|ing)\s+(?P<who>[^“”\"\n.;:]{3,120}?)\s+as\s+(?:saying|stating|telling|writing)\b",
    re.IGNORECASE,
)

_PASSIVE_AUX_RE = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+$", re.IGNORECASE)


def passive_quoted_subject(text: str, clause_start: int, quote_verb: int, s: int, e: int) -> tuple[int, int]:
    """The span naming who speaks in a "quoted ... as saying" cue whose quoted one is
    text[s:e]: for the passive "X was quoted by IRNA as saying", X (the clause's subject before
    the auxiliary), not the outlet after "by"; otherwise text[s:e] unchanged."""
    if not text[s:e].lower().startswith("by "):
        return s, e
    aux = _PASSIVE_AUX_RE.search(text, clause_start, quote_verb)
    if aux is None or not text[clause_start : aux.start()].strip(" ,"):
        return s, e
    return clause_start, aux.start()


def named_speaker(
    doc: Doc,
    mentions: list[Mention],
    start: int,
    end: int,
    prev_speaker: Speaker,
    quoted: list[tuple[int, int]],
    nested: bool = False,
) -> Speaker:
    """The speaker named in text[start:end]: a person, a title, an organisation, a pronoun
    (the previous speaker) or, failing those, the descriptor itself ("independent sources")."""
    inside = [m for m in mentions if start <= m[0] and m[1] <= end]
    bodies = [m for m in inside if m[2] in ("org", "government")]
    # a title inside a body's name ("the Office of the High Commissioner") names no holder
    text = flat_text(doc)
    inside = [
        m
        for m in inside
        if not (m[2] == "title" and any(b[0] <= m[0] and m[1] <= b[1] for b in bodies))
        # "the UN Office of ...": a body's name set before another's modifies it
        and not (m in bodies and any(b[0] > m[1] and not text[m[1] : b[0]].strip() for b in bodies))
    ]
    given = given_name(text, mentions, start, end)  # "a witness who gave only her first name, Blessing"
    if given[0]:
        return given
    close = close_source(doc, inside, start, end)  # "a source close to X's family": the source
    if close[0]:
        return close
    experts = expert_group(text, inside, start, end)  # "UN human rights experts": the experts
    if experts[0] == UN_EXPERTS:  # "..., the UN experts said" after the experts were named:
        first = first_named_expert(doc, start)  # the first-named speaks (CONVENTIONS.md)
        if first[0]:
            return first
    if experts[0]:
        return experts
    owned = owned_speaker(text, inside, start, end)  # "the regime's state media", "Rahimi's brother"
    if not owned[0]:  # "the UN's top official in the country", "a relative of Rigi"
        owned = owner_speaker(text, inside, start, end)
    if owned[0]:
        return owned
    if bodies and not any(m[2] == "person" for m in inside):
        # "the UN chief said": the one person the text describes in that role, not the body
        held = role_holder(doc, text[start:end].strip(" ,.–—-"))
        if held:
            return held, Span(start, end)
    for kind in ("person", "title", "org", "government"):
        holder = mandate_holder(text, inside, start, end) if kind == "title" else None
        if holder is not None:
            return holder
        for s, e, k, name in inside:
            if k == kind and name:
                if k == "org":  # "the DPO said": the person holding the title it abbreviates
                    bearer = acronym_holder(text, mentions, text[s:e], s)
                    if bearer[0]:
                        return bearer
                return name, Span(s, e)
    pronouns = [text[s:e].lower() for s, e, k, _ in inside if k == "pronoun"]
    if pronouns:
        subject_of = None if nested else _nested_subject(doc, mentions, quoted)
        return pronoun_speaker(doc, mentions, pronouns[0], start, prev_speaker, quoted, subject_of)
    described = descriptor_speaker(doc, mentions, start, end, prev_speaker)
    if described[0] and described[0] not in {m[3] for m in mentions if m[2] == "person"}:
        titled = titled_holder(text, mentions, start, end, quoted)  # "the agency head": A B, named beside
        return titled if titled[0] else described
    return described


def _nested_subject(doc: Doc, mentions: list[Mention], quoted: list[tuple[int, int]]) -> SubjectOf:
    """`cue_subject` for pronoun resolution to ask: no previous speaker, no deeper nesting."""

    def subject_of(cue_at: int, sentence: int) -> Speaker:
        return cue_subject(doc, cue_at, sentence, mentions, (None, None), quoted, nested=True)

    return subject_of


# a post the body just named holds, closing an apposition before the cue ("'s Russia researcher, ")
_POST_OF_BODY_RE = re.compile(r"['’]s[ \t]+(?:[\w-]+[ \t]+){0,7}?[\w-]+,[ \t]*")


# a phrase of place, time or means set off by commas between a subject and its verb
_ASIDE_BEFORE_RE = re.compile(
    r"\w,[ \t]+(?:in|on|at|during|after|before|with|through|via|by)[ \t][^,.;“”\"]{0,50}$", re.IGNORECASE
)


def cue_subject(
    doc: Doc,
    cue_at: int,
    clause_start: int,
    mentions: list[Mention],
    prev_speaker: Speaker,
    quoted: list[tuple[int, int]],
    nested: bool = False,
) -> Speaker:
    """The speaker of the cue verb at `cue_at`, whose clause starts at `clause_start`."""
    # A name right before the verb speaks ("..., her mother, X, told"): parsers often hang such
    # a verb on an earlier clause and hand it that clause's subject.
    text = flat_text(doc)
    carried = carried_statement_owner(doc, clause_start, cue_at)
    if carried[0]:
        return carried
    # "the agency quoted a judicial official as saying that ...": the one quoted speaks
    relayed = _QUOTED_AS_RE.search(text, clause_start, cue_at + 12)
    if relayed is not None and relayed.end() > cue_at:
        s, e = relayed.start("who"), relayed.end("who")
        # "X was quoted by IRNA as saying": the outlet only carried X's words; X speaks
        s, e = passive_quoted_subject(text, clause_start, relayed.start(), s, e)
        who = named_speaker(doc, mentions, s, e, prev_speaker, quoted, nested)
        if who[0]:
            return who
    # a participle ("..., adding that") takes the subject of the clause it hangs on, not the
    # name the clause before ended with ("a meeting of the X Front, adding")
    participle = re.match(r"\w+ing\b", text[cue_at : cue_at + 20]) is not None
    for i, (s, e, kind, name) in enumerate([] if participle else mentions):
        if name and kind == "org" and e <= cue_at and _POST_OF_BODY_RE.fullmatch(text, e, cue_at):
            # "X, Amnesty International's Russia researcher, said": X, set off before the body
            before = [m for m in mentions[:i] if m[2] == "person" and m[3] and not text[m[1] : s].strip(" ,")]
            if before:
                return before[-1][3], Span(before[-1][0], before[-1][1])
        if name and kind in ("person", "title", "org") and e <= cue_at and not text[e:cue_at].strip(" ,"):
            if _ASIDE_BEFORE_RE.search(text, max(clause_start, s - 60), s):
                continue  # "The Government, in a note to the expert, said": the aside names no speaker
            kin = KIN_OF_RE.search(text, max(clause_start, s - 40), s) if kind == "person" else None
            if kin is not None:  # "A relative of Rigi told": the relative speaks
                return named_speaker(doc, mentions, kin.start(), e, prev_speaker, quoted, nested)
            if kind == "org":  # "X, a spokeswoman for the Y Network, said": X speaks for Y
                speaker = person_in_apposition(text, mentions[:i], s)
                if speaker[0]:
                    return speaker
            return name, Span(s, e)
    tok = token_at(doc, cue_at) if has_parse(doc) else None
    if tok is not None and participle:
        tok = reporter_of_participle(tok)  # "X denied that the army ..., calling the reports “...”"
    if tok is not None and tok.text == ":":
        # "X, for the Y Office, read the following statement:": the colon hangs on the noun it
        # ends; the verb above it tells who read it
        for _ in range(3):
            if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
                break
            tok = tok.head
    if tok is not None:
        for _ in range(5):
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            # a subject inside quoted words ("claimed that “two rioters died” and
            # insisted"): the parser hung the verb on the quotation; it speaks for no one
            if subj and not any(a <= subj[0].idx < b for a, b in quoted):
                # "The state news agency IRNA claimed": the parser may split a descriptor
                # and the name beside it into two subjects; read them as one phrase
                # (the first alone when the pair names no one)
                split = len(subj) > 1 and subj[-1].left_edge.i == subj[0].right_edge.i + 1
                for last in (subj[-1], subj[0]) if split else (subj[0],):
                    s, e = subj[0].left_edge.idx, last.right_edge.idx + len(last.right_edge)
                    who = named_speaker(doc, mentions, s, e, prev_speaker, quoted, nested)
                    if who[0]:
                        return who
            # no subject, or one that speaks for no one ("denied that any massacre had
            # taken place, describing ..."): the verb it hangs on may have one
            if tok.dep_ in ("advcl", "xcomp", "conj", "ccomp", "pcomp", "prep") and tok.head.i != tok.i:
                higher = tok.head
                if past_beside_perfect(tok) and higher.dep_ == "ccomp":
                    higher = higher.head  # "P said X had acted ... and called": P calls
                tok = higher
            else:
                break
    # No parse, or it found nothing: the nearest speaker-like mention before the cue.
    before = [m for m in mentions if clause_start <= m[0] and m[1] <= cue_at]
    # a possessor ("A B, C's mother, spoke for us:") owns the speaker's description: the name it
    # describes speaks, if the clause names one
    owners = [m for m in before if m[2] == "person" and text.startswith(("'s", "’s"), m[1])]
    if len(owners) < len(before):
        before = [m for m in before if m not in owners]
    for s, e, kind, name in reversed(before):
        if kind == "org" and name:  # "X, Executive Director of Amnesty International Y, said:"
            speaker = person_in_apposition(text, before, s)
            if speaker[0]:
                return speaker
        if kind in ("person", "org", "title") and name:
            return name, Span(s, e)
        if kind == "pronoun" and not _object_pronoun(doc, s):
            return prev_speaker
    return None, None


def _object_pronoun(doc: Doc, at: int) -> bool:
    """True when the pronoun at `at` is a verb's object ("As one witness put it:"): it names no
    speaker, so the mention before it is still the one that speaks."""
    tok = token_at(doc, at) if has_parse(doc) else None
    return tok is not None and tok.idx == at and tok.dep_ in ("dobj", "iobj", "pobj", "dative")
