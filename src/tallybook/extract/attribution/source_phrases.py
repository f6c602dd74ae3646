"""How a source phrase is named: the person or organisation it holds, or the phrase itself,
without non-restrictive clauses and appositions, but with the modifiers that say which people are
meant ("lawyers representing the students", "witnesses who spoke to the paper")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from tallybook.extract.attribution.acronym_bodies import own_acronym
from tallybook.extract.attribution.relative_sources import relative_of_named
from tallybook.extract.attribution.source_context import (
    coordinated_sources,
    descriptor_clause,
    shared_modifiers,
    trailing_phrases,
)
from tallybook.extract.attribution.source_kin import named_kin
from tallybook.extract.attribution.source_names import RELATION_NOUNS
from tallybook.extract.attribution.teller_modifiers import where_participles
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.entities.organizations import canonical_org_name
from tallybook.extract.entities.person_lookup import resolve_person
from tallybook.extract.text.boilerplate import doc_ents, doc_text, doc_value, span_text
from tallybook.extract.text.parse_tree import dep_tree

__all__ = ["description_as_written", "joined_names", "named_apposite", "phrase_candidates", "source_phrase"]

# Generic heads that a following proper name spells out ("the human rights center Viasna").
GENERIC_ORG_HEADS = wordset(
    "group groups alliance organisation organization center centre network monitor ngo coalition "
    "opposition party agency"
)


def phrase_candidates(head: Token) -> list[str]:
    """Ways to name the source headed by `head`: the person it names, its organisation, the phrase."""
    doc = head.doc
    extent = _name_extent(head) or _described_name(head)
    if extent is not None:
        return [extent]  # the whole name as written, where the model's entity and body stop short
    named = _named_body(head)
    if named is not None:
        return [named]
    # the words the phrase governs, less those of a relative clause inside it
    sub = _outside_relatives(doc, head.i)
    out: list[str] = [n for n in (_org_around(head),) if n]
    # "Odhikar and the X Centre": a listed name that runs on into a second source is not this one
    later = {c.text for c in coordinated_sources(head)}
    out = [n for n in out if not later & set(n.split())]
    if head.lower_ in RELATION_NOUNS and head.pos_ == "NOUN":
        relative = relative_of_named(head)  # "Sara Rahimi's lawyer", not Sara Rahimi
        if relative is not None:
            # "his wife said", the text naming her elsewhere ("His wife, X, told ..."): X
            return [named_kin(head) or relative]
        sub = {t.i for t in head.children if t.dep_ == "appos" for t in t.subtree}  # "his lawyer, X"
    # (an entity with no word of `sub` cannot have its root there: no root computed for it)
    first, last = (min(sub), max(sub)) if sub else (0, -1)
    for e in doc_ents(doc):
        if e.label_ == "PERSON" and e.start <= last and e.end > first and e.root.i in sub:
            out.append(e.text)
            break
    else:
        out += _apposite_people(head, sub)
    for e in doc_ents(doc):
        if e.start <= head.i < e.end and e.label_ == "ORG":
            out.append(_with_compounds(head, e.start, e.end))
    out.append(source_phrase(head))
    # "the UN Office of the High Commissioner ... (OHCHR)": the acronym the text gives it
    out += [c.text for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.is_upper]
    if head.pos_ == "PROPN":
        for e in doc_ents(doc):
            if (
                e.label_ == "ORG"
                and e.start <= last
                and e.end > first
                and e.root.i in sub
                and e.text not in out
            ):
                out.append(e.text)
    return out


def _with_compounds(head: Token, start: int, end: int) -> str:
    """An ORG entity with the capitalised compound words of its head the model left before it:
    "the Special Rapporteur said", tagged only "Rapporteur", is the Special Rapporteur."""
    doc = head.doc
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i == head.i
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].text[:1].isupper()
    ):
        start -= 1
    return doc[start:end].text


def _outside_relatives(doc: Doc, head: int) -> set[int]:
    """The tokens of `head`'s subtree with no relative clause of that subtree above them (read
    from the parse lists: no Token of each word and each of its ancestors)."""
    _, kids, deps, _ = dep_tree(doc)
    sub: set[int] = set()
    stack = [(head, False)]
    while stack:
        i, below_relative = stack.pop()
        if not below_relative:
            sub.add(i)
        below_relative = below_relative or deps[i] == "relcl"
        stack.extend((c, below_relative) for c in kids[i])
    return sub


def _described_name(head: Token) -> str | None:
    """ "the Dhaka-based rights group Ain o Salish Kendra": the capitalised run a generic body noun
    introduces is the body's whole name, though the model reads a part of it as a person's."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    start = _name_start(head)
    if start == head.i or start == 0:
        return None
    before = head.doc[start - 1]
    if before.lower_ not in GENERIC_ORG_HEADS or not before.text.islower() or before.head.i != head.i:
        return None
    return head.doc[start : head.i + 1].text


