"""Whom a singular pronoun victim of a reported clause stands for, when the teller names that person.

"X told reporters that he had been beaten": the teller tells of himself; "the family of X said
she was taken away", "X's wife said he was tortured": relatives tell of the person they belong to.
Not a teller with an office or a role of speaking for others ("police spokesman X said he was
shot while resisting"), nor a person the text marks as of the other sex.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tallybook.extract.attribution.source_syntax import is_report_word
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.entities.kin_words import NEAR_KIN
from tallybook.extract.quotation.speaker_refs import person_sex
from tallybook.extract.text.boilerplate import doc_value

_SINGULAR = wordset("he him his she her")
_KIN = NEAR_KIN | wordset("family families relatives relative parents widow cousin uncle aunt")
# words of a teller's description that make the teller speak for others
_ROLES = wordset(
    "lawyer attorney counsel spokesman spokeswoman spokesperson official officer minister chief "
    "commander governor police director head president prosecutor judge researcher"
)
_UP_DEPS = frozenset(
    {"ccomp", "advcl", "conj", "xcomp", "pcomp", "prep", "pobj", "dobj", "nsubjpass", "poss"}
)


def reported_person(pron: Token) -> str | None:
    """The named person a singular victim pronoun stands for: the subject of the reporting verb
    above its clause, or the person whose relatives that subject is; None if there is none."""
    if pron.lower_ not in _SINGULAR:
        return None
    doc = pron.doc
    tok = pron
    for _ in range(6):
        if tok.dep_ not in _UP_DEPS or tok.head.i == tok.i:
            return None
        if tok.dep_ == "ccomp" and is_report_word(tok.head):
            break
        tok = tok.head
    else:
        return None
    teller = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if teller is None:
        return None
    name = _owner(doc, teller) if teller.lower_ in _KIN else _self(doc, teller)
    if name is None:
        return None
    sex = person_sex(doc, name)
    wanted = "she" if pron.lower_ in {"she", "her"} else "he"
    return name if sex in {None, wanted} else None


def _person_at(doc: Doc, tok: Token) -> str | None:
    """The name of the one person whose written name covers `tok` (with its compounds)."""
    lo = min([tok.idx, *(c.idx for c in tok.children if c.dep_ == "compound")])
    hi = tok.idx + len(tok)
    people = doc_value(doc, "tb_people") or []
    names = {p.name for p in people for sp in p.spans if sp.start <= hi and lo <= sp.end}
    return next(iter(names)) if len(names) == 1 else None


def _self(doc: Doc, teller: Token) -> str | None:
    if teller.pos_ != "PROPN":
        return None
    words = {t.lower_ for t in teller.subtree}
    if words & _ROLES:
        return None
    name = _person_at(doc, teller)
    if name is None:
        return None
    person = next(p for p in doc_value(doc, "tb_people") or [] if p.name == name)
    described = set((person.description or "").lower().split())
    return None if described & _ROLES else name


def _owner(doc: Doc, kin: Token) -> str | None:
    """ "the family of X", "X's wife", "relatives of jailed councilwoman X": the person named."""
    for c in kin.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return _person_at(doc, c)
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None:
                return None
            if obj.pos_ != "PROPN":  # "relatives of the jailed councilwoman X"
                obj = _named_beside(obj) or _named_beside(kin)
            return _person_at(doc, obj) if obj is not None else None
    return None


def _named_beside(noun: Token) -> Token | None:
    """The name set beside a noun ("councilwoman X"; the parser may hang it on the noun above)."""
    return next((g for g in noun.children if g.dep_ == "appos" and g.pos_ == "PROPN"), None)
