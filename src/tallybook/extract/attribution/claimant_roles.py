"""Whose word a source phrase gives when its words name a role rather than the source itself:
the publisher's own staff ("our researchers", "data gathered by our team"), an unnamed official
of a body the sentence names ("a senior commission official"), and tellers whose account another
source gives ("the spokesperson said UN staff had documented ...", "According to X, at least 40
detainees told prosecutors that ...", "X said that he had told his family he was beaten"), and
the people a relative pronoun that tells stands for ("X spoke with relatives, who said ...")."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.attribution.misread_subjects import after_subject, participle_subject
from tallybook.extract.attribution.source_context import NAME_HEADS, OFFICIAL_HEADS, latest_org
from tallybook.extract.attribution.source_syntax import (
    DOCUMENT_NOUNS,
    document_keeper,
    is_report_word,
    subject_of,
)
from tallybook.extract.detection.trigger_lexicon import wordset

_FIRST_PERSON = wordset("our my")
# Nouns for the people an organisation sends out to gather accounts.
_STAFF = wordset("staff team teams researchers monitors investigators colleagues personnel observers")
_NAMED = frozenset(["ORG", "PERSON"])


def _first_person_owned(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in noun.children)


def own_people(head: Token) -> bool:
    """ "our researchers", "our documentation team", "data gathered by our team", "figures from
    our monitors", "information gathered by our Office": the publishing organisation's own people,
    records or office (a capitalised "our Office" is the publisher's, not another body's office)."""
    if head.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in head.children):
        return _first_person_owned(head)
    if head.pos_ != "NOUN":
        return False
    if _first_person_owned(head):
        return True
    if head.lower_ not in DOCUMENT_NOUNS:
        return False
    keeper = document_keeper(head)
    return keeper is not None and _first_person_owned(keeper)


def official_of_body(head: Token) -> str | None:
    """ "The X Commission received 400 complaints, a senior commission official said": an unnamed
    official described by a body's head noun speaks for the body of that name the sentence names
    (not "a jail official", a place that is no named body)."""
    if head.lower_ not in OFFICIAL_HEADS or head.pos_ != "NOUN" or head.ent_type_ in _NAMED:
        return None
    if any(c.dep_ == "appos" for c in head.children):
        return None  # "a spokesman, X": X speaks
    body = next((c for c in head.children if c.dep_ == "compound" and c.lower_ in NAME_HEADS), None)
    if body is None:
        return None
    return latest_org(body.doc, head.idx, body.lower_, since=head.sent.start_char)


# Nouns for someone who speaks for a body ("a spokesman for X", "an official of X").
_VOICES = OFFICIAL_HEADS | wordset("representative representatives spokespeople")


def body_spoken_for(head: Token) -> Token | None:
    """ "A spokesperson for Amnesty International said ...": an unnamed voice of a body the phrase
    names (a proper name after "for" or "of") speaks for that body (not "a spokesman, X", where
    X speaks, nor "a spokesman for the family", a body with no name)."""
    if head.lower_ not in _VOICES or head.pos_ != "NOUN" or head.ent_type_ in _NAMED:
        return None
    if any(c.dep_ == "appos" for c in head.children):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}:
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and (body.ent_type_ == "ORG" or body.pos_ == "PROPN"):
                return body
    return None


_TELL = wordset("told tell tells telling")


def tells_someone(verb: Token) -> bool:
    """ "... and that Tavakoli had told his family he had been beaten": a telling with a hearer
    (the family, a lawyer, the court). Under a source's own reporting verb the telling is part of
    that source's statement, so the source, not the teller, asserts what was told."""
    return verb.lower_ in _TELL and any(
        c.dep_ in {"dative", "dobj"} and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in verb.children
    )


def relayed_teller(verb: Token, subj: Token, lo: int, hi: int) -> bool:
    """Whether the unnamed teller `subj` of the reporting verb `verb` only relays to another
    source: staff whose spokesperson reports their finding ("the spokesperson said UN staff had
    documented ..."), or people whose telling "according to X" gives ("According to X, at least
    140 people reported that they had been beaten"), or a teller whose telling to a hearer a named
    source's statement holds ("X said that Y had told his family he was beaten"): X asserts it."""
    outer = _outer_teller(verb, lo, hi)
    if outer is not None and outer.pos_ != "PRON":
        if tells_someone(verb):
            return True
        if subj.ent_type_ not in _NAMED and harmed_tellers(subj):
            return True  # "The X Forum said nearly 40 detainees had reported being beaten": X speaks
    if subj.ent_type_ in _NAMED or subj.pos_ not in {"NOUN", "NUM", "ADJ", "DET"}:
        return False  # "Amnesty", "she": a source of its own
    if any(c.lower_ == "according" for c in verb.children):
        return True  # "at least 19 of the defendants", "several" as well as "detainees"
    return subj.lower_ in _STAFF and outer is not None


# Nouns for people who tell of what was done to them (or to those held with them).
_HARMED = wordset(
    "detainees prisoners inmates survivors captives men women defendants those victims protesters students"
)


