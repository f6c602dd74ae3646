"""Which named person a source's pronoun stands for, read from the sentences before it.

"He later said" opening a sentence: the subject of the sentence before; "X, a teacher, whose
family said": X, found up through the apposition the parser hung the clause on; "his family said":
the person the text last named. `relative_sources.relative_of_named` and `incident_sources` ask.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.entities.people import resolve_person
from tallybook.extract.text.boilerplate import doc_ents, doc_text, token_starts
from tallybook.extract.text.parse_tree import has_parse


def last_named(doc: Doc, pos: int) -> str | None:
    """The person the text last named before `pos`, if named within 400 characters of it."""
    before = [(s.start, p.name) for p in doc._.tb_people or [] for s in p.spans if s.end <= pos]
    return max(before)[1] if before and pos - max(before)[0] < 400 else None


def whose_antecedent(head: Token) -> str | None:
    """ "X, a teacher from the town of Y, whose family said ...": the known person a "whose"
    clause is about, found from the noun the parser hung the clause on up through the
    apposition and its phrases (not the town the model may read as a name)."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in head.children):
        return None
    verb = head.head
    if verb.dep_ != "relcl":
        return None
    doc, cur = head.doc, verb.head
    for _ in range(6):
        ent = next((e for e in doc_ents(doc) if e.start <= cur.i < e.end and e.label_ == "PERSON"), None)
        person = resolve_person(doc, ent.text) if ent is not None else None
        if person:
            return person
        if cur.dep_ not in {"pobj", "prep", "appos"} or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


_FEMALE = wordset("mother sister wife daughter woman girl aunt grandmother niece widow")
_MALE = wordset("father brother husband son man boy uncle grandfather nephew widower")


def salient_subject(doc: Doc, pos: int, pronoun: str) -> str | None:
    """ "His brother, X, was arrested in May. He later said he had been beaten.": a sentence that
    opens with he/she speaks for the person the sentence before is about (the subject of its main
    clause, in the same paragraph), unless that subject's noun has the other gender."""
    if not has_parse(doc) or pronoun.lower() not in {"he", "she"}:
        return None
    at = bisect_left(token_starts(doc), pos)  # the first token at or after `pos`
    if at >= len(doc):
        return None
    sent = doc[at].sent
    first = next((t for t in sent if not t.is_space), sent[0])
    # "... under an amnesty law.[6] He later said": the parser runs on across a citation mark
    opens = [t for t in sent if t.lower_ == pronoun.lower() and (t.i == first.i or doc[t.i - 1].text == "]")]
    tok = next((t for t in opens if t.idx >= pos), opens[0] if opens else None)
    if tok is None or (tok.i == first.i and sent.start == 0):
        return None
    prev = doc[sent.start - 1].sent if tok.i == first.i else sent
    if "\n\n" in doc_text(doc)[prev.start_char : tok.idx]:
        return None
    subj = next((c for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i), None)
    if subj is None or subj.lower_ in (_FEMALE if pronoun.lower() == "he" else _MALE):
        return None
    inside = {t.i for t in subj.subtree}
    ent = next((e for e in doc_ents(doc) if e.label_ == "PERSON" and e.root.i in inside), None)
    if ent is None and subj.pos_ == "PROPN":
        return resolve_person(doc, subj.text)  # "Shuvo reappeared ...": a name the model missed
    return None if ent is None else resolve_person(doc, ent.text) or ent.text