def _named_body(head: Token) -> str | None:
    """ "the movement said", with "the Pashtun Tahafuz Movement" named elsewhere in the text: a
    definite body noun stands for the one organisation of the text whose name ends in it."""
    if head.pos_ != "NOUN" or head.lower_ not in _BODY_NOUNS or not head.text.islower():
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ in {"compound", "amod", "poss", "nmod"} for c in head.children):
        return None  # "the rights group", "the student movement": a description of its own
    names = {
        o.name for o in doc_value(head.doc, "tb_orgs") or [] if o.name.lower().split()[-1] == head.lower_
    }
    return names.pop() if len(names) == 1 else None


# Body nouns that, with "the", stand for a body the text names in full ("the movement").
_BODY_NOUNS = wordset("movement organisation organization coalition alliance network association league")


def _apposite_people(head: Token, sub: set[int]) -> list[str]:
    """ "The UN special rapporteur on ... Belarus, Ilse Raudsepp, reported": the person named in
    apposition to a title, where the model reads no name (the text's people list has it)."""
    if head.pos_ != "NOUN":
        return []
    doc = head.doc
    for i in sorted(sub):
        tok = doc[i]
        if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.text[:1].isupper():
            run = doc[_name_start(tok) : tok.i + 1].text
            person = resolve_person(doc, run) if " " in run else None
            if person is not None:
                return [person]
    return []


# Prepositions inside a body's name ("League for the Defence of Human Rights", "Commission of
# Inquiry on ...").
_NAME_PREPS = wordset("for of on in against to")


def _org_around(head: Token) -> str | None:
    """The organisation whose mention holds the head word of a source phrase: "Justice Project
    Lahore estimates" is the body even where the model tags part of it as a person's name. The
    mention must start inside the phrase (not "According to X", read as a name by mistake) and
    the text must write the name from a word's start ("l-Nour ..." is no name)."""
    doc = head.doc
    first = doc[_name_start(head)].idx
    text = doc_text(doc)
    written = text[first : head.idx + len(head.text)].lower()
    left = head.left_edge.idx
    for org in doc_value(doc, "tb_orgs") or []:
        if written in {n.lower() for n in (org.name, *org.aliases)}:
            return str(org.name)  # a later mention the organisation's spans may not list
        if any(
            left <= span.start <= first
            and head.idx < span.end
            and _from_a_word_start(org.name.lower()).search(text[span.start : span.end].lower())
            for span in org.spans
        ):
            return str(org.name)
    return None


@lru_cache(maxsize=1024)  # the same few names, asked for every source phrase of a text
def _from_a_word_start(name: str) -> re.Pattern[str]:
    """The name written from the start of a word."""
    return re.compile(r"(?<!\w)" + re.escape(name))