def harmed_tellers(subj: Token) -> bool:
    """ "nearly 40 detainees", "former detainees", "several of the men", "those released": unnamed
    people, held or harmed, whose accounts a source gathered; under that source's reporting verb
    they tell through it (not a body, "the group", nor staff, nor one named person)."""
    head = subj
    if head.pos_ in {"NUM", "ADJ", "DET", "PRON"} or head.lower_ in {"some", "many", "most", "several"}:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        head = obj if obj is not None else head
    return head.pos_ in {"NOUN", "PRON", "DET"} and head.lower_ in _HARMED


def _outer_teller(verb: Token, lo: int, hi: int) -> Token | None:
    """The subject of the nearest reporting verb above `verb` in the clause `lo`..`hi` (not one
    `verb` is only coordinated with: "X said ..., but his wife told journalists ...")."""
    child = verb
    for a in verb.ancestors:
        if not lo <= a.i < hi:
            return None
        if is_report_word(a):
            side = child.dep_ == "conj" and child.head.i == a.i  # (not "... and that Y had told")
            return None if side and not any(c.dep_ == "mark" for c in child.children) else subject_of(a)
        child = a
    return None


# Nouns for a claim whose content clause tells the incident ("his allegation that police beat him").
_CLAIM_NOUNS = wordset("allegation allegations claim claims complaint complaints account testimony assertion")
# Possessive pronouns and the pronoun that names the same person when it speaks.
POSSESSIVE_SPEAKERS = {"his": "he", "her": "she", "their": "they"}


def claim_owner(noun: Token, child: Token) -> Token | None:
    """ "despite his allegation that investigators beat him": whose claim a content clause (`child`,
    a clause hung on the claim noun `noun`) is, when the text says so with a possessive."""
    if noun.lower_ not in _CLAIM_NOUNS or noun.pos_ != "NOUN" or child.dep_ not in {"acl", "ccomp"}:
        return None
    if not any(t.lower_ == "that" and t.dep_ == "mark" for t in child.children):
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def relative_report(trigger: Token) -> Token | None:
    """ "a confession that he says was extracted under torture": a reporting verb in a relative
    clause on the trigger's noun, whose content clause says what happened to it."""
    for c in trigger.children:
        if c.dep_ == "relcl" and is_report_word(c) and any(x.dep_ == "ccomp" for x in c.children):
            subj = subject_of(c)
            if subj is not None and subj.i > trigger.i:
                return c
    return None


_TITLE_HEADS = wordset("spokesperson spokesman spokeswoman")


def latest_titled(head: Token) -> str | None:
    """ "The spokesperson also raised the case of ...": of the people the text titles so (a
    military spokesperson, then the UN office's), the one it named last before the phrase."""
    if head.lower_ not in _TITLE_HEADS or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    ):
        return None
    doc = head.doc
    titles: dict[str, list[str]] = doc._.tb_person_titles or {}
    holders = {name for name, ts in titles.items() if any(head.lower_ in t.split() for t in ts)}
    if len(holders) < 2:
        return None  # one holder: the title names them anyway
    seen = [(s.start, p.name) for p in doc._.tb_people or [] if p.name in holders for s in p.spans]
    before = [x for x in seen if x[0] < head.idx]
    return max(before)[1] if before else None


def relative_teller(verb: Token, told: Token, subj: Token | None) -> Token | None:
    """ "X spoke with relatives of the men, who said that police had arrested ...": the teller of
    a clause set off by a comma, whose content clause (`told`) holds the incident, is the noun the
    clause is about, not its "who" (`subj` otherwise; "condemned by groups who said ..." describes
    the groups; "X, which reported the executions, ..." tells again an event told before); a verb
    the parser left without a subject takes the one `misread_subjects` finds."""
    if subj is None:  # "four days after witnesses saw him", "Detainees held at X later told"
        return after_subject(verb) or participle_subject(verb)
    if subj.lower_ == "they" and verb.dep_ == "relcl" and told.dep_ == "ccomp":
        return _case_raiser(verb, told) or subj
    if subj.lower_ not in {"who", "which"} or verb.dep_ != "relcl" or told.dep_ != "ccomp":
        return subj
    if subj.i < 2 or subj.doc[subj.i - 1].text != ",":
        return subj
    noun = verb.head
    # the clause follows its noun's phrase (not a noun the parser reached back to across others)
    ends_before = any(t.i == subj.i - 2 for t in noun.subtree)
    return noun if noun.pos_ in {"NOUN", "PROPN"} and ends_before else subj


def _case_raiser(verb: Token, told: Token) -> Token | None:
    """ "Activists raised the case of X, who they said was sentenced to death": the "they" of a
    "who they said" clause on a person the main clause names stands for that clause's plural
    subject (a plural noun or a body's name), not for the source last named before it."""
    if not any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lower_ in {"who", "whom"} for c in told.children
    ):
        return None
    cur = verb.head
    for _ in range(5):
        if cur.dep_ not in {"pobj", "prep", "dobj", "appos", "conj"} or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            plural = subj is not None and (subj.tag_ in {"NNS", "NNPS"} or subj.ent_type_ == "ORG")
            return subj if plural and subj is not None and subj.i < verb.i else None
    return None