def _name_start(head: Token) -> int:
    """The first of the capitalised words before a proper-noun head that belong to its name."""
    doc, start = head.doc, head.i
    while start > head.left_edge.i:
        prev = doc[start - 1]
        if prev.pos_ == "PROPN" and prev.head.i >= start:
            start -= 1
        elif prev.tag_ == "POS" and start - 2 >= head.left_edge.i and doc[start - 2].pos_ == "PROPN":
            start -= 2  # "People's Mojahedin Organization": a possessive inside the name
        else:
            break
    return start


def _name_extent(head: Token) -> str | None:
    """ "the Algerian League for the Defence of Human Rights": a proper-noun head with the
    capitalised phrases of its name after it, when the model's entity stops short of them (None
    when the entity already covers the name, or no such phrase follows)."""
    if head.pos_ != "PROPN":
        return None
    doc = head.doc
    end, cur = head.i, head
    while True:
        prep = next(
            (c for c in cur.children if c.dep_ == "prep" and c.i == end + 1 and c.lower_ in _NAME_PREPS), None
        )
        if prep is None:
            break
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "PROPN" or not obj.text[:1].isupper():
            break
        if head.ent_type_ == "PERSON" and obj.ent_type_ == "ORG":
            break  # "Elif Demir of the X Association": a person and the body she works for
        between = doc[prep.i + 1 : obj.i]
        if not all(t.lower_ == "the" or (t.pos_ == "PROPN" and t.text[:1].isupper()) for t in between):
            break
        end, cur = obj.i, obj
    if end == head.i:
        return None
    ent = next((e for e in doc_ents(doc) if e.start <= head.i < e.end), None)
    if ent is not None and ent.end > end:
        return None
    start = _name_start(head)
    written = doc[start : end + 1].text
    # "Mojahedin Organization of Iran" inside "People's Mojahedin Organization of Iran", when the
    # longer name's first words stand inside the phrase (not "According to the ...", misread)
    room = doc[start].idx - head.left_edge.idx
    holding = {
        o.name
        for o in doc_value(doc, "tb_orgs") or []
        if o.name.lower().endswith(written.lower()) and len(o.name) - len(written) <= room
    }
    return holding.pop() if len(holding) == 1 else written


def named_apposite(head: Token) -> Token | None:
    """ "the human rights center Viasna", "the alliance X": the name that spells out a generic head;
    "the exile broadcaster Radio X": any common noun a body's name follows without a comma, or an
    adjective the parser made the head ("Bangladesh's elite Rapid Action Battalion"); and the
    name an apposition describes where the parser made the apposition the subject (below)."""
    fronted = _name_before_apposition(head)
    if fronted is not None:
        return fronted
    if head.pos_ in {"NOUN", "ADJ"} and head.text.islower() and head.i + 1 < len(head.doc):
        ent = next((e for e in doc_ents(head.doc) if e.start == head.i + 1 and e.label_ == "ORG"), None)
        if (
            ent is not None
            and ent.root.head.i == head.i
            and ent.root.dep_ in {"appos", "compound", "npadvmod"}
        ):
            return ent.root
    if head.lower_ not in GENERIC_ORG_HEADS or head.text.istitle():
        return None  # "Coalition Against Torture": a capitalised head is part of the name
    for c in head.children:
        if c.i > head.i and c.pos_ == "PROPN" and c.dep_ in {"appos", "compound", "npadvmod", "nmod"}:
            if own_acronym(head, c):
                continue  # "the nongovernmental organization (NGO) X": X, not "NGO"
            return c
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN":
        return nxt
    return None


_WEB_NAME = re.compile(r"[A-Za-z][\w-]*(?:\.[a-z]{2,})+")


def _name_before_apposition(head: Token) -> Token | None:
    """ "In March Riverwatch.org, a local news website, reported": the parser hung the name on the
    month and made "a ... website" the subject; the name just before the apposition's comma (an
    organisation or a person the model tagged) is the source."""
    doc = head.doc
    lo, hi = head.left_edge.i, head.right_edge.i
    hi -= doc[hi].text == ","  # (the closing comma may hang on the noun)
    if head.pos_ != "NOUN" or doc[lo].lower_ not in {"a", "an"} or lo < 2 or hi + 1 >= len(doc):
        return None
    if doc[lo - 1].text != "," or doc[hi + 1].text != ",":
        return None
    ent = next((e for e in doc_ents(doc) if e.end == lo - 1 and e.label_ in {"ORG", "PERSON"}), None)
    name = ent.root if ent is not None else doc[lo - 2]
    if ent is None and not _WEB_NAME.fullmatch(name.text):
        return None  # (a site's address the model tagged as nothing: "Asiaterra.info")
    if name.head.i == head.i:
        return None  # a name the parser already set beside the noun is read the usual way
    return name


def source_phrase(head: Token) -> str:
    """The source phrase headed by `head`, without relative clauses or appositions."""
    doc = head.doc
    cut = {"relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "preconj"}
    if not coordinated_sources(head):  # "relatives and activists": one source
        cut -= {"cc", "conj"}
    described = descriptor_clause(head)  # "lawyers representing the students": part of the name
    kept_clause = described.i if described is not None else -1
    dropped = trailing_phrases(described) if described is not None else set()
    _, kids, deps, _ = dep_tree(doc)  # (the walk reads positions from plain lists: no Tokens)
    conj = next((c for c in kids[head.i] if deps[c] == "conj" and "conj" in cut), len(doc))
    where = where_participles(head)  # "detainees released on bail", "two of the men held in X"
    # (a participle the parser made the verb lies outside the head's words: kept as it stands)
    keep: list[int] = [i for i in sorted(where) if not head.left_edge.i <= i <= head.right_edge.i]
    stack = [head.i, *(t.i for t in shared_modifiers(head))]
    while stack:
        k = stack.pop()
        keep.append(k)
        stack.extend(
            c
            for c in kids[k]
            if (deps[c] not in cut or c == kept_clause or c in where)
            and (k != head.i or c < conj)
            and c not in dropped
            and not (deps[c] == "compound" and doc[c].ent_type_ == "DATE")  # "a September AI report"
        )
    keep.sort()
    # The phrase is contiguous from its first kept token to the head's right edge of kept tokens.
    lo, hi = keep[0], keep[-1] + 1
    text = span_text(doc[lo:hi])
    if kept_clause >= 0 and described is not None and described.dep_ == "relcl":
        return text  # "residents who contacted X": the residents, not X
    for ent in doc_ents(doc):
        if lo <= ent.start and ent.end <= hi and ent.label_ in {"PERSON", "ORG"} and len(keep) > 6:
            return ent.text
    return text


def description_as_written(head: Token) -> str:
    """ "a 26-year-old teacher from X who asked not to be named" -> "a 26-year-old teacher from
    X": a description as the text words it, up to its relative clause (a place in it that the model
    took for a name stays a place, unlike `source_phrase`)."""
    clauses = [c.left_edge.i for c in head.children if c.dep_ in {"relcl", "acl"} and c.i > head.i]
    hi = min(clauses) if clauses else head.right_edge.i + 1
    return head.doc[head.left_edge.i : hi].text.rstrip(" ,")


def joined_names(head: Token) -> list[str] | None:
    """ "Amnesty International and Human Rights Watch said": two organisations the model tagged
    as one name, split at the "and" when each side on its own names an organisation the document
    or the registry knows (not "Organization for Security and Co-operation in Europe")."""
    ent = next((e for e in doc_ents(head.doc) if e.start <= head.i < e.end and e.label_ == "ORG"), None)
    if ent is None or len(ent) < 3:
        return None
    names: list[str] = []
    start = ent.start
    for tok in ent[1:-1]:
        if tok.lower_ in {"and", "&"}:
            names.append(head.doc[start : tok.i].text)
            start = tok.i + 1
    if not names:
        return None
    names.append(head.doc[start : ent.end].text)
    found = [canonical_org_name(head.doc, n) for n in names]
    return [n for n in found if n] if all(found) else None
